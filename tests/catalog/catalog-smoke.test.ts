import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});
afterAll(() => t?.close());

const CREATE_CATEGORY = graphql(
  `mutation SmokeCategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id slug } errors { code field message } } }`,
);
const CREATE_PRODUCT = graphql(
  `mutation SmokeProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id slug status priceRange { min { amount } max { amount } } } errors { code field message } } }`,
);
const SEARCH =
  graphql(`query SmokeSearch($filter: ProductFilterInput) { products(first: 10, filter: $filter) {
  totalCount nodes { title inStock categories { slug } variants { sku price { amount } inStock } }
  facets { brands { value count } categories { category { slug } count } priceBuckets { min { amount } count } ratings { minRating count } inStock }
} }`);

describe('catalog smoke', () => {
  it('creates, lists, searches with typos and facets', async () => {
    const phones = (await admin.client.ok(CREATE_CATEGORY, { input: { name: 'Phones' } })).categoryCreate;
    expect(phones.errors).toEqual([]);
    const smart = (
      await admin.client.ok(CREATE_CATEGORY, {
        input: { name: 'Smart Phones', parentId: phones.category!.id },
      })
    ).categoryCreate;
    const created = (
      await admin.client.ok(CREATE_PRODUCT, {
        input: {
          title: 'Apple iPhone 15 Pro',
          brand: 'Apple',
          tags: ['Phone', 'iOS'],
          status: 'ACTIVE',
          categoryIds: [smart.category!.id],
          variants: [
            { sku: 'IP15-128', price: '999.00', stock: 5, options: [{ name: 'Storage', value: '128 GB' }] },
            { sku: 'IP15-256', price: '1099.50', compareAtPrice: '1199.00', stock: 0 },
          ],
        },
      })
    ).productCreate;
    expect(created.errors).toEqual([]);
    expect(created.product?.slug).toBe('apple-iphone-15-pro');
    expect(created.product?.priceRange).toEqual({ min: { amount: '999.00' }, max: { amount: '1099.50' } });

    const q = SEARCH;
    const res = await t.client().request(q, { filter: { query: 'iphnoe' } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.products.nodes.map((n) => n.title)).toEqual(['Apple iPhone 15 Pro']);
    expect(res.data?.products.facets.brands).toEqual([{ value: 'Apple', count: 1 }]);
    expect(Number(res.headers.get('x-sql-query-count'))).toBeLessThanOrEqual(8);

    const byParent = await t.client().request(q, { filter: { categoryIds: [phones.category!.id] } });
    expect(byParent.data?.products.totalCount).toBe(1);
  });
});
