import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { StorefrontProductFieldsFragment } from '../generated/graphql.js';
import { type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { amount, type BuiltProduct, type Catalog, inStock, maxPrice, minPrice } from './catalog-model.js';
import { startStorefront } from './fixtures.js';

/** The fields of a single product, checked for every product of the fixture. */
let t: TestApp;
let catalog: Catalog;
let admin: SignedIn;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, admin, catalog, anon } = await startStorefront());
});
afterAll(() => t?.close());

graphql(`fragment StorefrontProductFields on Product {
  id slug title description brand tags status taxClass unitsSold createdAt updatedAt
  rating { average count }
  categories { id slug name }
  variants {
    id sku title position weightGrams
    options { name value }
    price { amount currencyCode }
    compareAtPrice { amount currencyCode }
    inStock quantityAvailable
    product { id }
  }
  images { id }
  priceRange { min { amount currencyCode } max { amount currencyCode } }
  compareAtPriceRange { min { amount currencyCode } max { amount currencyCode } }
  inStock
}`);
const PRODUCT = graphql(
  `query StorefrontProductPage($id: ID, $slug: String) { product(id: $id, slug: $slug) { ...StorefrontProductFields } }`,
);
const PRODUCT_LISTING = graphql(
  `query StorefrontProductListing { products(first: 100, sort: TITLE) { nodes { ...StorefrontProductFields } } }`,
);

const usd = (cents: number) => ({ amount: amount(cents), currencyCode: 'USD' });

/** What product(id) must answer for a fixture product, derived from its spec. */
function expectedProduct(p: BuiltProduct) {
  const compareAts = p.variants.flatMap((x) => (x.compareAt === undefined ? [] : [x.compareAt]));
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    description: p.description,
    brand: p.brand,
    tags: p.tags,
    status: p.status,
    taxClass: 'STANDARD',
    unitsSold: p.unitsSold,
    createdAt: p.createdAt.toISOString(),
    rating: { average: p.rating, count: p.ratingCount },
    variants: p.variants.map((x, i) => ({
      id: x.id,
      sku: x.sku,
      title: x.options?.map((o) => o.value).join(' / ') ?? 'Default',
      position: i,
      weightGrams: null,
      options: x.options ?? [],
      price: usd(x.price),
      compareAtPrice: x.compareAt === undefined ? null : usd(x.compareAt),
      inStock: x.finalStock > 0,
      quantityAvailable: x.finalStock,
      product: { id: p.id },
    })),
    images: [],
    priceRange: { min: usd(minPrice(p)), max: usd(maxPrice(p)) },
    compareAtPriceRange:
      compareAts.length === 0
        ? null
        : { min: usd(Math.min(...compareAts)), max: usd(Math.max(...compareAts)) },
    inStock: inStock(p),
  };
}

function expectMatches(actual: StorefrontProductFieldsFragment | null, p: BuiltProduct): void {
  expect(actual, p.key).not.toBeNull();
  const { categories, updatedAt, ...rest } = actual!;
  expect(rest, p.key).toEqual(expectedProduct(p));
  expect(categories.map((c) => c.slug).sort(), p.key).toEqual(
    p.categories.map((key) => catalog.category(key).slug).sort(),
  );
  for (const c of categories) expect(c.id).toBe(catalog.categories.find((x) => x.slug === c.slug)?.id);
  expect(new Date(updatedAt).toISOString()).toBe(updatedAt);
  expect(new Date(updatedAt).getTime()).toBeGreaterThanOrEqual(p.createdAt.getTime());
}

describe('product(id | slug)', () => {
  it('answers every field of every ACTIVE product, by id and by slug', async () => {
    for (const p of catalog.active()) {
      const byId = await anon.ok(PRODUCT, { id: p.id });
      expectMatches(byId.product, p);
      const bySlug = await anon.ok(PRODUCT, { slug: p.slug });
      expect(bySlug.product).toEqual(byId.product);
    }
  });

  it('answers every field of hidden products to admins', async () => {
    for (const p of catalog.products.filter((x) => x.status !== 'ACTIVE')) {
      expectMatches((await admin.client.ok(PRODUCT, { id: p.id })).product, p);
    }
  });

  it('a product with four variants: ranges over all of them, compare-at only where set', async () => {
    const watch = (await anon.ok(PRODUCT, { slug: catalog.product('watch').slug })).product!;
    expect(watch.priceRange).toEqual({ min: usd(39900), max: usd(79900) });
    expect(watch.compareAtPriceRange).toEqual({ min: usd(79900), max: usd(84900) });
    expect(watch.variants.map((x) => [x.title, x.price.amount, x.compareAtPrice?.amount ?? null])).toEqual([
      ['41 mm', '399.00', null],
      ['45 mm', '429.00', null],
      ['49 mm', '749.00', '799.00'],
      ['Titanium', '799.00', '849.00'],
    ]);
    expect(watch.variants.map((x) => [x.inStock, x.quantityAvailable])).toEqual([
      [true, 5],
      [true, 5],
      [true, 1],
      [false, 0],
    ]);
    expect(watch.inStock).toBe(true);
    expect(watch.rating).toEqual({ average: 4.25, count: 40 });
    expect(watch.categories.map((c) => c.slug)).toEqual(['electronics']);
  });

  it('compareAtPriceRange is null when no variant has a compare-at price', async () => {
    const nokia = (await anon.ok(PRODUCT, { id: catalog.product('nokia').id })).product!;
    expect(nokia.compareAtPriceRange).toBeNull();
    expect(nokia.priceRange).toEqual({ min: usd(4999), max: usd(4999) });
    expect(nokia.variants[0]?.title).toBe('Default');
    expect(nokia.variants[0]?.options).toEqual([]);
    // One variant with a compare-at price is enough.
    const iphone = (await anon.ok(PRODUCT, { id: catalog.product('iphone15').id })).product!;
    expect(iphone.compareAtPriceRange).toEqual({ min: usd(119900), max: usd(119900) });
  });

  it('a sold-out product is out of stock everywhere; a restocked one is in stock', async () => {
    const flip = (await anon.ok(PRODUCT, { id: catalog.product('flip').id })).product!;
    expect(flip.inStock).toBe(false);
    expect(flip.variants.map((x) => [x.inStock, x.quantityAvailable])).toEqual([
      [false, 0],
      [false, 0],
    ]);
    const grinder = (await anon.ok(PRODUCT, { id: catalog.product('grinder').id })).product!;
    expect(grinder.inStock).toBe(true);
    expect(grinder.variants.map((x) => x.quantityAvailable)).toEqual([0, 5]);
  });

  it('a product in several categories lists each once; one in none lists none', async () => {
    const speaker = (await anon.ok(PRODUCT, { id: catalog.product('speaker').id })).product!;
    expect(speaker.categories.map((c) => c.slug).sort()).toEqual(['camping', 'speakers']);
    const kettle = (await anon.ok(PRODUCT, { id: catalog.product('kettle').id })).product!;
    expect(kettle.categories.map((c) => c.name).sort()).toEqual(['Coffee', 'Kitchen']);
    const card = (await anon.ok(PRODUCT, { id: catalog.product('giftCard').id })).product!;
    expect(card.categories).toEqual([]);
    expect(card.brand).toBeNull();
  });

  it('timestamps are ISO date-times; createdAt is the product creation time', async () => {
    const p = catalog.product('skillet');
    const data = (await anon.ok(PRODUCT, { id: p.id })).product!;
    expect(data.createdAt).toBe('2024-01-02T00:00:00.000Z');
    expect(Date.parse(data.updatedAt)).toBeGreaterThan(Date.parse(data.createdAt));
  });

  it.each<[string, Record<string, string>]>([
    ['a malformed id', { id: 'not-a-uuid' }],
    ['an unknown id', { id: '00000000-0000-4000-8000-000000000000' }],
    ['an unknown slug', { slug: 'no-such-product' }],
    ['no argument', {}],
  ])('%s gives null without an error', async (_name, args) => {
    const result = await anon.request(PRODUCT, args);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ product: null });
  });

  it('a random id is null for admins too', async () => {
    expect((await admin.client.ok(PRODUCT, { id: randomUUID() })).product).toBeNull();
  });

  it('listing nodes carry the same fields as product(id)', async () => {
    const data = await anon.ok(PRODUCT_LISTING);
    expect(data.products.nodes).toHaveLength(catalog.active().length);
    for (const node of data.products.nodes) expectMatches(node, catalog.byId(node.id));
  });
});
