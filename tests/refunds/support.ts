import { asc, eq, sql } from 'drizzle-orm';
import { stockMovements } from '../../src/modules/catalog/catalog.tables.js';
import { refunds } from '../../src/modules/order/order.tables.js';
import { createPaymentProviders } from '../../src/modules/payment/payment-providers.js';
import { graphql } from '../generated/gql.js';
import { type SwitchableCardProvider, snapshot } from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { withStore } from '../support/store.js';

/** Operations and row readers shared by tests/refunds and tests/returns. */

export const REFUND_FIELDS_FRAGMENT = graphql(`fragment RefundFields on Refund {
  id paymentId orderId amount { amount currencyCode } source reason returnId providerReference createdAt }`);

export const REFUND = graphql(`mutation RefundPayment($input: PaymentRefundInput!) {
  paymentRefund(input: $input) {
    refund { ...RefundFields }
    payment { id status amount { amount currencyCode } refundedAmount { amount } }
    order { ...TransitionOrderFields }
    errors { field code message }
  } }`);

export const ORDER_MONEY = graphql(`query RefundOrderMoney($id: ID!) {
  order(id: $id) {
    id status paymentStatus
    payments { id status amount { amount currencyCode } refundedAmount { amount } refunds { ...RefundFields } }
    refunds { ...RefundFields }
  } }`);

/**
 * The app of the refund tests with the store set up in it, its card payments going through `card`
 * (whose refunds a test can make fail) and no reservation sweeper.
 */
export function startRefundApp(card: SwitchableCardProvider) {
  return withStore(
    startTestApp(
      {},
      {
        services: { paymentProviders: createPaymentProviders({ card }) },
        idleWorkers: ['reservation-sweeper'],
      },
    ),
  );
}

export async function refundsOf(t: TestApp, orderId: string) {
  return t.database.db
    .select()
    .from(refunds)
    .where(eq(refunds.orderId, orderId))
    .orderBy(asc(refunds.createdAt), asc(refunds.id));
}

export async function returnMovements(t: TestApp, orderNumber: string) {
  return t.database.db
    .select()
    .from(stockMovements)
    .where(sql`${stockMovements.reference} = ${orderNumber} AND ${stockMovements.reason} = 'RETURN'`)
    .orderBy(asc(stockMovements.createdAt), asc(stockMovements.id));
}

/** `snapshot` of transitions-support plus the refunds ledger and every stock movement of the order. */
export async function moneySnapshot(t: TestApp, orderId: string, userId: string, variantIds: string[]) {
  const base = await snapshot(t, orderId, userId, variantIds);
  return {
    ...base,
    refunds: await refundsOf(t, orderId),
    movements: await t.database.db
      .select()
      .from(stockMovements)
      .where(eq(stockMovements.reference, base.order.number))
      .orderBy(asc(stockMovements.id)),
  };
}

/** "12.50" for 1250 minor units (two-digit currencies, as the tests use USD). */
export function decimal(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}
