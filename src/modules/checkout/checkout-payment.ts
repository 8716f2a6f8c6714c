import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { CteStatement, rowFromJson } from '../../db/cte-statement.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { type OrderRow, type PaymentRow, payments } from '../order/order.tables.js';
import type { OrderBuyer } from '../order/order-emails.js';
import type { PlacedOrder } from '../order/order-events.js';
import type { Actor, OrderAction } from '../order/order-state.types.js';
import { applyOrderAction } from '../order/order-transitions.service.js';
import { settlementOf } from '../payment/payment-methods.js';
import {
  type CardInput,
  type ChargeResult,
  IdempotencyKeyReuseError,
  type PaymentProvider,
} from '../payment/payment-provider.js';

/**
 * Checkout's payment (steps 7 and 8 of checkout.service.ts), inside its transaction: the charge through
 * the method's provider, the payment recorded, and the order moved by the outcome.
 */

/** The provider's idempotency key for the checkout charge: one per shopper and checkout key. */
export function checkoutChargeKey(userId: string, key: string): string {
  return `checkout:${userId}:${key}`;
}

/**
 * Charges the order total. A free order charges nothing: it is paid when its method settles through a
 * provider, and due on delivery otherwise. A provider that throws gives `{ failure }`: no answer at all.
 */
export async function chargeOrder(
  provider: PaymentProvider,
  order: OrderRow,
  charge: { userId: string; key: string; card: CardInput | null | undefined },
): Promise<ChargeResult | { failure: unknown }> {
  const byProvider = settlementOf(order.paymentMethod) === 'PROVIDER';
  if (order.total === 0) {
    return byProvider
      ? { status: 'SUCCEEDED', providerReference: 'free-order', card: null }
      : { status: 'PENDING', providerReference: null };
  }
  try {
    return await provider.charge({
      amount: order.total,
      currency: order.currency,
      // The shopper's key: a checkout retried after a rollback never charges twice.
      idempotencyKey: checkoutChargeKey(charge.userId, charge.key),
      orderNumber: order.number,
      orderId: order.id,
      ...(byProvider && charge.card && !provider.confirmsInBrowser ? { card: charge.card } : {}),
    });
  } catch (err) {
    return { failure: err };
  }
}

/** What the shopper is told when the provider gave no answer (everything is rolled back). */
export function providerFailure(ctx: RequestContext, userId: string, err: unknown): UserError {
  if (err instanceof IdempotencyKeyReuseError) {
    // The gateway saw this key with another request: an earlier attempt reached it, then rolled back
    // here (e.g. a crash before commit), and the cart or order number differ now. Only a new key helps.
    ctx.app.logger.warn({ userId }, 'payment provider refused a reused checkout key');
    return userError(
      ['input', 'idempotencyKey'],
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      'An earlier checkout attempt with this idempotency key did not complete. Nothing was ordered or charged: check out again with a new key.',
    );
  }
  ctx.app.logger.error({ err, userId }, 'payment provider failed at checkout');
  return userError(
    null,
    ErrorCode.PAYMENT_PROVIDER_ERROR,
    'The payment could not be processed right now. Nothing was ordered or charged, and your cart is unchanged: try again.',
  );
}

/**
 * Records the payment (card brand and last four only; none for a free order) and moves the order like
 * every later change does: state machine, event and effects (units sold, confirmation email). A payment
 * still to be confirmed (in the browser) leaves the order PENDING_PAYMENT. `placed`: the order as
 * insertOrder wrote it, with its lines (the move's event hands them on: OrderEventFacts.placed).
 */
export async function recordCheckoutPayment(
  ctx: RequestContext,
  tx: Tx,
  placed: PlacedOrder,
  provider: PaymentProvider,
  result: ChargeResult,
  actor: Actor,
  buyer: OrderBuyer,
): Promise<{ order: OrderRow; payment: PaymentRow | null }> {
  const { order } = placed;
  // The payment, the order's move and everything it writes: ONE statement (the hot variant's row is
  // locked meanwhile), run by applyOrderAction.
  const stmt = new CteStatement();
  let paymentOutput: string | null = null;
  if (order.total > 0) {
    const card = result.status === 'PENDING' ? null : result.card;
    const inserted = stmt.withReturningAll(
      'payment',
      tx.insert(payments).values({
        orderId: order.id,
        userId: order.userId,
        method: order.paymentMethod,
        provider: provider.name,
        status: result.status,
        amount: order.total,
        currency: order.currency,
        cardBrand: card?.brand ?? null,
        cardLast4: card?.last4 ?? null,
        providerReference: result.status === 'FAILED' ? null : result.providerReference,
        failureCode: result.status === 'FAILED' ? result.failureCode : null,
        failureMessage: result.status === 'FAILED' ? result.message : null,
      }),
    );
    paymentOutput = stmt.output('payment', sql`SELECT row_to_json(p) FROM ${inserted} p`);
  }
  const paymentOf = (answer: Record<string, unknown>): PaymentRow | null =>
    paymentOutput ? rowFromJson(payments, answer[paymentOutput]) : null;
  const action: OrderAction | null =
    result.status === 'SUCCEEDED'
      ? { type: 'PAYMENT_SUCCEEDED' }
      : result.status === 'FAILED'
        ? { type: 'PAYMENT_FAILED', reason: result.message }
        : settlementOf(order.paymentMethod) === 'ON_DELIVERY'
          ? { type: 'CASH_ON_DELIVERY_PLACED' }
          : null; // confirmed later in the browser: the order waits, PENDING_PAYMENT
  if (!action) return { order, payment: paymentOf(await stmt.run(tx)) };
  // The order row is this transaction's own (it inserted it): no lock to take, no re-read; the buyer is
  // the signed-in viewer.
  const moved = await applyOrderAction(
    ctx,
    tx,
    order.id,
    action,
    actor,
    {},
    {
      lockedOrder: order,
      placedLines: placed.lines,
      buyer,
      statement: stmt,
    },
  );
  if (!moved.ok) throw new Error(`checkout transition refused: ${moved.error.message}`);
  const payment = paymentOf(stmt.answer);
  return { order: moved.order, payment };
}
