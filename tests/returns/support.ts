import { asc, eq, sql } from 'drizzle-orm';
import { orderLines } from '../../src/modules/order/order.tables.js';
import { returnRequests } from '../../src/modules/returns/returns.tables.js';
import { graphql } from '../generated/gql.js';
import type { ReturnDecisionInput, ReturnIdInput, ReturnRequestInput } from '../generated/graphql.js';
import { deliverWholeOrder, placeOrder } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';

/** Operations and helpers shared by the return tests (tests/returns/returns-*.test.ts). */

export const RETURN_FIELDS_FRAGMENT = graphql(`fragment ReturnFields on Return {
  id orderId customerId status reason note refundedAmount { amount currencyCode } createdAt updatedAt
  lines { id orderLineId quantity orderLine { id sku quantity } } }`);

export const REQUEST = graphql(`mutation ReturnsRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) { return { ...ReturnFields } errors { field code message } } }`);
export const APPROVE = graphql(`mutation ReturnsApprove($input: ReturnDecisionInput!) {
  returnApprove(input: $input) { return { ...ReturnFields } errors { field code message } } }`);
export const REJECT = graphql(`mutation ReturnsReject($input: ReturnDecisionInput!) {
  returnReject(input: $input) { return { ...ReturnFields } errors { field code message } } }`);
export const RECEIVE = graphql(`mutation ReturnsReceive($input: ReturnIdInput!) {
  returnReceive(input: $input) { return { ...ReturnFields } errors { field code message } } }`);
export const RETURNS = graphql(`query ReturnsList($filter: ReturnFilterInput, $first: Int, $after: String) {
  returns(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }`);
export const ORDER_RETURNS = graphql(`query ReturnsOfOrder($id: ID!) {
  order(id: $id) { id returns { ...ReturnFields } } }`);
export const PAYMENT_REFUND = graphql(`mutation ReturnsPaymentRefund($input: PaymentRefundInput!) {
  paymentRefund(input: $input) { errors { field code message } } }`);

/** The customer asks to return lines of their order (returnRequest). */
export async function requestReturn(customer: SignedIn, input: ReturnRequestInput) {
  return (await customer.client.ok(REQUEST, { input })).returnRequest;
}

/** The store's admin approves a return (returnApprove). */
export async function approveReturn(store: Store, input: ReturnDecisionInput) {
  return (await store.admin.client.ok(APPROVE, { input })).returnApprove;
}

/** The store's admin rejects a return (returnReject). */
export async function rejectReturn(store: Store, input: ReturnDecisionInput) {
  return (await store.admin.client.ok(REJECT, { input })).returnReject;
}

/** The store's admin records the returned goods received (returnReceive): restock and refund. */
export async function receiveReturn(store: Store, input: ReturnIdInput) {
  return (await store.admin.client.ok(RECEIVE, { input })).returnReceive;
}

export async function linesOf(t: TestApp, orderId: string) {
  return t.database.db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.position));
}

/** A delivered card order of 3 shirts and 2 mugs; returns it with its lines (shirt first). */
export async function deliveredOrder(t: TestApp, store: Store, customer: SignedIn) {
  const order = await placeOrder(customer, [
    { variant: store.shirt, quantity: 3 },
    { variant: store.mug, quantity: 2 },
  ]);
  await deliverWholeOrder(store, order.id);
  const [shirt, mug] = await linesOf(t, order.id);
  if (!shirt || !mug) throw new Error('lines missing');
  return { order, shirt, mug };
}

export async function returnCount(t: TestApp, orderId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(returnRequests)
    .where(eq(returnRequests.orderId, orderId));
  return Number(row?.n);
}
