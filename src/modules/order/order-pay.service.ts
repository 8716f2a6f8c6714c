/**
 * orderPay: a new payment attempt for an order awaiting payment, through the provider of the order's
 * payment method. Two flows, by what the provider can do:
 *
 * - It takes card details (the simulated gateway): the card is validated, the order locked and checked
 *   (`canPay`), the card charged under a fresh idempotency key, the attempt recorded as a payments row
 *   and PAYMENT_SUCCEEDED or PAYMENT_FAILED applied, all in one transaction. The order lock is held during
 *   the charge, so two concurrent attempts (or the sweeper) never both act on one order. A decline commits
 *   (order still PENDING_PAYMENT, payment FAILED with its reason) and is reported in `errors`.
 * - It confirms in the browser (Stripe): no card reaches this server, so "paying again" means handing the
 *   shopper a client secret to confirm with Stripe.js: the one of the order's latest payment at this
 *   provider that can still be confirmed (after a decline Stripe puts the PaymentIntent back to
 *   `requires_payment_method`), else a new one's for the order total under a fresh idempotency key,
 *   recorded as a PENDING payment. Nothing else changes: the order stays PENDING_PAYMENT until the
 *   provider reports the outcome (provider-events.ts). The order is locked meanwhile, so two attempts
 *   never both create a PaymentIntent.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { inTransaction, rollback } from '../../db/transact.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { validateCard } from '../payment/card-validation.js';
import { type PaymentMethod, settlementOf } from '../payment/payment-methods.js';
import type {
  CardInput,
  ChargeFailureCode,
  ChargeResult,
  PaymentProvider,
} from '../payment/payment-provider.js';
import { type OrderRow, orders, payments } from './order.tables.js';
import type { HasApp } from './order-action.js';
import { canPay } from './order-state.js';
import { type Actor, type OrderStatus } from './order-state.types.js';
import { applyOrderAction, lockOrderFor } from './order-transitions.service.js';

export interface OrderPayInput {
  orderId: string;
  /** Required by a provider that takes card details; refused by one that confirms in the browser. */
  card: CardInput | null;
}

export interface OrderPayOutcome {
  order: OrderRow | null;
  errors: UserError[];
  /** The client secret the browser confirms with (a provider that confirms in the browser); else null. */
  clientSecret: string | null;
}

const answer = (order: OrderRow | null, ...errors: UserError[]): OrderPayOutcome => ({
  order,
  errors,
  clientSecret: null,
});

const NOT_FOUND = () => userError(['input', 'orderId'], ErrorCode.NOT_FOUND, 'No order with this id.');

const NOT_PAYABLE_ON_DELIVERY = () =>
  userError(null, ErrorCode.INVALID_TRANSITION, 'This order is paid on delivery, not by card.');

const PROVIDER_UNREACHABLE = () =>
  userError(
    null,
    ErrorCode.PAYMENT_PROVIDER_ERROR,
    'The payment provider could not be reached; nothing was charged. Try again.',
  );

/** Pays the customer's order; see the top of this file. */
export async function payOrder(
  ctx: HasApp,
  input: OrderPayInput,
  customerId: string,
): Promise<OrderPayOutcome> {
  const method = await paymentMethodOf(ctx, input.orderId, customerId);
  if (!method) return answer(null, NOT_FOUND());
  const provider = ctx.app.paymentProviders[method];
  const actor: Actor = { kind: 'CUSTOMER', userId: customerId };
  if (settlementOf(method) === 'ON_DELIVERY') {
    // Nothing to pay online, whatever was sent: the state machine's refusal, with the order.
    return inTransaction(ctx.app.db, async (tx) => {
      const refusal = await lockPayable(tx, input.orderId, actor);
      return 'errors' in refusal ? refusal : answer(refusal, NOT_PAYABLE_ON_DELIVERY());
    });
  }
  if (provider.confirmsInBrowser) {
    if (input.card) {
      return answer(
        null,
        userError(
          ['input', 'card'],
          ErrorCode.INVALID_INPUT,
          'Card details are not accepted here: this store takes cards with Stripe. Call orderPay without `card` and ' +
            'confirm the payment in the browser with Stripe.js and the returned clientSecret.',
        ),
      );
    }
    return resumeBrowserPayment(ctx, provider, input.orderId, actor);
  }
  if (!input.card) {
    return answer(
      null,
      userError(['input', 'card'], ErrorCode.INVALID_INPUT, 'Card details are required to pay by card.'),
    );
  }
  const problems = validateCard(input.card, new Date());
  if (problems.length > 0) {
    return answer(
      null,
      ...problems.map((p) => userError(['input', 'card', p.field], cardErrorCode(p.code), p.message)),
    );
  }
  return chargeCard(ctx, provider, input.orderId, input.card, actor);
}

/** The payment method of the customer's order (it never changes), or null when they have no such order. */
async function paymentMethodOf(
  ctx: HasApp,
  orderId: string,
  customerId: string,
): Promise<PaymentMethod | null> {
  if (!isUuid(orderId)) return null;
  const [found] = await ctx.app.db
    .select({ method: orders.paymentMethod })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.userId, customerId)));
  return found?.method ?? null;
}

/** The locked order when it may be paid now; otherwise the answer, with nothing changed. */
async function lockPayable(tx: Executor, orderId: string, actor: Actor): Promise<OrderRow | OrderPayOutcome> {
  const order = await lockOrderFor(tx, orderId, actor);
  if (!order) return answer(null, NOT_FOUND());
  const state = {
    status: order.status as OrderStatus,
    paymentStatus: order.paymentStatus,
    paymentMethod: order.paymentMethod,
  };
  if (canPay(state, actor)) return order;
  return answer(
    order,
    userError(
      null,
      ErrorCode.INVALID_TRANSITION,
      settlementOf(order.paymentMethod) === 'ON_DELIVERY'
        ? NOT_PAYABLE_ON_DELIVERY().message
        : `Only an order awaiting payment can be paid; this one is ${order.status.toLowerCase().replaceAll('_', ' ')}.`,
    ),
  );
}

function isOrder(value: OrderRow | OrderPayOutcome): value is OrderRow {
  return 'id' in value;
}

/** The card flow: charge, record the attempt, move the order, in one transaction. */
async function chargeCard(
  ctx: HasApp,
  provider: PaymentProvider,
  orderId: string,
  card: CardInput,
  actor: Actor,
): Promise<OrderPayOutcome> {
  const { outcome, committed } = await inTransaction(ctx.app.db, async (tx) => {
    const order = await lockPayable(tx, orderId, actor);
    if (!isOrder(order)) return rollback({ outcome: order, committed: false });
    let charge: ChargeResult;
    try {
      charge = await provider.charge({
        amount: order.total,
        currency: order.currency,
        // A new attempt, a new key: the shopper may retry with the same card after a decline.
        idempotencyKey: `order-pay:${order.id}:${randomUUID()}`,
        orderNumber: order.number,
        orderId: order.id,
        card,
      });
    } catch (err) {
      ctx.app.logger.error({ err, orderId: order.id }, 'card charge failed at the provider');
      return rollback({ outcome: answer(null, PROVIDER_UNREACHABLE()), committed: false });
    }
    if (charge.status === 'PENDING') {
      // A provider that takes card details yet answers PENDING is not supported by orderPay.
      throw new Error(`card provider ${provider.name} answered PENDING, which orderPay does not support`);
    }
    const now = new Date();
    await tx.insert(payments).values({
      orderId: order.id,
      userId: order.userId,
      method: order.paymentMethod,
      provider: provider.name,
      amount: order.total,
      currency: order.currency,
      createdAt: now,
      updatedAt: now,
      status: charge.status,
      cardBrand: charge.card?.brand ?? null,
      cardLast4: charge.card?.last4 ?? null,
      ...(charge.status === 'SUCCEEDED'
        ? { providerReference: charge.providerReference }
        : { failureCode: charge.failureCode, failureMessage: charge.message }),
    });
    const moved = await applyOrderAction(
      ctx,
      tx,
      order.id,
      charge.status === 'SUCCEEDED'
        ? { type: 'PAYMENT_SUCCEEDED' }
        : { type: 'PAYMENT_FAILED', reason: charge.message },
      actor,
    );
    if (!moved.ok) return rollback({ outcome: answer(moved.order, moved.error), committed: false });
    const declined =
      charge.status === 'FAILED'
        ? [userError(['input', 'card'], cardErrorCode(charge.failureCode), charge.message)]
        : [];
    return { outcome: answer(moved.order, ...declined), committed: true };
  });
  if (committed) ctx.app.outbox.wake();
  return outcome;
}

/** The browser flow: a client secret to confirm with, nothing else changed. */
async function resumeBrowserPayment(
  ctx: HasApp,
  provider: PaymentProvider,
  orderId: string,
  actor: Actor,
): Promise<OrderPayOutcome> {
  return inTransaction(ctx.app.db, async (tx) => {
    const order = await lockPayable(tx, orderId, actor);
    if (!isOrder(order)) return rollback(order);
    const [latest] = await tx
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.orderId, order.id),
          eq(payments.provider, provider.name),
          inArray(payments.status, ['PENDING', 'FAILED']),
          isNotNull(payments.providerReference),
        ),
      )
      .orderBy(desc(payments.createdAt), desc(payments.id))
      .limit(1);
    try {
      if (latest?.providerReference && provider.clientSecretOf) {
        const secret = await provider.clientSecretOf(latest.providerReference);
        if (secret) return { order, errors: [], clientSecret: secret };
      }
      const charge = await provider.charge({
        amount: order.total,
        currency: order.currency,
        idempotencyKey: `order-pay:${order.id}:${randomUUID()}`,
        orderNumber: order.number,
        orderId: order.id,
      });
      if (charge.status !== 'PENDING' || !charge.clientSecret) {
        throw new Error(`provider ${provider.name} confirms in the browser but answered ${charge.status}`);
      }
      const now = new Date();
      await tx.insert(payments).values({
        orderId: order.id,
        userId: order.userId,
        method: order.paymentMethod,
        provider: provider.name,
        status: 'PENDING',
        amount: order.total,
        currency: order.currency,
        providerReference: charge.providerReference,
        createdAt: now,
        updatedAt: now,
      });
      return { order, errors: [], clientSecret: charge.clientSecret };
    } catch (err) {
      ctx.app.logger.error({ err, orderId: order.id }, 'payment provider failed at orderPay');
      return rollback(answer(order, PROVIDER_UNREACHABLE()));
    }
  });
}

/** Card problems and declines use the provider's failure codes, which are ErrorCode members. */
function cardErrorCode(code: ChargeFailureCode): ErrorCode {
  return ErrorCode[code];
}
