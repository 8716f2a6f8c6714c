import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products } from '../../src/modules/catalog/catalog.tables.js';
import { orders } from '../../src/modules/order/order.tables.js';
import { reviews } from '../../src/modules/review/review.tables.js';
import { seedDemoCatalog } from '../../src/seed/demo-catalog.js';
import { seedDemoReviews } from '../../src/seed/demo-reviews.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { recomputedRating, storedRating } from './support.js';

/** The first start's demo reviews: written through the review rules, from delivered demo orders. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, { idleWorkers: ['reservation-sweeper', 'review-requests'] });
  await seedDemoCatalog(t.database.db, { products: 40 });
});
afterAll(() => t?.close());

describe('demo reviews', () => {
  it('are verified purchases of delivered demo orders, and every rating is exactly theirs', async () => {
    const result = await seedDemoReviews(t.database.db, 'USD');
    expect(result.orders).toBe(result.customers);
    expect(result.reviews).toBeGreaterThan(40);
    const rows = await t.database.db.select().from(reviews);
    expect(rows).toHaveLength(result.reviews);
    expect(rows.every((r) => r.orderLineId !== null && r.status === 'PUBLISHED')).toBe(true);
    expect((await t.database.db.select().from(orders)).every((o) => o.status === 'DELIVERED')).toBe(true);
    for (const { id } of await t.database.db.select({ id: products.id }).from(products))
      expect(await storedRating(t, id)).toEqual(await recomputedRating(t, id));
    // A few thousand statements: minutes on a loaded machine with PGlite.
  }, 180_000);
});
