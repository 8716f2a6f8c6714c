import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { unauthenticated } from '../../graphql/errors.js';
import type { OrderLineRow } from '../order/order.tables.js';
import { Order, OrderStatus, toOrder, toOrderLine } from '../order/order.types.js';
import type { ShipmentRow } from './fulfillment.tables.js';
import {
  OrderTracking,
  Shipment,
  ShipmentCreateInput,
  ShipmentEvent,
  ShipmentLine,
  ShipmentPayload,
  ShipmentUpdateStatusInput,
  TrackingItem,
  TrackingShipment,
  toShipment,
  toShipmentEvent,
} from './fulfillment.types.js';
import { createShipment, type ShipmentResult, updateShipmentStatus } from './shipment-commands.service.js';
import { hasLeft } from './shipment-state.js';
import { findTracking } from './tracking.service.js';

async function adminId(ctx: RequestContext): Promise<string> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return viewer.id;
}

function payload(result: ShipmentResult): ShipmentPayload {
  const order = result.order;
  return Object.assign(new ShipmentPayload(), {
    shipment: result.shipment && order ? toShipment(result.shipment, order.currency) : null,
    order: order && toOrder(order),
    errors: result.errors,
  });
}

function item(line: Pick<OrderLineRow, 'productTitle' | 'variantTitle'>, quantity: number): TrackingItem {
  return Object.assign(new TrackingItem(), {
    productTitle: line.productTitle,
    variantTitle: line.variantTitle,
    quantity,
  });
}

/** Shipments: admin mutations and the public tracking view. */
@Resolver()
export class FulfillmentResolver {
  @Auth('ADMIN')
  @Mutation(() => ShipmentPayload, {
    description:
      'Creates a parcel of a confirmed order: some units of some lines (or every unit not shipped yet) with a carrier and tracking number. ' +
      'Once every unit is in a parcel that has left (not PENDING), the order becomes SHIPPED; each parcel leaving emails the buyer its tracking.',
  })
  async shipmentCreate(
    @Arg('input', () => ShipmentCreateInput, { description: 'The order, the units and the carrier.' })
    input: ShipmentCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ShipmentPayload> {
    const userId = await adminId(ctx);
    return payload(await createShipment(ctx, input, { userId }));
  }

  @Auth('ADMIN')
  @Mutation(() => ShipmentPayload, {
    description:
      "Moves a shipment to a new status (history entry and timeline event). The order follows: SHIPPED once every unit's parcel has left, " +
      'DELIVERED once every unit is delivered (the buyer is emailed).',
  })
  async shipmentUpdateStatus(
    @Arg('input', () => ShipmentUpdateStatusInput, { description: 'The shipment and its new status.' })
    input: ShipmentUpdateStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ShipmentPayload> {
    const userId = await adminId(ctx);
    return payload(await updateShipmentStatus(ctx, input, { userId }));
  }

  @Query(() => OrderTracking, {
    nullable: true,
    description:
      'Public tracking of an order by its number and the email it was placed with (case-insensitive): status and parcels, ' +
      'no prices, addresses or payment data. Null when the pair does not match. Lookups count against the sign-in ' +
      'rate limits (RATE_LIMIT_LOGIN_PER_EMAIL / _PER_IP): past them the query fails with RATE_LIMITED.',
  })
  async orderTracking(
    @Arg('number', () => String, { description: 'The order number, e.g. ORD-000123.' }) number: string,
    @Arg('email', () => String, { description: "The buyer's email address." }) email: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderTracking | null> {
    const view = await findTracking(ctx, number, email);
    if (!view) return null;
    const byId = new Map(view.lines.map((l) => [l.id, l]));
    return Object.assign(new OrderTracking(), {
      number: view.order.number,
      status: view.order.status as OrderStatus,
      placedAt: view.order.createdAt,
      items: view.lines.map((l) => item(l, l.quantity)),
      shipments: view.shipments.map((s) =>
        Object.assign(new TrackingShipment(), {
          carrier: s.shipment.carrier,
          trackingNumber: s.shipment.trackingNumber,
          trackingUrl: s.shipment.trackingUrl,
          status: s.shipment.status,
          items: s.lines
            .map((l) => ({ line: byId.get(l.orderLineId), quantity: l.quantity }))
            .filter((l): l is { line: OrderLineRow; quantity: number } => l.line !== undefined)
            .sort((a, b) => a.line.position - b.line.position)
            .map((l) => item(l.line, l.quantity)),
          events: s.events.map(toShipmentEvent),
        }),
      ),
    });
  }
}

/** The latest parcel that has left the store, for the deprecated Order.carrier / trackingNumber. */
function latestLeft(rows: ShipmentRow[]): ShipmentRow | undefined {
  return rows.filter((r) => hasLeft(r.status) || r.status === 'RETURNED').at(-1);
}

/** Order fields served by shipments. */
@Resolver(() => Order)
export class OrderShipmentsResolver {
  @ListSize(3)
  @FieldResolver(() => [Shipment], { description: "The order's parcels, oldest first." })
  async shipments(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Shipment[]> {
    const rows = await ctx.loaders.fulfillment.shipmentsByOrder.load(order.id);
    return rows.map((row) => toShipment(row, order.row.currency));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The latest parcel's carrier once one has left the store (see `shipments`).",
    deprecationReason: 'An order may ship in several parcels: use `shipments { carrier }`.',
  })
  async carrier(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<string | null> {
    const rows = await ctx.loaders.fulfillment.shipmentsByOrder.load(order.id);
    return latestLeft(rows)?.carrier ?? order.row.carrier;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The latest parcel's tracking number once one has left the store (see `shipments`).",
    deprecationReason: 'An order may ship in several parcels: use `shipments { trackingNumber }`.',
  })
  async trackingNumber(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<string | null> {
    const rows = await ctx.loaders.fulfillment.shipmentsByOrder.load(order.id);
    return latestLeft(rows)?.trackingNumber ?? order.row.trackingNumber;
  }
}

/** A shipment's lines and history, through per-request loaders. */
@Resolver(() => Shipment)
export class ShipmentResolver {
  @FieldResolver(() => [ShipmentLine], { description: 'What is in the parcel, in order-line position.' })
  async lines(@Root() shipment: Shipment, @Ctx() ctx: RequestContext): Promise<ShipmentLine[]> {
    const rows = await ctx.loaders.fulfillment.linesByShipment.load(shipment.id);
    return rows.map((r) =>
      Object.assign(new ShipmentLine(), {
        orderLine: toOrderLine(r.orderLine, shipment.currency),
        quantity: r.quantity,
      }),
    );
  }

  @FieldResolver(() => [ShipmentEvent], { description: 'The status history, oldest first.' })
  async events(@Root() shipment: Shipment, @Ctx() ctx: RequestContext): Promise<ShipmentEvent[]> {
    const rows = await ctx.loaders.fulfillment.eventsByShipment.load(shipment.id);
    return rows.map(toShipmentEvent);
  }
}
