import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { taxClassEnum } from '../catalog/catalog.tables.js';

/** Admin-managed shipping methods; the cart offers the active ones that serve its destination. */
export const shippingMethods = pgTable(
  'shipping_methods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Upper-case identifier used by `cartSetShippingMethod(code)`, e.g. STANDARD. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    price: integer('price').notNull(),
    /** Free when the discounted subtotal reaches this amount (minor units); null: never free. */
    freeAbove: integer('free_above'),
    minDeliveryDays: integer('min_delivery_days').notNull(),
    maxDeliveryDays: integer('max_delivery_days').notNull(),
    /** ISO 3166-1 alpha-2 codes served; an empty list serves every country. */
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('shipping_methods_code_key').on(t.code),
    check('shipping_methods_price_non_negative', sql`${t.price} >= 0`),
    check('shipping_methods_free_above_non_negative', sql`${t.freeAbove} IS NULL OR ${t.freeAbove} >= 0`),
    check(
      'shipping_methods_delivery_days',
      sql`${t.minDeliveryDays} >= 0 AND ${t.maxDeliveryDays} >= ${t.minDeliveryDays}`,
    ),
  ],
);

/**
 * Tax rates by destination and product tax class, in basis points (2000 = 20 %).
 * A rate with a region applies to that region only and wins over the country-wide rate (region null).
 */
export const taxRates = pgTable(
  'tax_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    country: text('country').notNull(),
    region: text('region'),
    taxClass: taxClassEnum('tax_class').notNull(),
    rateBasisPoints: integer('rate_basis_points').notNull(),
    name: text('name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tax_rates_destination_class_key').on(
      t.country,
      sql`coalesce(upper(${t.region}), '')`,
      t.taxClass,
    ),
    index('tax_rates_country_idx').on(t.country),
    check('tax_rates_rate_range', sql`${t.rateBasisPoints} >= 0 AND ${t.rateBasisPoints} <= 10000`),
  ],
);

export type ShippingMethodRow = typeof shippingMethods.$inferSelect;
export type TaxRateRow = typeof taxRates.$inferSelect;
