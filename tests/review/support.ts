import { and, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { products } from '../../src/modules/catalog/catalog.tables.js';
import { ratingAverage } from '../../src/modules/catalog/product-rating.js';
import { reviews } from '../../src/modules/review/review.tables.js';
import type { TestVariant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { ReviewCreateInput } from '../generated/graphql.js';
import { deliverWholeOrder, paymentsOf, placeOrder } from '../orders/transitions-support.js';
import { registerAndLogin, type SignedIn, uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';

/** Operations and helpers shared by tests/review. */

export const REVIEW_FIELDS_FRAGMENT = graphql(`fragment ReviewFields on Review {
  id rating title body authorName verifiedPurchase status rejectionReason helpfulCount unhelpfulCount
  createdAt updatedAt reply { body repliedAt } product { id } }`);

export const CREATE = graphql(`mutation ReviewCreate($input: ReviewCreateInput!) {
  reviewCreate(input: $input) { review { ...ReviewFields } errors { field code message } } }`);
export const UPDATE = graphql(`mutation ReviewUpdate($input: ReviewUpdateInput!) {
  reviewUpdate(input: $input) { review { ...ReviewFields } errors { field code message } } }`);
export const DELETE = graphql(`mutation ReviewDelete($input: ReviewIdInput!) {
  reviewDelete(input: $input) { deletedId errors { field code message } } }`);
export const VOTE = graphql(`mutation ReviewVote($input: ReviewVoteInput!) {
  reviewVote(input: $input) { review { id helpfulCount unhelpfulCount } errors { field code message } } }`);
export const APPROVE = graphql(`mutation ReviewApprove($input: ReviewIdInput!) {
  reviewApprove(input: $input) { review { ...ReviewFields } errors { field code message } } }`);
export const REJECT = graphql(`mutation ReviewReject($input: ReviewRejectInput!) {
  reviewReject(input: $input) { review { ...ReviewFields } errors { field code message } } }`);
export const REPLY = graphql(`mutation ReviewReply($input: ReviewReplyInput!) {
  reviewReply(input: $input) { review { ...ReviewFields } errors { field code message } } }`);
export const ADMIN_REVIEWS = graphql(`query AdminReviews($filter: AdminReviewsFilterInput, $first: Int) {
  reviews(filter: $filter, first: $first) { totalCount nodes { ...ReviewFields customerId } } }`);
export const PRODUCT_RATING = graphql(`query ReviewProductRating($id: ID!) {
  product(id: $id) { id rating { average count histogram { stars count } } } }`);
export const PRODUCT_REVIEWS = graphql(`query ProductReviews($id: ID!, $first: Int, $after: String,
  $sort: ReviewSort, $filter: ProductReviewsFilterInput) {
  product(id: $id) { id reviews(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReviewFields } } } } }`);
export const PAY_REFUND = graphql(`mutation ReviewTestRefund($input: PaymentRefundInput!) {
  paymentRefund(input: $input) { order { id status } errors { field code message } } }`);
export const ORDER_CANCEL = graphql(`mutation ReviewTestCancel($input: OrderCancelInput!) {
  orderCancel(input: $input) { order { id status } errors { field code message } } }`);

/** The app of a review test file, with the store (admin, shirt, mug); no sweeper, no review request worker. */
export function startReviewApp(env: Record<string, string> = {}): Promise<{ t: TestApp; store: Store }> {
  return withStore(startTestApp(env, { idleWorkers: ['reservation-sweeper', 'review-requests'] }));
}

/** A customer with a name (for the display name) and a delivered order of these variants. */
export async function deliveredBuyer(
  t: TestApp,
  store: Store,
  variants: TestVariant[],
  name = 'Jane Q. Doe',
): Promise<SignedIn & { orderId: string }> {
  const customer = await registerNamed(t, name);
  const order = await placeOrder(
    customer,
    variants.map((variant) => ({ variant, quantity: 1 })),
  );
  await deliverWholeOrder(store, order.id);
  return { ...customer, orderId: order.id };
}

const REGISTER_NAMED = graphql(`mutation ReviewRegister($input: AccountRegisterInput!) {
  accountRegister(input: $input) { user { id } errors { code } } }`);

/** A customer registered with this display name, signed in. */
export async function registerNamed(t: TestApp, name: string): Promise<SignedIn> {
  const email = uniqueEmail('reviewer');
  const client = t.client();
  const reg = await client.ok(REGISTER_NAMED, { input: { email, name, password: 'correct horse 1' } });
  expect(reg.accountRegister.errors).toEqual([]);
  const { login } = await import('../support/accounts.js');
  return login(client, email);
}

export { registerAndLogin };

/** Refunds the order's captured card payment entirely (paymentRefund): the order becomes REFUNDED. */
export async function refundWholeOrder(t: TestApp, store: Store, orderId: string): Promise<void> {
  const [payment] = (await paymentsOf(t, orderId)).filter((p) => p.status === 'SUCCEEDED');
  if (!payment) throw new Error('no captured payment');
  const refunded = (await store.admin.client.ok(PAY_REFUND, { input: { paymentId: payment.id } }))
    .paymentRefund;
  expect(refunded.errors).toEqual([]);
  expect(refunded.order!.status).toBe('REFUNDED');
}

export async function createReview(client: SignedIn['client'], input: ReviewCreateInput) {
  return (await client.ok(CREATE, { input })).reviewCreate;
}

export async function createOk(client: SignedIn['client'], input: ReviewCreateInput) {
  const payload = await createReview(client, input);
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return payload.review!;
}

/** What a product's rating must be: recomputed from its PUBLISHED review rows. */
export async function recomputedRating(t: TestApp, productId: string) {
  const rows = await t.database.db
    .select({ rating: reviews.rating, n: sql<number>`count(*)::int` })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.status, 'PUBLISHED')))
    .groupBy(reviews.rating);
  const histogram = [0, 0, 0, 0, 0];
  for (const row of rows) histogram[row.rating - 1] = Number(row.n);
  return { histogram, count: histogram.reduce((a, b) => a + b, 0), average: ratingAverage(histogram) };
}

/** The rating columns of the product row. */
export async function storedRating(t: TestApp, productId: string) {
  const [row] = await t.database.db
    .select({
      average: products.ratingAverage,
      count: products.ratingCount,
      histogram: products.ratingHistogram,
    })
    .from(products)
    .where(eq(products.id, productId));
  if (!row) throw new Error(`no product ${productId}`);
  return { histogram: row.histogram, count: row.count, average: Number(row.average) };
}

/** The stored rating equals the recomputation from the rows, and the API shows it. */
export async function expectExactRating(t: TestApp, productId: string): Promise<void> {
  const expected = await recomputedRating(t, productId);
  expect(await storedRating(t, productId)).toEqual(expected);
  const shown = (await t.client().ok(PRODUCT_RATING, { id: productId })).product!.rating;
  expect(shown.average).toBe(expected.average);
  expect(shown.count).toBe(expected.count);
  expect(shown.histogram).toEqual(
    [5, 4, 3, 2, 1].map((stars) => ({ stars, count: expected.histogram[stars - 1] })),
  );
}
