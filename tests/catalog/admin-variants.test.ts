import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockMovements } from '../../src/modules/catalog/catalog.tables.js';
import type { VariantCreateInput, VariantUpdateInput } from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  catalogCounts,
  createProduct,
  expectLedgerConsistent,
  expectUserError,
  fetchProduct,
  newSku,
  STOCK_MOVEMENTS,
  VARIANT_CREATE,
  VARIANT_DELETE,
  VARIANT_UPDATE,
} from './admin-support.js';

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});

afterAll(async () => {
  if (t) await expectLedgerConsistent(t);
  await t?.close();
});

/** A product with two variants priced 10.00 and 20.00. */
async function twoVariantProduct(title = 'Variant Host'): Promise<any> {
  return createProduct(admin.client, {
    title,
    variants: [
      { sku: newSku('VH'), price: '10.00', stock: 2 },
      { sku: newSku('VH'), price: '20.00' },
    ],
  });
}

function range(product: any): [string, string] {
  return [product.priceRange.min.amount, product.priceRange.max.amount];
}

async function createVariant(input: VariantCreateInput) {
  return (await admin.client.ok(VARIANT_CREATE, { input })).variantCreate;
}

async function updateVariant(input: VariantUpdateInput) {
  return (await admin.client.ok(VARIANT_UPDATE, { input })).variantUpdate;
}

async function deleteVariant(id: string): Promise<any> {
  return (await admin.client.ok(VARIANT_DELETE, { input: { id } })).variantDelete;
}

/** Runs `action`, which must fail, and checks that neither the product nor any catalog table changed. */
async function expectNothingChanged(productId: string, action: () => Promise<void>): Promise<void> {
  const product = await fetchProduct(admin.client, productId);
  const counts = await catalogCounts(t);
  await action();
  expect(await fetchProduct(admin.client, productId)).toEqual(product);
  expect(await catalogCounts(t)).toEqual(counts);
}

describe('variantCreate', () => {
  it('adds a variant at the end, with its initial stock in the ledger, and widens the price range', async () => {
    const product = await twoVariantProduct();
    expect(range(product)).toEqual(['10.00', '20.00']);
    const sku = newSku('NEW');
    const payload = await createVariant({
      productId: product.id,
      sku,
      price: '35.5',
      compareAtPrice: '40',
      stock: 6,
      weightGrams: 250,
      options: [{ name: 'Size', value: 'XL' }],
    });
    expect(payload.errors).toEqual([]);
    expect(payload.variant).toMatchObject({
      sku,
      title: 'XL',
      position: 2,
      quantityAvailable: 6,
      inStock: true,
      weightGrams: 250,
      options: [{ name: 'Size', value: 'XL' }],
      price: { amount: '35.50' },
      compareAtPrice: { amount: '40.00' },
    });
    const stored = await fetchProduct(admin.client, product.id);
    expect(stored!.variants.map((v) => v.sku)).toEqual([...product.variants.map((v: any) => v.sku), sku]);
    expect(range(stored)).toEqual(['10.00', '35.50']);

    const ledger = await admin.client.ok(STOCK_MOVEMENTS, { variantId: payload.variant!.id, first: 10 });
    expect(ledger.stockMovements.totalCount).toBe(1);
    expect(ledger.stockMovements.nodes[0]).toMatchObject({ delta: 6, reason: 'RESTOCK', actorId: admin.id });

    // A cheaper variant lowers the minimum.
    const cheap = await createVariant({ productId: product.id, sku: newSku('CHEAP'), price: '0' });
    expect(cheap.errors).toEqual([]);
    expect(cheap.variant!.quantityAvailable).toBe(0);
    expect(range(await fetchProduct(admin.client, product.id))).toEqual(['0.00', '35.50']);
    const cheapLedger = await t.database.db
      .select()
      .from(stockMovements)
      .where(eq(stockMovements.variantId, cheap.variant!.id));
    expect(cheapLedger).toEqual([]);
  });

  it("rejects another variant's SKU, case-insensitively (SKU_TAKEN), changing nothing", async () => {
    const product = await twoVariantProduct();
    const other = await twoVariantProduct('Other Host');
    await expectNothingChanged(product.id, async () => {
      const payload = await createVariant({
        productId: product.id,
        sku: ` ${other.variants[0].sku.toLowerCase()} `,
        price: '1.00',
        stock: 3,
      });
      expectUserError(payload, 'SKU_TAKEN', ['input', 'sku']);
      expect(payload.variant).toBeNull();
    });
  });

  it.each([
    ['-1.00', 'price'],
    ['1.234', 'price'],
    ['ten', 'price'],
  ])('rejects the price %j (INVALID_PRICE), changing nothing', async (price, field) => {
    const product = await twoVariantProduct();
    await expectNothingChanged(product.id, async () => {
      const payload = await createVariant({ productId: product.id, sku: newSku('BAD'), price, stock: 1 });
      expectUserError(payload, 'INVALID_PRICE', ['input', field]);
    });
  });

  it('rejects malformed SKUs and negative stock (INVALID_INPUT), changing nothing', async () => {
    const product = await twoVariantProduct();
    await expectNothingChanged(product.id, async () => {
      for (const sku of ['', '   ', 'has space', '-leading', 'x'.repeat(65)]) {
        const payload = await createVariant({ productId: product.id, sku, price: '1.00' });
        expectUserError(payload, 'INVALID_INPUT', ['input', 'sku']);
      }
      const negative = await createVariant({
        productId: product.id,
        sku: newSku('NEG'),
        price: '1',
        stock: -2,
      });
      expectUserError(negative, 'INVALID_INPUT', ['input', 'stock']);
    });
  });

  it('answers NOT_FOUND for an unknown product', async () => {
    for (const productId of [randomUUID(), 'nope']) {
      const counts = await catalogCounts(t);
      const payload = await createVariant({ productId, sku: newSku('ORPHAN'), price: '1.00', stock: 1 });
      expectUserError(payload, 'NOT_FOUND', ['input', 'productId']);
      expect(await catalogCounts(t)).toEqual(counts);
    }
  });
});

describe('variantUpdate', () => {
  it('changes fields, and the price range follows (max and min recomputed)', async () => {
    const product = await twoVariantProduct();
    const [a, b] = product.variants;
    const raised = await updateVariant({
      id: b.id,
      price: '99.99',
      title: 'Big One',
      weightGrams: 900,
      options: [{ name: 'Colour', value: 'Red' }],
    });
    expect(raised.errors).toEqual([]);
    expect(raised.variant).toMatchObject({
      id: b.id,
      sku: b.sku,
      title: 'Big One',
      weightGrams: 900,
      price: { amount: '99.99' },
      options: [{ name: 'Colour', value: 'Red' }],
      quantityAvailable: 0,
    });
    expect(range(await fetchProduct(admin.client, product.id))).toEqual(['10.00', '99.99']);

    // Lowering the former maximum below the other variant: both ends move.
    expect((await updateVariant({ id: b.id, price: '5.25' })).errors).toEqual([]);
    expect(range(await fetchProduct(admin.client, product.id))).toEqual(['5.25', '10.00']);
    expect((await updateVariant({ id: a.id, price: '3' })).errors).toEqual([]);
    expect(range(await fetchProduct(admin.client, product.id))).toEqual(['3.00', '5.25']);

    // Omitted fields stay.
    const stored = await fetchProduct(admin.client, product.id);
    expect(stored!.variants[0]).toMatchObject({ id: a.id, sku: a.sku, title: a.title, quantityAvailable: 2 });
  });

  it('sets compareAtPrice and clears it with an empty string', async () => {
    const product = await twoVariantProduct();
    const [a] = product.variants;
    const set = await updateVariant({ id: a.id, compareAtPrice: '12.00' });
    expect(set.errors).toEqual([]);
    expect(set.variant!.compareAtPrice).toEqual({ amount: '12.00' });
    expect((await fetchProduct(admin.client, product.id))!.compareAtPriceRange).toEqual({
      min: { amount: '12.00' },
      max: { amount: '12.00' },
    });

    // Omitting it keeps it.
    expect((await updateVariant({ id: a.id, title: 'Renamed' })).variant!.compareAtPrice).toEqual({
      amount: '12.00',
    });

    const cleared = await updateVariant({ id: a.id, compareAtPrice: '' });
    expect(cleared.errors).toEqual([]);
    expect(cleared.variant!.compareAtPrice).toBeNull();
    const stored = await fetchProduct(admin.client, product.id);
    expect(stored!.variants[0]!.compareAtPrice).toBeNull();
    expect(stored!.compareAtPriceRange).toBeNull();
  });

  it('lets a variant keep its own SKU in another case, but not take another one (SKU_TAKEN)', async () => {
    const product = await twoVariantProduct();
    const [a, b] = product.variants;
    const own = await updateVariant({ id: a.id, sku: a.sku.toLowerCase() });
    expect(own.errors).toEqual([]);
    expect(own.variant!.sku).toBe(a.sku.toLowerCase());

    await expectNothingChanged(product.id, async () => {
      const taken = await updateVariant({ id: a.id, sku: b.sku.toLowerCase(), price: '77.00' });
      expectUserError(taken, 'SKU_TAKEN', ['input', 'sku']);
      expect(taken.variant).toBeNull();
    });
    const elsewhere = await twoVariantProduct('Elsewhere');
    await expectNothingChanged(product.id, async () => {
      const taken = await updateVariant({ id: a.id, sku: elsewhere.variants[1].sku.toUpperCase() });
      expectUserError(taken, 'SKU_TAKEN', ['input', 'sku']);
    });
  });

  it('rejects bad prices and SKUs, changing nothing', async () => {
    const product = await twoVariantProduct();
    const [a] = product.variants;
    await expectNothingChanged(product.id, async () => {
      expectUserError(await updateVariant({ id: a.id, price: '-3.00', title: 'No' }), 'INVALID_PRICE', [
        'input',
        'price',
      ]);
      expectUserError(await updateVariant({ id: a.id, compareAtPrice: '1.001' }), 'INVALID_PRICE', [
        'input',
        'compareAtPrice',
      ]);
      expectUserError(await updateVariant({ id: a.id, sku: 'bad sku' }), 'INVALID_INPUT', ['input', 'sku']);
      expectUserError(await updateVariant({ id: a.id, title: '  ' }), 'INVALID_INPUT', ['input', 'title']);
      expectUserError(await updateVariant({ id: a.id, weightGrams: -1 }), 'INVALID_INPUT', [
        'input',
        'weightGrams',
      ]);
    });
  });

  it('cannot change stock: the field is not part of VariantUpdateInput', async () => {
    const product = await twoVariantProduct();
    const [a] = product.variants;
    await expectNothingChanged(product.id, async () => {
      const result = await admin.client.request(VARIANT_UPDATE, {
        input: { id: a.id, stock: 500, price: '1.00' },
      });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.length).toBe(1);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/"stock"/);

      // Written into the document instead of a variable: a validation error.
      const literal = await admin.client.request(
        `mutation { variantUpdate(input: { id: "${a.id}", stock: 500 }) { variant { id } } }`,
      );
      expect(literal.data ?? null).toBeNull();
      expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(literal.errors?.[0]?.message).toMatch(/stock/);
    });
    const stored = await fetchProduct(admin.client, product.id);
    expect(stored!.variants[0]!.quantityAvailable).toBe(2);
  });

  it('answers NOT_FOUND for an unknown variant', async () => {
    for (const id of [randomUUID(), 'nope']) {
      const counts = await catalogCounts(t);
      expectUserError(await updateVariant({ id, price: '1.00' }), 'NOT_FOUND', ['input', 'id']);
      expect(await catalogCounts(t)).toEqual(counts);
    }
  });
});

describe('variantDelete', () => {
  it('deletes a variant with its ledger and recomputes the price range', async () => {
    const product = await twoVariantProduct();
    const [a, b] = product.variants;
    const counts = await catalogCounts(t);
    const payload = await deleteVariant(b.id);
    expect(payload).toEqual({ deletedId: b.id, errors: [] });
    const stored = await fetchProduct(admin.client, product.id);
    expect(stored!.variants.map((v) => v.id)).toEqual([a.id]);
    expect(range(stored)).toEqual(['10.00', '10.00']);
    expect(await catalogCounts(t)).toEqual({ ...counts, variants: counts.variants - 1 });

    // Deleting the variant that has a ledger takes its ledger rows with it.
    const c = (await createVariant({ productId: product.id, sku: newSku('LEDGER'), price: '50', stock: 4 }))
      .variant;
    expect(range(await fetchProduct(admin.client, product.id))).toEqual(['10.00', '50.00']);
    const withLedger = await catalogCounts(t);
    expect((await deleteVariant(c!.id)).deletedId).toBe(c!.id);
    expect(await catalogCounts(t)).toEqual({
      ...withLedger,
      variants: withLedger.variants - 1,
      stockMovements: withLedger.stockMovements - 1,
    });
    expect(range(await fetchProduct(admin.client, product.id))).toEqual(['10.00', '10.00']);
  });

  it("refuses to delete a product's last variant (LAST_VARIANT), changing nothing", async () => {
    const product = await createProduct(admin.client, {
      title: 'Single Variant',
      variants: [{ sku: newSku('ONLY'), price: '9.00', stock: 1 }],
    });
    await expectNothingChanged(product.id, async () => {
      const payload = await deleteVariant(product.variants[0]!.id);
      expectUserError(payload, 'LAST_VARIANT', ['input', 'id']);
      expect(payload.deletedId).toBeNull();
    });
  });

  it('lets only one of two concurrent deletes of the last two variants succeed', async () => {
    const product = await twoVariantProduct();
    const results = await Promise.all(product.variants.map((v: any) => deleteVariant(v.id)));
    const succeeded = results.filter((r) => r.deletedId !== null);
    const refused = results.filter((r) => r.deletedId === null);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors.map((e: any) => e.code)).toEqual(['LAST_VARIANT']);
    const stored = await fetchProduct(admin.client, product.id);
    expect(stored!.variants).toHaveLength(1);
    expect(stored!.variants[0]!.id).not.toBe(succeeded[0].deletedId);
  });

  it('answers NOT_FOUND for an unknown variant', async () => {
    for (const id of [randomUUID(), 'nope']) {
      const counts = await catalogCounts(t);
      const payload = await deleteVariant(id);
      expectUserError(payload, 'NOT_FOUND', ['input', 'id']);
      expect(payload.deletedId).toBeNull();
      expect(await catalogCounts(t)).toEqual(counts);
    }
  });
});
