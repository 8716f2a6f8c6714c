import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { type SeedDemoResult, seedDemoCatalog } from '../../src/seed/demo-catalog.js';
import { demoCategories, generateDemoProducts } from '../../src/seed/demo-products.js';
import { graphql } from '../generated/gql.js';
import type { SeedLedgerFragment } from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** The demo catalog seeder keeps every catalog invariant the API relies on. */
const SEED = 7;
const COUNT = 30;
const NOW = new Date('2025-06-01T12:00:00.000Z');

let t: TestApp;
let admin: SignedIn;
let seeded: SeedDemoResult;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  seeded = await seedDemoCatalog(t.database.db, { products: COUNT, seed: SEED, now: NOW, batchSize: 8 });
});
afterAll(() => t?.close());

const ALL_PRODUCTS = graphql(`query SeedAllProducts {
  adminProducts(first: 100) {
    totalCount
    nodes {
      id slug title status brand tags createdAt
      priceRange { min { amount } max { amount } }
      rating { average count }
      categories { id }
      images { id }
      variants { id sku options { name value } price { amount } compareAtPrice { amount } quantityAvailable }
    }
  }
}`);

const CATEGORIES = graphql(
  `query SeedCategories { categories(flat: true) { id slug parent { id } children { id } ancestors { id } } }`,
);

/** One variant's ledger; the ledger test asks for every variant's at once, through aliases. */
const LEDGER_FRAGMENT = graphql(
  `fragment SeedLedger on StockMovementConnection { totalCount nodes { delta reason } }`,
);

const STOREFRONT = graphql(
  `query SeedStorefront { products(first: 5) { totalCount facets { brands { value count } inStock } nodes { title } } }`,
);

const cents = (amount: string) => Math.round(Number(amount) * 100);

describe('demo catalog seed', () => {
  it('reports what it inserted; the empty test database is not seeded on start', async () => {
    expect(seeded).toMatchObject({ products: COUNT, images: 0, startIndex: 0 });
    expect(seeded.categoriesCreated).toBe(demoCategories().length);
    const data = await admin.client.ok(ALL_PRODUCTS);
    expect(data.adminProducts.totalCount).toBe(COUNT);
    const variantCount = data.adminProducts.nodes.reduce((n, p) => n + p.variants.length, 0);
    expect(variantCount).toBe(seeded.variants);
  });

  it('every product has 1 to 4 variants, a price range matching them, and unique slugs and SKUs', async () => {
    const { nodes } = (await admin.client.ok(ALL_PRODUCTS)).adminProducts;
    const slugs = new Set<string>();
    const skus = new Set<string>();
    for (const product of nodes) {
      expect(product.variants.length).toBeGreaterThanOrEqual(1);
      expect(product.variants.length).toBeLessThanOrEqual(4);
      const prices = product.variants.map((v) => cents(v.price.amount));
      expect(cents(product.priceRange!.min.amount)).toBe(Math.min(...prices));
      expect(cents(product.priceRange!.max.amount)).toBe(Math.max(...prices));
      for (const v of product.variants) {
        expect(v.quantityAvailable).toBeGreaterThanOrEqual(0);
        if (v.compareAtPrice) expect(cents(v.compareAtPrice.amount)).toBeGreaterThan(cents(v.price.amount));
        expect(v.options.length).toBeGreaterThanOrEqual(1);
        skus.add(v.sku.toLowerCase());
      }
      expect(product.rating.average).toBeGreaterThanOrEqual(0);
      expect(product.rating.average).toBeLessThanOrEqual(5);
      expect(new Date(product.createdAt).getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(new Date(product.createdAt).getTime()).toBeGreaterThan(NOW.getTime() - 366 * 86_400_000);
      expect(product.tags).toEqual(product.tags.map((tag) => tag.toLowerCase()));
      slugs.add(product.slug);
    }
    expect(slugs.size).toBe(nodes.length);
    expect(skus.size).toBe(nodes.reduce((n, p) => n + p.variants.length, 0));
  });

  it("each variant's stock equals the sum of its ledger", async () => {
    const { nodes } = (await admin.client.ok(ALL_PRODUCTS)).adminProducts;
    const variants = nodes.flatMap((p) => p.variants);
    // One request for every variant's ledger, through aliases.
    const query = `{ ${variants
      .map((v, i) => `v${i}: stockMovements(filter: { variantId: "${v.id}" }, first: 100) { ...SeedLedger }`)
      .join('\n')} }\n${LEDGER_FRAGMENT}`;
    const ledgers = await admin.client.ok<Record<string, SeedLedgerFragment>>(query);
    let withStock = 0;
    variants.forEach((variant, i) => {
      const ledger = ledgers[`v${i}`];
      expect(ledger, variant.sku).toBeDefined();
      const sum = ledger!.nodes.reduce((n, m) => n + m.delta, 0);
      expect(sum, variant.sku).toBe(variant.quantityAvailable);
      for (const m of ledger!.nodes) expect(m.reason).toBe('RESTOCK');
      if (variant.quantityAvailable > 0) withStock += 1;
    });
    expect(withStock).toBeGreaterThan(0);
  });

  it('products sit in 1 or 2 leaf categories of a 3-level tree', async () => {
    const { categories } = await t.client().ok(CATEGORIES);
    const byId = new Map(categories.map((c) => [c.id, c]));
    const roots = categories.filter((c) => c.parent === null);
    expect(roots).toHaveLength(6);
    for (const c of categories) expect(c.ancestors.length).toBeLessThanOrEqual(2);
    const leaves = categories.filter((c) => c.children.length === 0);
    expect(leaves.every((c) => c.ancestors.length === 2)).toBe(true);
    expect(leaves).toHaveLength(54);

    const { nodes } = (await admin.client.ok(ALL_PRODUCTS)).adminProducts;
    for (const product of nodes) {
      expect(product.categories.length).toBeGreaterThanOrEqual(1);
      expect(product.categories.length).toBeLessThanOrEqual(2);
      for (const { id } of product.categories) {
        const category = byId.get(id);
        expect(category?.children).toEqual([]);
        expect(category?.ancestors).toHaveLength(2);
      }
    }
  });

  it('the storefront lists the ACTIVE ones with facets', async () => {
    const { nodes } = (await admin.client.ok(ALL_PRODUCTS)).adminProducts;
    const active = nodes.filter((p) => p.status === 'ACTIVE').length;
    expect(active).toBeGreaterThan(COUNT / 2);
    const data = await t.client().ok(STOREFRONT);
    expect(data.products.totalCount).toBe(active);
    expect(data.products.facets.brands.length).toBeGreaterThan(1);
  });

  it('the same seed gives the same catalog; another seed another one', async () => {
    const first = generateDemoProducts(SEED, COUNT, NOW);
    const second = generateDemoProducts(SEED, COUNT, NOW);
    expect(second.map((p) => p.title)).toEqual(first.map((p) => p.title));
    expect(second).toEqual(first);
    const other = generateDemoProducts(SEED + 1, COUNT, NOW).map((p) => p.title);
    expect(other).not.toEqual(first.map((p) => p.title));

    const { nodes } = (await admin.client.ok(ALL_PRODUCTS)).adminProducts;
    const stored = nodes.map((p) => p.title).sort();
    expect(stored).toEqual(first.map((p) => p.title).sort());
  });

  it('SEED_DEMO defaults to true in development (false under NODE_ENV=test) and accepts only booleans', () => {
    const base = { JWT_SECRET: 'x'.repeat(32), DATA_DIR: t.config.dataDir };
    expect(loadConfig(base).seedDemo).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).seedDemo).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'test', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ ...base, SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(() => loadConfig({ ...base, SEED_DEMO: 'sometimes' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, SEED_DEMO: 'sometimes' })).toThrow(/SEED_DEMO/);
  });

  it('seeding again continues the sequence with fresh slugs and SKUs', async () => {
    const again = await seedDemoCatalog(t.database.db, { products: 5, seed: SEED, now: NOW });
    expect(again).toMatchObject({ products: 5, startIndex: COUNT, categoriesCreated: 0 });
    const { nodes } = (await admin.client.ok(ALL_PRODUCTS)).adminProducts;
    expect(nodes).toHaveLength(COUNT + 5);
    expect(new Set(nodes.map((p) => p.slug)).size).toBe(COUNT + 5);
    const skus = nodes.flatMap((p) => p.variants.map((v) => v.sku.toLowerCase()));
    expect(new Set(skus).size).toBe(skus.length);
  });
});
