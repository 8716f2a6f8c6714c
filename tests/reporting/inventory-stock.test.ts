import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productCategories, products, variants } from '../../src/modules/catalog/catalog.tables.js';
import { INVENTORY_ADJUST, product } from '../cart/support.js';
import { CATEGORY_CREATE } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import type { InventoryReportFilterInput, InventoryStockQuery } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { amount, expectTopLevelError } from './calendar.js';

/**
 * inventoryReport: stock on hand and its value per variant, totals, low stock and filters. Every figure
 * is compared with one computed here from the raw variants, products and product_categories rows.
 */

const INVENTORY =
  graphql(`query InventoryStock($filter: InventoryReportFilterInput, $first: Int, $after: String) {
  inventoryReport(filter: $filter) {
    lowStockThreshold
    totals { variants units value { amount currencyCode } lowStockCount }
    items(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id sku quantityAvailable price { amount } stockValue { amount currencyCode } product { id } }
    }
  }
}`);

const TOTALS_ONLY = graphql(`query InventoryTotalsOnly { inventoryReport { totals { units } } }`);
const STOCK_VALUE_OF_VARIANT = graphql(`query InventoryVariantStockValue($slug: String!) {
  product(slug: $slug) { variants { id stockValue { amount } } } }`);

let t: TestApp;
let admin: SignedIn;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  const category = async (name: string, parentId?: string) => {
    const created = (await admin.client.ok(CATEGORY_CREATE, { input: { name, parentId } })).categoryCreate;
    expect(created.errors).toEqual([]);
    return created.category!.id;
  };
  ids.apparel = await category('Inventory Apparel');
  ids.shirts = await category('Inventory Shirts', ids.apparel);
  ids.home = await category('Inventory Home');
  const shirt = await product(
    admin.client,
    'Linen Shirt',
    [
      { price: '20.00', stock: 3 },
      { price: '22.50', stock: 40 },
    ],
    { categoryIds: [ids.shirts] },
  );
  const jacket = await product(admin.client, 'Rain Jacket', [{ price: '149.99', stock: 5 }], {
    categoryIds: [ids.apparel],
  });
  const mug = await product(admin.client, 'Stoneware Mug', [{ price: '7.50', stock: 12 }], {
    categoryIds: [ids.home],
  });
  const poster = await product(admin.client, 'Poster Print', [{ price: '0.99', stock: 0 }]);
  const lamp = await product(admin.client, 'Desk Lamp', [{ price: '1234567.89', stock: 1900 }], {
    categoryIds: [ids.home, ids.apparel],
  });
  Object.assign(ids, { shirt: shirt.id, jacket: jacket.id, mug: mug.id, poster: poster.id, lamp: lamp.id });
  // Stock moves after creation too (the report reads the stock now, not the initial one).
  const adjusted = (
    await admin.client.ok(INVENTORY_ADJUST, {
      input: { variantId: mug.variants[0]!.id, delta: -9, reason: 'ADJUSTMENT' },
    })
  ).inventoryAdjust;
  expect(adjusted.errors).toEqual([]);
});
afterAll(() => t?.close());

interface RawVariant {
  id: string;
  sku: string;
  stock: number;
  price: number;
  productId: string;
  title: string;
  categoryIds: string[];
}

/** Every variant with its product's title and categories, straight from the tables. */
async function rawVariants(): Promise<RawVariant[]> {
  const { db } = t.database;
  const rows = await db
    .select({
      id: variants.id,
      sku: variants.sku,
      stock: variants.stock,
      price: variants.price,
      productId: variants.productId,
      title: products.title,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId));
  const links = await db.select().from(productCategories);
  return rows.map((row) => ({
    ...row,
    categoryIds: links.filter((l) => l.productId === row.productId).map((l) => l.categoryId),
  }));
}

/** What the report must answer for a filter, computed from the raw rows. */
function expected(
  raw: RawVariant[],
  filter: InventoryReportFilterInput,
  descendants: Record<string, string[]>,
) {
  const threshold = filter.lowStockThreshold ?? 5;
  const categories = filter.categoryIds?.flatMap((id) => descendants[id] ?? []);
  const search = filter.search?.toLowerCase();
  const covered = raw
    .filter((v) => !filter.productIds || filter.productIds.includes(v.productId))
    .filter((v) => !categories || v.categoryIds.some((id) => categories.includes(id)))
    .filter((v) => !search || v.sku.toLowerCase().includes(search) || v.title.toLowerCase().includes(search))
    .filter((v) => !filter.lowStockOnly || v.stock <= threshold)
    .sort((a, b) => a.stock - b.stock || (a.id < b.id ? -1 : 1));
  return {
    totals: {
      variants: covered.length,
      units: covered.reduce((sum, v) => sum + v.stock, 0),
      value: {
        amount: amount(covered.reduce((sum, v) => sum + BigInt(v.stock) * BigInt(v.price), 0n)),
        currencyCode: 'USD',
      },
      lowStockCount: covered.filter((v) => v.stock <= threshold).length,
    },
    items: covered.map((v) => ({
      id: v.id,
      sku: v.sku,
      quantityAvailable: v.stock,
      price: { amount: amount(v.price) },
      stockValue: { amount: amount(BigInt(v.stock) * BigInt(v.price)), currencyCode: 'USD' },
      product: { id: v.productId },
    })),
  };
}

/** The whole report for a filter, its items read page by page (`pageSize` a page). */
async function report(filter: InventoryReportFilterInput | null, pageSize = 100) {
  const nodes = [];
  let after: string | null = null;
  let head: InventoryStockQuery['inventoryReport'] | undefined;
  for (;;) {
    const data: InventoryStockQuery = await admin.client.ok(INVENTORY, { filter, first: pageSize, after });
    head ??= data.inventoryReport;
    nodes.push(...data.inventoryReport.items.nodes);
    if (!data.inventoryReport.items.pageInfo.hasNextPage) break;
    after = data.inventoryReport.items.pageInfo.endCursor;
  }
  if (!head) throw new Error('no report');
  return {
    threshold: head.lowStockThreshold,
    totals: head.totals,
    totalCount: head.items.totalCount,
    items: nodes,
  };
}

const tree = () => ({
  [ids.apparel!]: [ids.apparel!, ids.shirts!],
  [ids.shirts!]: [ids.shirts!],
  [ids.home!]: [ids.home!],
});

describe('inventoryReport: stock on hand', () => {
  it('values every variant at its current price, totals them, and lists them emptiest first', async () => {
    const raw = await rawVariants();
    const want = expected(raw, {}, tree());
    const got = await report(null);
    expect(got.threshold).toBe(5);
    expect(got.totals).toEqual(want.totals);
    expect(got.items).toEqual(want.items);
    expect(got.totalCount).toBe(raw.length);
    // 1,900 × 1,234,567.89 passes 2^31 minor units: the sums are exact.
    expect(want.totals.value.amount).toBe(
      amount(3n * 2000n + 40n * 2250n + 5n * 14999n + 3n * 750n + 1900n * 123456789n),
    );
  });

  it('pages through the items with cursors, in the same order as one page', async () => {
    const whole = await report(null);
    const paged = await report(null, 2);
    expect(paged.items).toEqual(whole.items);
    expect(paged.totals).toEqual(whole.totals);
  });

  it('filters by products, by categories with their descendants, and by SKU or title text', async () => {
    const raw = await rawVariants();
    const mugSku = raw.find((v) => v.productId === ids.mug)!.sku;
    const filters: InventoryReportFilterInput[] = [
      { productIds: [ids.shirt!, ids.poster!] },
      { categoryIds: [ids.apparel!] },
      { categoryIds: [ids.shirts!] },
      { categoryIds: [ids.home!], productIds: [ids.lamp!] },
      { search: 'JACKET' },
      { search: mugSku.slice(2, 9).toLowerCase() },
      { search: 'shirt', lowStockOnly: true },
      { productIds: ['not-an-id'] },
      { categoryIds: ['6f0d4a3e-8f5b-4c1e-9a2d-000000000000'] },
    ];
    for (const filter of filters) {
      const want = expected(raw, filter, tree());
      const got = await report(filter);
      expect(got.totals, JSON.stringify(filter)).toEqual(want.totals);
      expect(got.items, JSON.stringify(filter)).toEqual(want.items);
      expect(got.totalCount).toBe(want.items.length);
    }
    expect((await report({ categoryIds: [ids.apparel!] })).totals.variants).toBe(4);
    expect((await report({ productIds: ['not-an-id'] })).totals).toMatchObject({ variants: 0, units: 0 });
  });

  it('counts low stock at the default or a given threshold, and lists only it with lowStockOnly', async () => {
    const raw = await rawVariants();
    for (const filter of [
      { lowStockOnly: true },
      { lowStockThreshold: 0 },
      { lowStockThreshold: 12, lowStockOnly: true },
      { lowStockThreshold: 40, categoryIds: [ids.apparel!] },
    ] satisfies InventoryReportFilterInput[]) {
      const got = await report(filter);
      expect(got.totals, JSON.stringify(filter)).toEqual(expected(raw, filter, tree()).totals);
      expect(got.threshold).toBe(filter.lowStockThreshold ?? 5);
    }
    // Stock 0 (poster), 3 (shirt), 3 (mug after -9), 5 (jacket): four at the default threshold of 5.
    expect((await report({})).totals.lowStockCount).toBe(4);
    expect((await report({ lowStockOnly: true })).items.map((v) => v.quantityAvailable)).toEqual([
      0, 3, 3, 5,
    ]);
  });

  it('shows stockValue on a variant anywhere, to admins only', async () => {
    const [slug] = await t.database.db
      .select({ slug: products.slug })
      .from(products)
      .where(eq(products.id, ids.shirt!));
    const data = await admin.client.ok(STOCK_VALUE_OF_VARIANT, { slug: slug!.slug });
    expect(data.product!.variants.map((v) => v.stockValue.amount).sort()).toEqual(['60.00', '900.00']);
    const customer = await registerAndLogin(t);
    const refused = await customer.client.request(STOCK_VALUE_OF_VARIANT, { slug: slug!.slug });
    expect(refused.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('refuses customers and anonymous callers, and bad filters with a clear error', async () => {
    const customer = await registerAndLogin(t);
    expectTopLevelError(await customer.client.request(TOTALS_ONLY), 'FORBIDDEN');
    expectTopLevelError(await t.client().request(TOTALS_ONLY), 'UNAUTHENTICATED');

    const bad = (filter: InventoryReportFilterInput) => admin.client.request(INVENTORY, { filter, first: 5 });
    expect(
      expectTopLevelError(await bad({ lowStockThreshold: -1 }), 'BAD_USER_INPUT', 'filter.lowStockThreshold'),
    ).toMatch(/between 0 and 1,000,000/);
    expectTopLevelError(await bad({ search: '  ' }), 'BAD_USER_INPUT', 'filter.search');
    const many = Array.from({ length: 101 }, () => ids.shirt!);
    const tooMany = await bad({ productIds: many });
    expect(expectTopLevelError(tooMany, 'BAD_USER_INPUT')).toMatch(/100/);
    expect(tooMany.errors?.[0]?.extensions?.inputPath).toMatch(/productIds/);
  });
});
