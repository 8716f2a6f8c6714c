import type { Tx } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';
import type { RequestContext } from '../../graphql/context.js';
import type { UserError } from '../../graphql/errors.js';
import type { CartRow } from '../cart/cart.tables.js';
import { emptyCheckedOutCart, emptyCheckedOutCartIn, removeBoughtItems } from '../cart/cart-checkout.js';
import { type CartView, computeCartView } from '../cart/cart-view.js';
import type { PaymentMethod } from '../payment/payment-methods.js';
import { checkoutOutcomes } from './checkout.tables.js';
import { cartProblems } from './checkout-cart-problems.js';
import {
  boughtInFull,
  boughtNothing,
  boughtQuantities,
  type CheckoutAvailabilityValue,
  type CheckoutLineOutcomeData,
  planLines,
} from './checkout-lines.js';
import { remainderFingerprint } from './checkout-replay.js';

/**
 * What a checkout buys (step 4 of checkout.service.ts) and what it leaves in the cart (step 5), inside
 * its transaction. With AVAILABLE_ONLY the cart's variants are locked first, so the stock read here is
 * the stock taken; with ALL_OR_NOTHING the stock is read without a lock (a sold-out cart is refused at
 * once) and the stock statement of step 6 is the guard.
 */

export interface CheckoutPlan {
  /** The view of what is bought: the cart itself, or (AVAILABLE_ONLY) its buyable units, priced anew. */
  bought: CartView;
  /** Every cart line, in cart order, with what the order takes of it. */
  lines: CheckoutLineOutcomeData[];
}

/**
 * ALL_OR_NOTHING: the cart as it is, or the errors that refuse it (today's rules, cartProblems).
 * AVAILABLE_ONLY: the lines that can be bought, a short line for the units in stock, priced again by the
 * pricing engine (so a coupon whose minimum is no longer met gives nothing, shipping and tax follow what
 * is bought); then the same rules on what is bought (price changed, coupon no longer valid, address,
 * method). Nothing buyable at all: the errors ALL_OR_NOTHING gives.
 */
export async function planCheckout(
  ctx: RequestContext,
  tx: Tx,
  view: CartView,
  availability: CheckoutAvailabilityValue,
  now: Date,
): Promise<CheckoutPlan | { errors: UserError[] }> {
  const currency = ctx.app.config.storeCurrency;
  const lines = planLines(view.lines);
  if (availability === 'ALL_OR_NOTHING' || boughtInFull(lines) || boughtNothing(lines)) {
    const problems = cartProblems(view, currency);
    return problems.length > 0 ? { errors: problems } : { bought: view, lines };
  }
  const bought = await computeCartView(ctx, tx, view.cart, { now, quantities: boughtQuantities(lines) });
  const problems = cartProblems(bought, currency);
  return problems.length > 0 ? { errors: problems } : { bought, lines };
}

/**
 * A checkout that bought the whole cart (ALL_OR_NOTHING, or AVAILABLE_ONLY with everything in stock):
 * what it did per line (what a replay of its key answers) and the emptied cart, as CTEs of the order's
 * own statement (insertOrder's `alongside`). The coupon goes with the cart whether or not it was used.
 */
export function settleWholeCartIn(
  stmt: CteStatement,
  tx: Tx,
  cart: CartRow,
  plan: CheckoutPlan,
  placed: { orderId: string; availability: CheckoutAvailabilityValue },
): void {
  stmt.with(
    'outcome',
    tx.insert(checkoutOutcomes).values({
      orderId: placed.orderId,
      availability: placed.availability,
      lines: plan.lines,
      remainderFingerprint: null,
    }),
  );
  emptyCheckedOutCartIn(stmt, cart.id);
}

/**
 * Records what the checkout did per line (what a replay of its key answers) and takes what was bought
 * out of the cart: all of it (the cart is emptied as always), or only the units bought. (A checkout that
 * bought the whole cart does this in its order's statement: settleWholeCartIn.)
 */
export async function settleCheckedOutCart(
  tx: Tx,
  cart: CartRow,
  view: CartView,
  plan: CheckoutPlan,
  placed: {
    orderId: string;
    couponUsed: boolean;
    paymentMethod: PaymentMethod;
    availability: CheckoutAvailabilityValue;
  },
): Promise<void> {
  const { lines } = plan;
  const whole = boughtInFull(lines);
  const dropCoupon = whole || placed.couponUsed;
  await tx.insert(checkoutOutcomes).values({
    orderId: placed.orderId,
    availability: placed.availability,
    lines,
    remainderFingerprint: whole
      ? null
      : remainderFingerprint(
          view,
          lines,
          dropCoupon ? null : cart.couponId,
          placed.paymentMethod,
          placed.availability,
        ),
  });
  if (whole) {
    await emptyCheckedOutCart(tx, cart.id);
    return;
  }
  await removeBoughtItems(
    tx,
    cart.id,
    lines.map((l) => ({
      lineId: l.cartLineId,
      quantity: l.boughtQuantity,
      wholeLine: l.status === 'BOUGHT',
    })),
    dropCoupon,
  );
}
