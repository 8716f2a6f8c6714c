import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../account/account.tables.js';
import type { AddressSnapshot as CartAddress } from '../address/address-snapshot.js';
import { products, taxClassEnum, type VariantOption, variants } from '../catalog/catalog.tables.js';
import { paymentMethodEnum } from '../payment/payment.tables.js';
import { coupons } from '../promotion/promotion.tables.js';

export const orderStatusEnum = pgEnum('order_status', [
  'PENDING_PAYMENT',
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'REFUNDED',
]);
export const paymentStatusEnum = pgEnum('payment_status', [
  'PENDING',
  'SUCCEEDED',
  'FAILED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
]);

/** Human-readable order numbers (ORD-000123): a sequence, so concurrent checkouts never collide. */
export const orderNumberSequence = pgSequence('order_number_seq', { startWith: 1 });

/** The shipping method as it was chosen: later edits of the method do not change an order. */
export interface OrderShippingMethod {
  code: string;
  name: string;
  price: number;
  minDeliveryDays: number;
  maxDeliveryDays: number;
}

/**
 * An order: a snapshot of the cart at checkout (lines, totals, addresses, method), computed by
 * the pricing engine, plus its state. `status` and `payment_status` move only through the state
 * machine (order-state.ts); every move is an order_events row.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: orderStatusEnum('status').notNull(),
    paymentStatus: paymentStatusEnum('payment_status').notNull(),
    paymentMethod: paymentMethodEnum('payment_method').notNull(),
    /** Unique per customer: the same key returns the first result instead of a second order. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of what was bought (lines, prices, coupon, address, method, payment method): a reused key with another cart is refused. */
    requestFingerprint: text('request_fingerprint').notNull(),
    currency: text('currency').notNull(),
    subtotal: integer('subtotal').notNull(),
    discount: integer('discount').notNull(),
    shipping: integer('shipping').notNull(),
    tax: integer('tax').notNull(),
    total: integer('total').notNull(),
    couponId: uuid('coupon_id').references(() => coupons.id, { onDelete: 'set null' }),
    couponCode: text('coupon_code'),
    shippingAddress: jsonb('shipping_address').$type<CartAddress>().notNull(),
    billingAddress: jsonb('billing_address').$type<CartAddress>().notNull(),
    shippingMethod: jsonb('shipping_method').$type<OrderShippingMethod>().notNull(),
    note: text('note'),
    /** Until when stock stays reserved for an unpaid order; the sweeper cancels it afterwards. */
    reservedUntil: timestamp('reserved_until', { withTimezone: true, precision: 3 }),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    uniqueIndex('orders_user_idempotency_key').on(t.userId, t.idempotencyKey),
    index('orders_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('orders_created_idx').on(t.createdAt, t.id),
    index('orders_status_created_idx').on(t.status, t.createdAt, t.id),
    // The reservation sweeper's claim: unpaid orders past their window.
    index('orders_reservation_idx').on(t.reservedUntil).where(sql`${t.status} = 'PENDING_PAYMENT'`),
    check(
      'orders_amounts_non_negative',
      sql`${t.subtotal} >= 0 AND ${t.discount} >= 0 AND ${t.shipping} >= 0 AND ${t.tax} >= 0 AND ${t.total} >= 0`,
    ),
  ],
);

/** A line as sold: titles, SKU, options and amounts copied, so catalog edits never rewrite history. */
export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    productTitle: text('product_title').notNull(),
    variantTitle: text('variant_title').notNull(),
    sku: text('sku').notNull(),
    options: jsonb('options').$type<VariantOption[]>().notNull(),
    taxClass: taxClassEnum('tax_class').notNull(),
    unitPrice: integer('unit_price').notNull(),
    quantity: integer('quantity').notNull(),
    subtotal: integer('subtotal').notNull(),
    discount: integer('discount').notNull(),
    tax: integer('tax').notNull(),
    total: integer('total').notNull(),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId, t.position),
    index('order_lines_variant_idx').on(t.variantId),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

/** The order's timeline: one row per transition or notable fact, with who did it. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    fromStatus: orderStatusEnum('from_status'),
    toStatus: orderStatusEnum('to_status'),
    /** CUSTOMER, ADMIN or SYSTEM. */
    actorKind: text('actor_kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.createdAt, t.id)],
);

/**
 * One row per payment attempt; only a card's brand and last four digits are ever stored. The
 * payments and refunds tables are the order's payment records (they reference the order), hence here
 * and not in the payment domain, which knows no order.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    method: paymentMethodEnum('method').notNull(),
    provider: text('provider').notNull(),
    status: paymentStatusEnum('status').notNull(),
    amount: integer('amount').notNull(),
    refundedAmount: integer('refunded_amount').notNull().default(0),
    currency: text('currency').notNull(),
    cardBrand: text('card_brand'),
    cardLast4: text('card_last4'),
    providerReference: text('provider_reference'),
    failureCode: text('failure_code'),
    failureMessage: text('failure_message'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('payments_order_idx').on(t.orderId, t.createdAt, t.id),
    index('payments_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('payments_created_idx').on(t.createdAt, t.id),
    check('payments_amount_positive', sql`${t.amount} > 0`),
    check(
      'payments_refunded_amount_range',
      sql`${t.refundedAmount} >= 0 AND ${t.refundedAmount} <= ${t.amount}`,
    ),
    check('payments_card_last4', sql`${t.cardLast4} IS NULL OR ${t.cardLast4} ~ '^[0-9]{4}$'`),
  ],
);

/**
 * Money given back on a payment: each refund through the provider (or recorded for cash), partial or
 * full. The payment's `refunded_amount` is their sum and never exceeds its amount (CHECK on payments).
 */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    reason: text('reason'),
    /** What caused it: ADMIN (paymentRefund), CANCELLATION, RETURN, or PROVIDER (made at the provider, reported by webhook). */
    source: text('source').notNull(),
    /** The return it pays back, when source is RETURN. */
    returnId: uuid('return_id'),
    /** The provider's refund id; unique, so a refund reported twice (webhook and API) is recorded once. */
    providerReference: text('provider_reference'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('refunds_payment_idx').on(t.paymentId, t.createdAt, t.id),
    index('refunds_order_idx').on(t.orderId, t.createdAt, t.id),
    uniqueIndex('refunds_provider_reference_key').on(t.providerReference),
    check('refunds_amount_positive', sql`${t.amount} > 0`),
  ],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
