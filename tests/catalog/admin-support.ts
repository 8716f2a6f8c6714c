import { count, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import {
  categories,
  productCategories,
  productImages,
  products,
  stockMovements,
  variants,
} from '../../src/modules/catalog/catalog.tables.js';
import { graphql } from '../generated/gql.js';
import type { CategoryCreateInput, ProductCreateInput } from '../generated/graphql.js';
import { adminClient } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** Operations and checks shared by the catalog administration tests (tests/catalog/admin-*.test.ts). */

export const VARIANT_FIELDS_FRAGMENT = graphql(`fragment CatalogVariantFields on ProductVariant {
  id sku title position quantityAvailable inStock weightGrams
  options { name value } price { amount currencyCode } compareAtPrice { amount } }`);

export const PRODUCT_FIELDS_FRAGMENT = graphql(`fragment CatalogProductFields on Product {
  id slug title description brand tags status taxClass
  priceRange { min { amount } max { amount } }
  compareAtPriceRange { min { amount } max { amount } }
  categories { id slug }
  variants { ...CatalogVariantFields } }`);

export const PRODUCT_CREATE = graphql(`mutation CatalogProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }`);
export const PRODUCT_UPDATE = graphql(`mutation CatalogProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }`);
export const PRODUCT_DELETE = graphql(`mutation CatalogProductDelete($input: DeleteInput!) {
  productDelete(input: $input) { deletedId archivedProduct { id status } errors { field code message } } }`);
export const PRODUCT = graphql(
  `query CatalogProduct($id: ID!) { product(id: $id) { ...CatalogProductFields } }`,
);
export const ADMIN_PRODUCTS =
  graphql(`query CatalogAdminProducts($filter: AdminProductFilterInput, $first: Int) {
  adminProducts(first: $first, filter: $filter) { totalCount nodes { id slug title status } } }`);

export const VARIANT_CREATE = graphql(`mutation CatalogVariantCreate($input: VariantCreateInput!) {
  variantCreate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }`);
export const VARIANT_UPDATE = graphql(`mutation CatalogVariantUpdate($input: VariantUpdateInput!) {
  variantUpdate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }`);
export const VARIANT_DELETE = graphql(`mutation CatalogVariantDelete($input: DeleteInput!) {
  variantDelete(input: $input) { deletedId errors { field code message } } }`);

export const CATEGORY_FIELDS_FRAGMENT = graphql(`fragment CatalogCategoryFields on Category {
  id slug name description position parent { id } }`);
export const CATEGORY_CREATE = graphql(`mutation CatalogCategoryCreate($input: CategoryCreateInput!) {
  categoryCreate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }`);
export const CATEGORY_UPDATE = graphql(`mutation CatalogCategoryUpdate($input: CategoryUpdateInput!) {
  categoryUpdate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }`);
export const CATEGORY_MOVE = graphql(`mutation CatalogCategoryMove($input: CategoryMoveInput!) {
  categoryMove(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }`);
export const CATEGORY_DELETE = graphql(`mutation CatalogCategoryDelete($input: CategoryDeleteInput!) {
  categoryDelete(input: $input) { deletedId errors { field code message } } }`);
export const CATEGORIES_FLAT = graphql(`query CatalogCategoriesFlat {
  categories(flat: true) { ...CatalogCategoryFields } }`);

export const INVENTORY_ADJUST = graphql(`mutation CatalogInventoryAdjust($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) {
    variant { id quantityAvailable inStock }
    movement { id delta reason note reference actorId createdAt }
    errors { field code message }
  } }`);
export const STOCK_MOVEMENTS =
  graphql(`query CatalogStockMovements($variantId: ID!, $first: Int, $after: String) {
  stockMovements(filter: { variantId: $variantId }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id delta reason note reference actorId createdAt }
  } }`);
export const LOW_STOCK = graphql(`query CatalogLowStock($threshold: Int!, $first: Int, $after: String) {
  lowStockVariants(filter: { threshold: $threshold }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id sku quantityAvailable }
  } }`);

let skuSequence = 0;
/** A SKU no other test of the file uses. */
export function newSku(prefix = 'SKU'): string {
  skuSequence += 1;
  return `${prefix}-${skuSequence}`;
}

/** Creates a product that must succeed; returns it with its variants. */
export async function createProduct(client: GqlClient, input: ProductCreateInput) {
  const payload = (await client.ok(PRODUCT_CREATE, { input })).productCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  expect(payload.product).not.toBeNull();
  return payload.product!;
}

export async function createCategory(client: GqlClient, input: CategoryCreateInput) {
  const payload = (await client.ok(CATEGORY_CREATE, { input })).categoryCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return payload.category!;
}

/** The product as an admin sees it, or null. */
export async function fetchProduct(client: GqlClient, id: string) {
  return (await client.ok(PRODUCT, { id })).product;
}

export interface CatalogCounts {
  products: number;
  variants: number;
  productCategories: number;
  stockMovements: number;
  productImages: number;
  categories: number;
}

/** Row counts of every catalog table, read directly from the database. */
export async function catalogCounts(t: TestApp): Promise<CatalogCounts> {
  const { db } = t.database;
  const n = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]?.n ?? -1;
  return {
    products: await n(products),
    variants: await n(variants),
    productCategories: await n(productCategories),
    stockMovements: await n(stockMovements),
    productImages: await n(productImages),
    categories: await n(categories),
  };
}

/** Stock of a variant and the sum of its ledger deltas, both from SQL. */
export async function stockAndLedger(t: TestApp, variantId: string): Promise<{ stock: number; sum: number }> {
  const [variant] = await t.database.db
    .select({ stock: variants.stock })
    .from(variants)
    .where(eq(variants.id, variantId));
  const [ledger] = await t.database.db
    .select({ sum: sql<number>`coalesce(sum(${stockMovements.delta}), 0)::int` })
    .from(stockMovements)
    .where(eq(stockMovements.variantId, variantId));
  if (!variant || !ledger) throw new Error(`no variant ${variantId}`);
  return { stock: variant.stock, sum: Number(ledger.sum) };
}

/** Every variant's stock equals the sum of its ledger deltas (the ledger invariant), checked in SQL. */
export async function expectLedgerConsistent(t: TestApp): Promise<void> {
  const drift = await queryRows<{ id: string; stock: number; total: number }>(
    t.database.db,
    sql`SELECT v.id, v.stock, coalesce(m.total, 0)::int AS total
        FROM variants v
        LEFT JOIN (SELECT variant_id, sum(delta) AS total FROM stock_movements GROUP BY variant_id) m
          ON m.variant_id = v.id
        WHERE v.stock <> coalesce(m.total, 0)`,
  );
  expect(drift).toEqual([]);
}

/** A mutation payload: its errors. */
export interface WithErrors {
  errors: { field?: string[] | null; code: string; message: string }[];
}

/** Expects exactly one payload error with this code (and field, when given). */
export function expectUserError(payload: WithErrors, code: string, field?: string[]): void {
  expect(payload.errors, JSON.stringify(payload)).toHaveLength(1);
  expect(payload.errors[0]!.code).toBe(code);
  if (field) expect(payload.errors[0]!.field).toEqual(field);
  expect(typeof payload.errors[0]!.message).toBe('string');
  expect(payload.errors[0]!.message.length).toBeGreaterThan(0);
}

/**
 * The app of the product administration tests (tests/catalog/admin-products-*.test.ts): an
 * administrator and the categories Shoes, Boots (below Shoes) and Sale. Close it with
 * `closeCheckingLedger`.
 */
export async function startProductAdmin() {
  const t = await startTestApp();
  const admin = await adminClient(t);
  const shoes = await createCategory(admin.client, { name: 'Shoes' });
  const boots = await createCategory(admin.client, { name: 'Boots', parentId: shoes.id });
  const sale = await createCategory(admin.client, { name: 'Sale' });
  return { t, admin, shoes, boots, sale };
}

/** Checks the ledger invariant over everything the file did, then closes the app. */
export async function closeCheckingLedger(t: TestApp | undefined): Promise<void> {
  if (t) await expectLedgerConsistent(t);
  await t?.close();
}
