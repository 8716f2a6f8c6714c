/**
 * Everything that moves an order after checkout goes through `applyOrderAction`: it locks the order,
 * asks the state machine (`transition` in order-state.ts) whether the action is allowed, performs every
 * side effect the machine lists in the caller's transaction, and records the order event. Mutations
 * (order-admin.resolver.ts), the reservation sweeper and checkout's payment outcome all use it.
 *
 * Refusals are results (`{ ok: false, error }`) written before anything changed. A failure after writes
 * began (a provider that refuses or cannot be reached while refunding) throws `OrderActionError`, so the
 * caller's transaction rolls everything back; `performOrderAction` runs one action in its own transaction
 * and turns that error back into a result.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import type { AppContext } from '../../graphql/app-context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { formatMoney } from '../../graphql/money.js';
import { users } from '../account/account.tables.js';
import { products } from '../catalog/catalog.tables.js';
import { lockVariants, recordStockMovement } from '../catalog/inventory.service.js';
import { enqueueEmail } from '../notification/outbox.js';
import { type OrderEmailFacts, orderEmails } from '../notification/templates.js';
import { validateCard } from '../payment/card-validation.js';
import type { CardInput, ChargeFailureCode, ChargeResult } from '../payment/payment-provider.js';
import { couponRedemptions, coupons } from '../promotion/promotion.tables.js';
import {
  type OrderRow,
  orderLines,
  orders,
  type PaymentRow,
  payments,
  type RefundRow,
  refunds,
} from './order.tables.js';
import { orderEventValues, recordOrderEvent } from './order-events.js';
import { resumeBrowserPayment } from './order-pay-browser.js';
import {
  type Actor,
  canPay,
  type OrderAction,
  type OrderEffect,
  type OrderStatus,
  type OrderTransitionEvent,
  transition,
} from './order-state.js';
import { releasePendingPayments } from './release-pending-payments.js';

/** Anything carrying the app: a request context, or `{ app }` for workers. */
export interface HasApp {
  app: AppContext;
}

export type OrderActionResult =
  | { ok: true; order: OrderRow; event: OrderTransitionEvent; effects: OrderEffect[] }
  | { ok: false; order: OrderRow | null; error: UserError };

/** What caused money to go back, as the refunds ledger records it. */
export type RefundSource = 'ADMIN' | 'CANCELLATION' | 'RETURN' | 'PROVIDER';

/**
 * How an action that gives money back records it, beyond what the action says:
 * - `paymentId` and `amount` are required for PARTIAL_REFUND (which payment, how much, in minor units);
 *   every other refunding action gives back everything still captured on the order's payments.
 * - `source` is the refunds row's source; by default CANCELLATION for a cancellation or a late payment,
 *   ADMIN for an admin's refund, PROVIDER for the system's.
 * - `madeAtProvider`: the money already went back at the provider (a webhook reported it): record the
 *   refund under this reference without calling the provider.
 * - `email: false` leaves out the refunded email (a received return sends its own, with the amount).
 */
export interface RefundDetails {
  paymentId?: string;
  amount?: number;
  source?: RefundSource;
  returnId?: string | null;
  madeAtProvider?: { paymentId: string; reference: string };
  email?: boolean;
  /** Told about every refunds row written, in order. */
  onRecorded?: (row: RefundRow) => void;
}

/** Thrown inside the transaction when an effect fails after writes began: the caller must roll back. */
export class OrderActionError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
    this.name = 'OrderActionError';
  }
}

const NOT_FOUND_MESSAGE = 'No order with this id.';

function notFound(): OrderActionResult {
  return {
    ok: false,
    order: null,
    error: userError(['input', 'orderId'], ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE),
  };
}

/**
 * Locks the order row and returns it, or null when it does not exist or (for a customer) is not theirs:
 * a customer can never tell someone else's order from a missing one.
 */
export async function lockOrderFor(tx: Executor, orderId: string, actor: Actor): Promise<OrderRow | null> {
  if (!isUuid(orderId)) return null;
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) return null;
  if (actor.kind === 'CUSTOMER' && order.userId !== actor.userId) return null;
  return order;
}

/**
 * Applies one action to one order inside `tx`: lock, state machine, effects, event, updated_at.
 * Call `ctx.app.outbox.wake()` after the transaction commits (performOrderAction does).
 */
export async function applyOrderAction(
  ctx: HasApp,
  tx: Executor,
  orderId: string,
  action: OrderAction,
  actor: Actor,
  refundDetails: RefundDetails = {},
): Promise<OrderActionResult> {
  const order = await lockOrderFor(tx, orderId, actor);
  if (!order) return notFound();

  const result = transition(
    {
      status: order.status as OrderStatus,
      paymentStatus: order.paymentStatus,
      paymentMethod: order.paymentMethod,
    },
    action,
    actor,
  );
  if (!result.ok) {
    // FORBIDDEN here means this kind of actor may never do this (e.g. a customer marking an order
    // shipped); the resolvers' @auth already keeps them out, so it reads the same as an invalid move.
    return { ok: false, order, error: userError(null, ErrorCode.INVALID_TRANSITION, result.message) };
  }

  // A CONFIRMED order may already be partly on its way (some parcels left): those goods cannot be
  // restocked and refunded by a cancellation. (Shipments table read in SQL: the order module does not
  // depend on the fulfillment module, which builds on it.)
  if (action.type === 'CANCEL' && order.status === 'CONFIRMED') {
    const left = await queryRows<{ one: number }>(
      tx,
      sql`SELECT 1 AS one FROM shipments WHERE order_id = ${order.id} AND status IN ${PARCEL_LEFT} LIMIT 1`,
    );
    if (left.length > 0) {
      return {
        ok: false,
        order,
        error: userError(
          null,
          ErrorCode.INVALID_TRANSITION,
          'Part of this order has already shipped: it can no longer be cancelled.',
        ),
      };
    }
  }

  const effects = new Set(result.effects);
  const actorId = actor.kind === 'SYSTEM' ? null : actor.userId;
  const now = new Date();

  if (effects.has('RESTOCK')) await restock(tx, order, actorId);
  if (effects.has('RELEASE_COUPON')) await releaseCoupon(tx, order);
  if (effects.has('COUNT_UNITS_SOLD')) await countUnitsSold(tx, order.id, +1);
  if (effects.has('UNCOUNT_UNITS_SOLD')) await countUnitsSold(tx, order.id, -1);
  if (effects.has('INCREMENT_CANCELLATION_COUNT')) {
    await tx
      .update(users)
      .set({ cancellationCount: sql`${users.cancellationCount} + 1`, updatedAt: now })
      .where(eq(users.id, order.userId));
  }
  if (action.type === 'PAYMENT_COLLECTED') await recordCashCollected(tx, order, now);

  const [updated] = await tx
    .update(orders)
    .set({
      status: result.status,
      paymentStatus: result.paymentStatus,
      updatedAt: now,
      // Stock stays reserved only while the order awaits payment.
      ...(result.status !== 'PENDING_PAYMENT' ? { reservedUntil: null } : {}),
      ...(effects.has('RECORD_TRACKING') && action.type === 'MARK_SHIPPED'
        ? { carrier: action.carrier, trackingNumber: action.trackingNumber }
        : {}),
    })
    .where(eq(orders.id, order.id))
    .returning();
  if (!updated) throw new Error(`order ${order.id} vanished while locked`);

  // Money goes back after every other write, so a refusing or unreachable provider rolls them back;
  // a retry after a later failure reuses the refund's idempotency key and never refunds twice.
  let refunded = 0;
  const giving = {
    ...refundDetails,
    source: refundDetails.source ?? defaultRefundSource(action, actor),
    reason: refundReason(action),
    actorId,
  };
  if (effects.has('REFUND_PAYMENT')) refunded += await refundCaptured(ctx, tx, order, 'CARD', now, giving);
  if (effects.has('RECORD_CASH_REFUND'))
    refunded += await refundCaptured(ctx, tx, order, 'CASH_ON_DELIVERY', now, giving);

  const values = orderEventValues(order.id, result.event);
  await recordOrderEvent(tx, {
    ...values,
    data: {
      ...values.data,
      ...(refunded > 0 ? { refunded } : {}),
      ...(refundDetails.returnId ? { returnId: refundDetails.returnId } : {}),
    },
    createdAt: now,
  });

  if (refundDetails.email === false) effects.delete('EMAIL_REFUNDED');
  await sendEmails(ctx, tx, updated, action, actor, effects, refunded);
  return { ok: true, order: updated, event: result.event, effects: result.effects };
}

/**
 * One action in its own transaction; after commit wakes the outbox and, for an order cancelled while
 * awaiting payment, cancels its open payment at the provider (best effort, see releasePendingPayments).
 */
export async function performOrderAction(
  ctx: HasApp,
  orderId: string,
  action: OrderAction,
  actor: Actor,
): Promise<OrderActionResult> {
  const result = await runInTransaction(ctx, (tx) => applyOrderAction(ctx, tx, orderId, action, actor));
  if (result.ok) {
    ctx.app.outbox.wake();
    if (
      (action.type === 'CANCEL' || action.type === 'RESERVATION_EXPIRED') &&
      result.event.fromStatus === 'PENDING_PAYMENT'
    ) {
      await releasePendingPayments(ctx, result.order.id);
    }
  } else if (!result.order && result.error.code !== ErrorCode.NOT_FOUND) {
    // Rolled back after the order was found (and, for a customer, found to be theirs): show it as it is.
    const [order] = await ctx.app.db.select().from(orders).where(eq(orders.id, orderId));
    return { ...result, order: order ?? null };
  }
  return result;
}

/**
 * Runs `work` in a transaction; a refusal result rolls it back too (so nothing a refused action might
 * have touched survives), and an `OrderActionError` becomes a refusal.
 */
export async function runInTransaction(
  ctx: HasApp,
  work: (tx: Executor) => Promise<OrderActionResult>,
): Promise<OrderActionResult> {
  const rollback = Symbol('rollback');
  let refusal: OrderActionResult | undefined;
  try {
    return await ctx.app.db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) {
        refusal = result;
        throw rollback;
      }
      return result;
    });
  } catch (err) {
    if (err === rollback && refusal) return refusal;
    if (err instanceof OrderActionError) return { ok: false, order: null, error: err.userError };
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------
// orderPay: a new card payment attempt for an order awaiting payment.

export interface OrderPayInput {
  orderId: string;
  /** Required by a card provider that takes card details; refused by one that confirms in the browser. */
  card: CardInput | null;
}

/**
 * Validates the card, locks the order, checks that it may be paid (`canPay`), charges through the card
 * provider with a fresh idempotency key, records the attempt as a payments row and applies
 * PAYMENT_SUCCEEDED or PAYMENT_FAILED, all in one transaction. The order lock is held during the charge,
 * so two concurrent attempts (or the sweeper) never both act on one order. A decline commits (order still
 * PENDING_PAYMENT, payment FAILED with its reason) and is reported in `errors` along with the order.
 *
 * A card provider that confirms in the browser (Stripe) takes no card: see `resumeBrowserPayment`, which
 * answers a client secret instead.
 */
export async function payOrder(
  ctx: HasApp,
  input: OrderPayInput,
  customerId: string,
): Promise<{ order: OrderRow | null; errors: UserError[]; clientSecret: string | null }> {
  const cardProvider = ctx.app.paymentProviders.CARD;
  if (cardProvider.confirmsInBrowser) {
    return resumeBrowserPayment(
      ctx,
      cardProvider,
      { orderId: input.orderId, cardGiven: input.card !== null },
      customerId,
    );
  }
  if (!input.card) {
    return {
      order: null,
      clientSecret: null,
      errors: [
        userError(['input', 'card'], ErrorCode.INVALID_INPUT, 'Card details are required to pay by card.'),
      ],
    };
  }
  const card = input.card;
  const problems = validateCard(card, new Date());
  if (problems.length > 0) {
    return {
      order: null,
      clientSecret: null,
      errors: problems.map((p) => userError(['input', 'card', p.field], cardErrorCode(p.code), p.message)),
    };
  }
  const actor: Actor = { kind: 'CUSTOMER', userId: customerId };
  let declined: UserError | null = null;
  const result = await runInTransaction(ctx, async (tx) => {
    const order = await lockOrderFor(tx, input.orderId, actor);
    if (!order) return notFound();
    const state = {
      status: order.status as OrderStatus,
      paymentStatus: order.paymentStatus,
      paymentMethod: order.paymentMethod,
    };
    if (!canPay(state, actor)) {
      return {
        ok: false,
        order,
        error: userError(
          null,
          ErrorCode.INVALID_TRANSITION,
          order.paymentMethod !== 'CARD'
            ? 'This order is paid on delivery, not by card.'
            : `Only an order awaiting payment can be paid; this one is ${order.status.toLowerCase().replaceAll('_', ' ')}.`,
        ),
      };
    }
    const provider = ctx.app.paymentProviders.CARD;
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
      throw new OrderActionError(
        userError(
          null,
          ErrorCode.PAYMENT_PROVIDER_ERROR,
          'The payment provider could not be reached; nothing was charged. Try again.',
        ),
      );
    }
    const now = new Date();
    const base = {
      orderId: order.id,
      userId: order.userId,
      method: 'CARD' as const,
      provider: provider.name,
      amount: order.total,
      currency: order.currency,
      createdAt: now,
      updatedAt: now,
    };
    if (charge.status === 'SUCCEEDED') {
      await tx.insert(payments).values({
        ...base,
        status: 'SUCCEEDED',
        cardBrand: charge.card?.brand ?? null,
        cardLast4: charge.card?.last4 ?? null,
        providerReference: charge.providerReference,
      });
      return applyOrderAction(ctx, tx, order.id, { type: 'PAYMENT_SUCCEEDED' }, actor);
    }
    if (charge.status === 'FAILED') {
      await tx.insert(payments).values({
        ...base,
        status: 'FAILED',
        cardBrand: charge.card?.brand ?? null,
        cardLast4: charge.card?.last4 ?? null,
        failureCode: charge.failureCode,
        failureMessage: charge.message,
      });
      declined = userError(['input', 'card'], cardErrorCode(charge.failureCode), charge.message);
      return applyOrderAction(ctx, tx, order.id, { type: 'PAYMENT_FAILED', reason: charge.message }, actor);
    }
    // A card provider answering PENDING (a later Stripe flow) is not supported by orderPay yet.
    throw new Error(`card provider ${provider.name} answered PENDING, which orderPay does not support`);
  });
  if (!result.ok) return { order: result.order, errors: [result.error], clientSecret: null };
  ctx.app.outbox.wake();
  return { order: result.order, errors: declined ? [declined] : [], clientSecret: null };
}

/** Card problems and declines use the provider's failure codes, which are ErrorCode members. */
function cardErrorCode(code: ChargeFailureCode): ErrorCode {
  return ErrorCode[code];
}

// ---------------------------------------------------------------------------------------------------
// Effects.

/**
 * Shipment statuses of a parcel that has left the store (as in fulfillment/shipment-state.ts `hasLeft`;
 * read in SQL here because the order module does not depend on fulfillment, which builds on it).
 */
const PARCEL_LEFT = sql`('IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION')`;

/**
 * Returns to stock every unit that is still in the store: a line's quantity less its units in parcels
 * that have left (a full refund of a partly shipped order does not restock goods on their way).
 * Variants locked in id order; one CANCEL movement per line.
 */
async function restock(tx: Executor, order: OrderRow, actorId: string | null): Promise<void> {
  const lines = await queryRows<{ variantId: string | null; quantity: number }>(
    tx,
    sql`SELECT l.variant_id AS "variantId", (l.quantity - coalesce((
          SELECT sum(sl.quantity) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
          WHERE sl.order_line_id = l.id AND s.status IN ${PARCEL_LEFT}), 0))::int AS quantity
        FROM order_lines l WHERE l.order_id = ${order.id} ORDER BY l.position`,
  );
  await lockVariants(
    tx,
    lines.flatMap((l) => (l.quantity > 0 ? [l.variantId] : [])),
  );
  for (const line of lines) {
    // A variant deleted since the sale has no stock to return to.
    if (!line.variantId || line.quantity <= 0) continue;
    await recordStockMovement(tx, {
      variantId: line.variantId,
      delta: Number(line.quantity),
      reason: 'CANCEL',
      reference: order.number,
      actorId,
    });
  }
}

/** Gives back the coupon use: used_count down by one (never below zero), the order's redemption deleted. */
async function releaseCoupon(tx: Executor, order: OrderRow): Promise<void> {
  if (order.couponId) {
    await tx
      .update(coupons)
      .set({ usedCount: sql`greatest(${coupons.usedCount} - 1, 0)`, updatedAt: new Date() })
      .where(eq(coupons.id, order.couponId));
  }
  await tx.delete(couponRedemptions).where(eq(couponRedemptions.orderReference, order.number));
}

/** Adds (+1) or removes (-1) the order's units on its products' sales counters, products in id order. */
async function countUnitsSold(tx: Executor, orderId: string, sign: 1 | -1): Promise<void> {
  const rows = await tx
    .select({ productId: orderLines.productId, units: sql<number>`sum(${orderLines.quantity})::int` })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .groupBy(orderLines.productId);
  const byProduct = rows
    .flatMap((r) => (r.productId ? [{ productId: r.productId, units: Number(r.units) }] : []))
    .sort((a, b) => a.productId.localeCompare(b.productId));
  for (const { productId, units } of byProduct) {
    await tx
      .update(products)
      .set({ unitsSold: sql`greatest(${products.unitsSold} + ${sign * units}, 0)` })
      .where(eq(products.id, productId));
  }
}

/** Cash handed to the courier: the pending cash payment becomes SUCCEEDED (one is recorded if missing). */
async function recordCashCollected(tx: Executor, order: OrderRow, now: Date): Promise<void> {
  const updated = await tx
    .update(payments)
    .set({ status: 'SUCCEEDED', updatedAt: now })
    .where(
      and(
        eq(payments.orderId, order.id),
        eq(payments.method, 'CASH_ON_DELIVERY'),
        eq(payments.status, 'PENDING'),
      ),
    )
    .returning({ id: payments.id });
  if (updated.length > 0 || order.total <= 0) return;
  await tx.insert(payments).values({
    orderId: order.id,
    userId: order.userId,
    method: 'CASH_ON_DELIVERY',
    provider: 'cash-on-delivery',
    status: 'SUCCEEDED',
    amount: order.total,
    currency: order.currency,
    createdAt: now,
    updatedAt: now,
  });
}

function defaultRefundSource(action: OrderAction, actor: Actor): RefundSource {
  if (action.type === 'CANCEL' || action.type === 'PAYMENT_SUCCEEDED') return 'CANCELLATION';
  return actor.kind === 'SYSTEM' ? 'PROVIDER' : 'ADMIN';
}

function refundReason(action: OrderAction): string | null {
  switch (action.type) {
    case 'CANCEL':
    case 'FULL_REFUND':
    case 'PARTIAL_REFUND':
      return action.reason;
    case 'PAYMENT_SUCCEEDED':
      return 'Paid after the order was cancelled.';
    default:
      return null;
  }
}

type Giving = RefundDetails & { source: RefundSource; reason: string | null; actorId: string | null };

/**
 * Gives money back on the order's captured payments of this method, after every other write of the
 * action: everything still captured, or for PARTIAL_REFUND `giving.amount` of `giving.paymentId`. Each
 * refund is one `refunds` row; the payment's refunded amount grows by it (the CHECK on payments keeps it
 * within what was captured). Returns the amount given back.
 */
async function refundCaptured(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  method: PaymentRow['method'],
  now: Date,
  giving: Giving,
): Promise<number> {
  const captured: PaymentRow[] = await tx
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.orderId, order.id),
        eq(payments.method, method),
        inArray(payments.status, ['SUCCEEDED', 'PARTIALLY_REFUNDED']),
      ),
    )
    .orderBy(asc(payments.createdAt), asc(payments.id))
    .for('update');
  if (giving.paymentId !== undefined || giving.amount !== undefined) {
    // A partial refund: exactly this amount of this payment, or nothing at all.
    const payment = captured.find((p) => p.id === giving.paymentId);
    const amount = giving.amount ?? 0;
    if (!payment || !Number.isSafeInteger(amount) || amount <= 0) {
      throw new Error(`partial refund of ${amount} on payment ${giving.paymentId} is not possible`);
    }
    if (amount > payment.amount - payment.refundedAmount) {
      throw new OrderActionError(
        userError(
          ['input', 'amount'],
          ErrorCode.REFUND_EXCEEDS_CAPTURED,
          'The amount is more than is still refundable on this payment; nothing was changed.',
        ),
      );
    }
    await refundPayment(ctx, tx, order, payment, amount, now, giving);
    return amount;
  }
  let total = 0;
  for (const payment of captured) {
    const amount = payment.amount - payment.refundedAmount;
    if (amount <= 0) continue;
    await refundPayment(ctx, tx, order, payment, amount, now, giving);
    total += amount;
  }
  return total;
}

/**
 * Gives back `amount` of one payment: a card through its provider (a stable idempotency key per payment,
 * amount already refunded and amount, so a retry after a rollback never refunds twice), cash as a
 * recorded refund the store hands back, or money the provider already gave back (`madeAtProvider`) as a
 * record only. A provider that refuses or throws aborts the whole action.
 */
async function refundPayment(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  payment: PaymentRow,
  amount: number,
  now: Date,
  giving: Giving,
): Promise<void> {
  let providerReference: string | null = null;
  if (giving.madeAtProvider?.paymentId === payment.id) {
    providerReference = giving.madeAtProvider.reference;
  } else if (payment.method === 'CARD') {
    if (!payment.providerReference)
      throw new Error(`captured payment ${payment.id} has no provider reference`);
    const provider = ctx.app.paymentProviders.CARD;
    let refund: Awaited<ReturnType<typeof provider.refund>>;
    try {
      refund = await provider.refund({
        providerReference: payment.providerReference,
        amount,
        currency: payment.currency,
        idempotencyKey: `refund:${payment.id}:${payment.refundedAmount}:${amount}`,
      });
    } catch (err) {
      ctx.app.logger.error(
        { err, orderId: order.id, paymentId: payment.id },
        'refund failed at the provider',
      );
      throw new OrderActionError(
        userError(
          null,
          ErrorCode.REFUND_FAILED,
          'The payment provider could not be reached to refund the payment; nothing was changed. Try again later.',
        ),
      );
    }
    if (refund.status !== 'SUCCEEDED') {
      throw new OrderActionError(
        userError(
          null,
          ErrorCode.REFUND_FAILED,
          `The refund was refused: ${refund.message} Nothing was changed.`,
        ),
      );
    }
    providerReference = refund.providerReference;
  }
  const [row] = await tx
    .insert(refunds)
    .values({
      paymentId: payment.id,
      orderId: order.id,
      amount,
      currency: payment.currency,
      reason: giving.reason,
      source: giving.source,
      returnId: giving.returnId ?? null,
      providerReference,
      actorId: giving.actorId,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('refund insert returned no row');
  giving.onRecorded?.(row);
  const refundedAmount = payment.refundedAmount + amount;
  await tx
    .update(payments)
    .set({
      status: refundedAmount >= payment.amount ? 'REFUNDED' : 'PARTIALLY_REFUNDED',
      refundedAmount: sql`${payments.refundedAmount} + ${amount}`,
      updatedAt: now,
    })
    .where(eq(payments.id, payment.id));
}

async function sendEmails(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  action: OrderAction,
  actor: Actor,
  effects: Set<OrderEffect>,
  refunded: number,
): Promise<void> {
  const wanted = [
    'EMAIL_CONFIRMED',
    'EMAIL_CANCELLED',
    'EMAIL_DELIVERED',
    'EMAIL_REFUNDED',
    'EMAIL_PAYMENT_FAILED',
  ];
  if (!wanted.some((e) => effects.has(e as OrderEffect))) return;
  const facts = await orderEmailFacts(ctx, tx, order);
  if (!facts) return;
  const format = (minor: number) => formatMoney(minor, order.currency);
  if (effects.has('EMAIL_CONFIRMED')) {
    await enqueueEmail(
      ctx,
      tx,
      'order.confirmed',
      orderEmails.confirmed(facts, order.paymentMethod === 'CASH_ON_DELIVERY'),
    );
  }
  if (effects.has('EMAIL_CANCELLED')) {
    const why =
      action.type === 'RESERVATION_EXPIRED' ? 'EXPIRED' : actor.kind === 'CUSTOMER' ? 'CUSTOMER' : 'STORE';
    await enqueueEmail(
      ctx,
      tx,
      'order.cancelled',
      orderEmails.cancelled(facts, why, refunded > 0 ? format(refunded) : null),
    );
  }
  if (effects.has('EMAIL_DELIVERED'))
    await enqueueEmail(ctx, tx, 'order.delivered', orderEmails.delivered(facts));
  if (effects.has('EMAIL_REFUNDED') && action.type === 'PARTIAL_REFUND') {
    await enqueueEmail(
      ctx,
      tx,
      'order.partially_refunded',
      orderEmails.partiallyRefunded(facts, format(refunded)),
    );
  } else if (effects.has('EMAIL_REFUNDED')) {
    await enqueueEmail(
      ctx,
      tx,
      'order.refunded',
      orderEmails.refunded(facts, format(refunded), order.status === 'CANCELLED'),
    );
  }
  if (effects.has('EMAIL_PAYMENT_FAILED') && action.type === 'PAYMENT_FAILED') {
    const payBy = order.reservedUntil
      ? `${order.reservedUntil.toISOString().slice(0, 16).replace('T', ' ')} UTC`
      : null;
    await enqueueEmail(
      ctx,
      tx,
      'order.payment_failed',
      orderEmails.paymentFailed(facts, action.reason, payBy),
    );
  }
}

/** What every email about this order shows (buyer, number, total, link); null when the buyer is gone. */
export async function orderEmailFacts(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
): Promise<OrderEmailFacts | null> {
  const [user] = await tx
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, order.userId));
  if (!user) return null;
  return {
    to: user.email,
    name: user.name,
    orderNumber: order.number,
    total: formatMoney(order.total, order.currency),
    url: `${ctx.app.config.storefrontUrl}/account/orders/${order.number}`,
  };
}
