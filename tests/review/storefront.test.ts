import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviews } from '../../src/modules/review/review.tables.js';
import { product } from '../cart/support.js';
import { placeOrder } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { MY_REVIEWS, NODE_REVIEW, ORDER_LINES_REVIEWS } from './storefront-support.js';
import { createOk, deliveredBuyer, PRODUCT_REVIEWS, registerNamed, startReviewApp, VOTE } from './support.js';

/** The storefront's view of reviews: sorts, filters, pages, author privacy, me.reviews, order lines. */
let t: TestApp;
let store: Store;
let productId: string;
let buyers: (SignedIn & { orderId: string })[];
/** Review ids in the order they were written, with their stars. */
const written: { id: string; rating: number; body: string }[] = [];

beforeAll(async () => {
  ({ t, store } = await startReviewApp());
  const p = await product(store.admin.client, 'Storefront Headphones', [{ price: '99.00', stock: 100 }]);
  productId = p.id;
  buyers = [];
  const names = ['Ann Smith', 'Bob Jones', 'Cy', 'Dee Ee Eff', 'Eve Last'];
  for (const name of names) buyers.push(await deliveredBuyer(t, store, [p.variants[0]!, store.mug], name));
  const plan = [
    [3, 'Decent.'],
    [5, ''],
    [1, 'Broke in a week.'],
    [4, 'Good bass.'],
    [5, 'Perfect.'],
  ] as const;
  for (const [i, [rating, body]] of plan.entries()) {
    const review = await createOk(buyers[i]!.client, { productId, rating, title: `T${i}`, body });
    written.push({ id: review.id, rating, body });
  }
  // Votes: review 3 (4 stars) most helpful, then review 0.
  for (const voter of buyers.slice(0, 3))
    await voter.client.ok(VOTE, { input: { reviewId: written[3]!.id, helpful: true } });
  await buyers[4]!.client.ok(VOTE, { input: { reviewId: written[0]!.id, helpful: true } });
});
afterAll(() => t?.close());

const list = async (variables: Record<string, unknown>, client = t.client()) =>
  (await client.ok(PRODUCT_REVIEWS, { id: productId, ...variables })).product!.reviews;

describe('Product.reviews', () => {
  it('sorts NEWEST (default), HIGHEST, LOWEST and MOST_HELPFUL', async () => {
    expect((await list({})).edges.map((e) => e.node.id)).toEqual([...written].reverse().map((w) => w.id));
    const highest = (await list({ sort: 'HIGHEST' })).edges.map((e) => e.node.rating);
    expect(highest).toEqual([5, 5, 4, 3, 1]);
    expect((await list({ sort: 'LOWEST' })).edges.map((e) => e.node.rating)).toEqual([1, 3, 4, 5, 5]);
    const helpful = (await list({ sort: 'MOST_HELPFUL' })).edges.map((e) => e.node.id);
    expect(helpful.slice(0, 2)).toEqual([written[3]!.id, written[0]!.id]);
  });

  it('filters by rating, written text and verified purchase', async () => {
    expect((await list({ filter: { rating: 5 } })).edges.map((e) => e.node.rating)).toEqual([5, 5]);
    const withText = await list({ filter: { withText: true } });
    expect(withText.totalCount).toBe(4);
    expect(withText.edges.every((e) => e.node.body !== '')).toBe(true);
    expect((await list({ filter: { verifiedOnly: true } })).totalCount).toBe(5);
    const bad = await t.client().request(PRODUCT_REVIEWS, { id: productId, filter: { rating: 6 } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages with keyset cursors in every sort, without gaps or repeats', async () => {
    for (const sort of ['NEWEST', 'HIGHEST', 'LOWEST', 'MOST_HELPFUL'] as const) {
      const all = (await list({ sort })).edges.map((e) => e.node.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Awaited<ReturnType<typeof list>> = await list({ sort, first: 2, after });
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
    const tampered = await t
      .client()
      .request(PRODUCT_REVIEWS, { id: productId, sort: 'HIGHEST', after: 'bm9wZQ' });
    expect(tampered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows first name and initial, never an email address, and "Former customer" once the account is gone', async () => {
    const edges = (await list({ sort: 'LOWEST' })).edges;
    expect(edges.map((e) => e.node.authorName).sort()).toEqual([
      'Ann S.',
      'Bob J.',
      'Cy',
      'Dee E.',
      'Eve L.',
    ]);
    const text = JSON.stringify(await t.client().request(PRODUCT_REVIEWS, { id: productId }));
    for (const buyer of buyers) expect(text).not.toContain(buyer.email);
    await t.database.db.update(reviews).set({ authorId: null }).where(eq(reviews.id, written[4]!.id));
    const gone = (await list({})).edges.find((e) => e.node.id === written[4]!.id);
    expect(gone!.node.authorName).toBe('Former customer');
  });

  it('lists published reviews only', async () => {
    const { REJECT } = await import('./support.js');
    await store.admin.client.ok(REJECT, { input: { reviewId: written[2]!.id, reason: 'Off topic.' } });
    const ids = (await list({})).edges.map((e) => e.node.id);
    expect(ids).not.toContain(written[2]!.id);
    expect((await t.client().ok(NODE_REVIEW, { id: written[2]!.id })).node).toBeNull();
    expect((await buyers[2]!.client.ok(NODE_REVIEW, { id: written[2]!.id })).node).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Off topic.',
    });
    expect((await t.client().ok(NODE_REVIEW, { id: written[0]!.id })).node).toMatchObject({
      rejectionReason: null,
    });
  });
});

describe('me.reviews and order lines', () => {
  it('lists your reviews in any status, and only to you', async () => {
    const me = (await buyers[2]!.client.ok(MY_REVIEWS)).me!;
    expect(me.reviews.nodes).toEqual([
      { id: written[2]!.id, status: 'REJECTED', rejectionReason: 'Off topic.', product: { id: productId } },
    ]);
    expect(me.reviewRequestEmails).toBe(true);
  });

  it('marks delivered lines reviewable until reviewed, for the buyer only', async () => {
    const buyer = buyers[0]!;
    const lines = (await buyer.client.ok(ORDER_LINES_REVIEWS, { id: buyer.orderId })).order!.lines;
    const byProduct = new Map(lines.map((l) => [l.productId, l]));
    expect(byProduct.get(productId)).toMatchObject({
      reviewable: false,
      review: { id: written[0]!.id, rating: 3 },
    });
    expect(byProduct.get(store.mug.productId)).toMatchObject({ reviewable: true, review: null });
    const asAdmin = (await store.admin.client.ok(ORDER_LINES_REVIEWS, { id: buyer.orderId })).order!.lines;
    expect(asAdmin.every((l) => l.reviewable === false)).toBe(true);

    const fresh = await registerNamed(t, 'Newbie Buyer');
    const pending = await placeOrder(fresh, [{ variant: store.mug, quantity: 1 }]);
    const notYet = (await fresh.client.ok(ORDER_LINES_REVIEWS, { id: pending.id })).order!.lines;
    expect(notYet.map((l) => l.reviewable)).toEqual([false]);
  });
});
