import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';
import { formatMoney } from '../../graphql/money.js';
import { users } from '../account/account.tables.js';
import type { EmailPayload } from '../notification/notification.tables.js';
import { enqueueEmail as enqueue } from '../notification/outbox.js';
import { type OrderEmailFacts, orderEmails } from '../notification/templates.js';
import { settlementOf } from '../payment/payment-methods.js';
import type { OrderRow } from './order.tables.js';
import type { HasApp } from './order-action.js';
import type { Actor, OrderAction, OrderEffect } from './order-state.types.js';

/**
 * The buyer's emails about an order action (the EMAIL_* effects), queued in the outbox in its
 * transaction (with `into`: by that statement, which the caller runs).
 */

export async function sendEmails(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  action: OrderAction,
  actor: Actor,
  effects: Set<OrderEffect>,
  refunded: number,
  buyer?: OrderBuyer,
  into?: CteStatement,
): Promise<void> {
  const wanted = [
    'EMAIL_CONFIRMED',
    'EMAIL_CANCELLED',
    'EMAIL_DELIVERED',
    'EMAIL_REFUNDED',
    'EMAIL_PAYMENT_FAILED',
  ];
  if (!wanted.some((e) => effects.has(e as OrderEffect))) return;
  const facts = await orderEmailFacts(ctx, tx, order, buyer);
  if (!facts) return;
  const format = (minor: number) => formatMoney(minor, order.currency);
  // Queued by the action's own statement when the caller builds one (no round trip per email).
  const enqueueEmail = (c: HasApp, x: Executor, template: string, email: EmailPayload) =>
    enqueue(c, x, template, email, into);
  if (effects.has('EMAIL_CONFIRMED')) {
    await enqueueEmail(
      ctx,
      tx,
      'order.confirmed',
      orderEmails.confirmed(facts, settlementOf(order.paymentMethod) === 'ON_DELIVERY'),
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

/** The buyer's address and name, when the caller has them already (checkout: its signed-in viewer). */
export interface OrderBuyer {
  email: string;
  name: string;
}

/**
 * What every email about this order shows (buyer, number, total, link); null when the buyer is gone.
 * The buyer is read from the users table unless given.
 */
export async function orderEmailFacts(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  buyer?: OrderBuyer,
): Promise<OrderEmailFacts | null> {
  const [user] = buyer
    ? [buyer]
    : await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, order.userId));
  if (!user) return null;
  return {
    to: user.email,
    name: user.name,
    orderNumber: order.number,
    total: formatMoney(order.total, order.currency),
    url: `${ctx.app.config.storefrontUrl}/account/orders/${order.number}`,
  };
}
