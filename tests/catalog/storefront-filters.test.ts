import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { type Catalog, expectedKeys, type Filter, inStock } from './catalog-model.js';
import { errorCode, keysOf, listAll, PRODUCTS, startStorefront } from './fixtures.js';

/** The storefront `products` filters, each checked against a model of the fixture catalog. */
let t: TestApp;
let catalog: Catalog;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, catalog, anon } = await startStorefront());
});
afterAll(() => t?.close());

const catId = (key: string) => catalog.category(key).id;

/** Lists with a filter and compares the set of products with the model's. */
async function expectFilter(filter: Filter, queryKeys?: readonly string[]): Promise<string[]> {
  const keys = keysOf(catalog, await listAll(anon, filter));
  expect(keys).toEqual(expectedKeys(catalog, filter, queryKeys));
  return keys;
}

/**
 * Products each text query must find, written by hand from the fixture: full-text over title,
 * brand, tags and description, typo-tolerant on the title. DRAFT/ARCHIVED products that would
 * match (iPhone 16 Prototype, Garden Gnome, Vintage Canvas Tent...) never appear.
 */
const TEXT_QUERIES: [query: string, keys: string[], why: string][] = [
  ['lodge', ['dutchOven', 'skillet'], 'brand'],
  ['LODGE', ['dutchOven', 'skillet'], 'brand, upper case'],
  ['trailco', ['headlamp', 'lantern', 'sleepingBag', 'tent2', 'tent4'], 'brand in two spellings'],
  ['gift', ['flip', 'giftCard', 'kettle', 'lantern', 'mugs', 'shears', 'skillet'], 'tag or title'],
  ['titanium', ['iphone15'], 'description only'],
  ['noise cancellation', ['airpods', 'sonyXm5'], 'two words in descriptions'],
  ['espresso', ['espresso', 'grinder'], 'title or description'],
  ['coffee', ['espresso', 'grinder', 'kettle'], 'title or tag'],
  ['tent', ['tent2', 'tent4'], 'title'],
  ['USB-C', ['cable', 'charger'], 'hyphenated title word'],
  ['iphnoe', ['iphone15', 'iphoneSe'], 'typo (transposed letters) in the title'],
  ['skilet', ['skillet', 'skilletBudget'], 'typo (missing letter) in the title'],
  ['  lodge  ', ['dutchOven', 'skillet'], 'surrounding spaces'],
];

describe('query', () => {
  it.each(TEXT_QUERIES)('%s finds exactly its products (%#: %s)', async (query, keys) => {
    const found = await expectFilter({ query }, keys);
    expect(found).toEqual([...keys].sort());
  });

  it('iphnoe finds the iPhones, and only ACTIVE ones', async () => {
    const titles = (await listAll(anon, { query: 'iphnoe' })).map((id) => catalog.byId(id).title);
    expect(titles.sort()).toEqual(['Apple iPhone 15 Pro', 'Apple iPhone SE']);
  });

  it.each(['xqzvy', 'zzqxv blorft', 'qqqqqqqq'])('the nonsense query %j finds nothing', async (query) => {
    const result = await anon.request(PRODUCTS, { filter: { query }, first: 10 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.products.edges).toEqual([]);
    expect(result.data?.products.totalCount).toBe(0);
    expect(result.data?.products.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('an empty or blank query does not filter', async () => {
    const all = expectedKeys(catalog, {});
    expect(keysOf(catalog, await listAll(anon, { query: '' }))).toEqual(all);
    expect(keysOf(catalog, await listAll(anon, { query: '   ' }))).toEqual(all);
  });

  it('a query over 200 characters is BAD_USER_INPUT', async () => {
    const result = await anon.request(PRODUCTS, { filter: { query: 'a'.repeat(201) } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
  });

  it('search syntax characters are treated as text, not errors', async () => {
    for (const query of ['"unterminated', 'a & | ! b', "o'brien", '-', 'or', ':*', '\\']) {
      const result = await anon.request(PRODUCTS, { filter: { query }, first: 5 });
      expect(result.errors, query).toBeUndefined();
    }
  });
});

describe('categoryIds', () => {
  it('includes products of every descendant, for every category', async () => {
    for (const category of catalog.categories) await expectFilter({ categoryIds: [category.id] });
  });

  it('a root includes the products of its grandchildren', async () => {
    const keys = await expectFilter({ categoryIds: [catId('electronics')] });
    // grandchildren (smartphones, headphones, speakers), children (phones) and the root itself (watch)
    for (const key of ['iphone15', 'galaxyA15', 'nokia', 'airpods', 'soundbar', 'charger', 'watch'])
      expect(keys).toContain(key);
    expect(keys).not.toContain('skillet');
    const home = await expectFilter({ categoryIds: [catId('home')] });
    expect(home).toEqual(
      [
        'dutchOven',
        'espresso',
        'grinder',
        'hose',
        'kettle',
        'mugs',
        'shears',
        'skillet',
        'skilletBudget',
      ].sort(),
    );
  });

  it('a product in two categories is found through either, once', async () => {
    const outdoor = await listAll(anon, { categoryIds: [catId('outdoor')] });
    expect(keysOf(catalog, outdoor)).toContain('speaker');
    expect(new Set(outdoor).size).toBe(outdoor.length);
    const both = await listAll(anon, { categoryIds: [catId('audio'), catId('camping')] });
    expect(new Set(both).size).toBe(both.length);
    await expectFilter({ categoryIds: [catId('audio'), catId('camping')] });
  });

  it('several categories are alternatives; overlapping ones do not duplicate', async () => {
    await expectFilter({ categoryIds: [catId('phones'), catId('smartphones')] });
    await expectFilter({ categoryIds: [catId('coffee'), catId('garden'), catId('tents')] });
    const ids = await listAll(anon, { categoryIds: [catId('kitchen'), catId('coffee')] });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a category holding only hidden products matches nothing', async () => {
    expect(await expectFilter({ categoryIds: [catId('smartHome')] })).toEqual([]);
  });

  it('unknown or malformed category ids match nothing rather than failing', async () => {
    expect(await listAll(anon, { categoryIds: [randomUUID()] })).toEqual([]);
    expect(await listAll(anon, { categoryIds: ['not-a-uuid'] })).toEqual([]);
    // An unknown id next to a known one does not hide the known one's products.
    await expectFilter({ categoryIds: [randomUUID(), catId('tents')] });
    expect(keysOf(catalog, await listAll(anon, { categoryIds: ['nope', catId('tents')] }))).toEqual([
      'tent2',
      'tent4',
    ]);
  });

  it('an empty list does not filter', async () => {
    expect(keysOf(catalog, await listAll(anon, { categoryIds: [] }))).toEqual(expectedKeys(catalog, {}));
  });
});

describe('brands', () => {
  it.each([
    [['Apple']],
    [['apple']],
    [['APPLE']],
    [['TrailCo']],
    [['trailco']],
    [['SONY', 'lodge']],
    [[' Sony ']],
    [['Nobody']],
    [['Phantom']],
  ])('%j matches case-insensitively', async (brands) => {
    await expectFilter({ brands });
  });

  it('both spellings of a brand match', async () => {
    const keys = await expectFilter({ brands: ['TRAILCO'] });
    expect(keys).toEqual(['headlamp', 'lantern', 'sleepingBag', 'tent2', 'tent4']);
  });

  it('products without a brand never match a brand', async () => {
    const keys = await expectFilter({ brands: ['Acme', 'Apple', 'Anker', 'Breville', 'GreenThumb'] });
    expect(keys).not.toContain('mugs');
    expect(keys).not.toContain('giftCard');
  });
});

describe('tags', () => {
  it.each([[['gift']], [['GIFT']], [['gift', 'budget']], [['premium']], [['home-theater']], [['nope']]])(
    '%j: any of the tags',
    async (tags) => {
      await expectFilter({ tags });
    },
  );

  it('matches whole tags, not parts of them', async () => {
    expect(await listAll(anon, { tags: ['gif'] })).toEqual([]);
    expect(keysOf(catalog, await listAll(anon, { tags: ['home'] }))).toEqual([]); // only the archived hub
  });
});

describe('price', () => {
  it.each<[Filter]>([
    [{ priceMin: '25' }],
    [{ priceMin: '25.00' }],
    [{ priceMax: '24.99' }],
    [{ priceMax: '25' }],
    [{ priceMin: '50', priceMax: '100' }],
    [{ priceMin: '49.99', priceMax: '49.99' }],
    [{ priceMin: '499.99', priceMax: '500' }],
    [{ priceMin: '500' }],
    [{ priceMin: '0', priceMax: '9.99' }],
    [{ priceMin: '1000' }],
    [{ priceMin: '2000' }],
    [{ priceMin: '100', priceMax: '50' }],
    [{ priceMin: '10.5', priceMax: '20' }],
  ])('%j', async (filter) => {
    await expectFilter(filter);
  });

  it('bounds are inclusive', async () => {
    expect(await expectFilter({ priceMin: '9.99', priceMax: '9.99' })).toEqual(['cable', 'earbuds']);
    const at25 = await expectFilter({ priceMin: '25', priceMax: '25' });
    expect(at25).toEqual(['flip', 'giftCard', 'lantern', 'mugs']);
  });

  it('a product matches when ANY variant is in range, not its min or max', async () => {
    // Gift card: 25.00 / 50.00 / 100.00 - only the middle variant is in range.
    expect(await expectFilter({ priceMin: '40', priceMax: '60' })).toContain('giftCard');
    // Speaker: 99.99 and 129.99 straddle [100, 129.98] without a variant inside it.
    const straddled = await expectFilter({ priceMin: '100', priceMax: '129.98' });
    expect(straddled).not.toContain('speaker');
    expect(await expectFilter({ priceMin: '100', priceMax: '129.99' })).toContain('speaker');
    // The watch's cheapest variant is 399.00, its dearest 799.00: 749.00 alone matches.
    expect(await expectFilter({ priceMin: '740', priceMax: '750' })).toEqual(['watch']);
  });

  it.each([
    ['priceMin', '-1'],
    ['priceMin', 'abc'],
    ['priceMax', '-0.01'],
    ['priceMax', '1.999'],
    ['priceMin', '1e3'],
    ['priceMin', '12,50'],
    ['priceMax', 'NaN'],
    ['priceMax', '99999999999999999999'],
  ])('%s %j is a top-level BAD_USER_INPUT', async (field, value) => {
    const result = await anon.request(PRODUCTS, { filter: { [field]: value }, first: 5 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(`filter.${field}`);
    expect(result.data).toBeNull();
  });
});

describe('minRating', () => {
  it.each([0, 1, 1.5, 2.5, 3, 3.75, 4, 4.5, 4.75, 5])('%d', async (minRating) => {
    await expectFilter({ minRating });
  });

  it('4.75 and up is exactly the two best-rated visible products', async () => {
    expect(await expectFilter({ minRating: 4.75 })).toEqual(['skillet', 'sonyXm5']);
    // Hidden products are rated 5: none shows.
    expect(await listAll(anon, { minRating: 5 })).toEqual([]);
  });

  it.each([-1, 5.01, 10])('%d is BAD_USER_INPUT', async (minRating) => {
    const result = await anon.request(PRODUCTS, { filter: { minRating } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

describe('inStock', () => {
  it('true: some variant in stock; false: none', async () => {
    const yes = await expectFilter({ inStock: true });
    const no = await expectFilter({ inStock: false });
    expect(yes.length + no.length).toBe(catalog.active().length);
    expect(no.length).toBeGreaterThanOrEqual(4);
    // Sold out through inventoryAdjust, and restocked through it.
    expect(no).toContain('flip');
    expect(no).toContain('iphoneSe');
    expect(yes).toContain('grinder');
    // Partly in stock counts as in stock.
    expect(yes).toContain('iphone15');
    expect(
      catalog
        .active()
        .filter((p) => !inStock(p))
        .map((p) => p.key),
    ).toEqual(expect.arrayContaining(['hose', 'tent4', 'cable', 'skilletBudget']));
  });
});

describe('combinations', () => {
  it.each<[Filter]>([
    [{ categoryIds: [], brands: ['Apple'], inStock: true }],
    [{ brands: ['Apple', 'Samsung'], priceMax: '500', inStock: true }],
    [{ tags: ['premium'], minRating: 4.5 }],
    [{ tags: ['gift', 'budget'], priceMax: '30', inStock: false }],
    [{ priceMin: '20', priceMax: '60', minRating: 3, inStock: true }],
    [{ brands: ['trailco', 'sony'], tags: ['outdoor'], priceMin: '25' }],
    [{ brands: ['Lodge'], tags: ['cookware'], priceMin: '30', priceMax: '40', minRating: 4, inStock: true }],
    [{ brands: ['Acme'], minRating: 3.5 }],
    [{ tags: ['nope'], inStock: true }],
  ])('%j', async (filter) => {
    await expectFilter(filter);
  });

  it.each<[string, Filter]>([
    ['electronics', { brands: ['apple', 'SONY'], inStock: true, priceMax: '400' }],
    ['outdoor', { minRating: 3, inStock: false }],
    ['home', { tags: ['gift'], priceMin: '20' }],
    ['phones', { brands: ['Anker', 'Nokia'], minRating: 4 }],
  ])('category %s with %j', async (category, rest) => {
    const keys = await expectFilter({ categoryIds: [catId(category)], ...rest });
    expect(keys.length, 'the combination should not be empty').toBeGreaterThan(0);
  });

  it.each<[string, string[], Filter]>([
    [
      'gift',
      ['flip', 'giftCard', 'kettle', 'lantern', 'mugs', 'shears', 'skillet'],
      { inStock: true, priceMax: '40' },
    ],
    [
      'trailco',
      ['headlamp', 'lantern', 'sleepingBag', 'tent2', 'tent4'],
      { categoryIds: ['tents'], inStock: true },
    ],
    ['coffee', ['espresso', 'grinder', 'kettle'], { brands: ['breville'], priceMax: '200' }],
    ['iphnoe', ['iphone15', 'iphoneSe'], { inStock: true }],
  ])('query %j with %j', async (query, queryKeys, rest) => {
    const filter = {
      query,
      ...rest,
      ...(rest.categoryIds ? { categoryIds: rest.categoryIds.map(catId) } : {}),
    };
    const keys = await expectFilter(filter, queryKeys);
    expect(keys.length).toBeGreaterThan(0);
  });

  it('totalCount is the size of the filtered list, not of the page', async () => {
    const filter = { brands: ['Apple', 'Samsung', 'Sony'] };
    const result = await anon.ok(PRODUCTS, { filter, first: 2 });
    expect(result.products.edges).toHaveLength(2);
    expect(result.products.totalCount).toBe(expectedKeys(catalog, filter).length);
  });

  it('category(slug).products applies the same filters within the category subtree', async () => {
    const query = graphql(`query StorefrontCategoryFiltered($slug: String!, $filter: ProductFilterInput) {
      category(slug: $slug) { products(first: 100, filter: $filter) { totalCount nodes { id } } }
    }`);
    const cases: [key: string, rest: Filter][] = [
      ['electronics', { brands: ['Apple'], inStock: true }],
      ['outdoor', { priceMin: '25', priceMax: '100' }],
      ['kitchen', { minRating: 3 }],
    ];
    for (const [key, rest] of cases) {
      const data = await anon.ok(query, { slug: catalog.category(key).slug, filter: rest });
      const expected = expectedKeys(catalog, { categoryIds: [catId(key)], ...rest });
      expect(expected.length).toBeGreaterThan(0);
      expect(
        keysOf(
          catalog,
          data.category!.products.nodes.map((n) => n.id),
        ),
      ).toEqual(expected);
      expect(data.category!.products.totalCount).toBe(expected.length);
    }
  });
});
