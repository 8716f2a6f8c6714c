import { randomUUID } from 'node:crypto';
import { eq, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgError } from '../../src/db/errors.js';
import { stockMovements, variants } from '../../src/modules/catalog/catalog.tables.js';
import { graphql } from '../generated/gql.js';
import type {
  CatalogLowStockQuery,
  CatalogStockMovementsQuery,
  InventoryAdjustInput,
} from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { sleep } from '../support/wait-for.js';
import {
  catalogCounts,
  createProduct,
  expectLedgerConsistent,
  expectUserError,
  fetchProduct,
  INVENTORY_ADJUST,
  LOW_STOCK,
  newSku,
  STOCK_MOVEMENTS,
  stockAndLedger,
} from './admin-support.js';

const LOW_STOCK_DEFAULT = graphql(`query CatalogLowStockDefault($first: Int) {
  lowStockVariants(first: $first) { nodes { id } } }`);

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});

afterAll(() => t?.close());

/** A fresh variant with the given initial stock. */
async function variantWithStock(stock: number): Promise<{ id: string; sku: string; productId: string }> {
  const product = await createProduct(admin.client, {
    title: 'Inventory Item',
    variants: [{ sku: newSku('INV'), price: '3.00', stock }],
  });
  return { id: product.variants[0]!.id, sku: product.variants[0]!.sku, productId: product.id };
}

async function adjust(input: InventoryAdjustInput) {
  return (await admin.client.ok(INVENTORY_ADJUST, { input })).inventoryAdjust;
}

async function ledger(variantId: string, first = 100) {
  return (await admin.client.ok(STOCK_MOVEMENTS, { variantId, first })).stockMovements;
}

async function quantity(productId: string): Promise<number> {
  return (await fetchProduct(admin.client, productId))!.variants[0]!.quantityAvailable;
}

/** Stock through the API equals the sum of the ledger through the API and in SQL. */
async function expectStockMatchesLedger(variant: { id: string; productId: string }, expected: number) {
  const movements = await ledger(variant.id);
  const apiSum = movements.nodes.reduce((sum: number, m: any) => sum + m.delta, 0);
  expect(movements.totalCount).toBe(movements.nodes.length);
  expect(await quantity(variant.productId)).toBe(expected);
  expect(apiSum).toBe(expected);
  expect(await stockAndLedger(t, variant.id)).toEqual({ stock: expected, sum: expected });
}

describe('inventoryAdjust', () => {
  it('adds and removes stock, recording each change in the ledger', async () => {
    const variant = await variantWithStock(5);
    const restock = await adjust({
      variantId: variant.id,
      delta: 3,
      reason: 'RESTOCK',
      note: 'delivery',
      reference: 'PO-1',
    });
    expect(restock.errors).toEqual([]);
    expect(restock.variant).toEqual({ id: variant.id, quantityAvailable: 8, inStock: true });
    expect(restock.movement).toMatchObject({
      delta: 3,
      reason: 'RESTOCK',
      note: 'delivery',
      reference: 'PO-1',
      actorId: admin.id,
    });

    const shrink = await adjust({ variantId: variant.id, delta: -8, reason: 'ADJUSTMENT', note: 'flood' });
    expect(shrink.errors).toEqual([]);
    expect(shrink.variant).toEqual({ id: variant.id, quantityAvailable: 0, inStock: false });
    expect(shrink.movement).toMatchObject({
      delta: -8,
      reason: 'ADJUSTMENT',
      note: 'flood',
      reference: null,
    });

    const back = await adjust({ variantId: variant.id, delta: 2, reason: 'RETURN' });
    expect(back.variant!.quantityAvailable).toBe(2);

    // (Order is covered by the pagination test, which spaces its changes in time.)
    const movements = await ledger(variant.id);
    expect(movements.nodes.map((m) => `${m.delta} ${m.reason}`).sort()).toEqual([
      '-8 ADJUSTMENT',
      '2 RETURN',
      '3 RESTOCK',
      '5 RESTOCK',
    ]);
    expect(movements.nodes.map((m) => m.id)).toContain(restock.movement!.id);
    await expectStockMatchesLedger(variant, 2);
  });

  it('refuses to go below zero (INSUFFICIENT_STOCK, with the available quantity), changing nothing', async () => {
    const variant = await variantWithStock(6);
    const counts = await catalogCounts(t);
    const payload = await adjust({ variantId: variant.id, delta: -7, reason: 'ADJUSTMENT' });
    expectUserError(payload, 'INSUFFICIENT_STOCK', ['input', 'delta']);
    expect(payload.errors[0]!.message).toMatch(/\b6\b/);
    expect(payload.errors[0]!.message).toContain('Only 6 in stock');
    expect(payload.variant).toBeNull();
    expect(payload.movement).toBeNull();
    expect(await catalogCounts(t)).toEqual(counts);
    await expectStockMatchesLedger(variant, 6);

    // Taking exactly what is there is fine.
    expect(
      (await adjust({ variantId: variant.id, delta: -6, reason: 'ADJUSTMENT' })).variant!.quantityAvailable,
    ).toBe(0);
    const empty = await adjust({ variantId: variant.id, delta: -1, reason: 'ADJUSTMENT' });
    expectUserError(empty, 'INSUFFICIENT_STOCK', ['input', 'delta']);
    expect(empty.errors[0]!.message).toContain('Only 0 in stock');
    await expectStockMatchesLedger(variant, 0);
  });

  it('rejects a zero delta and an overlong note (INVALID_INPUT), changing nothing', async () => {
    const variant = await variantWithStock(4);
    const counts = await catalogCounts(t);
    expectUserError(await adjust({ variantId: variant.id, delta: 0, reason: 'RESTOCK' }), 'INVALID_INPUT', [
      'input',
      'delta',
    ]);
    expectUserError(
      await adjust({ variantId: variant.id, delta: 1, reason: 'RESTOCK', note: 'n'.repeat(501) }),
      'INVALID_INPUT',
      ['input', 'note'],
    );
    expect(await catalogCounts(t)).toEqual(counts);
    await expectStockMatchesLedger(variant, 4);
  });

  it('answers NOT_FOUND for an unknown variant', async () => {
    for (const variantId of [randomUUID(), 'nope']) {
      const counts = await catalogCounts(t);
      const payload = await adjust({ variantId, delta: 5, reason: 'RESTOCK' });
      expectUserError(payload, 'NOT_FOUND', ['input', 'variantId']);
      expect(await catalogCounts(t)).toEqual(counts);
    }
  });

  it('lets exactly 10 of 20 concurrent -1 adjustments through on a stock of 10', async () => {
    const variant = await variantWithStock(10);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        adjust({ variantId: variant.id, delta: -1, reason: 'ORDER', reference: `order-${i}` }),
      ),
    );
    const ok = results.filter((r) => r.errors.length === 0);
    const refused = results.filter((r) => r.errors.length > 0);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(10);
    for (const r of refused) {
      expect(r.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
      expect(r.errors[0]!.message).toContain('Only 0 in stock');
    }
    expect(ok.map((r) => r.variant!.quantityAvailable).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);

    const movements = await ledger(variant.id);
    expect(movements.totalCount).toBe(11);
    expect(movements.nodes.filter((m) => m.delta === -1 && m.reason === 'ORDER')).toHaveLength(10);
    expect(movements.nodes.filter((m) => m.delta === 10 && m.reason === 'RESTOCK')).toHaveLength(1);
    await expectStockMatchesLedger(variant, 0);
  });
});

describe('stockMovements', () => {
  it('pages through the ledger newest first', async () => {
    const variant = await variantWithStock(1);
    for (const delta of [2, 3, 4, 5]) {
      // Distinct timestamps (millisecond precision), so "newest first" has one answer.
      await sleep(5);
      expect((await adjust({ variantId: variant.id, delta, reason: 'RESTOCK' })).errors).toEqual([]);
    }
    const seen: number[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    for (;;) {
      const page: CatalogStockMovementsQuery['stockMovements'] = (
        await admin.client.ok(STOCK_MOVEMENTS, { variantId: variant.id, first: 2, after })
      ).stockMovements;
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((m) => m.delta));
      pages.push(page.pageInfo.hasNextPage);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);
    expect(pages).toEqual([true, true, false]);
    const all = await ledger(variant.id);
    const times = all.nodes.map((m) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await expectStockMatchesLedger(variant, 15);
  });

  it('is empty for an unknown variant', async () => {
    for (const variantId of [randomUUID(), 'nope']) {
      const page = await ledger(variantId);
      expect(page.totalCount).toBe(0);
      expect(page.nodes).toEqual([]);
    }
  });
});

describe('lowStockVariants', () => {
  it('lists only variants at or below the threshold, emptiest first', async () => {
    const product = await createProduct(admin.client, {
      title: 'Low Stock Mix',
      variants: [
        { sku: newSku('LOW'), price: '1.00', stock: 7 },
        { sku: newSku('LOW'), price: '1.00', stock: 3 },
        { sku: newSku('LOW'), price: '1.00', stock: 0 },
        { sku: newSku('LOW'), price: '1.00', stock: 1 },
        { sku: newSku('LOW'), price: '1.00', stock: 4 },
      ],
    });
    const [seven, three, zero, one, four] = product.variants.map((v) => v.id);

    const list = async (threshold: number) =>
      (await admin.client.ok(LOW_STOCK, { threshold, first: 100 })).lowStockVariants;
    const sqlCount = async (threshold: number) =>
      (await t.database.db.select({ id: variants.id }).from(variants).where(lte(variants.stock, threshold)))
        .length;

    const low = await list(3);
    const quantities = low.nodes.map((n) => n.quantityAvailable);
    expect(quantities.every((q: number) => q <= 3)).toBe(true);
    expect(quantities).toEqual([...quantities].sort((a, b) => a - b));
    expect(low.totalCount).toBe(await sqlCount(3));
    expect(low.nodes.length).toBe(low.totalCount);
    const ids = low.nodes.map((n) => n.id);
    expect(ids).not.toContain(seven);
    expect(ids).not.toContain(four);
    const mine = ids.filter((id: string) => [zero, one, three].includes(id));
    expect(mine).toEqual([zero, one, three]);

    const none = await list(0);
    expect(none.nodes.every((n) => n.quantityAvailable === 0)).toBe(true);
    expect(none.nodes.map((n) => n.id)).toContain(zero);
    expect(none.nodes.map((n) => n.id)).not.toContain(one);
    expect(none.totalCount).toBe(await sqlCount(0));

    // A restock takes a variant off the list.
    expect((await adjust({ variantId: zero!, delta: 10, reason: 'RESTOCK' })).errors).toEqual([]);
    expect((await list(3)).nodes.map((n) => n.id)).not.toContain(zero);

    // Paging by two gives the same list as one page.
    const full = (await list(5)).nodes.map((n) => n.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: CatalogLowStockQuery['lowStockVariants'] = (
        await admin.client.ok(LOW_STOCK, { threshold: 5, first: 2, after })
      ).lowStockVariants;
      paged.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(full);
    expect(full).toContain(four);

    // Without a filter the threshold is 5: the same list.
    const byDefault = (await admin.client.ok(LOW_STOCK_DEFAULT, { first: 100 })).lowStockVariants;
    expect(byDefault.nodes.map((n) => n.id)).toEqual(full);
  });
});

describe('database guard', () => {
  it('the CHECK constraint refuses a negative stock even from direct SQL (23514)', async () => {
    const variant = await variantWithStock(2);
    let caught: unknown = null;
    try {
      await t.database.db.update(variants).set({ stock: -1 }).where(eq(variants.id, variant.id));
    } catch (err) {
      caught = err;
    }
    expect(caught).not.toBeNull();
    expect(pgError(caught)).toEqual({ code: '23514', constraint: 'variants_stock_non_negative' });
    // The same through a relative update.
    await expect(
      t.database.db.execute(sql`UPDATE variants SET stock = stock - 3 WHERE id = ${variant.id}::uuid`),
    ).rejects.toSatisfy((err: unknown) => pgError(err)?.code === '23514');
    await expectStockMatchesLedger(variant, 2);
  });

  it('keeps every variant equal to the sum of its ledger', async () => {
    const rows = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(stockMovements);
    expect(rows[0]?.n).toBeGreaterThan(0);
    await expectLedgerConsistent(t);
  });
});
