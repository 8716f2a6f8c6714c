import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { MutationPayload } from '../../graphql/errors.js';
import { Node } from '../../graphql/node.js';
import { Order, OrderLine, OrderStatus } from '../order/order.types.js';
import type { ShipmentEventRow, ShipmentRow } from './fulfillment.tables.js';
import type { ShipmentStatus as ShipmentStatusValue } from './shipment-state.js';

/** GraphQL types of shipments and the customer-facing tracking view. */

export enum ShipmentStatus {
  PENDING = 'PENDING',
  IN_TRANSIT = 'IN_TRANSIT',
  OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY',
  DELIVERED = 'DELIVERED',
  EXCEPTION = 'EXCEPTION',
  RETURNED = 'RETURNED',
}
registerEnumType(ShipmentStatus, {
  name: 'ShipmentStatus',
  description:
    'Where a parcel stands. Nothing goes back to PENDING; EXCEPTION is recoverable; DELIVERED only moves on to RETURNED; RETURNED is final.',
  valuesConfig: {
    PENDING: { description: 'Prepared, not handed to the carrier yet: its units do not count as shipped.' },
    IN_TRANSIT: { description: 'With the carrier, on its way.' },
    OUT_FOR_DELIVERY: { description: 'On the delivery vehicle today.' },
    DELIVERED: { description: 'Delivered to the shopper.' },
    EXCEPTION: {
      description:
        'A problem on the way (delay, damage, address issue); its units still count as shipped. Recoverable.',
    },
    RETURNED: {
      description: 'Sent back to the store; its units are no longer in a shipment and may be shipped again.',
    },
  },
});

export enum ShipmentEventSource {
  ADMIN = 'ADMIN',
  CARRIER = 'CARRIER',
}
registerEnumType(ShipmentEventSource, {
  name: 'ShipmentEventSource',
  description: "Who reported a shipment's status.",
  valuesConfig: {
    ADMIN: { description: 'Store staff, through the admin API.' },
    CARRIER: { description: "The carrier's webhook." },
  },
});

@ObjectType({ description: "One entry of a shipment's status history." })
export class ShipmentEvent {
  @Field(() => ShipmentStatus, { description: 'The status reported.' })
  status!: ShipmentStatusValue;

  @Field(() => String, {
    nullable: true,
    description: "A note (a carrier's scan location, a delay reason); shown to the shopper too.",
  })
  note!: string | null;

  @Field(() => ShipmentEventSource, { description: 'Who reported it.' })
  source!: ShipmentEventSource;

  @Field(() => Date, { description: 'When it happened (the carrier time for carrier reports).' })
  occurredAt!: Date;
}

export function toShipmentEvent(row: ShipmentEventRow): ShipmentEvent {
  return Object.assign(new ShipmentEvent(), {
    status: row.status,
    note: row.note,
    source: row.source === 'CARRIER' ? ShipmentEventSource.CARRIER : ShipmentEventSource.ADMIN,
    occurredAt: row.occurredAt,
  });
}

@ObjectType({
  implements: Node,
  description: 'A parcel of an order: some units of some lines, with one carrier and tracking number.',
})
export class Shipment {
  @Field(() => ID, { description: 'Id of the shipment.' })
  id!: string;

  @Field(() => ID, { description: 'The order shipped.' })
  orderId!: string;

  @Field(() => String, { description: 'The carrier, e.g. UPS.' })
  carrier!: string;

  @Field(() => String, { description: "The carrier's tracking number." })
  trackingNumber!: string;

  @Field(() => String, { nullable: true, description: "The carrier's tracking page; null when not given." })
  trackingUrl!: string | null;

  @Field(() => ShipmentStatus, { description: 'Where the parcel stands.' })
  status!: ShipmentStatusValue;

  @Field(() => Date, { description: 'When the shipment was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  row!: ShipmentRow;
  /** The order's currency, for the order lines' amounts. */
  currency!: string;
}

@ObjectType({ description: 'Units of one order line in a shipment.' })
export class ShipmentLine {
  @Field(() => OrderLine, { description: 'The order line.' })
  orderLine!: OrderLine;

  @Field(() => Int, { description: 'Units of it in this shipment.' })
  quantity!: number;
}

export function toShipment(row: ShipmentRow, currency: string): Shipment {
  return Object.assign(new Shipment(), {
    id: row.id,
    orderId: row.orderId,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    trackingUrl: row.trackingUrl,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    row,
    currency,
  });
}

// ---- the customer-facing tracking view (no prices, addresses or payment data) ----

@ObjectType({ description: 'Units of one order line, as the tracking view shows them (no prices).' })
export class TrackingItem {
  @Field(() => String, { description: "The product's title at checkout." })
  productTitle!: string;

  @Field(() => String, { description: "The variant's title at checkout." })
  variantTitle!: string;

  @Field(() => Int, { description: 'Units.' })
  quantity!: number;
}

@ObjectType({ description: 'A parcel as the tracking view shows it.' })
export class TrackingShipment {
  @Field(() => String, { description: 'The carrier.' })
  carrier!: string;

  @Field(() => String, { description: "The carrier's tracking number." })
  trackingNumber!: string;

  @Field(() => String, { nullable: true, description: "The carrier's tracking page; null when not given." })
  trackingUrl!: string | null;

  @Field(() => ShipmentStatus, { description: 'Where the parcel stands.' })
  status!: ShipmentStatusValue;

  @Field(() => [TrackingItem], { description: 'What is in it.' })
  items!: TrackingItem[];

  @Field(() => [ShipmentEvent], { description: 'Its status history, oldest first.' })
  events!: ShipmentEvent[];
}

@ObjectType({
  description:
    'What anyone holding an order number and its email may see of the order: status and parcels, no prices, addresses or payment data.',
})
export class OrderTracking {
  @Field(() => String, { description: 'The order number.' })
  number!: string;

  @Field(() => OrderStatus, { description: 'Where the order stands.' })
  status!: OrderStatus;

  @Field(() => Date, { description: 'When the order was placed.' })
  placedAt!: Date;

  @Field(() => [TrackingItem], { description: 'What was ordered, in order.' })
  items!: TrackingItem[];

  @ListSize(3)
  @Field(() => [TrackingShipment], { description: 'Its parcels, oldest first.' })
  shipments!: TrackingShipment[];
}

// ---- mutations ----

@InputType({ description: 'Units of one order line to put in a shipment.' })
export class ShipmentLineInput {
  @Field(() => ID, { description: 'The order line.' })
  orderLineId!: string;

  @Field(() => Int, { description: 'Units (at least 1, at most what is not in a shipment yet).' })
  quantity!: number;
}

@InputType({ description: 'A new parcel of a confirmed order.' })
export class ShipmentCreateInput {
  @Field(() => ID, { description: 'The order (CONFIRMED, or SHIPPED with units to ship again).' })
  orderId!: string;

  @Field(() => [ShipmentLineInput], {
    nullable: true,
    description: 'What is in the parcel; omitted: every unit of the order not in a shipment yet.',
  })
  lines?: ShipmentLineInput[] | null;

  @Field(() => String, { description: 'The carrier, e.g. UPS (1 to 100 characters).' })
  carrier!: string;

  @Field(() => String, {
    description: "The carrier's tracking number (1 to 100 characters), unique per carrier.",
  })
  trackingNumber!: string;

  @Field(() => String, { nullable: true, description: "The carrier's tracking page (http or https URL)." })
  trackingUrl?: string | null;

  @Field(() => ShipmentStatus, {
    nullable: true,
    description: 'The starting status (default PENDING; IN_TRANSIT when it is handed over at once).',
  })
  status?: ShipmentStatusValue | null;
}

@InputType({ description: 'A new status for a shipment (or a further scan of the same one).' })
export class ShipmentUpdateStatusInput {
  @Field(() => ID, { description: 'The shipment.' })
  shipmentId!: string;

  @Field(() => ShipmentStatus, { description: 'The new status.' })
  status!: ShipmentStatusValue;

  @Field(() => String, {
    nullable: true,
    description: 'A note for the history (at most 500 characters); shown to the shopper.',
  })
  note?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it happened; default now.' })
  occurredAt?: Date | null;
}

@ObjectType({ description: 'Result of a shipment mutation.' })
export class ShipmentPayload extends MutationPayload {
  @Field(() => Shipment, { nullable: true, description: 'The shipment after the change; null on a refusal.' })
  shipment!: Shipment | null;

  @Field(() => Order, {
    nullable: true,
    description: 'The order after the change (its status follows its shipments); null when unknown.',
  })
  order!: Order | null;
}
