import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewRequests } from '../../src/modules/review/review.tables.js';
import { graphql } from '../generated/gql.js';
import { emailsTo } from '../orders/transitions-support.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { EMAILS_SET, MY_REVIEWS } from './storefront-support.js';
import { createOk, deliveredBuyer, startReviewApp } from './support.js';

/** The review request email: some days after delivery, once per order, skipped when pointless or unwanted. */
let t: TestApp;
let store: Store;

beforeAll(async () => {
  ({ t, store } = await startReviewApp({ REVIEW_REQUEST_DELAY: '3d' }));
});
afterAll(() => t?.close());

/** As if the order had been delivered this many days ago. */
async function deliveredDaysAgo(orderId: string, days: number): Promise<void> {
  await t.database.db
    .update(reviewRequests)
    .set({ deliveredAt: sql`now() - make_interval(days => ${days})` })
    .where(eq(reviewRequests.orderId, orderId));
}

const runWorker = () => t.app.context.reviewRequests.runOnce();

describe('review request emails', () => {
  it('is sent once, after REVIEW_REQUEST_DELAY, naming the products not reviewed yet', async () => {
    const buyer = await deliveredBuyer(t, store, [store.shirt, store.mug], 'Rory Request');
    const [request] = await t.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.orderId, buyer.orderId));
    expect(request).toMatchObject({ handledAt: null });
    await createOk(buyer.client, { productId: store.mug.productId, rating: 5 });

    await deliveredDaysAgo(buyer.orderId, 2);
    await runWorker();
    expect(await emailsTo(t, buyer.email, 'review.request')).toHaveLength(0);

    await deliveredDaysAgo(buyer.orderId, 4);
    await runWorker();
    await runWorker();
    const mails = await emailsTo(t, buyer.email, 'review.request');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.payload.subject).toMatch(/How was your order/);
    expect(mails[0]!.payload.text).toContain('Order Shirt');
    expect(mails[0]!.payload.text).not.toContain('Order Mug');
    const [handled] = await t.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.orderId, buyer.orderId));
    expect(handled?.outcome).toBe('SENT');
  });

  it('is skipped when every product of the order is already reviewed', async () => {
    const buyer = await deliveredBuyer(t, store, [store.mug], 'Sue Skipped');
    await createOk(buyer.client, { productId: store.mug.productId, rating: 4 });
    await deliveredDaysAgo(buyer.orderId, 4);
    await runWorker();
    expect(await emailsTo(t, buyer.email, 'review.request')).toHaveLength(0);
    const [handled] = await t.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.orderId, buyer.orderId));
    expect(handled?.outcome).toBe('SKIPPED_ALL_REVIEWED');
  });

  it('is skipped for a customer who turned these emails off', async () => {
    const buyer = await deliveredBuyer(t, store, [store.shirt], 'Una Unsubscribed');
    const set = (await buyer.client.ok(EMAILS_SET, { input: { enabled: false } })).reviewRequestEmailsSet;
    expect(set).toEqual({ enabled: false, errors: [] });
    expect((await buyer.client.ok(MY_REVIEWS)).me!.reviewRequestEmails).toBe(false);
    await deliveredDaysAgo(buyer.orderId, 4);
    await runWorker();
    expect(await emailsTo(t, buyer.email, 'review.request')).toHaveLength(0);
    const [handled] = await t.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.orderId, buyer.orderId));
    expect(handled?.outcome).toBe('SKIPPED_UNSUBSCRIBED');
  });

  it('is skipped once the customer deleted their account: nothing is written to anyone', async () => {
    const buyer = await deliveredBuyer(t, store, [store.shirt], 'Dora Deleted');
    const deleted = (await buyer.client.ok(ACCOUNT_DELETE, { input: { password: 'correct horse 1' } }))
      .accountDelete;
    expect(deleted).toEqual({ deletedId: buyer.id, errors: [] });
    await deliveredDaysAgo(buyer.orderId, 4);
    await runWorker();
    const [handled] = await t.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.orderId, buyer.orderId));
    expect(handled?.outcome).toBe('SKIPPED_ACCOUNT_DELETED');
    expect(await emailsTo(t, buyer.email, 'review.request')).toHaveLength(0);
    expect(await emailsTo(t, `deleted-${buyer.id}@deleted.invalid`, 'review.request')).toHaveLength(0);
  });
});

const ACCOUNT_DELETE = graphql(`mutation ReviewRequestAccountDelete($input: AccountDeleteInput!) {
  accountDelete(input: $input) { deletedId errors { code } } }`);
