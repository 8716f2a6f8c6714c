import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variant } from '../cart/support.js';
import { emailsTo } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import {
  ADMIN_REVIEWS,
  APPROVE,
  createOk,
  DELETE,
  deliveredBuyer,
  expectExactRating,
  PRODUCT_REVIEWS,
  REJECT,
  REPLY,
  startReviewApp,
  UPDATE,
  VOTE,
} from './support.js';

/** A store that holds reviews for approval (REVIEW_MODERATION=hold): moderation, edits, votes, replies. */
let t: TestApp;
let store: Store;
let productId: string;
let author: SignedIn;
let voter: SignedIn;
let other: SignedIn;
let reviewId: string;

beforeAll(async () => {
  ({ t, store } = await startReviewApp({ REVIEW_MODERATION: 'hold' }));
  const v = await variant(store.admin.client, 'Moderated Kettle', '25.00', 50);
  productId = v.productId;
  author = await deliveredBuyer(t, store, [v], 'Alice Author');
  voter = await deliveredBuyer(t, store, [v], 'Victor Voter');
  other = await deliveredBuyer(t, store, [v], 'Olive Other');
});
afterAll(() => t?.close());

const publicReviews = async () =>
  (await t.client().ok(PRODUCT_REVIEWS, { id: productId })).product!.reviews.edges.map((e) => e.node.id);

describe('moderation', () => {
  it('holds a new review as PENDING: out of the rating and the public list, in the admin queue', async () => {
    const review = await createOk(author.client, { productId, rating: 2, title: 'Leaks', body: 'It leaks.' });
    reviewId = review.id;
    expect(review.status).toBe('PENDING');
    expect(await publicReviews()).toEqual([]);
    await expectExactRating(t, productId);
    const queue = (await store.admin.client.ok(ADMIN_REVIEWS, { filter: { status: 'PENDING', productId } }))
      .reviews;
    expect(queue.nodes.map((n) => [n.id, n.customerId])).toEqual([[reviewId, author.id]]);
  });

  it('refuses the admin operations to customers (FORBIDDEN)', async () => {
    const result = await author.client.request(APPROVE, { input: { reviewId } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await author.client.request(ADMIN_REVIEWS, {});
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('publishes on approval: the rating counts it at once', async () => {
    const approved = (await store.admin.client.ok(APPROVE, { input: { reviewId } })).reviewApprove;
    expect(approved.review!.status).toBe('PUBLISHED');
    expect(await publicReviews()).toEqual([reviewId]);
    await expectExactRating(t, productId);
  });

  it('sends an edit back to moderation, out of the rating until approved again', async () => {
    const edited = (
      await author.client.ok(UPDATE, { input: { reviewId, rating: 4, body: 'Fixed by support.' } })
    ).reviewUpdate;
    expect(edited.errors).toEqual([]);
    expect(edited.review).toMatchObject({
      status: 'PENDING',
      rating: 4,
      title: 'Leaks',
      body: 'Fixed by support.',
    });
    expect(await publicReviews()).toEqual([]);
    await expectExactRating(t, productId);
    await store.admin.client.ok(APPROVE, { input: { reviewId } });
    await expectExactRating(t, productId);
  });

  it('rejects with a reason only the author and admins see; the review leaves the rating', async () => {
    const empty = (await store.admin.client.ok(REJECT, { input: { reviewId, reason: '  ' } })).reviewReject;
    expect(empty.errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const rejected = (
      await store.admin.client.ok(REJECT, { input: { reviewId, reason: 'Mentions a competitor.' } })
    ).reviewReject;
    expect(rejected.review).toMatchObject({ status: 'REJECTED', rejectionReason: 'Mentions a competitor.' });
    await expectExactRating(t, productId);
    const { NODE_REVIEW } = await import('./storefront-support.js');
    const seenByAuthor = (await author.client.ok(NODE_REVIEW, { id: reviewId })).node;
    expect(seenByAuthor).toMatchObject({ status: 'REJECTED', rejectionReason: 'Mentions a competitor.' });
    expect((await other.client.ok(NODE_REVIEW, { id: reviewId })).node).toBeNull();
    expect((await t.client().ok(NODE_REVIEW, { id: reviewId })).node).toBeNull();
    await store.admin.client.ok(APPROVE, { input: { reviewId } });
  });

  it('replies publicly and emails the author about the first reply only', async () => {
    const replied = (
      await store.admin.client.ok(REPLY, { input: { reviewId, body: 'Sorry! A new seal is on its way.' } })
    ).reviewReply;
    expect(replied.review!.reply!.body).toBe('Sorry! A new seal is on its way.');
    await store.admin.client.ok(REPLY, { input: { reviewId, body: 'Update: shipped.' } });
    const mails = await emailsTo(t, author.email, 'review.replied');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.payload.text).toContain('Sorry! A new seal is on its way.');
    const shown = (await t.client().ok(PRODUCT_REVIEWS, { id: productId })).product!.reviews.edges[0]!.node;
    expect(shown.reply!.body).toBe('Update: shipped.');
  });
});

describe('votes', () => {
  it('counts one vote per customer, changeable and withdrawable', async () => {
    const vote = async (who: SignedIn, helpful: boolean | null) =>
      (await who.client.ok(VOTE, { input: { reviewId, helpful } })).reviewVote;
    expect((await vote(voter, true)).review).toMatchObject({ helpfulCount: 1, unhelpfulCount: 0 });
    expect((await vote(voter, true)).review).toMatchObject({ helpfulCount: 1, unhelpfulCount: 0 });
    expect((await vote(other, false)).review).toMatchObject({ helpfulCount: 1, unhelpfulCount: 1 });
    expect((await vote(voter, false)).review).toMatchObject({ helpfulCount: 0, unhelpfulCount: 2 });
    expect((await vote(other, null)).review).toMatchObject({ helpfulCount: 0, unhelpfulCount: 1 });
  });

  it('refuses a vote on your own review (OWN_REVIEW) and on an unpublished one (NOT_FOUND)', async () => {
    const own = (await author.client.ok(VOTE, { input: { reviewId, helpful: true } })).reviewVote;
    expect(own.errors.map((e) => e.code)).toEqual(['OWN_REVIEW']);
    await store.admin.client.ok(REJECT, { input: { reviewId, reason: 'Hidden for a moment.' } });
    const hidden = (await voter.client.ok(VOTE, { input: { reviewId, helpful: true } })).reviewVote;
    expect(hidden.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    await store.admin.client.ok(APPROVE, { input: { reviewId } });
  });

  it('runs concurrent votes of many customers exactly', async () => {
    const { registerNamed } = await import('./support.js');
    const voters = await Promise.all(
      Array.from({ length: 8 }, (_, i) => registerNamed(t, `Crowd Member${i}`)),
    );
    await Promise.all(voters.map((v, i) => v.client.ok(VOTE, { input: { reviewId, helpful: i % 2 === 0 } })));
    const [row] = (await t.client().ok(PRODUCT_REVIEWS, { id: productId })).product!.reviews.edges;
    // voter: not helpful (from above); the crowd: 4 helpful, 4 not.
    expect(row!.node).toMatchObject({ helpfulCount: 4, unhelpfulCount: 5 });
  });
});

describe('deleting', () => {
  it("refuses another customer's review, lets an admin delete any, and the rating follows", async () => {
    const refused = (await other.client.ok(DELETE, { input: { reviewId } })).reviewDelete;
    expect(refused.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const deleted = (await store.admin.client.ok(DELETE, { input: { reviewId } })).reviewDelete;
    expect(deleted).toEqual({ deletedId: reviewId, errors: [] });
    await expectExactRating(t, productId);
  });

  it('lets the author delete their own review and write a new one', async () => {
    const review = await createOk(other.client, { productId, rating: 5 });
    const deleted = (await other.client.ok(DELETE, { input: { reviewId: review.id } })).reviewDelete;
    expect(deleted.errors).toEqual([]);
    const again = await createOk(other.client, { productId, rating: 3 });
    expect(again.status).toBe('PENDING');
  });
});
