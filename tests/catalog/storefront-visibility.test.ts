import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { AdminProductFilterInput } from '../generated/graphql.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { type Catalog, expectedKeys, SORTS } from './catalog-model.js';
import { type ProductSpec, type Status } from './catalog-specs.js';
import { createProduct, errorCode, keysOf, listAll, PRODUCT_UPDATE, startStorefront } from './fixtures.js';

/** DRAFT and ARCHIVED products are invisible to the public and to customers; admins see them. */
let t: TestApp;
let catalog: Catalog;
let admin: SignedIn;
let customer: SignedIn;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, admin, catalog, anon } = await startStorefront());
  customer = await registerAndLogin(t);
});
afterAll(() => t?.close());

const hidden = () => catalog.products.filter((p) => p.status !== 'ACTIVE');
const PUBLIC_VIEWERS = () =>
  [
    ['anonymous', anon],
    ['customer', customer.client],
  ] as const;

const PRODUCT = graphql(
  `query VisibilityProduct($id: ID, $slug: String) { product(id: $id, slug: $slug) { id slug title status } }`,
);

const ADMIN_PRODUCTS =
  graphql(`query VisibilityAdminProducts($filter: AdminProductFilterInput, $first: Int, $after: String) {
  adminProducts(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id status }
  }
}`);
const CATEGORY_PRODUCTS = graphql(
  `query VisibilityCategoryProducts($slug: String!) { category(slug: $slug) { products(first: 100) { totalCount nodes { id } } } }`,
);
const VARIANT_PRODUCTS = graphql(
  `query VisibilityVariantProducts($id: ID) { product(id: $id) { variants { product { id status } } } }`,
);
const BRAND_FACETS = graphql(
  `query VisibilityBrandFacets { products(first: 0) { facets { brands { value } } } }`,
);

describe('the storefront listing', () => {
  it('the fixture has hidden products of both kinds', () => {
    expect(hidden().filter((p) => p.status === 'DRAFT')).toHaveLength(3);
    expect(hidden().filter((p) => p.status === 'ARCHIVED')).toHaveLength(3);
  });

  it.each(SORTS)('products(sort: %s) lists ACTIVE products only, for every viewer', async (sort) => {
    const active = expectedKeys(catalog, {});
    expect(active).toHaveLength(29);
    for (const client of [anon, customer.client, admin.client]) {
      expect(keysOf(catalog, await listAll(client, {}, sort))).toEqual(active);
    }
  });

  it('queries and filters that match only hidden products find nothing', async () => {
    for (const query of ['prototype', 'phantom', 'gnome', 'vintage canvas']) {
      expect(await listAll(anon, { query }), query).toEqual([]);
    }
    expect(await listAll(anon, { brands: ['Phantom', 'Vintage'] })).toEqual([]);
    expect(await listAll(anon, { minRating: 5 })).toEqual([]);
    expect(await listAll(customer.client, { priceMin: '1200' })).toEqual([]); // the draft iPhone 16
    expect(await listAll(anon, { categoryIds: [catalog.category('smartHome').id] })).toEqual([]);
    expect(await listAll(anon, { tags: ['home'] })).toEqual([]);
  });

  it('category(slug).products shows ACTIVE products of the subtree only', async () => {
    const query = CATEGORY_PRODUCTS;
    for (const category of catalog.categories) {
      for (const client of [anon, customer.client, admin.client]) {
        const data = await client.ok(query, { slug: category.slug });
        const expected = expectedKeys(catalog, { categoryIds: [category.id] });
        expect(
          keysOf(
            catalog,
            data.category!.products.nodes.map((n) => n.id),
          ),
          category.slug,
        ).toEqual(expected);
        expect(data.category!.products.totalCount).toBe(expected.length);
      }
    }
    // Smartphones holds a draft and an archived phone besides the four visible ones.
    const smartphones = await anon.ok(query, { slug: 'smartphones' });
    expect(smartphones.category!.products.totalCount).toBe(4);
  });
});

describe('product(id | slug)', () => {
  it('is null for hidden products, for anonymous users and customers', async () => {
    for (const p of hidden()) {
      for (const [who, client] of PUBLIC_VIEWERS()) {
        for (const args of [{ id: p.id }, { slug: p.slug }]) {
          const result = await client.request(PRODUCT, args);
          expect(result.errors, `${who} ${p.key}`).toBeUndefined();
          expect(result.data?.product, `${who} ${p.key} ${JSON.stringify(args)}`).toBeNull();
        }
      }
    }
  });

  it('shows ACTIVE products to everyone', async () => {
    for (const p of catalog.active()) {
      for (const client of [anon, customer.client, admin.client]) {
        const byId = await client.ok(PRODUCT, { id: p.id });
        const bySlug = await client.ok(PRODUCT, { slug: p.slug });
        expect(byId.product).toEqual({ id: p.id, slug: p.slug, title: p.title, status: 'ACTIVE' });
        expect(bySlug.product).toEqual(byId.product);
      }
    }
  });

  it('shows hidden products to admins, with their status', async () => {
    for (const p of hidden()) {
      const byId = await admin.client.ok(PRODUCT, { id: p.id });
      expect(byId.product).toEqual({ id: p.id, slug: p.slug, title: p.title, status: p.status });
      const bySlug = await admin.client.ok(PRODUCT, { slug: p.slug });
      expect(bySlug.product).toEqual(byId.product);
    }
  });

  it('variant.product of a visible product resolves', async () => {
    const p = catalog.product('iphone15');
    const data = await anon.ok(VARIANT_PRODUCTS, { id: p.id });
    expect(data.product!.variants).toEqual(
      p.variants.map(() => ({ product: { id: p.id, status: 'ACTIVE' } })),
    );
  });
});

describe('adminProducts', () => {
  async function adminKeys(filter: AdminProductFilterInput): Promise<string[]> {
    const data = await admin.client.ok(ADMIN_PRODUCTS, { filter, first: 100 });
    expect(data.adminProducts.pageInfo.hasNextPage).toBe(false);
    expect(data.adminProducts.totalCount).toBe(data.adminProducts.nodes.length);
    for (const node of data.adminProducts.nodes) expect(node.status).toBe(catalog.byId(node.id).status);
    return keysOf(
      catalog,
      data.adminProducts.nodes.map((n) => n.id),
    );
  }

  it.each<[Status[]]>([
    [['DRAFT']],
    [['ARCHIVED']],
    [['DRAFT', 'ARCHIVED']],
    [['ACTIVE']],
    [['ACTIVE', 'DRAFT', 'ARCHIVED']],
  ])('status %j lists exactly those products', async (status) => {
    expect(await adminKeys({ status })).toEqual(expectedKeys(catalog, {}, undefined, status));
  });

  it('lists DRAFT products by name', async () => {
    expect(await adminKeys({ status: ['DRAFT'] })).toEqual(['draftGnome', 'draftPhone', 'draftSpeaker']);
  });

  it('without a status lists every product', async () => {
    expect(await adminKeys({})).toEqual(catalog.products.map((p) => p.key).sort());
    expect((await admin.client.ok(ADMIN_PRODUCTS, { first: 100 })).adminProducts.totalCount).toBe(35);
  });

  it('combines the status with the storefront filters', async () => {
    const filter = { brands: ['Apple', 'Samsung'], inStock: true };
    for (const status of [['DRAFT'], ['ARCHIVED'], ['DRAFT', 'ARCHIVED', 'ACTIVE']] as Status[][]) {
      expect(await adminKeys({ ...filter, status })).toEqual(
        expectedKeys(catalog, filter, undefined, status),
      );
    }
    expect(await adminKeys({ query: 'prototype', status: ['DRAFT'] })).toEqual(['draftPhone']);
  });

  it('is FORBIDDEN to customers and UNAUTHENTICATED for anonymous users', async () => {
    const asCustomer = await customer.client.request(ADMIN_PRODUCTS, { filter: { status: ['DRAFT'] } });
    expect(errorCode(asCustomer)).toBe('FORBIDDEN');
    expect(asCustomer.data).toBeNull();
    const asAnonymous = await anon.request(ADMIN_PRODUCTS, { filter: { status: ['DRAFT'] } });
    expect(errorCode(asAnonymous)).toBe('UNAUTHENTICATED');
    expect(asAnonymous.data).toBeNull();
    expect(JSON.stringify(asAnonymous)).not.toContain('Prototype');
  });
});

describe('status changes', () => {
  it('a product leaves and re-enters the storefront with its status', async () => {
    const spec: ProductSpec = {
      key: 'toggle',
      title: 'Toggle Lamp',
      brand: 'Toggle',
      tags: ['lamp'],
      description: 'On and off.',
      categories: ['kitchen'],
      status: 'ACTIVE',
      variants: [{ price: 1234, stock: 2 }],
      rating: 4,
      ratingCount: 1,
      unitsSold: 1,
      createdDay: 30,
    };
    const categoryIds = Object.fromEntries(catalog.categories.map((c) => [c.key, c.id]));
    const lamp = await createProduct(t, admin.client, spec, categoryIds);
    const visible = async () => {
      const listed = (await listAll(anon, { brands: ['Toggle'] })).includes(lamp.id);
      const inCategory = (await anon.ok(CATEGORY_PRODUCTS, { slug: 'home' })).category!.products.nodes.some(
        (n) => n.id === lamp.id,
      );
      const single = (await customer.client.ok(PRODUCT, { id: lamp.id })).product !== null;
      const facet = (await anon.ok(BRAND_FACETS)).products.facets.brands.some((b) => b.value === 'Toggle');
      return [listed, inCategory, single, facet];
    };
    expect(await visible()).toEqual([true, true, true, true]);
    for (const [status, shown] of [
      ['DRAFT', false],
      ['ACTIVE', true],
      ['ARCHIVED', false],
      ['ACTIVE', true],
    ] as const) {
      const result = await admin.client.ok(PRODUCT_UPDATE, { input: { id: lamp.id, status } });
      expect(result.productUpdate.errors).toEqual([]);
      expect(await visible(), status).toEqual([shown, shown, shown, shown]);
    }
  });
});
