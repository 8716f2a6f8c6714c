import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { product, type TestVariant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { createOk, deliveredBuyer, startReviewApp } from './support.js';

/**
 * Product.reviews on a products page: the SQL statements of one request (x-sql-query-count) do not
 * grow with the number of products on the page (one statement for every product's page of reviews,
 * one for their counts, one for their authors).
 */
let t: TestApp;
let store: Store;
const COUNT = 8;

beforeAll(async () => {
  ({ t, store } = await startReviewApp());
  const variants: TestVariant[] = [];
  for (let i = 0; i < COUNT; i += 1)
    variants.push(
      (
        await product(store.admin.client, `Budget Item ${i}`, [{ price: '5.00', stock: 50 }], {
          tags: ['budget'],
        })
      ).variants[0]!,
    );
  for (const name of ['Bea Budget', 'Bo Budget', 'Cal Budget']) {
    const buyer = await deliveredBuyer(t, store, variants, name);
    for (const [i, v] of variants.entries())
      await createOk(buyer.client, { productId: v.productId, rating: 1 + (i % 5), body: 'ok' });
  }
});
afterAll(() => t?.close());

const PAGE = graphql(`query ReviewBudgetPage($first: Int!) {
  products(first: $first, filter: { tags: ["budget"] }) {
    nodes { id title rating { average count histogram { stars count } }
      reviews(first: 3, sort: MOST_HELPFUL, filter: { withText: true }) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id rating title body authorName verifiedPurchase helpfulCount createdAt reply { body } } } } } } }`);

async function statements(client: GqlClient, first: number): Promise<number> {
  const result = await client.request(PAGE, { first });
  expect(result.errors).toBeUndefined();
  expect(result.data!.products.nodes).toHaveLength(first);
  for (const node of result.data!.products.nodes) expect(node.reviews.edges).toHaveLength(3);
  const header = result.headers.get('x-sql-query-count');
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

describe('Product.reviews query budget', () => {
  it('costs the same number of statements for 2 products as for 8', async () => {
    const client = t.client();
    const small = await statements(client, 2);
    const large = await statements(client, COUNT);
    expect(large).toBe(small);
    // The listing, its reviews, their counts and their authors.
    expect(large).toBeLessThanOrEqual(5);
  });
});

const USERS_PAGE = graphql(`query ReviewBudgetUsers($first: Int!) {
  users(first: $first, filter: { role: CUSTOMER }) {
    nodes { id reviewRequestEmails reviews(first: 5) { totalCount edges { cursor node { id rating product { id title } } } } } } }`);

describe('User.reviews and reviewRequestEmails query budget', () => {
  it('costs the same number of statements for 1 user as for 3', async () => {
    const count = async (first: number) => {
      const result = await store.admin.client.request(USERS_PAGE, { first });
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.users.nodes;
      expect(nodes).toHaveLength(first);
      for (const node of nodes) {
        expect(node.reviews.totalCount).toBe(COUNT);
        expect(node.reviewRequestEmails).toBe(true);
      }
      return Number(result.headers.get('x-sql-query-count'));
    };
    expect(await count(3)).toBe(await count(1));
  });
});
