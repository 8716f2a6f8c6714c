import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../account/account.tables.js';
import { addresses } from '../address/address.tables.js';
import type { AddressSnapshot } from '../address/address-snapshot.js';
import { variants } from '../catalog/catalog.tables.js';
import { coupons } from '../promotion/promotion.tables.js';

export interface CartNotice {
  code: string;
  variantId: string | null;
  message: string;
}

/**
 * A shopper's cart: a signed-in user's one cart (user_id), or a guest cart reached through a
 * secret token that is stored only as its SHA-256 hash.
 */
export const carts = pgTable(
  'carts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    guestTokenHash: text('guest_token_hash'),
    couponId: uuid('coupon_id').references(() => coupons.id, { onDelete: 'set null' }),
    /** The destination: a copy, so editing the address book later does not move a cart. */
    shippingAddress: jsonb('shipping_address').$type<AddressSnapshot>(),
    /** The address-book entry it was copied from, if any. */
    shippingAddressId: uuid('shipping_address_id').references(() => addresses.id, { onDelete: 'set null' }),
    shippingMethodCode: text('shipping_method_code'),
    /**
     * One-shot warnings about changes made for the shopper (e.g. quantities capped at stock when a
     * guest cart was merged at sign-in): shown with the cart until its next change.
     */
    notices: jsonb('notices').$type<CartNotice[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Bumped on every change; guest carts expire after GUEST_CART_TTL of inactivity. */
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('carts_user_key').on(t.userId),
    uniqueIndex('carts_guest_token_key').on(t.guestTokenHash),
    index('carts_guest_updated_idx').on(t.updatedAt).where(sql`${t.userId} IS NULL`),
    check('carts_owner', sql`(${t.userId} IS NULL) <> (${t.guestTokenHash} IS NULL)`),
  ],
);

export const cartLines = pgTable(
  'cart_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    /** The unit price when the line was added or last changed, to warn the shopper when it moves. */
    unitPriceSeen: integer('unit_price_seen').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    // One line per variant, so concurrent adds meet on one row (INSERT ... ON CONFLICT DO UPDATE).
    unique('cart_lines_cart_variant_key').on(t.cartId, t.variantId),
    index('cart_lines_variant_idx').on(t.variantId),
    check('cart_lines_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export type CartRow = typeof carts.$inferSelect;
export type CartLineRow = typeof cartLines.$inferSelect;
