import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { isUniqueViolation, pgError } from '../../db/errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { formatMoney } from '../../graphql/money.js';
import { type AddressFields, validateAddressInput } from '../address/address.service.js';
import type { AddressSnapshot as CartAddress } from '../address/address-snapshot.js';
import { lockUserCart } from '../cart/cart.service.js';
import { type CartRow, cartLines, carts } from '../cart/cart.tables.js';
import { type CartView, computeCartView, lineName } from '../cart/cart-view.js';
import { lockVariants, recordStockMovement } from '../catalog/inventory.service.js';
import {
  type OrderRow,
  type OrderShippingMethod,
  orderLines,
  orders,
  type PaymentRow,
  payments,
} from '../order/order.tables.js';
import { placedEventValues, recordOrderEvent } from '../order/order-events.js';
import { type Actor, initialOrderState, type OrderAction, type PaymentMethod } from '../order/order-state.js';
import { applyOrderAction } from '../order/order-transitions.service.js';
import { validateCard } from '../payment/card-validation.js';
import {
  type CardInput,
  type ChargeResult,
  IdempotencyKeyReuseError,
  type PaymentProvider,
} from '../payment/payment-provider.js';
import { couponRedemptions, coupons } from '../promotion/promotion.tables.js';

/**
 * Checkout: turns the signed-in shopper's cart into an order in ONE transaction.
 *
 * Order of work (all inside the transaction, after the viewer was resolved outside it):
 *  1. lock the user's cart row (concurrent checkouts of one cart, e.g. a retried request, queue here);
 *  2. idempotency: an order of this user with this key already exists -> the same cart (or an empty
 *     cart: the first checkout emptied it) returns that order unchanged; another cart is refused with
 *     IDEMPOTENCY_KEY_REUSED. Nothing else happens on either path;
 *  3. lock the cart's variants in id order (`ORDER BY id FOR UPDATE`: two checkouts crossing the same
 *     variants never deadlock), then the coupon row (`FOR UPDATE`: its usage limits are counted
 *     exactly);
 *  4. recompute the cart's view (pricing engine) from the locked rows and refuse anything the shopper
 *     has not seen: blocking warnings, a changed price (PRICE_CHANGED), a coupon that is no longer
 *     valid, missing address or method;
 *  5. take the order number from `order_number_seq`, decrement stock with a ledger row per line
 *     (reason ORDER, reference = order number; the CHECK constraint stock >= 0 is the last guard),
 *     count the coupon use, write the order, its lines and the PLACED event;
 *  6. charge through the payment provider, still inside the transaction: a provider that throws rolls
 *     everything back (no order, no stock change, no payment). A declined card is a result, not a
 *     rollback: the order stays PENDING_PAYMENT (stock reserved until `reservedUntil`), payment FAILED.
 *     The provider's idempotency key is derived from the shopper and their checkout key
 *     (`checkout:<userId>:<key>`), so a checkout retried after a rollback never charges (or, with Stripe,
 *     creates a PaymentIntent) twice. With Stripe (a provider that confirms in the browser) no card
 *     details are taken: the charge is a PaymentIntent, answered PENDING with its client secret; the
 *     order stays PENDING_PAYMENT until Stripe's webhook confirms it (stripe-webhook.ts), or the
 *     reservation sweeper cancels it;
 *  7. record the payment (card brand and last four only), apply the state machine's transition, its
 *     event and effects (COUNT_UNITS_SOLD, EMAIL_CONFIRMED through the outbox), and empty the cart.
 */

/** An idempotency key is 1 to 200 characters (a UUID is typical). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
export const MAX_NOTE_LENGTH = 1000;

export interface CheckoutInput {
  idempotencyKey: string;
  paymentMethod: PaymentMethod;
  card?: CardInput | null;
  billingAddress?: AddressFields | null;
  note?: string | null;
}

export interface CheckoutResult {
  order: OrderRow | null;
  payment: PaymentRow | null;
  /** The client secret the browser confirms the pending payment with (Stripe); null otherwise. */
  clientSecret: string | null;
  errors: UserError[];
}

/** The provider threw (no answer at all): the transaction is rolled back. */
class ProviderFailure extends Error {
  constructor(readonly original: unknown) {
    super('payment provider failed');
  }
}

/** Thrown inside the transaction to roll back with an outcome for the shopper. */
class Refusal extends Error {
  constructor(readonly errors: UserError[]) {
    super('checkout refused');
  }
}

const fail = (...errors: UserError[]): CheckoutResult => ({
  order: null,
  payment: null,
  clientSecret: null,
  errors,
});

export function formatOrderNumber(n: number | bigint | string): string {
  return `ORD-${String(n).padStart(6, '0')}`;
}

/** SHA-256 of what is bought: lines with their prices, coupon, destination, method and payment method. */
export function checkoutFingerprint(view: CartView, paymentMethod: PaymentMethod): string {
  const lines = view.lines
    .map((l) => [l.variantId, l.quantity, l.unitPriceSeen] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const payload = JSON.stringify({
    lines,
    coupon: view.cart.couponId,
    address: view.cart.shippingAddress,
    method: view.cart.shippingMethodCode?.toUpperCase() ?? null,
    paymentMethod,
  });
  return createHash('sha256').update(payload).digest('hex');
}

function validateInput(
  input: CheckoutInput,
  now: Date,
  cardInBrowser: boolean,
): { errors: UserError[]; billing: CartAddress | null } {
  const errors: UserError[] = [];
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    errors.push(
      userError(
        ['input', 'idempotencyKey'],
        ErrorCode.INVALID_INPUT,
        `The idempotency key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters (a new UUID per checkout is ideal).`,
      ),
    );
  }
  if ((input.note?.length ?? 0) > MAX_NOTE_LENGTH) {
    errors.push(
      userError(
        ['input', 'note'],
        ErrorCode.INVALID_INPUT,
        `The note is at most ${MAX_NOTE_LENGTH} characters.`,
      ),
    );
  }
  let billing: CartAddress | null = null;
  if (input.billingAddress) {
    const checked = validateAddressInput(input.billingAddress, ['input', 'billingAddress']);
    if ('errors' in checked) errors.push(...checked.errors);
    else billing = checked.address;
  }
  if (input.paymentMethod === 'CARD' && cardInBrowser) {
    // Stripe: the card is entered in Stripe's own form in the browser; it must never transit here.
    if (input.card) {
      errors.push(
        userError(
          ['input', 'card'],
          ErrorCode.INVALID_INPUT,
          'Card details are not accepted here: this store takes cards with Stripe. Check out without `card`, then ' +
            'confirm the payment in the browser with Stripe.js and the returned clientSecret.',
        ),
      );
    }
  } else if (input.paymentMethod === 'CARD') {
    if (!input.card) {
      errors.push(
        userError(['input', 'card'], ErrorCode.INVALID_INPUT, 'Card details are required to pay by card.'),
      );
    } else {
      for (const problem of validateCard(input.card, now)) {
        errors.push(userError(['input', 'card', problem.field], ErrorCode[problem.code], problem.message));
      }
    }
  }
  return { errors, billing };
}

/** The outcome the shopper gets for an order: its latest payment, and the decline when it failed. */
async function outcomeOf(
  executor: Tx | RequestContext['app']['db'],
  order: OrderRow,
): Promise<CheckoutResult> {
  const rows = await executor
    .select()
    .from(payments)
    .where(eq(payments.orderId, order.id))
    .orderBy(sql`${payments.createdAt} desc, ${payments.id} desc`)
    .limit(1);
  const payment = rows[0] ?? null;
  return { order, payment, clientSecret: null, errors: payment ? paymentErrors(payment) : [] };
}

function paymentErrors(payment: PaymentRow): UserError[] {
  if (payment.status !== 'FAILED') return [];
  const code = (
    payment.failureCode && payment.failureCode in ErrorCode ? payment.failureCode : ErrorCode.CARD_DECLINED
  ) as ErrorCode;
  return [
    userError(
      ['input', 'card'],
      code,
      `${payment.failureMessage ?? 'The payment failed.'} Your order is reserved for you: pay it with orderPay.`,
    ),
  ];
}

async function findByKey(
  executor: Tx | RequestContext['app']['db'],
  userId: string,
  key: string,
): Promise<OrderRow | null> {
  const [row] = await executor
    .select()
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.idempotencyKey, key)))
    .limit(1);
  return row ?? null;
}

/** Errors for what the shopper must fix or confirm before the cart can become an order. */
function cartProblems(view: CartView, currency: string): UserError[] {
  const { cart } = view;
  if (view.lines.length === 0) {
    return [userError(null, ErrorCode.CART_EMPTY, 'Your cart is empty: add items before checking out.')];
  }
  const errors: UserError[] = [];
  if (!cart.shippingAddress) {
    errors.push(
      userError(
        ['cart', 'shippingAddress'],
        ErrorCode.SHIPPING_ADDRESS_REQUIRED,
        'Set a shipping address first (cartSetShippingAddress).',
      ),
    );
  } else if (!cart.shippingMethodCode) {
    errors.push(
      userError(
        ['cart', 'shippingMethod'],
        ErrorCode.SHIPPING_METHOD_REQUIRED,
        'Choose a shipping method first (cartSetShippingMethod; see availableShippingMethods).',
      ),
    );
  } else if (!view.selectedShipping) {
    errors.push(
      userError(
        ['cart', 'shippingMethod'],
        ErrorCode.SHIPPING_METHOD_UNAVAILABLE,
        `The shipping method ${cart.shippingMethodCode} no longer ships to ${cart.shippingAddress.country}: choose another one.`,
      ),
    );
  }
  for (const line of view.lines) {
    const field = ['cart', 'lines', line.id];
    const name = lineName(line);
    if (line.product.status !== 'ACTIVE') {
      errors.push(
        userError(
          field,
          ErrorCode.PRODUCT_NOT_AVAILABLE,
          `${name} is no longer for sale: remove it to check out.`,
        ),
      );
    } else if (line.quantity > line.variant.stock) {
      errors.push(
        userError(
          field,
          ErrorCode.INSUFFICIENT_STOCK,
          line.variant.stock === 0
            ? `${name} is out of stock.`
            : `Only ${line.variant.stock} of ${name} available; your cart has ${line.quantity}.`,
        ),
      );
    }
    if (line.variant.price !== line.unitPriceSeen) {
      errors.push(
        userError(
          field,
          ErrorCode.PRICE_CHANGED,
          `The price of ${name} changed to ${formatMoney(line.variant.price, currency)}: confirm it (cartAcceptChanges) and check out again.`,
        ),
      );
    }
  }
  // A coupon that is no longer valid (expired, limit reached meanwhile, switched off) would change
  // the total the shopper saw: refuse rather than charge more. One that gives nothing because of the
  // cart's contents (minimum, eligibility) was already shown so and stays off the order.
  for (const warning of view.warnings) {
    if (
      warning.code === 'COUPON_NOT_FOUND' ||
      warning.code === 'COUPON_EXPIRED' ||
      warning.code === 'COUPON_NOT_YET_VALID' ||
      warning.code === 'COUPON_USAGE_LIMIT_REACHED'
    ) {
      errors.push(
        userError(
          ['cart', 'coupon'],
          ErrorCode[warning.code],
          `${warning.message} Remove it (cartRemoveCoupon) to check out without it.`,
        ),
      );
    }
  }
  // Any other blocking warning not reported above.
  const reported = new Set([
    'PRODUCT_UNAVAILABLE',
    'OUT_OF_STOCK',
    'INSUFFICIENT_STOCK',
    'PRICE_CHANGED',
    'SHIPPING_METHOD_UNAVAILABLE',
  ]);
  for (const warning of view.warnings) {
    if (warning.blocking && !reported.has(warning.code)) {
      errors.push(userError(['cart', 'warnings'], ErrorCode.CART_NEEDS_ATTENTION, warning.message));
    }
  }
  return errors;
}

/** Places the order; see the top of this file. */
export async function completeCheckout(ctx: RequestContext, input: CheckoutInput): Promise<CheckoutResult> {
  // Resolved before the transaction: on PGlite a first viewer lookup inside it would wait for it.
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  const now = new Date();
  const provider = ctx.app.paymentProviders[input.paymentMethod];
  const cardInBrowser = provider.confirmsInBrowser === true;
  const { errors: inputErrors, billing } = validateInput(input, now, cardInBrowser);
  if (inputErrors.length > 0) return fail(...inputErrors);
  const key = input.idempotencyKey.trim();
  const { db, config } = ctx.app;
  const currency = config.storeCurrency;
  const actor: Actor = { kind: 'CUSTOMER', userId: viewer.id };

  let result: CheckoutResult;
  try {
    result = await db.transaction(async (tx) => {
      const cartId = await lockUserCart(ctx, tx, viewer.id);
      const [cart] = await tx.select().from(carts).where(eq(carts.id, cartId));
      if (!cart) throw new Error('locked cart vanished');

      // Idempotency: a retry, or the same key with another cart.
      const existing = await findByKey(tx, viewer.id, key);
      if (existing) return replay(ctx, tx, cart, existing, input.paymentMethod);

      const ids = await tx
        .select({ variantId: cartLines.variantId })
        .from(cartLines)
        .where(eq(cartLines.cartId, cart.id));
      if (ids.length === 0) {
        return fail(
          userError(null, ErrorCode.CART_EMPTY, 'Your cart is empty: add items before checking out.'),
        );
      }
      await lockVariants(
        tx,
        ids.map((r) => r.variantId),
      );
      if (cart.couponId) {
        await tx.select({ id: coupons.id }).from(coupons).where(eq(coupons.id, cart.couponId)).for('update');
      }

      const view = await computeCartView(ctx, tx, cart, { now });
      const problems = cartProblems(view, currency);
      if (problems.length > 0) return fail(...problems);
      const shipping = view.selectedShipping;
      const address = cart.shippingAddress;
      if (!shipping || !address) throw new Error('checked above');
      const { pricing } = view;

      const [seq] = await queryRows<{ n: string | number }>(tx, sql`SELECT nextval('order_number_seq') AS n`);
      if (!seq) throw new Error('nextval returned no row');
      const number = formatOrderNumber(seq.n);

      // Stock, in variant id order (the locks are held already; the ledger reads in that order too).
      const byVariant = [...view.lines].sort((a, b) => (a.variantId < b.variantId ? -1 : 1));
      for (const line of byVariant) {
        const moved = await recordStockMovement(tx, {
          variantId: line.variantId,
          delta: -line.quantity,
          reason: 'ORDER',
          reference: number,
          actorId: viewer.id,
        });
        if (!moved.ok) {
          throw new Refusal([
            userError(
              ['cart', 'lines', line.id],
              ErrorCode.INSUFFICIENT_STOCK,
              `${lineName(line)} is no longer available in this quantity.`,
            ),
          ]);
        }
      }

      // The coupon counts only when it takes something off (or makes shipping free).
      const couponApplied = view.coupon?.applied === true ? view.coupon.row : null;
      if (couponApplied) {
        const [counted] = await tx
          .update(coupons)
          .set({ usedCount: sql`${coupons.usedCount} + 1`, updatedAt: sql`now()` })
          .where(
            and(
              eq(coupons.id, couponApplied.id),
              sql`(${coupons.usageLimit} IS NULL OR ${coupons.usedCount} < ${coupons.usageLimit})`,
            ),
          )
          .returning({ id: coupons.id });
        if (!counted) {
          throw new Refusal([
            userError(
              ['cart', 'coupon'],
              ErrorCode.COUPON_USAGE_LIMIT_REACHED,
              'This coupon has been used as often as allowed. Remove it (cartRemoveCoupon) to check out without it.',
            ),
          ]);
        }
        await tx
          .insert(couponRedemptions)
          .values({ couponId: couponApplied.id, userId: viewer.id, orderReference: number });
      }

      const method: OrderShippingMethod = {
        code: shipping.method.code,
        name: shipping.method.name,
        price: pricing.shipping,
        minDeliveryDays: shipping.method.minDeliveryDays,
        maxDeliveryDays: shipping.method.maxDeliveryDays,
      };
      const initial = initialOrderState(input.paymentMethod);
      const reservedUntil = new Date(now.getTime() + config.orderReservationTtl * 1000);
      const [order] = await tx
        .insert(orders)
        .values({
          number,
          userId: viewer.id,
          status: initial.status,
          paymentStatus: initial.paymentStatus,
          paymentMethod: input.paymentMethod,
          idempotencyKey: key,
          requestFingerprint: checkoutFingerprint(view, input.paymentMethod),
          currency,
          subtotal: pricing.subtotal,
          discount: pricing.discount,
          shipping: pricing.shipping,
          tax: pricing.tax,
          total: pricing.total,
          couponId: couponApplied?.id ?? null,
          couponCode: couponApplied?.code ?? null,
          shippingAddress: address,
          billingAddress: billing ?? address,
          shippingMethod: method,
          note: input.note?.trim() || null,
          reservedUntil,
        })
        .returning();
      if (!order) throw new Error('order insert returned no row');
      await tx.insert(orderLines).values(
        view.lines.map((line, i) => ({
          orderId: order.id,
          position: i + 1,
          productId: line.product.id,
          variantId: line.variantId,
          productTitle: line.product.title,
          variantTitle: line.variant.title,
          sku: line.variant.sku,
          options: line.variant.options,
          taxClass: line.product.taxClass,
          unitPrice: line.unitPrice,
          quantity: line.quantity,
          subtotal: line.subtotal,
          discount: line.discount,
          tax: line.tax,
          total: line.total,
        })),
      );
      await recordOrderEvent(tx, placedEventValues(order.id, viewer.id, initial.status));

      // The charge, inside the transaction: a throw undoes everything above.
      let result: ChargeResult;
      if (pricing.total === 0) {
        result =
          input.paymentMethod === 'CARD'
            ? { status: 'SUCCEEDED', providerReference: 'free-order', card: null }
            : { status: 'PENDING', providerReference: null };
      } else {
        try {
          result = await provider.charge({
            amount: pricing.total,
            currency,
            // The shopper's key: a checkout retried after a rollback never charges twice.
            idempotencyKey: checkoutChargeKey(viewer.id, key),
            orderNumber: number,
            orderId: order.id,
            ...(input.paymentMethod === 'CARD' && input.card && !cardInBrowser ? { card: input.card } : {}),
          });
        } catch (err) {
          throw new ProviderFailure(err);
        }
      }

      const action: OrderAction | null =
        result.status === 'SUCCEEDED'
          ? { type: 'PAYMENT_SUCCEEDED' }
          : result.status === 'FAILED'
            ? { type: 'PAYMENT_FAILED', reason: result.message }
            : input.paymentMethod === 'CASH_ON_DELIVERY'
              ? { type: 'CASH_ON_DELIVERY_PLACED' }
              : null; // a card payment confirmed later (a future provider): the order waits, PENDING_PAYMENT
      let payment: PaymentRow | null = null;
      if (pricing.total > 0) {
        const card = result.status === 'PENDING' ? null : result.card;
        const [inserted] = await tx
          .insert(payments)
          .values({
            orderId: order.id,
            userId: viewer.id,
            method: input.paymentMethod,
            provider: provider.name,
            status: result.status,
            amount: pricing.total,
            currency,
            cardBrand: card?.brand ?? null,
            cardLast4: card?.last4 ?? null,
            providerReference: result.status === 'FAILED' ? null : result.providerReference,
            failureCode: result.status === 'FAILED' ? result.failureCode : null,
            failureMessage: result.status === 'FAILED' ? result.message : null,
          })
          .returning();
        payment = inserted ?? null;
      }

      // The payment outcome moves the order like every later change does: state machine, event and
      // effects (units sold, confirmation email) through one function, in this transaction.
      let placed = order;
      if (action) {
        const moved = await applyOrderAction(ctx, tx, order.id, action, actor);
        if (!moved.ok) throw new Error(`checkout transition refused: ${moved.error.message}`);
        placed = moved.order;
      }

      // The cart is emptied: its lines became the order (the address and method stay for next time).
      await tx.delete(cartLines).where(eq(cartLines.cartId, cart.id));
      await tx
        .update(carts)
        .set({ couponId: null, notices: [], updatedAt: sql`now()` })
        .where(eq(carts.id, cart.id));

      return {
        order: placed,
        payment,
        clientSecret: result.status === 'PENDING' ? (result.clientSecret ?? null) : null,
        errors: payment ? paymentErrors(payment) : [],
      };
    });
  } catch (err) {
    if (err instanceof Refusal) return fail(...err.errors);
    if (err instanceof ProviderFailure && err.original instanceof IdempotencyKeyReuseError) {
      // The gateway saw this key with another request: an earlier attempt reached it, then rolled back
      // here (e.g. a crash before commit), and the cart or order number differ now. Only a new key helps.
      ctx.app.logger.warn({ userId: viewer.id }, 'payment provider refused a reused checkout key');
      return fail(
        userError(
          ['input', 'idempotencyKey'],
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          'An earlier checkout attempt with this idempotency key did not complete. Nothing was ordered or charged: check out again with a new key.',
        ),
      );
    }
    if (err instanceof ProviderFailure) {
      ctx.app.logger.error({ err: err.original, userId: viewer.id }, 'payment provider failed at checkout');
      return fail(
        userError(
          null,
          ErrorCode.PAYMENT_PROVIDER_ERROR,
          'The payment could not be processed right now. Nothing was ordered or charged, and your cart is unchanged: try again.',
        ),
      );
    }
    const first = isUniqueViolation(err, 'orders_user_idempotency_key')
      ? // A concurrent checkout with the same key committed first: its result is this one's too.
        await findByKey(db, viewer.id, key)
      : null;
    if (first) {
      result = await outcomeOf(db, first);
    } else if (pgError(err)?.code === '23514') {
      // The CHECK constraint stock >= 0 caught what the locks should have: refuse, never oversell.
      return fail(
        userError(null, ErrorCode.INSUFFICIENT_STOCK, 'An item of your cart is no longer in stock.'),
      );
    } else {
      throw err;
    }
  }
  return withClientSecret(ctx, provider, result);
}

/** The provider's idempotency key for the checkout charge: one per shopper and checkout key. */
export function checkoutChargeKey(userId: string, key: string): string {
  return `checkout:${userId}:${key}`;
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

/** The same key again: the first result for the same (or the emptied) cart, a refusal otherwise. */
async function replay(
  ctx: RequestContext,
  tx: Tx,
  cart: CartRow,
  existing: OrderRow,
  paymentMethod: PaymentMethod,
): Promise<CheckoutResult> {
  const reused = () =>
    fail(
      userError(
        ['input', 'idempotencyKey'],
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `This idempotency key was already used for order ${existing.number} with a different cart: use a new key for a new checkout.`,
      ),
    );
  if (paymentMethod !== existing.paymentMethod) return reused();
  const [line] = await tx
    .select({ id: cartLines.id })
    .from(cartLines)
    .where(eq(cartLines.cartId, cart.id))
    .limit(1);
  if (line) {
    const view = await computeCartView(ctx, tx, cart);
    if (checkoutFingerprint(view, paymentMethod) !== existing.requestFingerprint) return reused();
  }
  return outcomeOf(tx, existing);
}
