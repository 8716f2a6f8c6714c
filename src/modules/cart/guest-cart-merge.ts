import { and, eq, inArray, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import type { SignIn } from '../account/account-hooks.js';
import { notExpired, touchCart, userCart } from './cart.service.js';
import { type CartNotice, cartLines, carts } from './cart.tables.js';
import { MAX_LINE_QUANTITY } from './cart-lines.service.js';
import { cartTokenHash } from './cart-token.js';
import { lineName, loadCartLines } from './cart-view.js';

/**
 * Moves a guest cart into the user's cart after a successful sign-in: quantities add up per
 * variant, capped at stock (a QUANTITY_REDUCED notice says so), lines of products no longer for
 * sale are left out (a notice says so), the guest's coupon, address and shipping method are taken
 * when the user's cart has none, and the guest cart is deleted. Both carts are locked in id order.
 * Never throws: a failed merge is logged and the sign-in goes on. Registered on account's
 * `signedIn` hook by cart.module.ts; the transaction does not resolve the viewer (the sign-in
 * request's own Authorization header does not matter here).
 */
export async function mergeGuestCart(ctx: RequestContext, { userId, cartToken }: SignIn): Promise<void> {
  const tokenHash = cartTokenHash(cartToken);
  if (!tokenHash) return;
  try {
    const { db } = ctx.app;
    const [guest] = await db
      .select({ id: carts.id })
      .from(carts)
      .where(and(eq(carts.guestTokenHash, tokenHash), notExpired(ctx)))
      .limit(1);
    if (!guest) return;
    const user = await userCart(db, userId);
    await inTransaction(db, async (tx) => {
      const locked = await tx
        .select()
        .from(carts)
        .where(and(inArray(carts.id, [guest.id, user.id]), notExpired(ctx)))
        .orderBy(carts.id)
        .for('update');
      const guestCart = locked.find((c) => c.id === guest.id && c.guestTokenHash !== null);
      const userCartRow = locked.find((c) => c.id === user.id);
      if (!guestCart || !userCartRow) return; // merged by a concurrent sign-in, or expired meanwhile

      const [guestLines, userLines] = await Promise.all([
        loadCartLines(tx, guestCart.id),
        tx
          .select({ id: cartLines.id, variantId: cartLines.variantId, quantity: cartLines.quantity })
          .from(cartLines)
          .where(eq(cartLines.cartId, userCartRow.id)),
      ]);
      const userByVariant = new Map(userLines.map((l) => [l.variantId, l]));
      const notices: CartNotice[] = [];
      for (const line of guestLines) {
        const name = lineName(line);
        if (line.product.status !== 'ACTIVE') {
          notices.push({
            code: 'PRODUCT_UNAVAILABLE',
            variantId: line.variantId,
            message: `${name} from your guest cart is no longer available and was not added.`,
          });
          continue;
        }
        const existing = userByVariant.get(line.variantId);
        const had = existing?.quantity ?? 0;
        const wanted = had + line.quantity;
        const cap = Math.min(line.variant.stock, MAX_LINE_QUANTITY);
        const quantity = Math.max(had, Math.min(wanted, cap));
        if (quantity < wanted) {
          notices.push(
            quantity === 0
              ? {
                  code: 'OUT_OF_STOCK',
                  variantId: line.variantId,
                  message: `${name} from your guest cart is out of stock and was not added.`,
                }
              : {
                  code: 'QUANTITY_REDUCED',
                  variantId: line.variantId,
                  message: `${name}: ${wanted} wanted after merging your guest cart, ${quantity} kept (${line.variant.stock} available).`,
                },
          );
        }
        if (quantity === had) continue;
        if (existing) {
          await tx
            .update(cartLines)
            .set({ quantity, updatedAt: sql`now()` })
            .where(eq(cartLines.id, existing.id));
        } else {
          // The price the guest saw comes along, so a price change since still shows; so does the
          // time the line was added, which orders the lines.
          await tx.insert(cartLines).values({
            cartId: userCartRow.id,
            variantId: line.variantId,
            quantity,
            unitPriceSeen: line.unitPriceSeen,
            createdAt: line.createdAt,
          });
        }
      }
      const set: Partial<typeof carts.$inferInsert> = {};
      if (!userCartRow.couponId && guestCart.couponId) set.couponId = guestCart.couponId;
      if (!userCartRow.shippingAddress && guestCart.shippingAddress) {
        set.shippingAddress = guestCart.shippingAddress;
        set.shippingAddressId = null;
        set.shippingMethodCode = userCartRow.shippingMethodCode ?? guestCart.shippingMethodCode;
      }
      await tx.delete(carts).where(eq(carts.id, guestCart.id));
      await touchCart(tx, userCartRow.id, { ...set, notices });
    });
  } catch (err) {
    ctx.app.logger.error({ err, userId }, 'could not merge the guest cart at sign-in');
  }
}
