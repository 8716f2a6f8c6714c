import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { PostalAddressFields } from '../address/address.types.js';
import type { AddressSnapshot as CartAddressData } from '../address/address-snapshot.js';
import { TaxClass } from '../catalog/product.types.js';
import { VariantOption } from '../catalog/variant.types.js';
import { PaymentMethod } from '../payment/payment.types.js';
import type {
  OrderLineRow,
  OrderRow,
  OrderShippingMethod as OrderShippingMethodData,
} from './order.tables.js';
import { ORDER_TIMELINE_EVENT_TYPES, type OrderTimelineEventType } from './order-events.js';

/**
 * GraphQL types of orders (their timeline: order-event.types.ts; their payments: order-payment.types.ts). Objects keep their database row (`row`, not a field) so
 * field resolvers (lines, payments, events, canCancel, ...) read from it without another query.
 */

// ---- enums ----

export enum OrderStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  CONFIRMED = 'CONFIRMED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description:
    "Where an order stands. Status changes follow the order state machine; each is on the order's timeline.",
  valuesConfig: {
    PENDING_PAYMENT: {
      description:
        'Placed, stock reserved, waiting for a card payment (the first attempt failed): pay with orderPay before `reservedUntil`.',
    },
    CONFIRMED: { description: 'Paid by card, or confirmed for cash on delivery: the store prepares it.' },
    SHIPPED: { description: 'Every unit is in a parcel that has left the store (see shipments).' },
    DELIVERED: { description: 'Every unit was delivered to the shopper (see shipments).' },
    CANCELLED: {
      description:
        'Cancelled by the shopper or the store, or its reservation expired unpaid; stock was returned.',
    },
    REFUNDED: { description: 'Fully refunded by the store: nothing of its payment is left captured.' },
  },
});

export enum PaymentStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'State of the money of an order or of one payment attempt.',
  valuesConfig: {
    PENDING: { description: 'Nothing captured yet (cash on delivery: paid to the courier).' },
    SUCCEEDED: { description: 'The money is captured.' },
    FAILED: { description: 'The attempt failed (declined, insufficient funds, ...); nothing was charged.' },
    REFUNDED: { description: 'Everything captured was given back.' },
    PARTIALLY_REFUNDED: { description: 'Part of the captured amount was given back.' },
  },
});

export const OrderEventType = Object.fromEntries(ORDER_TIMELINE_EVENT_TYPES.map((t) => [t, t])) as {
  [K in OrderTimelineEventType]: K;
};
/** What each event type means (also the meaning of the order values of webhook's WebhookEventType). */
export const ORDER_EVENT_DESCRIPTIONS: Record<OrderTimelineEventType, string> = {
  PLACED: 'The order was placed at checkout (stock reserved).',
  PAYMENT_SUCCEEDED: 'A card payment succeeded: the order is confirmed.',
  PAYMENT_FAILED: 'A card payment attempt failed (see reason); the order waits for payment.',
  CASH_ON_DELIVERY_CONFIRMED: 'Confirmed for cash on delivery.',
  PAYMENT_COLLECTED: 'The cash was collected on delivery.',
  CANCELLED: 'Cancelled (see reason and actorKind).',
  RESERVATION_EXPIRED: 'Not paid in time: cancelled and its stock returned.',
  SHIPPED: 'Handed to the carrier.',
  DELIVERED: 'Delivered.',
  LATE_PAYMENT_REFUNDED: 'A payment arrived after cancellation and was refunded at once.',
  REFUNDED: 'The order was refunded in full.',
  SHIPMENT_CREATED: 'A shipment of some or all of the lines was created.',
  SHIPMENT_STATUS_CHANGED: "A shipment's status changed (by an admin or the carrier).",
  PARTIALLY_REFUNDED: 'Part of the payment was refunded.',
  RETURN_REQUESTED: 'The customer asked to return items.',
  RETURN_APPROVED: 'The return was approved: the customer may send the items back.',
  RETURN_REJECTED: 'The return was rejected (see the return).',
  RETURN_RECEIVED: 'The returned items arrived: restocked and refunded.',
};
registerEnumType(OrderEventType, {
  name: 'OrderEventType',
  description: "What happened on an order's timeline.",
  valuesConfig: Object.fromEntries(
    ORDER_TIMELINE_EVENT_TYPES.map((t) => [t, { description: ORDER_EVENT_DESCRIPTIONS[t] }]),
  ) as Record<OrderTimelineEventType, { description: string }>,
});

// ---- objects ----

@ObjectType({
  description: 'An address as it was on the order (a copy: later address-book edits do not change it).',
})
export class OrderAddress extends PostalAddressFields {}

@ObjectType({ description: 'The shipping method as chosen at checkout, with the price paid for it.' })
export class OrderShippingMethod {
  @Field(() => String, { description: 'Code of the method (e.g. STANDARD).' })
  code!: string;

  @Field(() => String, { description: 'Name shown to the shopper.' })
  name!: string;

  @Field(() => Money, { description: "The method's price for this order (0 when free), before tax." })
  price!: Money;

  @Field(() => Int, { description: 'Fewest business days to deliver, as promised at checkout.' })
  minDeliveryDays!: number;

  @Field(() => Int, { description: 'Most business days to deliver, as promised at checkout.' })
  maxDeliveryDays!: number;
}

@ObjectType({
  description: 'Amounts of an order, computed by the pricing engine at checkout and never changed.',
})
export class OrderTotals {
  @Field(() => Money, { description: 'Σ line subtotals (unit price × quantity), before discount and tax.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'What the coupon took off the items.' })
  discount!: Money;

  @Field(() => Money, { description: 'Shipping charged.' })
  shipping!: Money;

  @Field(() => Money, { description: 'Tax on the discounted items and on shipping.' })
  tax!: Money;

  @Field(() => Money, { description: 'subtotal − discount + shipping + tax: what the order costs.' })
  total!: Money;
}

@ObjectType({
  implements: Node,
  description:
    'A line as sold: titles, SKU, options and amounts copied at checkout, so catalog edits never change it.',
})
export class OrderLine {
  @Field(() => ID, { description: 'Id of the order line.' })
  id!: string;

  @Field(() => Int, {
    description: 'Position in the order, from 1 (the order the cart listed the lines in).',
  })
  position!: number;

  @Field(() => ID, { nullable: true, description: 'The product sold; null when it was deleted since.' })
  productId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The variant sold; null when it was deleted since.' })
  variantId!: string | null;

  @Field(() => String, { description: "The product's title at checkout." })
  productTitle!: string;

  @Field(() => String, { description: "The variant's title at checkout." })
  variantTitle!: string;

  @Field(() => String, { description: "The variant's SKU at checkout." })
  sku!: string;

  @ListSize(3)
  @Field(() => [VariantOption], { description: "The variant's options at checkout (e.g. Size: M)." })
  options!: VariantOption[];

  @Field(() => TaxClass, { description: 'The tax class the line was taxed at.' })
  taxClass!: TaxClass;

  @Field(() => Money, { description: 'Tax-exclusive unit price paid.' })
  unitPrice!: Money;

  @Field(() => Int, { description: 'Units bought.' })
  quantity!: number;

  @Field(() => Money, { description: 'unitPrice × quantity.' })
  subtotal!: Money;

  @Field(() => Money, { description: "This line's share of the coupon discount." })
  discount!: Money;

  @Field(() => Money, { description: 'Tax on (subtotal − discount).' })
  tax!: Money;

  @Field(() => Money, { description: 'subtotal − discount + tax.' })
  total!: Money;

  row!: OrderLineRow;
}

@ObjectType({
  implements: Node,
  description:
    'An order: a snapshot of the cart at checkout (lines, totals, addresses, shipping method) and its state. ' +
    'Customers see only their own orders; admins see all.',
})
export class Order {
  @Field(() => ID, { description: 'Id of the order.' })
  id!: string;

  @Field(() => String, { description: 'Human-readable order number, e.g. ORD-000123.' })
  number!: string;

  @Field(() => OrderStatus, { description: 'Where the order stands.' })
  status!: OrderStatus;

  @Field(() => PaymentStatus, { description: "State of the order's money." })
  paymentStatus!: PaymentStatus;

  @Field(() => PaymentMethod, { description: 'How the order is paid.' })
  paymentMethod!: PaymentMethod;

  @Field(() => ID, { description: 'The buyer (user id).' })
  customerId!: string;

  @Field(() => OrderTotals, { description: 'Amounts, as computed at checkout.' })
  totals!: OrderTotals;

  @Field(() => String, { nullable: true, description: 'The coupon code used; null without one.' })
  couponCode!: string | null;

  @Field(() => OrderAddress, { description: 'Where it ships.' })
  shippingAddress!: OrderAddress;

  @Field(() => OrderAddress, {
    description: 'The billing address (the shipping address when none was given at checkout).',
  })
  billingAddress!: OrderAddress;

  @Field(() => OrderShippingMethod, { description: 'The shipping method chosen.' })
  shippingMethod!: OrderShippingMethod;

  @Field(() => String, { nullable: true, description: "The shopper's note for the store." })
  note!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Until when the stock stays reserved for an unpaid order (PENDING_PAYMENT); afterwards it is cancelled. Null otherwise.',
  })
  reservedUntil!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The latest parcel's carrier once one has left the store (see `shipments`).",
    deprecationReason: 'An order may ship in several parcels: use `shipments { carrier }`.',
  })
  carrier!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The latest parcel's tracking number once one has left the store (see `shipments`).",
    deprecationReason: 'An order may ship in several parcels: use `shipments { trackingNumber }`.',
  })
  trackingNumber!: string | null;

  @Field(() => Date, { description: 'When the order was placed.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the order last changed.' })
  updatedAt!: Date;

  row!: OrderRow;
}

export const OrderConnection = ConnectionType(Order, 'Order');

// ---- mappers ----

function toOrderAddress(address: CartAddressData): OrderAddress {
  return Object.assign(new OrderAddress(), {
    name: address.name,
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city,
    region: address.region ?? null,
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone ?? null,
  });
}

function toOrderShippingMethod(method: OrderShippingMethodData, currency: string): OrderShippingMethod {
  return Object.assign(new OrderShippingMethod(), {
    code: method.code,
    name: method.name,
    price: money(method.price, currency),
    minDeliveryDays: method.minDeliveryDays,
    maxDeliveryDays: method.maxDeliveryDays,
  });
}

export function toOrder(row: OrderRow): Order {
  const c = row.currency;
  return Object.assign(new Order(), {
    id: row.id,
    number: row.number,
    status: row.status as OrderStatus,
    paymentStatus: row.paymentStatus as PaymentStatus,
    paymentMethod: row.paymentMethod as PaymentMethod,
    customerId: row.userId,
    totals: Object.assign(new OrderTotals(), {
      subtotal: money(row.subtotal, c),
      discount: money(row.discount, c),
      shipping: money(row.shipping, c),
      tax: money(row.tax, c),
      total: money(row.total, c),
    }),
    couponCode: row.couponCode,
    shippingAddress: toOrderAddress(row.shippingAddress),
    billingAddress: toOrderAddress(row.billingAddress),
    shippingMethod: toOrderShippingMethod(row.shippingMethod, c),
    note: row.note,
    reservedUntil: row.status === 'PENDING_PAYMENT' ? row.reservedUntil : null,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    row,
  });
}

export function toOrderLine(row: OrderLineRow, currency: string): OrderLine {
  return Object.assign(new OrderLine(), {
    id: row.id,
    position: row.position,
    productId: row.productId,
    variantId: row.variantId,
    productTitle: row.productTitle,
    variantTitle: row.variantTitle,
    sku: row.sku,
    options: row.options.map((o) => Object.assign(new VariantOption(), o)),
    taxClass: row.taxClass as TaxClass,
    unitPrice: money(row.unitPrice, currency),
    quantity: row.quantity,
    subtotal: money(row.subtotal, currency),
    discount: money(row.discount, currency),
    tax: money(row.tax, currency),
    total: money(row.total, currency),
    row,
  });
}
