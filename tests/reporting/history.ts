import { eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { orders } from '../../src/modules/order/order.tables.js';
import { sweepExpiredReservations } from '../../src/modules/order/reservation-sweeper.js';
import { rebuildSalesReports } from '../../src/modules/reporting/rebuild.js';
import {
  reportLineFacts,
  reportOrderFacts,
  reportRefundFacts,
} from '../../src/modules/reporting/reporting.tables.js';
import {
  CANCEL,
  expireReservation,
  newCustomer,
  orderRow,
  placeOrder,
} from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { DECLINED_CARD, type Store } from '../support/store.js';

/**
 * A store history for the customer and dashboard report tests: customers and their orders of every
 * kind placed through the API now, then backdated. Backdating sets users.created_at and
 * orders.created_at directly in the test database to the chosen instants, deletes those orders'
 * sales facts and rebuilds them (rebuildSalesReports: refresh every order, recompute the rollups, as
 * after restoring data), so facts and rollups are what orders created at those times would have.
 * Refunds keep the time they were made (now).
 */

export type Kind =
  | 'CARD'
  | 'CASH'
  | 'DECLINED'
  | 'CANCELLED_UNPAID'
  | 'EXPIRED'
  | 'CANCELLED_AFTER_CONFIRMATION';

/** The kinds that are sales: the order reached CONFIRMED (a later cancellation does not undo that). */
export const SALE_KINDS = new Set<Kind>(['CARD', 'CASH', 'CANCELLED_AFTER_CONFIRMATION']);

export interface CustomerHistory {
  createdAt: Date;
  orders: [Kind, Date][];
}

export interface PlacedOrder {
  userId: string;
  orderId: string;
  at: Date;
  sale: boolean;
}

/** Places one order of a kind (one mug) for the customer; returns its id. */
async function place(t: TestApp, store: Store, customer: SignedIn, kind: Kind): Promise<string> {
  const line = [{ variant: store.mug, quantity: 1 }];
  if (kind === 'CASH') return (await placeOrder(customer, line, { paymentMethod: 'CASH_ON_DELIVERY' })).id;
  if (kind === 'CARD' || kind === 'CANCELLED_AFTER_CONFIRMATION') {
    const order = await placeOrder(customer, line);
    expect(order.status).toBe('CONFIRMED');
    if (kind === 'CARD') return order.id;
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel;
    expect(cancelled.order?.status).toBe('CANCELLED');
    return order.id;
  }
  const order = await placeOrder(customer, line, { card: DECLINED_CARD });
  expect(order.status).toBe('PENDING_PAYMENT');
  if (kind === 'CANCELLED_UNPAID') {
    const cancelled = (await customer.client.ok(CANCEL, { input: { orderId: order.id } })).orderCancel;
    expect(cancelled.order?.status).toBe('CANCELLED');
  }
  if (kind === 'EXPIRED') {
    await expireReservation(t, order.id);
    expect(await sweepExpiredReservations(t.app.context)).toBe(1);
    expect((await orderRow(t, order.id)).status).toBe('CANCELLED');
  }
  return order.id;
}

/** Registers one customer per history, places their orders, then backdates everything (see above). */
export async function buildHistory(
  t: TestApp,
  store: Store,
  histories: readonly CustomerHistory[],
): Promise<{ customers: SignedIn[]; placed: PlacedOrder[] }> {
  const customers: SignedIn[] = [];
  const placed: PlacedOrder[] = [];
  for (const history of histories) {
    const customer = await newCustomer(t);
    customers.push(customer);
    for (const [kind, at] of history.orders) {
      const orderId = await place(t, store, customer, kind);
      placed.push({ userId: customer.id, orderId, at, sale: SALE_KINDS.has(kind) });
    }
  }
  const { db } = t.database;
  for (const [i, history] of histories.entries()) {
    await db.update(users).set({ createdAt: history.createdAt }).where(eq(users.id, customers[i]!.id));
  }
  for (const order of placed) {
    await db.update(orders).set({ createdAt: order.at }).where(eq(orders.id, order.orderId));
  }
  const ids = placed.map((o) => o.orderId);
  if (ids.length > 0) {
    await db.delete(reportRefundFacts).where(inArray(reportRefundFacts.orderId, ids));
    await db.delete(reportLineFacts).where(inArray(reportLineFacts.orderId, ids));
    await db.delete(reportOrderFacts).where(inArray(reportOrderFacts.orderId, ids));
  }
  await rebuildSalesReports(db);
  return { customers, placed };
}
