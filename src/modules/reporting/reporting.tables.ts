import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { orderLines, orders } from '../order/order.tables.js';

/**
 * Sales facts and rollups, owned and written by the reporting domain only (sales-facts.service.ts),
 * in the same transaction as every order change that moves them (the order domain's
 * `orderEventRecorded` hook). Facts are each order's contribution as last computed from its own rows
 * (order, lines, refunds, return lines); rollups are the sums of facts per UTC slot at three grains
 * (rollup-grains.ts): 15 minutes, hours and days. A report in any IANA zone reads whole days inside its
 * buckets, whole hours at their edges and 15-minute slots only where a zone's boundary is not on the
 * hour (every modern bucket boundary falls on a 15-minute step). Amounts are integer minor units of
 * the store currency.
 *
 * Rollup rows are sharded by a hash of the order id (SALES_SHARDS rows per slot), so orders changing
 * in the same slot update different rows instead of queueing on one; reports sum the shards. A single
 * shard row alone means nothing (a rebuild and the fold of new orders write shard 0, later changes the
 * order's own shard, so one row may even be negative): only the sum over a slot's shards is a figure.
 * New orders reach the rollups through report_pending_rollups (rollup-pending.ts).
 */

/** One row per sale (an order that reached CONFIRMED), at the order's creation time. */
export const reportOrderFacts = pgTable(
  'report_order_facts',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** The buyer (customer metrics: first-time and returning buyers). */
    userId: uuid('user_id').notNull(),
    /** The order's `created_at`: the instant the sale counts at. */
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    units: integer('units').notNull(),
    gross: integer('gross').notNull(),
    discount: integer('discount').notNull(),
    shipping: integer('shipping').notNull(),
    tax: integer('tax').notNull(),
    /** gross − discount + shipping + tax: the order total at checkout. */
    total: integer('total').notNull(),
    /** Refunds (and the write-off of a cancellation after confirmation) so far, at their own times. */
    refunded: integer('refunded').notNull(),
  },
  (t) => [
    index('report_order_facts_occurred_idx').on(t.occurredAt, t.orderId),
    index('report_order_facts_user_idx').on(t.userId, t.occurredAt),
  ],
);

/** One row per line of a sale: its units and amounts, with its share of the order's shipping and shipping tax. */
export const reportLineFacts = pgTable(
  'report_line_facts',
  {
    orderLineId: uuid('order_line_id')
      .primaryKey()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** As sold (no foreign key: a deleted product keeps its history). Null when the line had none. */
    productId: uuid('product_id'),
    variantId: uuid('variant_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    units: integer('units').notNull(),
    gross: integer('gross').notNull(),
    discount: integer('discount').notNull(),
    /** This line's share of the order's shipping (largest remainder, proportional to line totals). */
    shipping: integer('shipping').notNull(),
    /** The line's own tax plus its share of the tax on shipping (same rule). */
    tax: integer('tax').notNull(),
    /** This line's share of the order's refunds so far (see refund facts for when). */
    refunded: integer('refunded').notNull(),
  },
  (t) => [
    // Sale items of a bucket, keyset-paginated.
    index('report_line_facts_occurred_idx').on(t.occurredAt, t.orderLineId),
    // Distinct orders and items under a product or category filter.
    index('report_line_facts_product_idx').on(t.productId, t.occurredAt, t.orderId),
    index('report_line_facts_order_idx').on(t.orderId),
  ],
);

/**
 * A refund's share of one line, at the refund's time. `refund_key` is the refunds row's id, or, for
 * a confirmed order cancelled without its money being given back (cash on delivery never collected),
 * the id of its CANCELLED event: that write-off counts like a refund at the cancellation time.
 */
export const reportRefundFacts = pgTable(
  'report_refund_facts',
  {
    refundKey: uuid('refund_key').notNull(),
    orderLineId: uuid('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** REFUND or WRITE_OFF. */
    kind: text('kind').notNull(),
    productId: uuid('product_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    amount: integer('amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.refundKey, t.orderLineId] }),
    index('report_refund_facts_order_idx').on(t.orderId),
    // Refunds under a product or category filter (sales-report.service.ts).
    index('report_refund_facts_product_idx').on(t.productId, t.occurredAt),
  ],
);

/** Unfiltered sums per UTC slot of a grain (`slot` is its start), sharded. */
export const reportSalesSlots = pgTable(
  'report_sales_slots',
  {
    /** 0: 15 minutes, 1: an hour, 2: a day (rollup-grains.ts). */
    grain: smallint('grain').notNull().default(0),
    slot: timestamp('slot', { withTimezone: true, precision: 3 }).notNull(),
    shard: smallint('shard').notNull(),
    orders: integer('orders').notNull().default(0),
    units: bigint('units', { mode: 'number' }).notNull().default(0),
    gross: bigint('gross', { mode: 'number' }).notNull().default(0),
    discount: bigint('discount', { mode: 'number' }).notNull().default(0),
    shipping: bigint('shipping', { mode: 'number' }).notNull().default(0),
    tax: bigint('tax', { mode: 'number' }).notNull().default(0),
    refunds: bigint('refunds', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.grain, t.slot, t.shard] }),
    // Covering: a report's range of slots is an index-only scan (no heap visits for old, frozen slots).
    index('report_sales_slots_grain_cover_idx').on(
      t.grain,
      t.slot,
      t.shard,
      t.orders,
      t.units,
      t.gross,
      t.discount,
      t.shipping,
      t.tax,
      t.refunds,
    ),
  ],
);

/** Sums per slot and product (lines with a product only), at the same grains and sharded like the slots. */
export const reportProductSlots = pgTable(
  'report_product_slots',
  {
    productId: uuid('product_id').notNull(),
    grain: smallint('grain').notNull().default(0),
    slot: timestamp('slot', { withTimezone: true, precision: 3 }).notNull(),
    shard: smallint('shard').notNull(),
    units: bigint('units', { mode: 'number' }).notNull().default(0),
    gross: bigint('gross', { mode: 'number' }).notNull().default(0),
    discount: bigint('discount', { mode: 'number' }).notNull().default(0),
    shipping: bigint('shipping', { mode: 'number' }).notNull().default(0),
    tax: bigint('tax', { mode: 'number' }).notNull().default(0),
    refunds: bigint('refunds', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.grain, t.slot, t.shard] }),
    // Covering, for index-only scans: one product's sales (by product, then time) ...
    index('report_product_slots_product_grain_cover_idx').on(
      t.productId,
      t.grain,
      t.slot,
      t.shard,
      t.units,
      t.gross,
      t.discount,
      t.shipping,
      t.tax,
      t.refunds,
    ),
    // ... and top products of a period across all products (by time).
    index('report_product_slots_grain_slot_cover_idx').on(
      t.grain,
      t.slot,
      t.productId,
      t.shard,
      t.units,
      t.gross,
      t.discount,
      t.shipping,
      t.tax,
      t.refunds,
    ),
  ],
);

/**
 * Sums per slot and category, at the same grains, sharded: the sales of the category's products and
 * of its descendants' products (current membership), with `orders` the orders that have at least one
 * such line (each counted once per category, however many of its lines match). These answer a report
 * filtered by one category without reading its lines. They follow membership: a change to
 * product_categories or to the category tree bumps `reporting_state.membership_version` (triggers),
 * and until the compactor has recomputed them (`category_rollups_version` caught up), reports read the
 * line facts instead (exact either way).
 */
export const reportCategorySlots = pgTable(
  'report_category_slots',
  {
    categoryId: uuid('category_id').notNull(),
    grain: smallint('grain').notNull(),
    slot: timestamp('slot', { withTimezone: true, precision: 3 }).notNull(),
    shard: smallint('shard').notNull(),
    orders: integer('orders').notNull().default(0),
    units: bigint('units', { mode: 'number' }).notNull().default(0),
    gross: bigint('gross', { mode: 'number' }).notNull().default(0),
    discount: bigint('discount', { mode: 'number' }).notNull().default(0),
    shipping: bigint('shipping', { mode: 'number' }).notNull().default(0),
    tax: bigint('tax', { mode: 'number' }).notNull().default(0),
    refunds: bigint('refunds', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.categoryId, t.grain, t.slot, t.shard] }),
    index('report_category_slots_cover_idx').on(
      t.categoryId,
      t.grain,
      t.slot,
      t.shard,
      t.orders,
      t.units,
      t.gross,
      t.discount,
      t.shipping,
      t.tax,
      t.refunds,
    ),
  ],
);

/**
 * Placed orders whose facts are not yet added to the rollups: a checkout writes its order's facts
 * (`facts`: SalesFacts as placed) here, one row, instead of upserting some thirty rollup rows while it
 * holds the hot variant's lock. rollup-pending.ts adds them to the rollups in batches, in the
 * background, and before every read of the rollups, so reports stay exact. No foreign key: a row
 * lives for seconds, and its check would run in every checkout.
 */
export const reportPendingRollups = pgTable('report_pending_rollups', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  orderId: uuid('order_id').notNull(),
  facts: jsonb('facts').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** One row (id 1): which version of the facts the database holds; start-up rebuilds when it is behind. */
export const reportingState = pgTable('reporting_state', {
  id: smallint('id').primaryKey(),
  factsVersion: integer('facts_version').notNull(),
  rebuiltAt: timestamp('rebuilt_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  /** Bumped by triggers on every change to product_categories or to categories' parents. */
  membershipVersion: bigint('membership_version', { mode: 'number' }).notNull().default(0),
  /** The membership version the category rollups were computed for; -1: never. */
  categoryRollupsVersion: bigint('category_rollups_version', { mode: 'number' }).notNull().default(-1),
});
