import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import {
  type BuiltProduct,
  type Catalog,
  compareValues,
  descending,
  expectedKeys,
  type Filter,
  type Sort,
  sortValue,
} from './catalog-model.js';
import { keysOf, listAll, startStorefront } from './fixtures.js';

/** Every storefront sort: order by its key, stable (total) under the many ties of the fixture. */
let t: TestApp;
let catalog: Catalog;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, catalog, anon } = await startStorefront());
});
afterAll(() => t?.close());

type KeyedSort = Exclude<Sort, 'RELEVANCE'>;
const KEYED_SORTS: KeyedSort[] = ['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'POPULARITY', 'RATING', 'TITLE'];

/**
 * Checks a listing against the model: the same products, in the order of the sort key, and
 * ties broken by id in one direction throughout (a total, repeatable order). Returns the
 * number of tie groups seen, so callers can make sure ties were actually exercised.
 */
function expectSorted(ids: string[], sort: KeyedSort, filter: Filter = {}): number {
  const products = ids.map((id) => catalog.byId(id));
  expect(products.map((p) => p.key).sort()).toEqual(expectedKeys(catalog, filter));
  const values = products.map((p) => sortValue(p, sort));
  const expectedValues = [...values].sort((a, b) =>
    descending(sort) ? compareValues(b, a) : compareValues(a, b),
  );
  expect(values, `${sort} order of the sort key`).toEqual(expectedValues);

  const groups: BuiltProduct[][] = [];
  for (const [i, p] of products.entries()) {
    if (i > 0 && values[i] === values[i - 1]) groups[groups.length - 1]?.push(p);
    else groups.push([p]);
  }
  const directions = new Set<string>();
  for (const group of groups.filter((g) => g.length > 1)) {
    const tieIds = group.map((p) => p.id);
    const ascending = [...tieIds].sort();
    if (JSON.stringify(tieIds) === JSON.stringify(ascending)) directions.add('asc');
    else if (JSON.stringify(tieIds) === JSON.stringify([...ascending].reverse())) directions.add('desc');
    else directions.add(`unordered ${group.map((p) => p.key).join(',')}`);
  }
  expect(
    [...directions].filter((d) => d.startsWith('unordered')),
    `${sort}: ties ordered by id`,
  ).toEqual([]);
  expect(
    directions.size,
    `${sort}: ties broken by id in one direction: ${[...directions]}`,
  ).toBeLessThanOrEqual(1);
  return groups.filter((g) => g.length > 1).length;
}

describe('keyed sorts', () => {
  it.each(KEYED_SORTS)('%s orders the whole catalog by its key, ties by id', async (sort) => {
    const ids = await listAll(anon, {}, sort);
    const tieGroups = expectSorted(ids, sort);
    // The fixture is built with many ties for every key.
    expect(tieGroups, `${sort} tie groups`).toBeGreaterThanOrEqual(sort === 'TITLE' ? 1 : 3);
  });

  it.each(KEYED_SORTS)('%s is repeatable', async (sort) => {
    const first = await listAll(anon, {}, sort);
    const second = await listAll(anon, {}, sort);
    const third = await listAll(t.client(), {}, sort);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it.each(KEYED_SORTS)('%s within a filter', async (sort) => {
    const electronics = catalog.category('electronics').id;
    for (const filter of [
      { categoryIds: [electronics] },
      { inStock: true },
      { tags: ['gift', 'budget'] },
      { priceMin: '20', priceMax: '300', minRating: 3 },
    ] satisfies Filter[]) {
      expectSorted(await listAll(anon, filter, sort), sort, filter);
    }
  });

  it('NEWEST is the default without a query, and RELEVANCE without a query is NEWEST', async () => {
    const newest = await listAll(anon, {}, 'NEWEST');
    expect(await listAll(anon, {})).toEqual(newest);
    expect(await listAll(anon, {}, 'RELEVANCE')).toEqual(newest);
    expect(catalog.byId(newest[newest.length - 1] as string).key).toBe('giftCard'); // the oldest
  });

  it('PRICE sorts use the lowest variant price', async () => {
    const asc = (await listAll(anon, {}, 'PRICE_ASC')).map((id) => catalog.byId(id).key);
    // Sony: 399.99 and 349.99 -> sorts at 349.99, between the 299.99 tent and the 399.00 watch.
    expect(asc.indexOf('tent2')).toBeLessThan(asc.indexOf('sonyXm5'));
    expect(asc.indexOf('sonyXm5')).toBeLessThan(asc.indexOf('watch'));
    expect(asc[0] === 'cable' || asc[0] === 'earbuds').toBe(true);
    const desc = (await listAll(anon, {}, 'PRICE_DESC')).map((id) => catalog.byId(id).key);
    expect(desc[0]).toBe('iphone15');
    expect(desc.slice(-2).sort()).toEqual(['cable', 'earbuds']);
  });

  it('TITLE is case-insensitive A-Z by code point', async () => {
    const titles = (await listAll(anon, {}, 'TITLE')).map((id) => catalog.byId(id).title);
    const lower = titles.map((title) => title.toLowerCase());
    expect(lower).toEqual([...lower].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // "Cast Iron Skillet" and "cast iron skillet" tie and sit together.
    const i = lower.indexOf('cast iron skillet');
    expect(lower[i + 1]).toBe('cast iron skillet');
    expect(titles.slice(0, 3)).toEqual(['Acme Wired Earbuds', 'Apple AirPods Pro', 'Apple iPhone 15 Pro']);
    expect(titles[titles.length - 1]).toBe('USB-C Charger');
  });

  it('POPULARITY and RATING put the best first', async () => {
    const popular = (await listAll(anon, {}, 'POPULARITY')).map((id) => catalog.byId(id).key);
    expect(popular.slice(0, 2).sort()).toEqual(['charger', 'earbuds']); // 1000 sold each
    const rated = (await listAll(anon, {}, 'RATING')).map((id) => catalog.byId(id).key);
    expect(rated.slice(0, 2).sort()).toEqual(['skillet', 'sonyXm5']); // 4.75 each
    expect(rated.slice(-3).sort()).toEqual(['giftCard', 'mugs', 'soundbar']); // unrated
  });
});

describe('RELEVANCE', () => {
  it('is the default with a query', async () => {
    for (const query of ['coffee', 'gift', 'phone', 'trailco']) {
      expect(await listAll(anon, { query })).toEqual(await listAll(anon, { query }, 'RELEVANCE'));
    }
  });

  it('ranks a title match above a description-only match', async () => {
    const espresso = keysInOrder(await listAll(anon, { query: 'espresso' }));
    expect(espresso).toEqual(['espresso', 'grinder']); // title vs. "perfect for espresso" in the description
  });

  it('ranks a title match above a tag-only match', async () => {
    const coffee = keysInOrder(await listAll(anon, { query: 'coffee' }));
    expect(coffee[0]).toBe('grinder'); // "Burr Coffee Grinder"; the others are only tagged coffee
    expect(coffee.slice(1).sort()).toEqual(['espresso', 'kettle']);
  });

  it('ranks an exact title above a typo-tolerant match', async () => {
    const gift = keysInOrder(await listAll(anon, { query: 'gift card' }));
    expect(gift[0]).toBe('giftCard');
  });

  it('ranks a title holding every word of the query above words spread over title, brand and tags', async () => {
    // Sony's headphones have both words in the title; the speaker has "Sony" as brand and title, "wireless" as a tag.
    expect(keysInOrder(await listAll(anon, { query: 'sony wireless' }))).toEqual(['sonyXm5', 'speaker']);
  });

  it('ranks the shorter of the titles that hold the whole query first', async () => {
    // Three have "Apple" in their title and as their brand, the closest title to the query first; the
    // watch has it as its brand only.
    expect(keysInOrder(await listAll(anon, { query: 'apple' }))).toEqual([
      'iphoneSe',
      'airpods',
      'iphone15',
      'watch',
    ]);
  });

  it('is repeatable, ties included', async () => {
    for (const query of ['phone', 'gift', 'audio', 'outdoor']) {
      const first = await listAll(anon, { query });
      expect(first.length).toBeGreaterThan(1);
      expect(await listAll(t.client(), { query })).toEqual(first);
    }
  });

  it('an explicit sort overrides relevance for a query', async () => {
    const filter = { query: 'gift' };
    const queryKeys = ['flip', 'giftCard', 'kettle', 'lantern', 'mugs', 'shears', 'skillet'];
    for (const sort of KEYED_SORTS) {
      const ids = await listAll(anon, filter, sort);
      expect(keysOf(catalog, ids)).toEqual(queryKeys);
      const values = ids.map((id) => sortValue(catalog.byId(id), sort));
      expect(values).toEqual(
        [...values].sort((a, b) => (descending(sort) ? compareValues(b, a) : compareValues(a, b))),
      );
    }
  });
});

function keysInOrder(ids: string[]): string[] {
  return ids.map((id) => catalog.byId(id).key);
}
