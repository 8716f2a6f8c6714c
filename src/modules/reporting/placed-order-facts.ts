import { sql } from 'drizzle-orm';
import type { CteStatement } from '../../db/cte-statement.js';
import type { OrderEventCte, OrderEventFacts } from '../order/order-events.js';
import { pendingRollupInsert } from './rollup-pending.js';
import { NO_FACTS, type OrderSource, salesFactsOf } from './sales-facts.rules.js';
import { salesFactWrites } from './sales-facts.service.js';

/**
 * Order events after which an order's sales facts may differ: it was confirmed, cancelled or
 * refunded (every refunds row is written by an action that records one of these). Placing, paying
 * failures, shipping and return requests change nothing reports count.
 */
export const FACT_EVENTS = new Set<string>([
  'PAYMENT_SUCCEEDED',
  'CASH_ON_DELIVERY_CONFIRMED',
  'CANCELLED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
  'LATE_PAYMENT_REFUNDED',
]);

/**
 * Whether the event's own statement writes the order's facts (addPlacedOrderFacts), so no refresh
 * follows it: the confirmation of an order placed by the same transaction (checkout). Its facts then
 * follow from rows the transaction wrote and holds in JS: the order and its lines as placed, confirmed
 * by this very event, with no refund (refunds come from later actions) and no facts stored before (the
 * one earlier event, PLACED, writes none).
 */
export function factsInEventStatement(event: OrderEventFacts & { type: string }): boolean {
  return FACT_EVENTS.has(event.type) && event.toStatus === 'CONFIRMED' && event.placed !== undefined;
}

/**
 * The facts of a just-placed order, as CTEs of its confirmation's statement (registered on order's
 * `orderEventStatement`): what refreshSalesFacts would write after reading the rows back, computed from
 * the rows themselves, two statements fewer while checkout holds the hot variant's lock. Its rollups
 * are left pending (one row, rollup-pending.ts): the checkout locks no rollup row.
 */
export function addPlacedOrderFacts(stmt: CteStatement, event: OrderEventCte): void {
  const placed = event.placed;
  if (!placed || !factsInEventStatement(event)) return;
  const { order, lines } = placed;
  const source: OrderSource = {
    orderId: order.id,
    userId: order.userId,
    createdAt: order.createdAt.getTime(),
    status: 'CONFIRMED',
    subtotal: order.subtotal,
    discount: order.discount,
    shipping: order.shipping,
    tax: order.tax,
    total: order.total,
    confirmed: true,
    cancelled: null,
    lines,
    refunds: [],
  };
  const facts = salesFactsOf(source);
  const { ctes, names } = salesFactWrites([{ orderId: order.id, before: NO_FACTS, after: facts }], {
    rollups: false,
  });
  stmt.withNamed(
    [...names, 'pending_rollups'],
    [...ctes, sql`pending_rollups AS (${pendingRollupInsert(order.id, facts)})`],
  );
}
