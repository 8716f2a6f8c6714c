import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { type Catalog, expectedKeys, type Filter, SORTS, type Sort } from './catalog-model.js';
import {
  errorCode,
  keysOf,
  listAll,
  type PageResult,
  PRODUCTS,
  productsPage,
  startStorefront,
} from './fixtures.js';

/** Keyset pagination of the storefront listing, forwards and backwards, for every sort. */
let t: TestApp;
let catalog: Catalog;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, catalog, anon } = await startStorefront());
});
afterAll(() => t?.close());

const PAGE = 3;

type Fetch = (args: {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}) => Promise<PageResult>;

const viaProducts =
  (filter: Filter, sort?: Sort): Fetch =>
  (args) =>
    productsPage(anon, { filter, ...(sort ? { sort } : {}), ...args });

/** Walks forward with `first`/`after`, checking each page, and returns the ids in order. */
async function walkForward(fetch: Fetch, total: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let page = 0; ; page += 1) {
    expect(page, 'too many pages').toBeLessThanOrEqual(Math.ceil(total / PAGE));
    const result = await fetch({ first: PAGE, ...(after ? { after } : {}) });
    expect(result.totalCount).toBe(total);
    expect(result.ids.length).toBe(Math.min(PAGE, total - ids.length));
    expect(result.pageInfo.hasPreviousPage).toBe(page > 0);
    expect(result.pageInfo.startCursor).toBe(result.cursors[0] ?? null);
    expect(result.pageInfo.endCursor).toBe(result.cursors[result.cursors.length - 1] ?? null);
    ids.push(...result.ids);
    expect(result.pageInfo.hasNextPage).toBe(ids.length < total);
    if (!result.pageInfo.hasNextPage) break;
    after = result.pageInfo.endCursor ?? undefined;
  }
  return ids;
}

/** Walks backward from the end with `last`/`before`, and returns the ids in list order. */
async function walkBackward(fetch: Fetch, total: number): Promise<string[]> {
  let ids: string[] = [];
  let before: string | undefined;
  for (let page = 0; ; page += 1) {
    expect(page, 'too many pages').toBeLessThanOrEqual(Math.ceil(total / PAGE));
    const result = await fetch({ last: PAGE, ...(before ? { before } : {}) });
    expect(result.totalCount).toBe(total);
    expect(result.ids.length).toBe(Math.min(PAGE, total - ids.length));
    expect(result.pageInfo.hasNextPage).toBe(page > 0);
    expect(result.pageInfo.startCursor).toBe(result.cursors[0] ?? null);
    expect(result.pageInfo.endCursor).toBe(result.cursors[result.cursors.length - 1] ?? null);
    ids = [...result.ids, ...ids];
    expect(result.pageInfo.hasPreviousPage).toBe(ids.length < total);
    if (!result.pageInfo.hasPreviousPage) break;
    before = result.pageInfo.startCursor ?? undefined;
  }
  return ids;
}

async function expectWalks(fetch: Fetch, whole: string[]): Promise<void> {
  const forward = await walkForward(fetch, whole.length);
  expect(new Set(forward).size, 'no duplicates').toBe(forward.length);
  expect(forward).toEqual(whole);
  const backward = await walkBackward(fetch, whole.length);
  expect(new Set(backward).size, 'no duplicates').toBe(backward.length);
  expect(backward).toEqual(whole);
}

describe('walking the listing', () => {
  it.each(SORTS)('%s: pages of 3 forwards and backwards equal one big page', async (sort) => {
    const whole = await listAll(anon, {}, sort);
    expect(keysOf(catalog, whole)).toEqual(expectedKeys(catalog, {}));
    expect(whole.length % PAGE, 'the last page is a partial one').not.toBe(0);
    await expectWalks(viaProducts({}, sort), whole);
  });

  it.each(SORTS)('%s under a filter', async (sort) => {
    const filter: Filter = { inStock: true, priceMax: '400' };
    const whole = await listAll(anon, filter, sort);
    expect(keysOf(catalog, whole)).toEqual(expectedKeys(catalog, filter));
    await expectWalks(viaProducts(filter, sort), whole);
  });

  it.each(['phone', 'gift', 'audio'])('RELEVANCE for %j (float scores with ties)', async (query) => {
    const whole = await listAll(anon, { query });
    expect(whole.length).toBeGreaterThan(PAGE);
    await expectWalks(viaProducts({ query }), whole);
    await expectWalks(viaProducts({ query }, 'RELEVANCE'), whole);
  });

  it('a page size that divides the list ends with hasNextPage false and no empty page', async () => {
    const filter: Filter = { categoryIds: [catalog.category('outdoor').id] };
    const whole = await listAll(anon, filter, 'TITLE');
    expect(whole).toHaveLength(6);
    const first = await productsPage(anon, { filter, sort: 'TITLE', first: 3 });
    const second = await productsPage(anon, {
      filter,
      sort: 'TITLE',
      first: 3,
      after: first.pageInfo.endCursor as string,
    });
    expect([...first.ids, ...second.ids]).toEqual(whole);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const beyond = await productsPage(anon, {
      filter,
      sort: 'TITLE',
      first: 3,
      after: second.pageInfo.endCursor as string,
    });
    expect(beyond.ids).toEqual([]);
    expect(beyond.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('continues from a cursor of the middle of the list in both directions', async () => {
    const whole = await listAll(anon, {}, 'PRICE_ASC');
    const page = await productsPage(anon, { sort: 'PRICE_ASC', first: 100 });
    const middle = 10;
    const cursor = page.cursors[middle] as string;
    const after = await productsPage(anon, { sort: 'PRICE_ASC', first: 4, after: cursor });
    expect(after.ids).toEqual(whole.slice(middle + 1, middle + 5));
    const before = await productsPage(anon, { sort: 'PRICE_ASC', last: 4, before: cursor });
    expect(before.ids).toEqual(whole.slice(middle - 4, middle));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('category(slug).products pages through the subtree', async () => {
    const query =
      graphql(`query StorefrontCategoryPage($first: Int, $after: String, $last: Int, $before: String) {
      category(slug: "electronics") {
        products(sort: PRICE_DESC, first: $first, after: $after, last: $last, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
        }
      }
    }`);
    const fetch: Fetch = async (args) => {
      const data = await anon.ok(query, args);
      const connection = data.category!.products;
      return {
        ids: connection.edges.map((e) => e.node.id),
        cursors: connection.edges.map((e) => e.cursor),
        totalCount: connection.totalCount,
        pageInfo: connection.pageInfo,
      };
    };
    const filter = { categoryIds: [catalog.category('electronics').id] };
    const whole = await listAll(anon, filter, 'PRICE_DESC');
    expect(keysOf(catalog, whole)).toEqual(expectedKeys(catalog, filter));
    await expectWalks(fetch, whole);
  });
});

describe('page arguments', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const someId = () => catalog.active()[0]?.id as string;

  it('first: 0 gives an empty page with the total count', async () => {
    const page = await productsPage(anon, { first: 0 });
    expect(page.ids).toEqual([]);
    expect(page.totalCount).toBe(catalog.active().length);
  });

  it('the default page size is 20', async () => {
    const data = await anon.ok(
      graphql(`query StorefrontDefaultPage { products { edges { node { id } } pageInfo { hasNextPage } } }`),
    );
    expect(data.products.edges).toHaveLength(20);
    expect(data.products.pageInfo.hasNextPage).toBe(true);
  });

  it.each([[{ first: 101 }], [{ first: -1 }], [{ last: 101 }], [{ first: 3, last: 3 }]])(
    '%j is BAD_USER_INPUT',
    async (args) => {
      const result = await anon.request(PRODUCTS, args);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.data).toBeNull();
    },
  );

  it.each<[string, Sort, () => string]>([
    ['garbage', 'NEWEST', () => 'not-a-cursor'],
    ['base64 garbage', 'NEWEST', () => Buffer.from('hello').toString('base64url')],
    ['an id that is not a uuid', 'PRICE_ASC', () => encode([100, 'abc'])],
    ['text for a price', 'PRICE_ASC', () => encode(['cheap', someId()])],
    ['a huge price', 'PRICE_ASC', () => encode([1e20, someId()])],
    ['a price beyond int4', 'PRICE_DESC', () => encode([2_147_483_648, someId()])],
    ['text for units sold', 'POPULARITY', () => encode(['many', someId()])],
    ['text for a rating', 'RATING', () => encode(['good', someId()])],
    ['a number for a date', 'NEWEST', () => encode([1700000000000, someId()])],
    ['an impossible date', 'NEWEST', () => encode(['2024-13-45T00:00:00.000Z', someId()])],
    ['a non-ISO date', 'NEWEST', () => encode(['yesterday', someId()])],
    ['an extended-year date', 'NEWEST', () => encode([new Date(8.64e15).toISOString(), someId()])],
    ['a date before year 1', 'NEWEST', () => encode([new Date(-62198755200000).toISOString(), someId()])],
    ['year zero', 'NEWEST', () => encode(['0000-01-01T00:00:00.000Z', someId()])],
    ['text for a relevance score', 'RELEVANCE', () => encode(['high', someId()])],
    ['a relevance score beyond double', 'RELEVANCE', () => encode([`1${'0'.repeat(400)}`, someId()])],
    ['an object value', 'TITLE', () => encode([{ a: 1 }, someId()])],
  ])('a tampered cursor (%s) is BAD_USER_INPUT', async (_name, sort, cursor) => {
    const filter = sort === 'RELEVANCE' ? { query: 'phone' } : {};
    for (const args of [
      { first: 3, after: cursor() },
      { last: 3, before: cursor() },
    ]) {
      const result = await anon.request(PRODUCTS, { filter, sort, ...args });
      expect(errorCode(result), JSON.stringify(args)).toBe('BAD_USER_INPUT');
      expect(result.data).toBeNull();
    }
  });
});
