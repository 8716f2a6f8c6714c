import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products, stockMovements } from '../../src/modules/catalog/catalog.tables.js';
import type { ProductCreateInput } from '../generated/graphql.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import {
  ADMIN_PRODUCTS,
  type CatalogCounts,
  catalogCounts,
  closeCheckingLedger,
  createProduct,
  expectUserError,
  fetchProduct,
  newSku,
  PRODUCT_CREATE,
  startProductAdmin,
} from './admin-support.js';

/** productCreate: slugs, defaults, the initial stock in the ledger, and every refused input writing nothing. */

let t: TestApp;
let admin: SignedIn;
let shoes: { id: string; slug: string };
let boots: { id: string; slug: string };

beforeAll(async () => {
  ({ t, admin, shoes, boots } = await startProductAdmin());
});
afterAll(() => closeCheckingLedger(t));

async function adminProductCount(): Promise<number> {
  return (await admin.client.ok(ADMIN_PRODUCTS, { first: 1 })).adminProducts.totalCount;
}

/** Runs a productCreate that must fail with `code`, and checks that no row of any catalog table appeared. */
async function expectCreateRejected(input: ProductCreateInput, code: string, field?: string[]) {
  const before: CatalogCounts = await catalogCounts(t);
  const listed = await adminProductCount();
  const payload = (await admin.client.ok(PRODUCT_CREATE, { input })).productCreate;
  expectUserError(payload, code, field);
  expect(payload.product).toBeNull();
  expect(await catalogCounts(t)).toEqual(before);
  expect(await adminProductCount()).toBe(listed);
  return payload;
}

/** A valid input: two variants with stock and a category link, so a partial write would show in the counts. */
function validInput(overrides: Partial<ProductCreateInput> = {}): ProductCreateInput {
  return {
    title: 'Trail Runner',
    categoryIds: [shoes.id],
    variants: [
      { sku: newSku('TR'), price: '89.00', stock: 4 },
      { sku: newSku('TR'), price: '95.00', stock: 2 },
    ],
    ...overrides,
  };
}

describe('productCreate', () => {
  it('generates a transliterated slug from the title, then -2, -3 for the same title', async () => {
    const title = 'Crème Brûlée Größe Ærø';
    const slugs: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const product = await createProduct(admin.client, {
        title,
        variants: [{ sku: newSku('CB'), price: '4.50' }],
      });
      expect(product.title).toBe(title);
      slugs.push(product.slug);
    }
    expect(slugs).toEqual([
      'creme-brulee-grosse-aero',
      'creme-brulee-grosse-aero-2',
      'creme-brulee-grosse-aero-3',
    ]);

    const cyrillic = await createProduct(admin.client, {
      title: 'Привет мир',
      variants: [{ sku: newSku('RU'), price: '1' }],
    });
    expect(cyrillic.slug).toBe('privet-mir');

    // A title without any usable letter still gets a valid, unique slug.
    const symbols = await createProduct(admin.client, {
      title: '!!! ??? ***',
      variants: [{ sku: newSku('SY'), price: '1' }],
    });
    const symbols2 = await createProduct(admin.client, {
      title: '### ###',
      variants: [{ sku: newSku('SY'), price: '1' }],
    });
    expect(symbols.slug).toBe('product');
    expect(symbols2.slug).toBe('product-2');
  });

  it('applies defaults: DRAFT, STANDARD tax, normalised tags, variant titles and positions', async () => {
    const product = await createProduct(admin.client, {
      title: '  Linen Shirt  ',
      brand: '  Acme  ',
      tags: [' Summer ', 'summer', 'LINEN'],
      variants: [
        {
          sku: newSku('LS'),
          price: '30',
          options: [
            { name: 'Size', value: 'M' },
            { name: 'Colour', value: 'Blue' },
          ],
        },
        { sku: newSku('LS'), price: '30.5' },
      ],
    });
    expect(product).toMatchObject({
      title: 'Linen Shirt',
      brand: 'Acme',
      tags: ['summer', 'linen'],
      status: 'DRAFT',
      taxClass: 'STANDARD',
      description: '',
      categories: [],
      compareAtPriceRange: null,
      priceRange: { min: { amount: '30.00' }, max: { amount: '30.50' } },
    });
    expect(product.variants.map((v) => [v.title, v.position, v.quantityAvailable, v.inStock])).toEqual([
      ['M / Blue', 0, 0, false],
      ['Default', 1, 0, false],
    ]);
    expect(product.variants[0]!.price).toEqual({ amount: '30.00', currencyCode: t.config.storeCurrency });
    // A new product without stock has no ledger rows.
    const ids = product.variants.map((v) => v.id);
    const ledger = await t.database.db
      .select()
      .from(stockMovements)
      .where(inArray(stockMovements.variantId, ids));
    expect(ledger).toEqual([]);
  });

  it('keeps a valid given slug', async () => {
    const product = await createProduct(admin.client, {
      title: 'Whatever Title',
      slug: 'my-own-slug-42',
      variants: [{ sku: newSku('OS'), price: '1.00' }],
    });
    expect(product.slug).toBe('my-own-slug-42');
    expect((await fetchProduct(admin.client, product.id))!.slug).toBe('my-own-slug-42');
  });

  it.each([
    'Has Spaces',
    'UPPER-case',
    'double--hyphen',
    '-leading',
    'trailing-',
    'under_score',
    'ümlaut',
    'a'.repeat(101),
  ])('rejects the slug %j with INVALID_SLUG and writes nothing', async (slug) => {
    await expectCreateRejected(validInput({ slug }), 'INVALID_SLUG', ['input', 'slug']);
  });

  it('rejects a slug already taken with SLUG_TAKEN and writes nothing', async () => {
    await createProduct(admin.client, {
      title: 'Original',
      slug: 'taken-slug',
      variants: [{ sku: newSku('TS'), price: '1.00' }],
    });
    await expectCreateRejected(validInput({ slug: 'taken-slug' }), 'SLUG_TAKEN', ['input', 'slug']);
  });

  it('requires at least one variant (INVALID_INPUT)', async () => {
    await expectCreateRejected(validInput({ variants: [] }), 'INVALID_INPUT', ['input', 'variants']);
  });

  it('rejects an empty title (INVALID_INPUT)', async () => {
    await expectCreateRejected(validInput({ title: '   ' }), 'INVALID_INPUT', ['input', 'title']);
  });

  it('rejects the same SKU twice in one input, case-insensitively (SKU_TAKEN)', async () => {
    const sku = newSku('DUP');
    await expectCreateRejected(
      validInput({
        variants: [
          { sku, price: '10.00', stock: 3 },
          { sku: sku.toLowerCase(), price: '11.00', stock: 3 },
        ],
      }),
      'SKU_TAKEN',
    );
  });

  it("rejects another product's SKU in another case (SKU_TAKEN) and writes nothing", async () => {
    const existing = newSku('EXISTING');
    await createProduct(admin.client, {
      title: 'Holder of the SKU',
      variants: [{ sku: existing, price: '1.00', stock: 1 }],
    });
    const payload = await expectCreateRejected(
      validInput({
        variants: [
          { sku: newSku('FRESH'), price: '10.00', stock: 3 },
          { sku: existing.toLowerCase(), price: '11.00', stock: 3 },
        ],
      }),
      'SKU_TAKEN',
      ['input', 'variants', '1', 'sku'],
    );
    expect(payload.errors[0]!.message).toContain(existing.toLowerCase());
  });

  it.each([
    ['-1'],
    ['-0.01'],
    ['abc'],
    [''],
    ['1.999'],
    ['1e3'],
    ['12,50'],
    ['0x10'],
    ['1.'],
    ['.5'],
    ['99999999999999'],
    ['21474836.48'],
  ])('rejects the price %j with INVALID_PRICE and writes nothing', async (price) => {
    await expectCreateRejected(
      validInput({
        variants: [
          { sku: newSku('P'), price: '10.00', stock: 1 },
          { sku: newSku('P'), price, stock: 1 },
        ],
      }),
      'INVALID_PRICE',
      ['input', 'variants', '1', 'price'],
    );
  });

  it('rejects a malformed compare-at price with INVALID_PRICE', async () => {
    await expectCreateRejected(
      validInput({ variants: [{ sku: newSku('P'), price: '10.00', compareAtPrice: '-5.00', stock: 1 }] }),
      'INVALID_PRICE',
      ['input', 'variants', '0', 'compareAtPrice'],
    );
  });

  it('rejects a negative initial stock (INVALID_INPUT) and writes nothing', async () => {
    await expectCreateRejected(
      validInput({
        variants: [
          { sku: newSku('S'), price: '10.00', stock: 5 },
          { sku: newSku('S'), price: '10.00', stock: -1 },
        ],
      }),
      'INVALID_INPUT',
      ['input', 'variants', '1', 'stock'],
    );
  });

  it('rejects unknown categories (NOT_FOUND) and writes nothing', async () => {
    const unknown = randomUUID();
    const payload = await expectCreateRejected(
      validInput({ categoryIds: [shoes.id, unknown] }),
      'NOT_FOUND',
      ['input', 'categoryIds'],
    );
    expect(payload.errors[0]!.message).toContain(unknown);
    await expectCreateRejected(validInput({ categoryIds: ['not-a-uuid'] }), 'NOT_FOUND', [
      'input',
      'categoryIds',
    ]);
  });

  it('records one RESTOCK movement per variant with initial stock, and the price range', async () => {
    const before = await catalogCounts(t);
    const product = await createProduct(admin.client, {
      title: 'Stocked Jacket',
      status: 'ACTIVE',
      taxClass: 'REDUCED',
      categoryIds: [shoes.id, boots.id, shoes.id],
      variants: [
        { sku: newSku('SJ'), price: '120.00', compareAtPrice: '150.00', stock: 7 },
        { sku: newSku('SJ'), price: '99.5', stock: 0 },
        { sku: newSku('SJ'), price: '149.99', compareAtPrice: '199.00', stock: 3 },
      ],
    });
    expect(product.priceRange).toEqual({ min: { amount: '99.50' }, max: { amount: '149.99' } });
    expect(product.compareAtPriceRange).toEqual({ min: { amount: '150.00' }, max: { amount: '199.00' } });
    expect(product.status).toBe('ACTIVE');
    expect(product.taxClass).toBe('REDUCED');
    expect(product.categories.map((c) => c.id).sort()).toEqual([shoes.id, boots.id].sort());
    expect(product.variants.map((v) => v.quantityAvailable)).toEqual([7, 0, 3]);

    expect(await catalogCounts(t)).toEqual({
      ...before,
      products: before.products + 1,
      variants: before.variants + 3,
      productCategories: before.productCategories + 2,
      stockMovements: before.stockMovements + 2,
    });
    const ids = product.variants.map((v) => v.id);
    const ledger = await t.database.db
      .select({
        variantId: stockMovements.variantId,
        delta: stockMovements.delta,
        reason: stockMovements.reason,
        actorId: stockMovements.actorId,
      })
      .from(stockMovements)
      .where(inArray(stockMovements.variantId, ids));
    expect(ledger).toHaveLength(2);
    expect(ledger).toEqual(
      expect.arrayContaining([
        { variantId: ids[0], delta: 7, reason: 'RESTOCK', actorId: admin.id },
        { variantId: ids[2], delta: 3, reason: 'RESTOCK', actorId: admin.id },
      ]),
    );
    // The aggregates used by price sorting are stored in minor units.
    const [row] = await t.database.db
      .select({ min: products.minPrice, max: products.maxPrice })
      .from(products)
      .where(eq(products.id, product.id));
    expect(row).toEqual({ min: 9950, max: 14999 });
  });

  it('gives 5 concurrent creates with the same title 5 distinct slugs', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        admin.client.ok(PRODUCT_CREATE, {
          input: { title: 'Rush Hour Lamp', variants: [{ sku: newSku('RH'), price: '25.00', stock: 1 }] },
        }),
      ),
    );
    const payloads = results.map((r) => r.productCreate);
    for (const payload of payloads) expect(payload.errors).toEqual([]);
    const slugs = payloads.map((p) => p.product!.slug);
    expect(new Set(slugs).size).toBe(5);
    expect([...slugs].sort()).toEqual([
      'rush-hour-lamp',
      'rush-hour-lamp-2',
      'rush-hour-lamp-3',
      'rush-hour-lamp-4',
      'rush-hour-lamp-5',
    ]);
    const listed = await admin.client.ok(ADMIN_PRODUCTS, { first: 50, filter: { query: 'Rush Hour Lamp' } });
    expect(listed.adminProducts.totalCount).toBe(5);
  });
});
