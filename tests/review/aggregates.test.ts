import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { product, type TestVariant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import {
  APPROVE,
  createOk,
  createReview,
  DELETE,
  deliveredBuyer,
  expectExactRating,
  REJECT,
  recomputedRating,
  startReviewApp,
  UPDATE,
} from './support.js';

/**
 * Product ratings are kept in the transaction of every review change: after any sequence of
 * operations, and under concurrent reviews of one product, they equal a recomputation from the rows;
 * minRating, the RATING sort and the rating facet read them.
 */
let t: TestApp;
let store: Store;
const rated: { id: string; variant: TestVariant }[] = [];
let buyers: SignedIn[] = [];

beforeAll(async () => {
  ({ t, store } = await startReviewApp());
  for (const title of ['Rated Alpha', 'Rated Beta', 'Rated Gamma']) {
    const p = await product(store.admin.client, title, [{ price: '10.00', stock: 100 }], { tags: ['rated'] });
    rated.push({ id: p.id, variant: p.variants[0]! });
  }
  buyers = [];
  for (let i = 0; i < 5; i += 1)
    buyers.push(
      await deliveredBuyer(
        t,
        store,
        rated.map((p) => p.variant),
        `Buyer Number${i}`,
      ),
    );
});
afterAll(() => t?.close());

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('aggregates after a random sequence of operations', () => {
  it('equal a recomputation from the review rows after every operation', async () => {
    const rng = random(20261203);
    const pick = <T>(list: T[]): T => list[Math.floor(rng() * list.length)] as T;
    const stars = () => 1 + Math.floor(rng() * 5);
    // Which review each (buyer, product) has, as the test knows it.
    const written = new Map<string, string>();
    for (let step = 0; step < 45; step += 1) {
      const buyerIndex = Math.floor(rng() * buyers.length);
      const buyer = buyers[buyerIndex]!;
      const target = pick(rated);
      const key = `${buyerIndex}:${target.id}`;
      const reviewId = written.get(key);
      const op = reviewId ? pick(['update', 'delete', 'reject', 'approve', 'update'] as const) : 'create';
      if (op === 'create') {
        written.set(key, (await createOk(buyer.client, { productId: target.id, rating: stars() })).id);
      } else if (op === 'update') {
        const payload = (await buyer.client.ok(UPDATE, { input: { reviewId: reviewId!, rating: stars() } }))
          .reviewUpdate;
        expect(payload.errors).toEqual([]);
      } else if (op === 'delete') {
        expect(
          (await buyer.client.ok(DELETE, { input: { reviewId: reviewId! } })).reviewDelete.errors,
        ).toEqual([]);
        written.delete(key);
      } else if (op === 'reject') {
        const payload = (
          await store.admin.client.ok(REJECT, { input: { reviewId: reviewId!, reason: 'Test.' } })
        ).reviewReject;
        expect(payload.errors).toEqual([]);
      } else {
        expect(
          (await store.admin.client.ok(APPROVE, { input: { reviewId: reviewId! } })).reviewApprove.errors,
        ).toEqual([]);
      }
      await expectExactRating(t, target.id);
    }
    for (const p of rated) await expectExactRating(t, p.id);
  }, 120_000);
});

describe('concurrent reviews of one product', () => {
  let p: Awaited<ReturnType<typeof product>>;
  const crowd: SignedIn[] = [];
  // Ten buyers with a delivered order each: setup, under the hook timeout.
  beforeAll(async () => {
    p = await product(store.admin.client, 'Rated Rush', [{ price: '10.00', stock: 100 }], { tags: ['rush'] });
    for (let i = 0; i < 10; i += 1)
      crowd.push(await deliveredBuyer(t, store, [p.variants[0]!], `Rush Buyer${i}`));
  });

  it('keep the count and histogram exact', async () => {
    const payloads = await Promise.all(
      crowd.map((buyer, i) => createReview(buyer.client, { productId: p.id, rating: (i % 5) + 1 })),
    );
    expect(payloads.flatMap((x) => x.errors)).toEqual([]);
    expect(await recomputedRating(t, p.id)).toEqual({ histogram: [2, 2, 2, 2, 2], count: 10, average: 3 });
    await expectExactRating(t, p.id);
    // Concurrent edits and deletes of the same product.
    await Promise.all(
      crowd.map((buyer, i) => {
        const reviewId = payloads[i]!.review!.id;
        return i < 4
          ? buyer.client.ok(DELETE, { input: { reviewId } })
          : buyer.client.ok(UPDATE, { input: { reviewId, rating: 5 } });
      }),
    );
    expect(await recomputedRating(t, p.id)).toEqual({ histogram: [0, 0, 0, 0, 6], count: 6, average: 5 });
    await expectExactRating(t, p.id);
  }, 120_000);
});

const RATED_PRODUCTS = graphql(`query RatedProducts($filter: ProductFilterInput, $sort: ProductSort) {
  products(first: 20, filter: $filter, sort: $sort) {
    nodes { id rating { average count } }
    facets { ratings { minRating count } } } }`);

describe('minRating, the RATING sort and the rating facet on real reviews', () => {
  it('agree with the averages the reviews make', async () => {
    const tag = 'facet';
    const made: { id: string; ratings: number[] }[] = [];
    const plans = [[5, 4], [4, 3], [2], [1, 1, 2], []];
    const shoppers: SignedIn[] = [];
    const products = [];
    for (let i = 0; i < plans.length; i += 1) {
      products.push(
        await product(store.admin.client, `Facet Product ${i}`, [{ price: '9.00', stock: 100 }], {
          tags: [tag],
        }),
      );
    }
    for (let i = 0; i < 3; i += 1)
      shoppers.push(
        await deliveredBuyer(
          t,
          store,
          products.map((p) => p.variants[0]!),
          `Facet Shopper${i}`,
        ),
      );
    for (const [i, plan] of plans.entries()) {
      for (const [j, rating] of plan.entries())
        await createOk(shoppers[j]!.client, { productId: products[i]!.id, rating });
      made.push({ id: products[i]!.id, ratings: plan });
    }
    // Averages: 4.5, 3.5, 2, 1.3, 0 (no reviews).
    const query = (minRating?: number) =>
      t
        .client()
        .ok(RATED_PRODUCTS, { filter: { tags: [tag], ...(minRating ? { minRating } : {}) }, sort: 'RATING' });
    const all = (await query()).products;
    expect(all.nodes.map((n) => n.rating.average)).toEqual([4.5, 3.5, 2, 1.3, 0]);
    expect(all.nodes.map((n) => n.id)).toEqual(made.map((m) => m.id));
    expect(all.facets.ratings).toEqual([
      { minRating: 4, count: 1 },
      { minRating: 3, count: 2 },
      { minRating: 2, count: 3 },
      { minRating: 1, count: 4 },
    ]);
    expect((await query(3)).products.nodes.map((n) => n.id)).toEqual(made.slice(0, 2).map((m) => m.id));
    expect((await query(2)).products.nodes.map((n) => n.rating.average)).toEqual([4.5, 3.5, 2]);
  }, 120_000);
});
