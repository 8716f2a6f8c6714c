import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import {
  productCategories,
  productImages,
  stockMovements,
  variants,
} from '../../src/modules/catalog/catalog.tables.js';
import { graphql } from '../generated/gql.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import {
  ADMIN_PRODUCTS,
  catalogCounts,
  closeCheckingLedger,
  createProduct,
  expectUserError,
  fetchProduct,
  newSku,
  PRODUCT_DELETE,
  PRODUCT_UPDATE,
  startProductAdmin,
} from './admin-support.js';

/** productUpdate and productDelete: partial changes, category links, refusals, deletion and archiving. */

const CATEGORY_IDS = graphql(`query CatalogCategoryIds { categories(flat: true) { id } }`);
const PRODUCT_ID = graphql(`query CatalogProductId($id: ID!) { product(id: $id) { id } }`);

let t: TestApp;
let admin: SignedIn;
let shoes: { id: string; slug: string };
let boots: { id: string; slug: string };
let sale: { id: string; slug: string };

beforeAll(async () => {
  ({ t, admin, shoes, boots, sale } = await startProductAdmin());
});
afterAll(() => closeCheckingLedger(t));

describe('productUpdate', () => {
  async function newProduct(categoryIds: string[] = []) {
    return createProduct(admin.client, {
      title: 'Update Me',
      description: 'before',
      brand: 'Before Brand',
      tags: ['old'],
      categoryIds,
      variants: [{ sku: newSku('UP'), price: '10.00' }],
    });
  }

  it('changes the given fields and leaves the others', async () => {
    const product = await newProduct([shoes.id]);
    const payload = (
      await admin.client.ok(PRODUCT_UPDATE, {
        input: {
          id: product.id,
          title: '  Updated Title ',
          slug: 'updated-slug',
          description: 'after',
          tags: [' New ', 'NEW', 'sale'],
          status: 'ACTIVE',
          taxClass: 'ZERO',
        },
      })
    ).productUpdate;
    expect(payload.errors).toEqual([]);
    const expected = {
      id: product.id,
      title: 'Updated Title',
      slug: 'updated-slug',
      description: 'after',
      brand: 'Before Brand',
      tags: ['new', 'sale'],
      status: 'ACTIVE',
      taxClass: 'ZERO',
      priceRange: { min: { amount: '10.00' }, max: { amount: '10.00' } },
    };
    expect(payload.product).toMatchObject(expected);
    const stored = await fetchProduct(admin.client, product.id);
    expect(stored).toMatchObject(expected);
    // Categories were not given: they stay.
    expect(stored!.categories.map((c) => c.id)).toEqual([shoes.id]);

    // An empty brand clears it.
    const cleared = (await admin.client.ok(PRODUCT_UPDATE, { input: { id: product.id, brand: '' } }))
      .productUpdate;
    expect(cleared.errors).toEqual([]);
    expect((await fetchProduct(admin.client, product.id))!.brand).toBeNull();
  });

  it('replaces the categories with categoryIds', async () => {
    const product = await newProduct([shoes.id, boots.id]);
    const replaced = (
      await admin.client.ok(PRODUCT_UPDATE, { input: { id: product.id, categoryIds: [sale.id, sale.id] } })
    ).productUpdate;
    expect(replaced.errors).toEqual([]);
    expect((await fetchProduct(admin.client, product.id))!.categories.map((c) => c.id)).toEqual([sale.id]);
    const links = await t.database.db
      .select()
      .from(productCategories)
      .where(eq(productCategories.productId, product.id));
    expect(links).toEqual([{ productId: product.id, categoryId: sale.id }]);

    const emptied = (await admin.client.ok(PRODUCT_UPDATE, { input: { id: product.id, categoryIds: [] } }))
      .productUpdate;
    expect(emptied.errors).toEqual([]);
    expect((await fetchProduct(admin.client, product.id))!.categories).toEqual([]);
  });

  it('with an unknown category answers NOT_FOUND and changes no field at all', async () => {
    const product = await newProduct([shoes.id]);
    const before = await fetchProduct(admin.client, product.id);
    const payload = (
      await admin.client.ok(PRODUCT_UPDATE, {
        input: {
          id: product.id,
          title: 'Must Not Stick',
          status: 'ACTIVE',
          tags: ['changed'],
          categoryIds: [sale.id, randomUUID()],
        },
      })
    ).productUpdate;
    expectUserError(payload, 'NOT_FOUND', ['input', 'categoryIds']);
    expect(payload.product).toBeNull();
    const after = await fetchProduct(admin.client, product.id);
    expect(after).toEqual(before);
    expect(after!.title).toBe('Update Me');
    expect(after!.status).toBe('DRAFT');
  });

  it("answers SLUG_TAKEN for another product's slug and changes nothing", async () => {
    const other = await createProduct(admin.client, {
      title: 'Slug Owner',
      slug: 'owned-slug',
      variants: [{ sku: newSku('SO'), price: '1.00' }],
    });
    const product = await newProduct();
    const before = await fetchProduct(admin.client, product.id);
    const payload = (
      await admin.client.ok(PRODUCT_UPDATE, {
        input: { id: product.id, slug: 'owned-slug', title: 'Must Not Stick' },
      })
    ).productUpdate;
    expectUserError(payload, 'SLUG_TAKEN', ['input', 'slug']);
    expect(await fetchProduct(admin.client, product.id)).toEqual(before);
    expect((await fetchProduct(admin.client, other.id))!.slug).toBe('owned-slug');

    // Keeping its own slug is not a collision.
    const same = (
      await admin.client.ok(PRODUCT_UPDATE, { input: { id: other.id, slug: 'owned-slug', title: 'Renamed' } })
    ).productUpdate;
    expect(same.errors).toEqual([]);
    expect(same.product!.title).toBe('Renamed');
  });

  it('rejects an invalid slug and an empty title, changing nothing', async () => {
    const product = await newProduct();
    const before = await fetchProduct(admin.client, product.id);
    const badSlug = (
      await admin.client.ok(PRODUCT_UPDATE, { input: { id: product.id, slug: 'Not A Slug', title: 'X' } })
    ).productUpdate;
    expectUserError(badSlug, 'INVALID_SLUG', ['input', 'slug']);
    const badTitle = (await admin.client.ok(PRODUCT_UPDATE, { input: { id: product.id, title: ' ' } }))
      .productUpdate;
    expectUserError(badTitle, 'INVALID_INPUT', ['input', 'title']);
    expect(await fetchProduct(admin.client, product.id)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const before = await catalogCounts(t);
      const payload = (await admin.client.ok(PRODUCT_UPDATE, { input: { id, title: 'Ghost' } }))
        .productUpdate;
      expectUserError(payload, 'NOT_FOUND', ['input', 'id']);
      expect(payload.product).toBeNull();
      expect(await catalogCounts(t)).toEqual(before);
    }
  });
});

describe('productDelete', () => {
  it('deletes the product with its variants, images, category links and ledger', async () => {
    const product = await createProduct(admin.client, {
      title: 'Doomed Product',
      categoryIds: [shoes.id, sale.id],
      variants: [
        { sku: newSku('DOOM'), price: '5.00', stock: 3 },
        { sku: newSku('DOOM'), price: '6.00', stock: 2 },
      ],
    });
    await t.database.db.insert(productImages).values(
      [0, 1].map((position) => ({
        productId: product.id,
        position,
        alt: `photo ${position}`,
        width: 100,
        height: 100,
        renditions: [{ width: 100, height: 100, path: `test/${product.id}-${position}.webp` }],
      })),
    );
    const variantIds = product.variants.map((v) => v.id);
    const before = await catalogCounts(t);

    const payload = (await admin.client.ok(PRODUCT_DELETE, { input: { id: product.id } })).productDelete;
    expect(payload).toEqual({ deletedId: product.id, archivedProduct: null, errors: [] });

    expect(await fetchProduct(admin.client, product.id)).toBeNull();
    expect(await catalogCounts(t)).toEqual({
      ...before,
      products: before.products - 1,
      variants: before.variants - 2,
      productCategories: before.productCategories - 2,
      stockMovements: before.stockMovements - 2,
      productImages: before.productImages - 2,
    });
    const { db } = t.database;
    expect(await db.select().from(variants).where(eq(variants.productId, product.id))).toEqual([]);
    expect(
      await db.select().from(stockMovements).where(inArray(stockMovements.variantId, variantIds)),
    ).toEqual([]);
    expect(await db.select().from(productImages).where(eq(productImages.productId, product.id))).toEqual([]);
    // The categories themselves stay.
    const categories = await admin.client.ok(CATEGORY_IDS);
    expect(categories.categories.map((c) => c.id)).toEqual(expect.arrayContaining([shoes.id, sale.id]));

    // Deleting it again: NOT_FOUND.
    const again = (await admin.client.ok(PRODUCT_DELETE, { input: { id: product.id } })).productDelete;
    expectUserError(again, 'NOT_FOUND', ['input', 'id']);
    expect(again.deletedId).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id and deletes nothing', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const before = await catalogCounts(t);
      const payload = (await admin.client.ok(PRODUCT_DELETE, { input: { id } })).productDelete;
      expectUserError(payload, 'NOT_FOUND', ['input', 'id']);
      expect(payload.deletedId).toBeNull();
      expect(payload.archivedProduct).toBeNull();
      expect(await catalogCounts(t)).toEqual(before);
    }
  });

  it('archives instead of deleting a product whose variant is referenced by an order line', async () => {
    const { db } = t.database;
    await db.execute(sql`CREATE TABLE test_order_lines (
      id serial PRIMARY KEY,
      variant_id uuid NOT NULL REFERENCES variants(id) ON DELETE RESTRICT
    )`);
    const product = await createProduct(admin.client, {
      title: 'Ordered Product',
      status: 'ACTIVE',
      categoryIds: [sale.id],
      variants: [
        { sku: newSku('ORD'), price: '5.00', stock: 3 },
        { sku: newSku('ORD'), price: '6.00', stock: 1 },
      ],
    });
    await db.execute(
      sql`INSERT INTO test_order_lines (variant_id) VALUES (${product.variants[1]!.id}::uuid)`,
    );
    const before = await catalogCounts(t);

    const payload = (await admin.client.ok(PRODUCT_DELETE, { input: { id: product.id } })).productDelete;
    expect(payload).toEqual({
      deletedId: null,
      archivedProduct: { id: product.id, status: 'ARCHIVED' },
      errors: [],
    });

    const stored = await fetchProduct(admin.client, product.id);
    expect(stored).toEqual({ ...product, status: 'ARCHIVED' });
    expect(await catalogCounts(t)).toEqual(before);
    const lines = await queryRows<{ variant_id: string }>(db, sql`SELECT variant_id FROM test_order_lines`);
    expect(lines).toEqual([{ variant_id: product.variants[1]!.id }]);
    // Archived products are hidden from the storefront.
    expect((await t.client().ok(PRODUCT_ID, { id: product.id })).product).toBeNull();
    const archived = await admin.client.ok(ADMIN_PRODUCTS, { first: 50, filter: { status: ['ARCHIVED'] } });
    expect(archived.adminProducts.nodes.map((n) => n.id)).toContain(product.id);
  });
});
