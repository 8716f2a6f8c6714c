import { sql } from 'drizzle-orm';
import { deleteDueRows, type Purge, secondsBefore } from '../../db/purge.js';
import { carts } from './cart.tables.js';

/**
 * What the cart domain purges (README "Housekeeping"): abandoned guest carts, with their lines (ON
 * DELETE CASCADE). A guest cart (no owner) idle for GUEST_CART_TTL is already gone for readers
 * (cart.service.ts `notExpired`), so the purge only reclaims its rows. A signed-in shopper's cart is never
 * purged, however old. No order refers to a cart (checkout copies the lines), and a cart that a checkout
 * or a sign-in merge holds locked at that moment is skipped (SKIP LOCKED), as is one changed meanwhile.
 */
export function cartPurges(guestCartTtl: number): Purge[] {
  return [
    {
      kind: 'guest_carts',
      purgeBatch: (db, now, limit) =>
        deleteDueRows(
          db,
          carts,
          carts.id,
          sql`${carts.userId} IS NULL AND ${carts.updatedAt} <= ${secondsBefore(now, guestCartTtl)}`,
          limit,
        ),
    },
  ];
}
