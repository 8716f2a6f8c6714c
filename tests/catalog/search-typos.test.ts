import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCatalog } from '../../src/seed/demo-catalog.js';
import { type DemoProduct, demoCategories, generateDemoProducts } from '../../src/seed/demo-products.js';
import { graphql } from '../generated/gql.js';
import type { TypoSearchQuery } from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/**
 * Typo correction against the catalog's words and the capped `totalCount`, on the demo catalog
 * (its titles say "Compact Keyboard", "Video Doorbell"...). The storefront count stops at
 * PRODUCT_COUNT_CAP, set to 5 here so a few hundred products have lists longer than the cap.
 * Expected results come from the demo generator (plain TypeScript), never from the server's SQL.
 */
const SEED = 1;
const COUNT = 400;
const NOW = new Date('2025-06-01T12:00:00.000Z');
const CAP = 5;

let t: TestApp;
let admin: SignedIn;
let anon: GqlClient;
let demo: DemoProduct[];

beforeAll(async () => {
  t = await startTestApp({ PRODUCT_COUNT_CAP: String(CAP) });
  admin = await adminClient(t);
  anon = t.client();
  await seedDemoCatalog(t.database.db, { products: COUNT, seed: SEED, now: NOW });
  demo = generateDemoProducts(SEED, COUNT, NOW);
});
afterAll(() => t?.close());

const SEARCH = graphql(`query TypoSearch($query: String!, $after: String) {
  products(first: 100, after: $after, filter: { query: $query }) {
    totalCount totalCountIsExact
    nodes { title description }
    pageInfo { hasNextPage endCursor }
  }
}`);

const ADMIN_SEARCH = graphql(`query TypoAdminSearch($query: String!) {
  adminProducts(first: 1, filter: { query: $query, status: [ACTIVE] }) { totalCount totalCountIsExact }
}`);

const CATEGORY_SEARCH = graphql(`query TypoCategorySearch($slug: String!, $query: String!) {
  category(slug: $slug) { products(first: 1, filter: { query: $query }) { totalCount totalCountIsExact } }
}`);

const CREATE = graphql(`mutation TypoProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id } errors { code message } }
}`);

const UPDATE = graphql(`mutation TypoProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { id title } errors { code message } }
}`);

/** Every page of a storefront search: the products (title and description) and the first page's counts. */
async function searchAll(query: string) {
  const found: string[] = [];
  let after: string | null = null;
  let first: { totalCount: number; totalCountIsExact: boolean } | undefined;
  for (;;) {
    const page: TypoSearchQuery['products'] = (await anon.ok(SEARCH, { query, after })).products;
    first ??= { totalCount: page.totalCount, totalCountIsExact: page.totalCountIsExact };
    found.push(...page.nodes.map((n) => `${n.title} | ${n.description}`));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }
  return { found, ...(first as { totalCount: number; totalCountIsExact: boolean }) };
}

/** ACTIVE demo products whose title, brand, tags or description hold every one of the words. */
function mentioning(...words: string[]): string[] {
  return demo
    .filter((p) => p.status === 'ACTIVE')
    .filter((p) => {
      const text = [p.title, p.brand ?? '', p.tags.join(' '), p.description].join(' ');
      return words.every((word) => new RegExp(`\\b${word}\\b`, 'i').test(text));
    })
    .map((p) => `${p.title} | ${p.description}`);
}

const inTitle = (word: string) => new RegExp(`^[^|]*\\b${word}\\b`, 'i');

describe('typo correction', () => {
  it.each([
    ['copmact', ['compact']],
    ['dorobell', ['doorbell']],
    ['COPMACT', ['compact']],
    ['video dorobell', ['video', 'doorbell']],
  ])('%s finds the products that mention %j', async (typo, words) => {
    const expected = mentioning(...words).sort();
    const word = words[words.length - 1] as string;
    // Titles hold the word too, not only descriptions.
    expect(expected.filter((p) => inTitle(word).test(p)).length).toBeGreaterThan(0);
    const { found } = await searchAll(typo);
    expect([...found].sort()).toEqual(expected);
    // The title matches rank first.
    expect(found[0]).toMatch(inTitle(word));
  });

  it('the correctly spelt word finds the same products', async () => {
    expect((await searchAll('compact')).found.sort()).toEqual((await searchAll('copmact')).found.sort());
    expect((await searchAll('doorbell')).found.sort()).toEqual((await searchAll('dorobell')).found.sort());
  });

  it('nonsense still finds nothing', async () => {
    for (const query of ['xqzvy', 'zzqxv blorft', 'qqqqqqqq', 'copmact xqzvy']) {
      const result = await searchAll(query);
      expect(result).toEqual({ found: [], totalCount: 0, totalCountIsExact: true });
    }
  });

  it('words of products created or renamed later are corrected too', async () => {
    const created = await admin.client.ok(CREATE, {
      input: {
        title: 'Zephyrine Lantern',
        description: 'A lantern for the typo test.',
        status: 'ACTIVE',
        variants: [{ sku: 'TYPO-ZEPHYRINE-1', price: '10.00', stock: 3 }],
      },
    });
    expect(created.productCreate.errors).toEqual([]);
    const id = created.productCreate.product?.id as string;
    expect((await searchAll('zephyirne')).found).toEqual([
      'Zephyrine Lantern | A lantern for the typo test.',
    ]);

    const renamed = await admin.client.ok(UPDATE, { input: { id, title: 'Quokkalight Lantern' } });
    expect(renamed.productUpdate.errors).toEqual([]);
    expect((await searchAll('quokkalihgt')).found).toEqual([
      'Quokkalight Lantern | A lantern for the typo test.',
    ]);
  });
});

describe('totalCount with a cap', () => {
  it('counts exactly up to the cap, then reports the cap as not exact; every match is still listed', async () => {
    const compact = mentioning('compact');
    expect(compact.length).toBeGreaterThan(CAP);
    const capped = await searchAll('compact');
    expect(capped.found.length).toBe(compact.length);
    expect(capped).toMatchObject({ totalCount: CAP, totalCountIsExact: false });

    const doorbell = mentioning('doorbell');
    expect(doorbell.length).toBeLessThanOrEqual(CAP);
    expect(await searchAll('doorbell')).toMatchObject({
      totalCount: doorbell.length,
      totalCountIsExact: true,
    });
  });

  it('a list of exactly the cap is exact; one more product makes it capped', async () => {
    const create = async (n: number) => {
      const created = await admin.client.ok(CREATE, {
        input: {
          title: `Numbatbox ${n}`,
          status: 'ACTIVE',
          variants: [{ sku: `TYPO-NUMBAT-${n}`, price: '5.00', stock: 1 }],
        },
      });
      expect(created.productCreate.errors).toEqual([]);
    };
    for (let n = 1; n <= CAP; n += 1) await create(n);
    expect(await searchAll('numbatbox')).toMatchObject({ totalCount: CAP, totalCountIsExact: true });
    await create(CAP + 1);
    const over = await searchAll('numbatbox');
    expect(over).toMatchObject({ totalCount: CAP, totalCountIsExact: false });
    expect(over.found.length).toBe(CAP + 1);
  });

  it('adminProducts counts every match', async () => {
    const data = await admin.client.ok(ADMIN_SEARCH, { query: 'compact' });
    expect(data.adminProducts).toEqual({ totalCount: mentioning('compact').length, totalCountIsExact: true });
  });

  it('Category.products is capped like products', async () => {
    const electronics = new Set(
      demoCategories()
        .filter((c) => c.slug === 'electronics' || c.parentSlug === 'electronics')
        .map((c) => c.slug),
    );
    for (const c of demoCategories())
      if (c.parentSlug && electronics.has(c.parentSlug)) electronics.add(c.slug);
    const inElectronics = demo.filter(
      (p) =>
        p.status === 'ACTIVE' &&
        p.categorySlugs.some((slug) => electronics.has(slug)) &&
        /\bcompact\b/i.test([p.title, p.tags.join(' '), p.description].join(' ')),
    );
    expect(inElectronics.length).toBeGreaterThan(CAP);
    const data = await anon.ok(CATEGORY_SEARCH, { slug: 'electronics', query: 'compact' });
    expect(data.category?.products).toEqual({ totalCount: CAP, totalCountIsExact: false });
  });
});
