import DataLoader from 'dataloader';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { compileOnce, runCompiled } from '../../db/query-memo.js';
import { type ProductRow, productColumns, products } from './catalog.tables.js';
import { ancestorChain, CategoryTree } from './category-tree.js';
import {
  type CategoryPart,
  PARTS_BY_ID_SELECT,
  type ProductParts,
  toCategoryRow,
  toProductParts,
} from './product-rows.js';

export type { ProductParts };

declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly catalog: CatalogLoaders;
  }
}

export interface CatalogLoaders {
  /** Every category, loaded once per request: categories are few and read everywhere. */
  categoryTree(): Promise<CategoryTree>;
  /**
   * A category's ancestors, root first: primed by a product read that fetched its categories'
   * ancestors (a product page by slug), else from the category tree.
   */
  ancestorsOf(categoryId: string): Promise<CategoryPart[]>;
  /**
   * Categories holding each one's ancestors (a product's categories and all their ancestors, read in
   * one snapshot): every chain is complete, so `ancestorsOf` answers them without the tree.
   */
  primeAncestors(rows: CategoryPart[]): void;
  productById: DataLoader<string, ProductRow | null>;
  /** Variants, images and categories of products, in ONE query. */
  productParts: DataLoader<string, ProductParts>;
}

/**
 * Every category, prepared and mapped by hand: a product page asks for its categories' ancestors,
 * and building and mapping this select through Drizzle on every request was a tenth of the product
 * page's server CPU (bench "product by slug" under `node --cpu-prof`).
 */
const CATEGORY_TREE = compileOnce<[]>(
  () => sql`SELECT id, parent_id, slug, name, description, position, created_at, updated_at FROM categories`,
  0,
);

/** The ids as one array parameter: the same prepared statement for any number of products. */
const PARTS_BY_IDS = compileOnce<[string]>(
  (ids) => sql`SELECT p.id::text AS id, ${PARTS_BY_ID_SELECT} FROM unnest(${ids}::uuid[]) AS p(id)`,
  1,
);

/** Variants, images and categories of products in one statement (see PARTS_BY_ID_SELECT). */
async function loadProductParts(db: Database, ids: readonly string[]): Promise<ProductParts[]> {
  // Loader keys are ids checked by isUuid or read from rows: an array literal needs no quoting.
  const rows = await runCompiled<Record<string, unknown>>(
    db,
    'product-parts',
    PARTS_BY_IDS(`{${ids.join(',')}}`),
  );
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return ids.map((id) => toProductParts(byId.get(id) ?? {}, id));
}

/** Seeds the loaders with a product and, when fetched with it, its parts: later reads cost nothing. */
export function primeProduct(loaders: CatalogLoaders, row: ProductRow, parts: ProductParts | null): void {
  loaders.productById.prime(row.id, row);
  if (!parts) return;
  loaders.productParts.prime(row.id, parts);
  if (parts.ancestors) loaders.primeAncestors([...parts.categories, ...parts.ancestors]);
}

export function createCatalogLoaders(db: Database): CatalogLoaders {
  let tree: Promise<CategoryTree> | undefined;
  const primedAncestors = new Map<string, CategoryPart[]>();
  const productParts = new DataLoader<string, ProductParts>((ids) => loadProductParts(db, ids));
  const categoryTree = () => {
    tree ??= runCompiled<Record<string, unknown>>(db, 'category-tree', CATEGORY_TREE()).then(
      (rows) => new CategoryTree(rows.map(toCategoryRow)),
    );
    return tree;
  };
  return {
    categoryTree,
    async ancestorsOf(categoryId) {
      return primedAncestors.get(categoryId) ?? (await categoryTree()).ancestors(categoryId);
    },
    primeAncestors(rows) {
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of byId.keys()) primedAncestors.set(id, ancestorChain(byId, id));
    },
    productById: new DataLoader(async (ids) => {
      const rows = await db
        .select(productColumns)
        .from(products)
        .where(inArray(products.id, [...ids]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    productParts,
  };
}
