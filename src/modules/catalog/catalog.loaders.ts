import DataLoader from 'dataloader';
import { inArray, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.js';
import { categories, type ProductRow, productColumns, products } from './catalog.tables.js';
import { CategoryTree } from './category-tree.js';
import { PARTS_BY_ID_SELECT, type ProductParts, toProductParts } from './product-rows.js';

export type { ProductParts };

declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly catalog: CatalogLoaders;
  }
}

export interface CatalogLoaders {
  /** Every category, loaded once per request: categories are few and read everywhere. */
  categoryTree(): Promise<CategoryTree>;
  productById: DataLoader<string, ProductRow | null>;
  /** Variants, images and categories of products, in ONE query. */
  productParts: DataLoader<string, ProductParts>;
}

/** Variants, images and categories of products in one statement (see PARTS_BY_ID_SELECT). */
async function loadProductParts(db: Database, ids: readonly string[]): Promise<ProductParts[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT p.id::text AS id, ${PARTS_BY_ID_SELECT} FROM unnest(ARRAY[${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]) AS p(id)`,
  );
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return ids.map((id) => toProductParts(byId.get(id) ?? {}, id));
}

/** Seeds the loaders with a product and, when fetched with it, its parts: later reads cost nothing. */
export function primeProduct(loaders: CatalogLoaders, row: ProductRow, parts: ProductParts | null): void {
  loaders.productById.prime(row.id, row);
  if (!parts) return;
  loaders.productParts.prime(row.id, parts);
}

export function createCatalogLoaders(db: Database): CatalogLoaders {
  let tree: Promise<CategoryTree> | undefined;
  const productParts = new DataLoader<string, ProductParts>((ids) => loadProductParts(db, ids));
  return {
    categoryTree() {
      tree ??= db
        .select()
        .from(categories)
        .then((rows) => new CategoryTree(rows));
      return tree;
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
