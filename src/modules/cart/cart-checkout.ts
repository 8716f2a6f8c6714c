import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cartLines, carts } from './cart.tables.js';

/**
 * The cart became an order: its lines and coupon go, in checkout's transaction (the shipping address and
 * method stay for next time).
 */
export async function emptyCheckedOutCart(tx: Executor, cartId: string): Promise<void> {
  await tx.delete(cartLines).where(eq(cartLines.cartId, cartId));
  await tx
    .update(carts)
    .set({ couponId: null, notices: [], updatedAt: sql`now()` })
    .where(eq(carts.id, cartId));
}
