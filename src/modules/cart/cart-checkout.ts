import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';
import { cartLines, carts } from './cart.tables.js';

/**
 * The cart became an order: its lines and coupon go, in checkout's transaction (the shipping address and
 * method stay for next time).
 */
/** emptyCheckedOutCart's writes as CTEs of the caller's statement (checkout's order placement). */
export function emptyCheckedOutCartIn(stmt: CteStatement, cartId: string): void {
  stmt.with('cart_lines_gone', sql`DELETE FROM ${cartLines} WHERE ${cartLines.cartId} = ${cartId}`);
  stmt.with(
    'cart_emptied',
    sql`UPDATE ${carts} SET coupon_id = NULL, notices = '[]'::jsonb, updated_at = now() WHERE ${carts.id} = ${cartId}`,
  );
}

export async function emptyCheckedOutCart(tx: Executor, cartId: string): Promise<void> {
  // One statement: the lines' delete as a CTE of the cart's update (they touch different tables).
  await tx.execute(sql`WITH emptied AS (DELETE FROM ${cartLines} WHERE ${cartLines.cartId} = ${cartId})
    UPDATE ${carts} SET coupon_id = NULL, notices = '[]'::jsonb, updated_at = now() WHERE ${carts.id} = ${cartId}`);
}

/**
 * Part of the cart became an order (checkout with AVAILABLE_ONLY), in checkout's transaction: the units
 * bought leave the cart, what could not be bought stays for the shopper to see (a line bought in part
 * keeps the units that were missing). The coupon goes when the order used it, and stays with the
 * remaining lines otherwise; notices go as with a full checkout. `bought`: units taken per cart line id.
 */
export async function removeBoughtItems(
  tx: Executor,
  cartId: string,
  bought: readonly { lineId: string; quantity: number; wholeLine: boolean }[],
  dropCoupon: boolean,
): Promise<void> {
  const whole = bought.filter((b) => b.wholeLine).map((b) => b.lineId);
  const part = bought.filter((b) => !b.wholeLine && b.quantity > 0);
  if (whole.length > 0) {
    await tx.delete(cartLines).where(and(eq(cartLines.cartId, cartId), inArray(cartLines.id, whole)));
  }
  if (part.length > 0) {
    // One statement whatever the number of lines: quantity - CASE id WHEN … THEN units END.
    const cases: SQL[] = part.map((b) => sql`WHEN ${b.lineId}::uuid THEN ${b.quantity}::int`);
    await tx
      .update(cartLines)
      .set({
        quantity: sql`${cartLines.quantity} - (CASE ${cartLines.id} ${sql.join(cases, sql` `)} END)`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(cartLines.cartId, cartId),
          inArray(
            cartLines.id,
            part.map((b) => b.lineId),
          ),
        ),
      );
  }
  await tx
    .update(carts)
    .set({ ...(dropCoupon ? { couponId: null } : {}), notices: [], updatedAt: sql`now()` })
    .where(eq(carts.id, cartId));
}
