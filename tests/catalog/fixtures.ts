import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { products as productsTable } from '../../src/modules/catalog/catalog.tables.js';
import { graphql } from '../generated/gql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import type { GqlClient, GqlResponse } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  amount,
  type BuiltCategory,
  type BuiltProduct,
  type BuiltVariant,
  type Catalog,
  type Filter,
  type Sort,
} from './catalog-model.js';
import { CATEGORY_SPECS, type CategorySpec, type ProductSpec } from './catalog-specs.js';
import { ELECTRONICS_AND_HOME_SPECS } from './electronics-and-home-specs.js';
import { OUTDOOR_ACCESSORY_AND_HIDDEN_SPECS } from './outdoor-accessory-and-hidden-specs.js';

/**
 * The storefront fixture catalog and an independent model of it. Not a test file (vitest runs
 * only `*.test.ts`).
 *
 * The catalog is created through the admin API (categoryCreate, productCreate, productUpdate,
 * inventoryAdjust). Aggregates no API sets yet (rating, units sold, creation time) are written
 * to the `products` table directly: reviews and orders will maintain them later.
 *
 * Expected results are computed from the specs (catalog-specs.ts, *-specs.ts) in plain TypeScript
 * (catalog-model.ts), never by running
 * the server's SQL.
 */

/**
 * 29 ACTIVE, 3 DRAFT and 3 ARCHIVED products. Many share a price, a rating, a creation day or
 * a units-sold figure; some variants sit exactly on price bucket bounds (24.99, 25.00, 49.99,
 * 50.00, 500.00).
 */
export const PRODUCT_SPECS: ProductSpec[] = [
  ...ELECTRONICS_AND_HOME_SPECS,
  ...OUTDOOR_ACCESSORY_AND_HIDDEN_SPECS,
];

// ---- building ----

export const CATEGORY_CREATE = graphql(`mutation FixtureCategoryCreate($input: CategoryCreateInput!) {
  categoryCreate(input: $input) { category { id slug position } errors { field code message } }
}`);
export const PRODUCT_CREATE = graphql(`mutation FixtureProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id slug status variants { id sku } } errors { field code message } }
}`);
export const PRODUCT_UPDATE = graphql(`mutation FixtureProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { id status } errors { field code message } }
}`);
export const INVENTORY_ADJUST = graphql(`mutation FixtureInventoryAdjust($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } }
}`);

const DAY_MS = 86_400_000;
export const EPOCH = Date.UTC(2024, 0, 1);
export const createdAtOf = (day: number) => new Date(EPOCH + day * DAY_MS);

export async function createCategories(admin: GqlClient, specs: CategorySpec[]): Promise<BuiltCategory[]> {
  const built: BuiltCategory[] = [];
  for (const spec of specs) {
    const parentId = spec.parent ? built.find((c) => c.key === spec.parent)?.id : undefined;
    if (spec.parent && !parentId) throw new Error(`parent ${spec.parent} of ${spec.key} not created yet`);
    const data = await admin.ok(CATEGORY_CREATE, {
      input: {
        name: spec.name,
        slug: spec.slug,
        ...(parentId ? { parentId } : {}),
        ...(spec.position !== undefined ? { position: spec.position } : {}),
      },
    });
    const payload = data.categoryCreate;
    if (payload.errors.length)
      throw new Error(`categoryCreate ${spec.key}: ${JSON.stringify(payload.errors)}`);
    if (!payload.category) throw new Error(`categoryCreate ${spec.key}: no category`);
    built.push({ ...spec, id: payload.category.id });
  }
  return built;
}

/**
 * Creates one product through the admin API, reaching its spec'd status and stock, then writes
 * the aggregates no API sets yet (rating, units sold, creation time) directly.
 */
export async function createProduct(
  t: TestApp,
  admin: GqlClient,
  spec: ProductSpec,
  categoryIds: Record<string, string>,
  skuPrefix = '',
): Promise<BuiltProduct> {
  const initialStatus = spec.status === 'DRAFT' || spec.publishLater ? undefined : 'ACTIVE';
  const skus = spec.variants.map((_, i) => `${skuPrefix}${spec.key}-${i + 1}`.toUpperCase());
  const data = await admin.ok(PRODUCT_CREATE, {
    input: {
      title: spec.title,
      description: spec.description,
      ...(spec.brand !== null ? { brand: spec.brand } : {}),
      tags: spec.tags,
      ...(initialStatus ? { status: initialStatus } : {}),
      categoryIds: spec.categories.map((key) => {
        const id = categoryIds[key];
        if (!id) throw new Error(`unknown category ${key}`);
        return id;
      }),
      variants: spec.variants.map((variant, i) => ({
        sku: skus[i] as string,
        price: amount(variant.price),
        ...(variant.compareAt !== undefined ? { compareAtPrice: amount(variant.compareAt) } : {}),
        stock: variant.stock,
        ...(variant.options ? { options: variant.options } : {}),
      })),
    },
  });
  const payload = data.productCreate;
  if (payload.errors.length) throw new Error(`productCreate ${spec.key}: ${JSON.stringify(payload.errors)}`);
  const product = payload.product;
  if (!product) throw new Error(`productCreate ${spec.key}: no product`);
  if (spec.status !== 'DRAFT' && product.status !== spec.status) {
    const update = await admin.ok(PRODUCT_UPDATE, { input: { id: product.id, status: spec.status } });
    if (update.productUpdate.errors.length || update.productUpdate.product?.status !== spec.status)
      throw new Error(`productUpdate ${spec.key}: ${JSON.stringify(update.productUpdate.errors)}`);
  }
  const variants: BuiltVariant[] = [];
  for (const [i, variant] of spec.variants.entries()) {
    const created = product.variants[i];
    if (!created || created.sku !== skus[i]) throw new Error(`variant ${i} of ${spec.key} missing`);
    if (variant.adjust) {
      const adjusted = await admin.ok(INVENTORY_ADJUST, {
        input: { variantId: created.id, delta: variant.adjust, reason: 'ADJUSTMENT', note: 'fixture' },
      });
      const result = adjusted.inventoryAdjust;
      if (result.errors.length)
        throw new Error(`inventoryAdjust ${spec.key}: ${JSON.stringify(result.errors)}`);
      if (result.variant?.quantityAvailable !== variant.stock + variant.adjust)
        throw new Error(`inventoryAdjust ${spec.key}: unexpected stock ${result.variant?.quantityAvailable}`);
    }
    variants.push({
      ...variant,
      id: created.id,
      sku: created.sku,
      finalStock: variant.stock + (variant.adjust ?? 0),
    });
  }
  const createdAt = createdAtOf(spec.createdDay);
  await t.database.db
    .update(productsTable)
    .set({
      ratingAverage: spec.rating,
      ratingCount: spec.ratingCount,
      unitsSold: spec.unitsSold,
      createdAt,
    })
    .where(eq(productsTable.id, product.id));
  return { ...spec, id: product.id, slug: product.slug, variants, createdAt };
}

export function makeCatalog(categories: BuiltCategory[], products: BuiltProduct[]): Catalog {
  const categoryByKey = new Map(categories.map((c) => [c.key, c]));
  const productByKey = new Map(products.map((p) => [p.key, p]));
  const productById = new Map(products.map((p) => [p.id, p]));
  const get = <T>(map: Map<string, T>, key: string, what: string): T => {
    const found = map.get(key);
    if (!found) throw new Error(`no ${what} ${key}`);
    return found;
  };
  return {
    categories,
    products,
    category: (key) => get(categoryByKey, key, 'category'),
    product: (key) => get(productByKey, key, 'product'),
    byId: (id) => get(productById, id, 'product id'),
    withDescendants(key) {
      const result = [key];
      for (let i = 0; i < result.length; i += 1)
        for (const child of categories) if (child.parent === result[i]) result.push(child.key);
      return result;
    },
    active: () => products.filter((p) => p.status === 'ACTIVE'),
  };
}

/** Builds the whole fixture catalog (categories, then products in spec order). */
export async function buildCatalog(t: TestApp, admin: SignedIn): Promise<Catalog> {
  const categories = await createCategories(admin.client, CATEGORY_SPECS);
  const categoryIds = Object.fromEntries(categories.map((c) => [c.key, c.id]));
  const products: BuiltProduct[] = [];
  for (const spec of PRODUCT_SPECS) products.push(await createProduct(t, admin.client, spec, categoryIds));
  return makeCatalog(categories, products);
}

export interface Storefront {
  t: TestApp;
  admin: SignedIn;
  catalog: Catalog;
  /** An anonymous client. */
  anon: GqlClient;
}

/** A fresh app with the fixture catalog: the setup of every storefront suite (close `t` after). */
export async function startStorefront(): Promise<Storefront> {
  const t = await startTestApp();
  const admin = await adminClient(t);
  const catalog = await buildCatalog(t, admin);
  return { t, admin, catalog, anon: t.client() };
}

// ---- GraphQL ----

export const PRODUCTS =
  graphql(`query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String, $last: Int, $before: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title } }
  }
}`);

/** The facets of a product listing, as every facet test reads them. */
export const FACETS_FRAGMENT = graphql(`fragment StorefrontFacets on ProductConnection {
  facets {
    categories { category { id slug name } count }
    brands { value count }
    priceBuckets { min { amount currencyCode } max { amount currencyCode } count }
    ratings { minRating count }
    inStock
  }
}`);

export interface PageResult {
  ids: string[];
  cursors: string[];
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export async function productsPage(
  client: GqlClient,
  variables: { filter?: Filter; sort?: Sort; first?: number; after?: string; last?: number; before?: string },
): Promise<PageResult> {
  const data = await client.ok(PRODUCTS, variables);
  const connection = data.products;
  return {
    ids: connection.edges.map((e) => e.node.id),
    cursors: connection.edges.map((e) => e.cursor),
    totalCount: connection.totalCount,
    pageInfo: connection.pageInfo,
  };
}

/** The whole listing in one page (the fixture has fewer than 100 products). */
export async function listAll(client: GqlClient, filter: Filter = {}, sort?: Sort): Promise<string[]> {
  const page = await productsPage(client, { filter, ...(sort ? { sort } : {}), first: 100 });
  expect(page.pageInfo.hasNextPage).toBe(false);
  expect(page.totalCount).toBe(page.ids.length);
  return page.ids;
}

/** Keys of the products with these ids, sorted (for set comparisons). */
export const keysOf = (catalog: Catalog, ids: string[]) => ids.map((id) => catalog.byId(id).key).sort();

/** The top-level error code of a response that must have failed. */
export function errorCode(result: GqlResponse): string | undefined {
  expect(result.errors, 'expected a top-level error').toBeDefined();
  return result.errors?.[0]?.extensions?.code;
}
