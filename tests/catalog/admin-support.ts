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
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';

/** Operations and checks shared by the catalog administration tests (tests/catalog/admin-*.test.ts). */

export const VARIANT_FIELDS = `id sku title position quantityAvailable inStock weightGrams
  options { name value } price { amount currencyCode } compareAtPrice { amount }`;

export const PRODUCT_FIELDS = `id slug title description brand tags status taxClass
  priceRange { min { amount } max { amount } }
  compareAtPriceRange { min { amount } max { amount } }
  categories { id slug }
  variants { ${VARIANT_FIELDS} }`;

const ERRORS = 'errors { field code message }';

export const PRODUCT_CREATE = `mutation($input: ProductCreateInput!) {
  productCreate(input: $input) { product { ${PRODUCT_FIELDS} } ${ERRORS} } }`;
export const PRODUCT_UPDATE = `mutation($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { ${PRODUCT_FIELDS} } ${ERRORS} } }`;
export const PRODUCT_DELETE = `mutation($input: DeleteInput!) {
  productDelete(input: $input) { deletedId archivedProduct { id status } ${ERRORS} } }`;
export const PRODUCT = `query($id: ID!) { product(id: $id) { ${PRODUCT_FIELDS} } }`;
export const ADMIN_PRODUCTS = `query($filter: AdminProductFilterInput, $first: Int) {
  adminProducts(first: $first, filter: $filter) { totalCount nodes { id slug title status } } }`;

export const VARIANT_CREATE = `mutation($input: VariantCreateInput!) {
  variantCreate(input: $input) { variant { ${VARIANT_FIELDS} } ${ERRORS} } }`;
export const VARIANT_UPDATE = `mutation($input: VariantUpdateInput!) {
  variantUpdate(input: $input) { variant { ${VARIANT_FIELDS} } ${ERRORS} } }`;
export const VARIANT_DELETE = `mutation($input: DeleteInput!) {
  variantDelete(input: $input) { deletedId ${ERRORS} } }`;

const CATEGORY_FIELDS = 'id slug name description position parent { id }';
export const CATEGORY_CREATE = `mutation($input: CategoryCreateInput!) {
  categoryCreate(input: $input) { category { ${CATEGORY_FIELDS} } ${ERRORS} } }`;
export const CATEGORY_UPDATE = `mutation($input: CategoryUpdateInput!) {
  categoryUpdate(input: $input) { category { ${CATEGORY_FIELDS} } ${ERRORS} } }`;
export const CATEGORY_MOVE = `mutation($input: CategoryMoveInput!) {
  categoryMove(input: $input) { category { ${CATEGORY_FIELDS} } ${ERRORS} } }`;
export const CATEGORY_DELETE = `mutation($input: CategoryDeleteInput!) {
  categoryDelete(input: $input) { deletedId ${ERRORS} } }`;
export const CATEGORIES_FLAT = `{ categories(flat: true) { ${CATEGORY_FIELDS} } }`;

export const INVENTORY_ADJUST = `mutation($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) {
    variant { id quantityAvailable inStock }
    movement { id delta reason note reference actorId createdAt }
    ${ERRORS}
  } }`;
export const STOCK_MOVEMENTS = `query($variantId: ID!, $first: Int, $after: String) {
  stockMovements(variantId: $variantId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id delta reason note reference actorId createdAt }
  } }`;
export const LOW_STOCK = `query($threshold: Int!, $first: Int, $after: String) {
  lowStockVariants(threshold: $threshold, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id sku quantityAvailable }
  } }`;

let skuSequence = 0;
/** A SKU no other test of the file uses. */
export function newSku(prefix = 'SKU'): string {
  skuSequence += 1;
  return `${prefix}-${skuSequence}`;
}

/** Creates a product that must succeed; returns it with its variants. */
export async function createProduct(client: GqlClient, input: Record<string, unknown>): Promise<any> {
  const payload = (await client.ok(PRODUCT_CREATE, { input })).productCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  expect(payload.product).not.toBeNull();
  return payload.product;
}

export async function createCategory(client: GqlClient, input: Record<string, unknown>): Promise<any> {
  const payload = (await client.ok(CATEGORY_CREATE, { input })).categoryCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return payload.category;
}

/** The product as an admin sees it, or null. */
export async function fetchProduct(client: GqlClient, id: string): Promise<any> {
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

/** Expects exactly one payload error with this code (and field, when given). */
export function expectUserError(payload: any, code: string, field?: string[]): void {
  expect(payload.errors, JSON.stringify(payload)).toHaveLength(1);
  expect(payload.errors[0].code).toBe(code);
  if (field) expect(payload.errors[0].field).toEqual(field);
  expect(typeof payload.errors[0].message).toBe('string');
  expect(payload.errors[0].message.length).toBeGreaterThan(0);
}
