import { eq } from 'drizzle-orm';
import { isUniqueViolation, pgError } from '../../db/errors.js';
import { inTransaction, rollback } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, unauthenticated, userError } from '../../graphql/errors.js';
import { lockUserCartRow } from '../cart/cart.service.js';
import { cartLines } from '../cart/cart.tables.js';
import { computeCartView } from '../cart/cart-view.js';
import { lockVariants } from '../catalog/inventory.service.js';
import type { OrderLineRow, PaymentRow } from '../order/order.tables.js';
import type { Actor } from '../order/order-state.types.js';
import type { PaymentProvider } from '../payment/payment-provider.js';
import { lockCoupon } from '../promotion/coupon-usage.js';
import { validateCheckoutInput } from './checkout-input.js';
import { boughtInFull } from './checkout-lines.js';
import { appliedCoupon, insertOrder, redeemAppliedCoupon, takeStock } from './checkout-order.js';
import { chargeOrder, providerFailure, recordCheckoutPayment } from './checkout-payment.js';
import { planCheckout, settleCheckedOutCart, settleWholeCartIn } from './checkout-plan.js';
import { checkoutFingerprint, findByKey, outcomeOf, paymentErrors, replay } from './checkout-replay.js';
import { type CheckoutInput, type CheckoutResult, fail } from './checkout-result.js';

/**
 * Checkout: turns the signed-in shopper's cart into an order in ONE transaction (`completeCheckout`; its
 * steps: checkout-input.ts, checkout-replay.ts, checkout-plan.ts with checkout-lines.ts and
 * checkout-cart-problems.ts, checkout-order.ts, checkout-payment.ts).
 *
 * Order of work (all inside the transaction, after the viewer was resolved outside it). The hot rows
 * (the variants' stock) are locked as LATE as possible: many shoppers buying one variant queue on its row
 * lock, so each holds it only from step 6 to the commit.
 *  1. lock the user's cart row, read by the same statement (concurrent checkouts of one cart, e.g. a
 *     retried request, queue here);
 *  2. idempotency: an order of this user with this key already exists -> the same cart (or an empty
 *     cart: the first checkout emptied it) returns that order unchanged; another cart is refused with
 *     IDEMPOTENCY_KEY_REUSED. Nothing else happens on either path;
 *  3. lock the coupon row (`FOR UPDATE`: its usage limits are counted exactly). With
 *     `availability: AVAILABLE_ONLY` only, lock the cart's variants in id order now: what it buys depends
 *     on the stock it reads;
 *  4. recompute the cart's view (pricing engine) and refuse anything the shopper has not seen: blocking
 *     warnings, a changed price (PRICE_CHANGED), a coupon that is no longer valid, missing address or
 *     method, and (ALL_OR_NOTHING) a line with less stock than asked. That read takes no lock, so a
 *     shopper whose cart is clearly sold out is refused at once, without queueing behind the buyers who
 *     hold the variant's row. With AVAILABLE_ONLY, lines no longer for sale or out of stock are left out
 *     and a short line is bought for the units in stock; what is bought is priced again (coupon rules,
 *     shipping, tax) and checked by the same rules (checkout-plan.ts); nothing buyable at all is refused
 *     as ALL_OR_NOTHING refuses it;
 *  5. write the order (its number from `order_number_seq`, in the insert), its lines and the PLACED
 *     event, record per cart line what is bought (checkout_outcomes, for replays) and take it out of the
 *     cart: ONE statement when the whole cart is bought (data-modifying CTEs, insertOrder); then count the
 *     coupon use (promotion's redeemCoupon). When AVAILABLE_ONLY left lines or units behind, the outcome
 *     and the cart's remainder are written after the coupon's redemption (whether it goes depends on it);
 *  6. take the stock: ONE statement locks the variants in id order, decrements them all only if each
 *     still has the units (`stock >= quantity`; the CHECK constraint stock >= 0 is the last guard) and
 *     writes a ledger row per line (reason ORDER, reference = order number). A line that can no longer
 *     be served (someone bought the last units since step 4) rolls everything back: INSUFFICIENT_STOCK;
 *  7. charge through the payment provider, still inside the transaction: a provider that throws rolls
 *     everything back (no order, no stock change, no payment). A declined card is a result, not a
 *     rollback: the order stays PENDING_PAYMENT (stock reserved until `reservedUntil`), payment FAILED.
 *     The provider's idempotency key is derived from the shopper and their checkout key
 *     (`checkout:<userId>:<key>`), so a checkout retried after a rollback never charges (or, with Stripe,
 *     creates a PaymentIntent) twice. With Stripe (a provider that confirms in the browser) no card
 *     details are taken: the charge is a PaymentIntent, answered PENDING with its client secret; the
 *     order stays PENDING_PAYMENT until Stripe's webhook confirms it (stripe-webhook.ts), or the
 *     reservation sweeper cancels it. Opening a PaymentIntent moves no money, so that call comes BEFORE
 *     step 6: no buyer of a hot item waits behind another's round trip to Stripe. When the stock then
 *     runs short (or anything after it fails), the transaction rolls back and the PaymentIntent is
 *     cancelled (best effort: its client secret never left the server). A provider that captures money
 *     at once (the simulated card gateway) is called after step 6, so a lost race charges nothing;
 *  8. record the payment (card brand and last four only), apply the state machine's transition, its
 *     event and effects (COUNT_UNITS_SOLD, EMAIL_CONFIRMED through the outbox) and the new order's sales
 *     facts, its rollups left pending (reporting's rollup-pending.ts): ONE statement. The variants' rows
 *     stay locked for it after 6.
 * The transaction's statements are prepared and may reuse their plans (TransactionOptions.reusePlans);
 * the payload's lines and payments are the rows written here (primed after the commit).
 */

/** Places the order; see the top of this file. */
export async function completeCheckout(ctx: RequestContext, input: CheckoutInput): Promise<CheckoutResult> {
  // Resolved before the transaction: on PGlite a first viewer lookup inside it would wait for it.
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  // The buyer's address and name for the confirmation email: the sign-in check read the row already.
  const buyer = await ctx.loaders.account.userById.load(viewer.id);
  if (!buyer) throw unauthenticated();
  const now = new Date();
  const provider = ctx.app.paymentProviders[input.paymentMethod];
  const { errors: inputErrors, billing } = validateCheckoutInput(input, now, provider);
  if (inputErrors.length > 0) return fail(...inputErrors);
  const key = input.idempotencyKey.trim();
  const { db, config } = ctx.app;
  const currency = config.storeCurrency;
  const actor: Actor = { kind: 'CUSTOMER', userId: viewer.id };

  let result: CheckoutResult;
  // What the new order's payload reads, known from the writes (primed once the transaction committed).
  let written: { orderId: string; lines: OrderLineRow[]; payments: PaymentRow[] } | undefined;
  // A payment opened at the provider by this attempt (see the charge below), and whether its order committed.
  let opened: string | null = null;
  let committed = false;
  try {
    result = await inTransaction(
      db,
      async (tx) => {
        // Idempotency: a retry, or the same key with another cart. Its read is sent with the cart's lock (one
        // round trip): PostgreSQL runs it once the lock is granted, so it sees an order that a concurrent
        // checkout of the same cart committed meanwhile.
        const [cart, existing] = await Promise.all([
          lockUserCartRow(ctx, tx, viewer.id),
          findByKey(tx, viewer.id, key),
        ]);
        if (existing) return replay(ctx, tx, cart, existing, input);

        if (input.availability === 'AVAILABLE_ONLY') {
          // What it buys depends on the stock it reads: read it under the variants' locks.
          const ids = await tx
            .select({ variantId: cartLines.variantId })
            .from(cartLines)
            .where(eq(cartLines.cartId, cart.id));
          await lockVariants(
            tx,
            ids.map((r) => r.variantId),
          );
        }
        if (cart.couponId) await lockCoupon(tx, cart.couponId);

        // Without any stock lock (ALL_OR_NOTHING): a cart that is clearly sold out is refused here at once.
        const view = await computeCartView(ctx, tx, cart, { now });
        const plan = await planCheckout(ctx, tx, view, input.availability, now);
        if ('errors' in plan) return fail(...plan.errors);
        const { bought } = plan;
        const address = cart.shippingAddress;
        if (!bought.selectedShipping || !address) throw new Error('checked above');

        // A checkout that buys the whole cart records its outcome and empties the cart in the order's own
        // statement; one that leaves lines behind (AVAILABLE_ONLY) needs the coupon's redemption first.
        const whole = boughtInFull(plan.lines);
        const placedOrder = await insertOrder(
          tx,
          bought,
          {
            userId: viewer.id,
            paymentMethod: input.paymentMethod,
            idempotencyKey: key,
            requestFingerprint: checkoutFingerprint(view, input.paymentMethod, input.availability),
            currency,
            coupon: appliedCoupon(bought),
            shippingAddress: address,
            billingAddress: billing ?? address,
            note: input.note?.trim() || null,
            reservedUntil: new Date(now.getTime() + config.orderReservationTtl * 1000),
          },
          whole
            ? (stmt, orderId) =>
                settleWholeCartIn(stmt, tx, cart, plan, { orderId, availability: input.availability })
            : undefined,
        );
        const { order } = placedOrder;
        const { number } = order;
        const redeemed = await redeemAppliedCoupon(tx, bought, number, viewer.id);
        if ('error' in redeemed) return rollback(fail(redeemed.error));
        if (!whole) {
          await settleCheckedOutCart(tx, cart, view, plan, {
            orderId: order.id,
            couponUsed: redeemed.coupon !== null,
            paymentMethod: input.paymentMethod,
            availability: input.availability,
          });
        }

        // The charge, inside the transaction: no answer from the provider undoes everything above. A
        // provider that only opens a payment (Stripe's PaymentIntent) is called before the stock is taken,
        // so no buyer of a hot item waits behind another's call to the gateway; one that captures money
        // is called after it, so a checkout that loses the race for the last units charges nothing.
        const charge = () => chargeOrder(provider, order, { userId: viewer.id, key, card: input.card });
        const openedFirst = provider.confirmsInBrowser ? await charge() : null;
        if (openedFirst && 'failure' in openedFirst)
          return rollback(fail(providerFailure(ctx, viewer.id, openedFirst.failure)));
        if (openedFirst?.status === 'PENDING') opened = openedFirst.providerReference;

        // The real guard against overselling, as late as it can be: the variants' locks are held from here
        // to the commit (a captured charge and the writes that record it), no longer.
        const outOfStock = await takeStock(tx, bought, number, viewer.id);
        if (outOfStock) return rollback(fail(outOfStock));

        const charged = openedFirst ?? (await charge());
        if ('failure' in charged) return rollback(fail(providerFailure(ctx, viewer.id, charged.failure)));
        const placed = await recordCheckoutPayment(ctx, tx, placedOrder, provider, charged, actor, buyer);
        written = {
          orderId: order.id,
          lines: placedOrder.lines,
          payments: placed.payment ? [placed.payment] : [],
        };
        return {
          order: placed.order,
          payment: placed.payment,
          clientSecret: charged.status === 'PENDING' ? (charged.clientSecret ?? null) : null,
          lines: plan.lines,
          errors: placed.payment ? paymentErrors(placed.payment) : [],
        };
        // Its statements have a few fixed shapes and run for every order: see TransactionOptions.
      },
      { reusePlans: true },
    );
    committed = written !== undefined;
    if (written) {
      ctx.loaders.order.linesByOrder.prime(written.orderId, written.lines);
      ctx.loaders.order.paymentsByOrder.prime(written.orderId, written.payments);
    }
  } catch (err) {
    const first = isUniqueViolation(err, 'orders_user_idempotency_key')
      ? // A concurrent checkout with the same key committed first: its result is this one's too.
        await findByKey(db, viewer.id, key)
      : null;
    if (first) {
      result = await outcomeOf(db, first);
      // The provider answered both attempts with one payment (same key): it is that order's.
      if (result.payment?.providerReference === opened) opened = null;
    } else if (pgError(err)?.code === '23514') {
      // The CHECK constraint stock >= 0 caught what the locks should have: refuse, never oversell.
      return fail(
        userError(null, ErrorCode.INSUFFICIENT_STOCK, 'An item of your cart is no longer in stock.'),
      );
    } else {
      throw err;
    }
  } finally {
    if (opened && !committed) await cancelOpenedPayment(ctx, provider, opened);
  }
  return withClientSecret(ctx, provider, result);
}

/**
 * Cancels a payment this checkout opened at the provider before its transaction rolled back (the stock
 * ran out meanwhile, or a later write failed), so it can never be confirmed. Best effort, after the
 * rollback: its client secret never left the server, so one left open cannot be paid anyway.
 */
async function cancelOpenedPayment(
  ctx: RequestContext,
  provider: PaymentProvider,
  providerReference: string,
): Promise<void> {
  if (!provider.cancelPending) return;
  try {
    await provider.cancelPending(providerReference, `cancel:${providerReference}`);
  } catch (err) {
    ctx.app.logger.warn({ err }, 'could not cancel the payment of a checkout that rolled back');
  }
}

/**
 * A replayed checkout of a payment still to be confirmed in the browser (Stripe) gets the client secret
 * again, asked of the provider (it is not stored here). Outside the transaction: no lock is held while
 * the gateway answers. When it cannot answer, the order is returned with PAYMENT_PROVIDER_ERROR: retry.
 */
async function withClientSecret(
  ctx: RequestContext,
  provider: PaymentProvider,
  result: CheckoutResult,
): Promise<CheckoutResult> {
  const { payment } = result;
  if (
    result.clientSecret !== null ||
    !payment ||
    payment.status !== 'PENDING' ||
    payment.provider !== provider.name ||
    !payment.providerReference ||
    !provider.clientSecretOf
  ) {
    return result;
  }
  try {
    return { ...result, clientSecret: await provider.clientSecretOf(payment.providerReference) };
  } catch (err) {
    ctx.app.logger.error({ err, orderId: payment.orderId }, 'could not fetch the client secret of a payment');
    return {
      ...result,
      errors: [
        ...result.errors,
        userError(
          null,
          ErrorCode.PAYMENT_PROVIDER_ERROR,
          'Your order is placed, but its payment form could not be loaded right now: send the same checkout again.',
        ),
      ],
    };
  }
}
