import { index, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../account/account.tables.js';
import { products, variants } from '../catalog/catalog.tables.js';

export const wishlistItems = pgTable(
  'wishlist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** A chosen variant, or null for the product as a whole. */
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    // Adding the same product (and variant) twice keeps one item.
    unique('wishlist_items_user_product_variant_key')
      .on(t.userId, t.productId, t.variantId)
      .nullsNotDistinct(),
    index('wishlist_items_user_idx').on(t.userId, t.createdAt, t.id),
  ],
);

export type WishlistItemRow = typeof wishlistItems.$inferSelect;
