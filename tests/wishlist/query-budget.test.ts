import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productImages } from '../../src/modules/catalog/catalog.tables.js';
import { product } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { WishlistBudgetPageQuery } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { addOk } from './support.js';

/**
 * SQL statements per wishlist page (the x-sql-query-count header) must not grow with the number of
 * items: a page of 20 items with their products, images and variants costs what a page of 2 costs.
 */

let t: TestApp;
let admin: SignedIn;
const products: { id: string; variantId: string }[] = [];

const PAGE = graphql(`query WishlistBudgetPage { wishlist(first: 20) {
  totalCount
  pageInfo { hasNextPage endCursor }
  edges { cursor node {
    id addedAt available
    product { id title status priceRange { min { amount } max { amount } } images { url alt } }
    variant { id price { amount } inStock }
  } }
} }`);

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  for (let i = 0; i < 20; i += 1) {
    const created = await product(admin.client, `Wish Budget ${i}`, [
      { price: `${10 + i}.00`, stock: 5 },
      { price: `${11 + i}.00`, stock: 5 },
    ]);
    products.push({ id: created.id, variantId: created.variants[1]!.id });
    await t.database.db.insert(productImages).values(
      [0, 1].map((position) => ({
        productId: created.id,
        position,
        alt: `image ${position}`,
        width: 800,
        height: 600,
        renditions: [{ width: 800, height: 600, path: `products/${created.id}/${position}-800.webp` }],
      })),
    );
  }
});
afterAll(() => t?.close());

/** Saves `n` items, every other one with a variant (so both kinds are in every page). */
async function fill(client: GqlClient, n: number): Promise<void> {
  for (const [i, p] of products.slice(0, n).entries())
    await addOk(client, p.id, i % 2 === 0 ? p.variantId : null);
}

async function pageCount(
  client: GqlClient,
): Promise<{ count: number; page: WishlistBudgetPageQuery['wishlist'] }> {
  const response = await client.request(PAGE);
  expect(response.errors).toBeUndefined();
  return { count: Number(response.headers.get('x-sql-query-count')), page: response.data!.wishlist };
}

describe('wishlist query budget', () => {
  it('a page of 20 items issues as many statements as a page of 2', async () => {
    const small = await registerAndLogin(t);
    const large = await registerAndLogin(t);
    await fill(small.client, 2);
    await fill(large.client, 20);
    const two = await pageCount(small.client);
    const twenty = await pageCount(large.client);
    expect(two.page.edges).toHaveLength(2);
    expect(twenty.page.edges).toHaveLength(20);
    expect(twenty.page.totalCount).toBe(20);
    const nodes = twenty.page.edges.map((e) => e.node);
    expect(nodes.every((n) => n.product.images.length === 2 && n.available)).toBe(true);
    expect(nodes.filter((n) => n.variant !== null)).toHaveLength(10);
    expect(twenty.count).toBe(two.count);
    // session, page, count, products, product parts (variants and images in one statement)
    expect(twenty.count).toBeLessThanOrEqual(5);
  });
});
