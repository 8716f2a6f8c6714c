import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { couponRedemptions, coupons } from './promotion.tables.js';

/**
 * A coupon's usage as orders take and give it back: the only writes of coupon usage from outside the
 * promotion domain (checkout redeems, order cancellations and refunds release). Each runs in the
 * caller's transaction.
 */

/** Locks the coupon row (`FOR UPDATE`), so its usage limits are counted exactly until the caller commits. */
export async function lockCoupon(tx: Executor, couponId: string): Promise<void> {
  await tx.select({ id: coupons.id }).from(coupons).where(eq(coupons.id, couponId)).for('update');
}

/**
 * One use of the coupon by `userId` for the order `orderReference`: used_count up by one and a
 * redemption row. False, and nothing written, when the coupon has been used as often as allowed.
 */
export async function redeemCoupon(
  tx: Executor,
  redemption: { couponId: string; userId: string; orderReference: string },
): Promise<boolean> {
  const [counted] = await tx
    .update(coupons)
    .set({ usedCount: sql`${coupons.usedCount} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(coupons.id, redemption.couponId),
        sql`(${coupons.usageLimit} IS NULL OR ${coupons.usedCount} < ${coupons.usageLimit})`,
      ),
    )
    .returning({ id: coupons.id });
  if (!counted) return false;
  await tx.insert(couponRedemptions).values(redemption);
  return true;
}

/**
 * Gives back the use the order `orderReference` took: used_count down by one (never below zero) when
 * the order names its coupon, and the order's redemption deleted.
 */
export async function releaseCoupon(
  tx: Executor,
  couponId: string | null,
  orderReference: string,
): Promise<void> {
  if (couponId) {
    await tx
      .update(coupons)
      .set({ usedCount: sql`greatest(${coupons.usedCount} - 1, 0)`, updatedAt: new Date() })
      .where(eq(coupons.id, couponId));
  }
  await tx.delete(couponRedemptions).where(eq(couponRedemptions.orderReference, orderReference));
}
