import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, userError } from '../../graphql/errors.js';
import { formatMoney } from '../../graphql/money.js';
import { checkCouponCode } from '../promotion/coupon.service.js';
import { type CartResult, changeCart } from './cart.service.js';
import { computeCartView } from './cart-view.js';

/** The coupon on a cart: applied only when it takes something off this cart now. */
export function applyCoupon(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  input: { code: string },
): Promise<CartResult> {
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart) => {
      const field = ['input', 'code'];
      const check = await checkCouponCode(tx, input.code, cart.userId, new Date());
      if ('error' in check) return { errors: [userError(field, check.error, check.message)] };
      const coupon = check.coupon;
      const view = await computeCartView(ctx, tx, cart, { couponOverride: coupon });
      const currency = ctx.app.config.storeCurrency;
      if (view.pricing.couponProblem === 'MINIMUM_NOT_MET') {
        return {
          errors: [
            userError(
              field,
              ErrorCode.COUPON_MINIMUM_NOT_MET,
              `This coupon applies from ${formatMoney(coupon.minSubtotal ?? 0, currency)} of eligible items.`,
            ),
          ],
        };
      }
      if (view.pricing.couponProblem === 'NOT_APPLICABLE') {
        return {
          errors: [
            userError(
              field,
              ErrorCode.COUPON_NOT_APPLICABLE,
              view.lines.length === 0
                ? 'Your cart is empty: add items before applying a coupon.'
                : 'No item in your cart is eligible for this coupon.',
            ),
          ],
        };
      }
      return { errors: [], set: { couponId: coupon.id } };
    },
    {},
  );
}

export function removeCoupon(ctx: RequestContext, cartToken: string | null | undefined): Promise<CartResult> {
  return changeCart(ctx, cartToken, async () => ({ errors: [], set: { couponId: null } }), {});
}
