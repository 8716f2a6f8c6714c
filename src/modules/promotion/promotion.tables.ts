import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../account/account.tables.js';

export const couponTypeEnum = pgEnum('coupon_type', ['PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING']);

export const coupons = pgTable(
  'coupons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** As entered by the admin; matched case-insensitively and unique regardless of case. */
    code: text('code').notNull(),
    type: couponTypeEnum('type').notNull(),
    /** PERCENTAGE: basis points (1250 = 12.5 %); FIXED_AMOUNT: minor units; FREE_SHIPPING: 0. */
    value: integer('value').notNull().default(0),
    /** Applies only when the eligible subtotal reaches this amount (minor units). */
    minSubtotal: integer('min_subtotal'),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }),
    /** Total redemptions allowed; null: unlimited. */
    usageLimit: integer('usage_limit'),
    /** Redemptions allowed per customer; null: unlimited. */
    perCustomerLimit: integer('per_customer_limit'),
    /** Redemptions so far, incremented at checkout under a row lock. */
    usedCount: integer('used_count').notNull().default(0),
    /** When not empty, the coupon discounts only lines of these categories (or their descendants)... */
    categoryIds: uuid('category_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** ...or of these products. Both empty: the whole cart. */
    productIds: uuid('product_ids').array().notNull().default(sql`'{}'::uuid[]`),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coupons_code_lower_key').on(sql`lower(${t.code})`),
    index('coupons_created_idx').on(t.createdAt, t.id),
    check('coupons_value_non_negative', sql`${t.value} >= 0`),
    check('coupons_percentage_range', sql`${t.type} <> 'PERCENTAGE' OR ${t.value} <= 10000`),
    check('coupons_used_count_non_negative', sql`${t.usedCount} >= 0`),
  ],
);

/** One row per order that used a coupon: per-customer limits count these. Checkout writes them. */
export const couponRedemptions = pgTable(
  'coupon_redemptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    couponId: uuid('coupon_id')
      .notNull()
      .references(() => coupons.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The order that redeemed it (the order table arrives with checkout). */
    orderReference: text('order_reference'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('coupon_redemptions_coupon_user_idx').on(t.couponId, t.userId)],
);

export type CouponRow = typeof coupons.$inferSelect;
