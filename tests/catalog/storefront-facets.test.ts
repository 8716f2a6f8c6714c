import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { StorefrontFacetsFragment } from '../generated/graphql.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import {
  type Catalog,
  compareValues,
  expectedFacets,
  expectedKeys,
  type FacetsShape,
  type Filter,
} from './catalog-model.js';
import { startStorefront } from './fixtures.js';

/**
 * Disjunctive facets: each facet counted with every other filter applied but not its own,
 * compared with counts computed from the fixture specs.
 */
let t: TestApp;
let catalog: Catalog;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, catalog, anon } = await startStorefront());
});
afterAll(() => t?.close());

const catId = (key: string) => catalog.category(key).id;

const FACETS = graphql(`query StorefrontFacets($filter: ProductFilterInput) {
  products(filter: $filter, first: 1) { totalCount ...StorefrontFacets } }`);
const CATEGORY_FACETS = graphql(`query StorefrontCategoryFacets($slug: String!) {
  category(slug: $slug) { products(first: 1) { totalCount ...StorefrontFacets } } }`);

type RawFacets = StorefrontFacetsFragment['facets'];

async function fetchFacets(filter: Filter, client = anon): Promise<{ raw: RawFacets; totalCount: number }> {
  const data = await client.ok(FACETS, { filter });
  return { raw: data.products.facets, totalCount: data.products.totalCount };
}

/** The server's facets in the model's shape: brands lower-cased, lists sorted by name. */
function normalize(raw: RawFacets): FacetsShape {
  return {
    categories: raw.categories
      .map((c) => ({ slug: c.category.slug, count: c.count }))
      .sort((a, b) => compareValues(a.slug, b.slug)),
    brands: raw.brands
      .map((b) => ({ value: b.value.toLowerCase(), count: b.count }))
      .sort((a, b) => compareValues(a.value, b.value)),
    priceBuckets: raw.priceBuckets.map((b) => ({
      min: b.min.amount,
      max: b.max?.amount ?? null,
      count: b.count,
    })),
    ratings: raw.ratings,
    inStock: raw.inStock,
  };
}

async function expectFacets(filter: Filter, queryKeys?: readonly string[]): Promise<FacetsShape> {
  const { raw, totalCount } = await fetchFacets(filter);
  const expected = expectedFacets(catalog, filter, queryKeys);
  expect(normalize(raw)).toEqual(expected);
  expect(totalCount).toBe(expectedKeys(catalog, filter, queryKeys).length);
  // Largest first.
  for (const list of [raw.categories, raw.brands])
    for (let i = 1; i < list.length; i += 1)
      expect(list[i - 1]?.count).toBeGreaterThanOrEqual(list[i]?.count as number);
  expect(
    raw.priceBuckets.every((b) => b.min.currencyCode === 'USD' && (b.max?.currencyCode ?? 'USD') === 'USD'),
  ).toBe(true);
  return expected;
}

describe('facets match the model', () => {
  it.each<[string, () => Filter]>([
    ['no filter', () => ({})],
    ['one brand', () => ({ brands: ['Apple'] })],
    ['two brands in odd case', () => ({ brands: ['sAMSUNG', 'sony'] })],
    ['a root category', () => ({ categoryIds: [catId('electronics')] })],
    ['two categories', () => ({ categoryIds: [catId('coffee'), catId('tents')] })],
    ['a price range', () => ({ priceMin: '25', priceMax: '99.99' })],
    ['a price floor', () => ({ priceMin: '250' })],
    ['a minimum rating', () => ({ minRating: 4 })],
    ['in stock', () => ({ inStock: true })],
    ['out of stock', () => ({ inStock: false })],
    ['a tag', () => ({ tags: ['gift'] })],
    [
      'everything at once',
      () => ({
        categoryIds: [catId('electronics'), catId('outdoor')],
        brands: ['Apple', 'Sony', 'TrailCo'],
        tags: ['premium', 'outdoor', 'wireless', 'camping'],
        priceMin: '20',
        priceMax: '450',
        minRating: 3.5,
        inStock: true,
      }),
    ],
    ['brand and category', () => ({ brands: ['Samsung'], categoryIds: [catId('audio')] })],
    ['an empty result', () => ({ brands: ['Lodge'], categoryIds: [catId('tents')] })],
  ])('%s', async (_name, filter) => {
    await expectFacets(filter());
  });

  it.each<[string, string[]]>([
    ['gift', ['flip', 'giftCard', 'kettle', 'lantern', 'mugs', 'shears', 'skillet']],
    ['trailco', ['headlamp', 'lantern', 'sleepingBag', 'tent2', 'tent4']],
  ])('the text query %j applies to every facet', async (query, keys) => {
    await expectFacets({ query }, keys);
    await expectFacets({ query, brands: ['acme'], inStock: true }, keys);
  });
});

describe('disjunctive counting', () => {
  it('a brand filter leaves the brand facet as without it, and narrows the others', async () => {
    const unfiltered = await fetchFacets({});
    const lodge = await fetchFacets({ brands: ['Lodge'] });
    expect(normalize(lodge.raw).brands).toEqual(normalize(unfiltered.raw).brands);
    expect(lodge.totalCount).toBe(2);
    // Counted with the brand filter applied: only the two Lodge products.
    expect(normalize(lodge.raw).categories).toEqual([{ slug: 'cookware', count: 2 }]);
    expect(lodge.raw.inStock).toBe(2);
    expect(lodge.raw.ratings).toEqual([
      { minRating: 4, count: 2 },
      { minRating: 3, count: 2 },
      { minRating: 2, count: 2 },
      { minRating: 1, count: 2 },
    ]);
    // Skillet 24.99 and 34.99, Dutch oven 99.99.
    expect(lodge.raw.priceBuckets.map((b) => b.count)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('with brand and price filters, the brand facet is counted under the price filter', async () => {
    const { raw } = await fetchFacets({ brands: ['Lodge'], priceMax: '30' });
    // Products with a variant up to 30.00, per brand.
    const brands = Object.fromEntries(raw.brands.map((b) => [b.value.toLowerCase(), b.count]));
    expect(brands).toEqual({ acme: 3, anker: 2, greenthumb: 1, lodge: 1, trailco: 2 });
    // Price buckets are counted under the brand filter only.
    expect(raw.priceBuckets.map((b) => b.count)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('each filter is left out of its own facet only', async () => {
    const filter: Filter = {
      categoryIds: [catId('outdoor')],
      brands: ['TrailCo'],
      priceMax: '100',
      minRating: 4,
      inStock: true,
    };
    const expected = await expectFacets(filter);
    // Only the lantern meets all five filters. Without the brand filter, the Sony speaker (in
    // camping, 99.99 for one variant, in stock in the other, rated 4) joins the brand facet.
    expect(expectedKeys(catalog, filter)).toEqual(['lantern']);
    expect(expected.brands).toEqual([
      { value: 'sony', count: 1 },
      { value: 'trailco', count: 1 },
    ]);
    expect(expected.categories).toEqual([{ slug: 'camping', count: 1 }]);
  });

  it('inStock: false keeps the inStock facet counting in-stock products', async () => {
    const { raw } = await fetchFacets({ inStock: false, categoryIds: [catId('tents')] });
    expect(raw.inStock).toBe(1); // tent2 is in stock, tent4 is not
    const { raw: all } = await fetchFacets({ inStock: false });
    expect(all.inStock).toBe(catalog.active().filter((p) => p.variants.some((x) => x.finalStock > 0)).length);
  });
});

describe('buckets', () => {
  it('lists the six price buckets in USD, cheapest first, with their bounds', async () => {
    const { raw } = await fetchFacets({});
    expect(raw.priceBuckets.map((b) => [b.min.amount, b.max?.amount ?? null])).toEqual([
      ['0.00', '25.00'],
      ['25.00', '50.00'],
      ['50.00', '100.00'],
      ['100.00', '250.00'],
      ['250.00', '500.00'],
      ['500.00', null],
    ]);
  });

  it('counts a product once in every bucket where it has a variant, bounds exclusive above', async () => {
    // Kettle 49.99 / 50.00; soundbar 499.99 / 500.00; gift card 25 / 50 / 100.
    const kettle = await fetchFacets({ query: 'gooseneck' });
    expect(kettle.totalCount).toBe(1);
    expect(kettle.raw.priceBuckets.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0]);
    const soundbar = await fetchFacets({ query: 'soundbar' });
    expect(soundbar.totalCount).toBe(1);
    expect(soundbar.raw.priceBuckets.map((b) => b.count)).toEqual([0, 0, 0, 0, 1, 1]);
    const giftCard = await fetchFacets({ query: 'gift card' });
    expect(giftCard.totalCount).toBe(1);
    expect(giftCard.raw.priceBuckets.map((b) => b.count)).toEqual([0, 1, 1, 1, 0, 0]);
    const onlyCard = await fetchFacets({ tags: ['gift'], brands: [], priceMin: '100', priceMax: '100' });
    expect(onlyCard.totalCount).toBe(1);
    // The price filter is left out of the price facet; the tag filter is not.
    expect(onlyCard.raw.priceBuckets.map((b) => b.count)).toEqual(
      expectedFacets(catalog, { tags: ['gift'] }).priceBuckets.map((b) => b.count),
    );
  });

  it('rating buckets are "n & up", cumulative', async () => {
    const { raw } = await fetchFacets({});
    const ratings = catalog.active().map((p) => p.rating);
    expect(raw.ratings).toEqual(
      [4, 3, 2, 1].map((minRating) => ({ minRating, count: ratings.filter((r) => r >= minRating).length })),
    );
    const counts = raw.ratings.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Unrated products (0) are in no bucket.
    expect(raw.ratings.find((r) => r.minRating === 1)?.count).toBe(catalog.active().length - 3);
  });
});

describe('values', () => {
  it('groups brands case-insensitively under one of their spellings', async () => {
    const { raw } = await fetchFacets({});
    const trail = raw.brands.filter((b) => b.value.toLowerCase() === 'trailco');
    expect(trail).toHaveLength(1);
    expect(['TrailCo', 'trailco']).toContain(trail[0]?.value);
    expect(trail[0]?.count).toBe(5);
  });

  it('never counts DRAFT or ARCHIVED products', async () => {
    const { raw } = await fetchFacets({});
    const brands = raw.brands.map((b) => b.value.toLowerCase());
    expect(brands).not.toContain('phantom');
    expect(brands).not.toContain('vintage');
    expect(raw.categories.map((c) => c.category.slug)).not.toContain('smart-home');
    const garden = raw.categories.find((c) => c.category.slug === 'garden');
    expect(garden?.count).toBe(2); // the draft gnome is not counted
    expect(raw.brands.find((b) => b.value === 'Samsung')?.count).toBe(3); // not the archived S20
    expect(raw.inStock).toBe(catalog.active().filter((p) => p.variants.some((x) => x.finalStock > 0)).length);
  });

  it('counts categories a product is directly in, with the category object', async () => {
    const { raw } = await fetchFacets({});
    const bySlug = Object.fromEntries(raw.categories.map((c) => [c.category.slug, c]));
    // Parents without products of their own are not listed; the root with the watch is.
    expect(bySlug.audio).toBeUndefined();
    expect(bySlug.kitchen?.count).toBe(2);
    expect(bySlug.electronics?.count).toBe(1);
    expect(bySlug.speakers?.count).toBe(2);
    expect(bySlug.camping?.count).toBe(3); // speaker, lantern, sleeping bag
    expect(bySlug.smartphones?.category).toEqual({
      id: catId('smartphones'),
      slug: 'smartphones',
      name: 'Smartphones',
    });
  });

  it('are repeatable in order', async () => {
    const first = await fetchFacets({ inStock: true });
    const second = await fetchFacets({ inStock: true });
    expect(second.raw).toEqual(first.raw);
  });

  it('category(slug).products facets are counted within the category', async () => {
    const data = await anon.ok(CATEGORY_FACETS, { slug: 'outdoor' });
    expect(data.category).not.toBeNull();
    const expected = expectedFacets(catalog, { categoryIds: [catId('outdoor')] });
    const facets = normalize(data.category!.products.facets);
    expect(facets.brands).toEqual(expected.brands);
    expect(facets.priceBuckets).toEqual(expected.priceBuckets);
    expect(facets.ratings).toEqual(expected.ratings);
    expect(facets.inStock).toBe(expected.inStock);
    expect(data.category!.products.totalCount).toBe(
      expectedKeys(catalog, { categoryIds: [catId('outdoor')] }).length,
    );
  });
});
