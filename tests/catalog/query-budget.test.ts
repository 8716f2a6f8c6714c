import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productImages } from '../../src/modules/catalog/catalog.tables.js';
import { graphql } from '../generated/gql.js';
import type { BudgetProductPageFragment } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient, TypedOperation } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type BuiltProduct } from './catalog-model.js';
import { CATEGORY_SPECS } from './catalog-specs.js';
import { createCategories, createProduct, PRODUCT_SPECS } from './fixtures.js';

/**
 * SQL statements per storefront request (the x-sql-query-count header) must not grow with the
 * number of products on the page.
 */
let t: TestApp;
let admin: SignedIn;
let customer: SignedIn;
let anon: GqlClient;
let products: BuiltProduct[];

const COUNT = 56;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  customer = await registerAndLogin(t);
  anon = t.client();
  const categories = await createCategories(admin.client, [
    ...CATEGORY_SPECS,
    { key: 'sale', name: 'Sale', slug: 'sale' },
  ]);
  const categoryIds = Object.fromEntries(categories.map((c) => [c.key, c.id]));
  const templates = PRODUCT_SPECS.filter((p) => p.status === 'ACTIVE');
  products = [];
  for (let i = 0; i < COUNT; i += 1) {
    const template = templates[i % templates.length];
    if (!template) throw new Error('no template');
    const spec = {
      ...template,
      key: `${template.key}${i}`,
      title: `${template.title} ${i}`,
      categories: [...template.categories, 'sale'],
      createdDay: i % 9,
    };
    products.push(await createProduct(t, admin.client, spec, categoryIds, `B${i}-`));
  }
  // Images are uploaded through a multipart API tested elsewhere; here only their reading counts.
  await t.database.db.insert(productImages).values(
    products.flatMap((p, i) =>
      Array.from({ length: (i % 3) + 1 }, (_, position) => ({
        productId: p.id,
        position,
        alt: `${p.title} ${position}`,
        width: 800,
        height: 600,
        renditions: [
          { width: 200, height: 150, path: `products/${p.id}/${position}-200.webp` },
          { width: 800, height: 600, path: `products/${p.id}/${position}-800.webp` },
        ],
      })),
    ),
  );
});
afterAll(() => t?.close());

graphql(`fragment BudgetProductPage on ProductConnection {
  totalCount
  edges { node {
    id slug title brand tags
    categories { id slug name }
    variants { id sku title options { name value } price { amount currencyCode } compareAtPrice { amount } inStock quantityAvailable }
    images { id url alt width height renditions { url width height } }
    priceRange { min { amount currencyCode } max { amount currencyCode } }
    compareAtPriceRange { min { amount } max { amount } }
    rating { average count }
    inStock
  } }
  ...StorefrontFacets
}`);

const PRODUCTS_PAGE =
  graphql(`query BudgetProducts($first: Int!, $after: String, $filter: ProductFilterInput, $sort: ProductSort) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    ...BudgetProductPage
  }
}`);

const ADMIN_PRODUCTS_PAGE =
  graphql(`query BudgetAdminProducts($first: Int!, $after: String, $filter: AdminProductFilterInput, $sort: ProductSort) {
  adminProducts(first: $first, after: $after, filter: $filter, sort: $sort) {
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    ...BudgetProductPage
  }
}`);

const SEARCH_PAGE = graphql(`query BudgetSearch($first: Int!, $after: String, $query: String!) {
  products(first: $first, after: $after, filter: { query: $query }) {
    totalCount totalCountIsExact
    pageInfo { hasNextPage endCursor }
    nodes { id variants { id } images { id } categories { id } }
  }
}`);

const CATEGORY_PAGE = graphql(`query BudgetCategory($first: Int!) {
  category(slug: "sale") {
    id name parent { id } children { id } ancestors { id }
    products(first: $first) { ...BudgetProductPage }
  }
}`);

const PRODUCT_DETAIL = graphql(`query BudgetProductDetail($slug: String, $id: ID) {
  product(slug: $slug, id: $id) {
    id slug title description brand tags status createdAt updatedAt
    rating { average count }
    categories { id slug name }
    variants { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable
      product { id title slug priceRange { min { amount } } } }
    images { id url alt renditions { url width } }
    priceRange { min { amount } max { amount } }
    compareAtPriceRange { min { amount } max { amount } }
    inStock
  }
}`);

/** Runs an operation that must succeed; returns its data and the SQL statements it cost. */
async function measure<TResult, TVariables>(
  client: GqlClient,
  query: TypedOperation<TResult, TVariables>,
  variables: TVariables,
): Promise<{ count: number; data: TResult }> {
  const result = await client.request(query, variables);
  expect(result.errors).toBeUndefined();
  expect(result.data).not.toBeNull();
  const header = result.headers.get('x-sql-query-count');
  expect(header, 'x-sql-query-count header').toMatch(/^\d+$/);
  return { count: Number(header), data: result.data as TResult };
}

/** The page really resolved every relation (so the count covers them). */
function expectFullPage(connection: BudgetProductPageFragment, size: number): void {
  expect(connection.edges).toHaveLength(size);
  expect(connection.totalCount).toBeGreaterThanOrEqual(size);
  const nodes = connection.edges.map((e) => e.node);
  expect(nodes.every((n) => n.variants.length > 0)).toBe(true);
  expect(nodes.every((n) => n.categories.length > 0)).toBe(true);
  expect(nodes.every((n) => n.images.length > 0)).toBe(true);
  expect(connection.facets.priceBuckets).toHaveLength(6);
  expect(connection.facets.brands.length).toBeGreaterThan(0);
  expect(connection.facets.categories.length).toBeGreaterThan(0);
}

describe('storefront product listing', () => {
  it(`the fixture has at least 50 ACTIVE products`, async () => {
    const data = await anon.ok(graphql(`query BudgetTotal { products(first: 0) { totalCount } }`));
    expect(data.products.totalCount).toBe(COUNT);
  });

  it('products(first: N) with every relation, totalCount and facets costs the same for 5 and 50, at most 8', async () => {
    const five = await measure(anon, PRODUCTS_PAGE, { first: 5 });
    const fifty = await measure(anon, PRODUCTS_PAGE, { first: 50 });
    expectFullPage(five.data.products, 5);
    expectFullPage(fifty.data.products, 50);
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBeLessThanOrEqual(8);
  });

  it('the same holds for a signed-in customer', async () => {
    const five = await measure(customer.client, PRODUCTS_PAGE, { first: 5 });
    const fifty = await measure(customer.client, PRODUCTS_PAGE, { first: 50 });
    expectFullPage(fifty.data.products, 50);
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBeLessThanOrEqual(8);
  });

  it.each(['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'POPULARITY', 'RATING', 'TITLE'] as const)(
    'sorted by %s, on a later page and with filters',
    async (sort) => {
      const sale = (await anon.ok(graphql(`query BudgetSale { category(slug: "sale") { id } }`))).category!
        .id;
      const filter = { categoryIds: [sale], priceMax: '2000', minRating: 0 };
      const first = await measure(anon, PRODUCTS_PAGE, { first: 3, filter, sort });
      const after = first.data.products.pageInfo.endCursor ?? undefined;
      const five = await measure(anon, PRODUCTS_PAGE, { first: 5, after, filter, sort });
      const fifty = await measure(anon, PRODUCTS_PAGE, { first: 50, after, filter, sort });
      expectFullPage(fifty.data.products, 50);
      expect(fifty.count).toBe(five.count);
      expect(five.count).toBeLessThanOrEqual(8);
    },
  );

  it('a text query costs the same for 5 and 50 results', async () => {
    const five = await measure(anon, PRODUCTS_PAGE, { first: 5, filter: { query: 'phone' } });
    const many = await measure(anon, PRODUCTS_PAGE, { first: 50, filter: { query: 'phone' } });
    expect(many.data.products.edges.length).toBeGreaterThan(5);
    expect(many.count).toBe(five.count);
    expect(five.count).toBeLessThanOrEqual(8);
  });

  it('a text query with its count and the cards is one statement, first page or next', async () => {
    const first = await measure(anon, SEARCH_PAGE, { first: 5, query: 'phone' });
    const page = first.data.products;
    expect(page.nodes).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBeGreaterThan(5);
    expect(first.count).toBe(1);
    const next = await measure(anon, SEARCH_PAGE, {
      first: 5,
      after: page.pageInfo.endCursor,
      query: 'phone',
    });
    expect(next.data.products.totalCount).toBe(page.totalCount);
    expect(next.data.products.totalCountIsExact).toBe(page.totalCountIsExact);
    expect(next.count).toBe(1);
    // A first page holding every match is its own count.
    const all = await measure(anon, SEARCH_PAGE, { first: 50, query: 'phone' });
    expect(all.data.products.pageInfo.hasNextPage).toBe(false);
    expect(all.data.products.totalCount).toBe(all.data.products.nodes.length);
    expect(all.data.products.totalCount).toBe(page.totalCount);
    expect(all.count).toBe(1);
  });

  it('category(slug).products with the tree fields costs the same for 5 and 50', async () => {
    const five = await measure(anon, CATEGORY_PAGE, { first: 5 });
    const fifty = await measure(anon, CATEGORY_PAGE, { first: 50 });
    expectFullPage(five.data.category!.products, 5);
    expectFullPage(fifty.data.category!.products, 50);
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBeLessThanOrEqual(8);
  });

  it('adminProducts costs the same for 5 and 50', async () => {
    const five = await measure(admin.client, ADMIN_PRODUCTS_PAGE, { first: 5 });
    const fifty = await measure(admin.client, ADMIN_PRODUCTS_PAGE, { first: 50 });
    expectFullPage(fifty.data.adminProducts, 50);
    expect(fifty.count).toBe(five.count);
  });
});

describe('a product page', () => {
  it('product(slug:) with everything costs one query (the row and its parts together)', async () => {
    for (const p of products.filter((x) => x.variants.length >= 2).slice(0, 3)) {
      const { count, data } = await measure(anon, PRODUCT_DETAIL, { slug: p.slug });
      expect(data.product?.id).toBe(p.id);
      expect(data.product!.variants).toHaveLength(p.variants.length);
      expect(data.product!.variants.every((x) => x.product.id === p.id)).toBe(true);
      expect(data.product!.images.length).toBeGreaterThan(0);
      expect(data.product!.categories.length).toBeGreaterThan(0);
      expect(count).toBe(1);
    }
  });

  it('product(id:) with everything costs at most 5 queries, for a customer too', async () => {
    const p = products.find((x) => x.variants.length === 4) as BuiltProduct;
    for (const client of [anon, customer.client]) {
      const { count, data } = await measure(client, PRODUCT_DETAIL, { id: p.id });
      expect(data.product?.variants).toHaveLength(4);
      expect(count).toBeLessThanOrEqual(5);
    }
  });

  it('an unknown slug costs one query', async () => {
    const { count, data } = await measure(anon, PRODUCT_DETAIL, { slug: 'no-such-product' });
    expect(data.product).toBeNull();
    expect(count).toBe(1);
  });
});
