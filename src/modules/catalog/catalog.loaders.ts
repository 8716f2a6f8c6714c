import DataLoader from 'dataloader';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  type CategoryRow,
  categories,
  type ProductImageRow,
  type ProductRow,
  productCategories,
  productColumns,
  productImages,
  products,
  type VariantRow,
  variants,
} from './catalog.tables.js';
import { CategoryTree } from './category-tree.js';

export interface CatalogLoaders {
  /** Every category, loaded once per request: categories are few and read everywhere. */
  categoryTree(): Promise<CategoryTree>;
  productById: DataLoader<string, ProductRow | null>;
  variantsByProduct: DataLoader<string, VariantRow[]>;
  variantById: DataLoader<string, VariantRow | null>;
  imagesByProduct: DataLoader<string, ProductImageRow[]>;
  categoriesByProduct: DataLoader<string, CategoryRow[]>;
}

function groupBy<Row, Key>(keys: readonly Key[], rows: Row[], keyOf: (row: Row) => Key): Row[][] {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export function createCatalogLoaders(db: Database): CatalogLoaders {
  let tree: Promise<CategoryTree> | undefined;
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
    variantsByProduct: new DataLoader(async (productIds) => {
      const rows = await db
        .select()
        .from(variants)
        .where(inArray(variants.productId, [...productIds]))
        .orderBy(asc(variants.position), asc(variants.createdAt), asc(variants.id));
      return groupBy(productIds, rows, (row) => row.productId);
    }),
    variantById: new DataLoader(async (ids) => {
      const rows = await db
        .select()
        .from(variants)
        .where(inArray(variants.id, [...ids]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    imagesByProduct: new DataLoader(async (productIds) => {
      const rows = await db
        .select()
        .from(productImages)
        .where(inArray(productImages.productId, [...productIds]))
        .orderBy(asc(productImages.position), asc(productImages.createdAt), asc(productImages.id));
      return groupBy(productIds, rows, (row) => row.productId);
    }),
    categoriesByProduct: new DataLoader(async (productIds) => {
      const rows = await db
        .select({ productId: productCategories.productId, category: categories })
        .from(productCategories)
        .innerJoin(categories, eq(categories.id, productCategories.categoryId))
        .where(inArray(productCategories.productId, [...productIds]))
        .orderBy(asc(categories.position), asc(categories.name));
      return groupBy(productIds, rows, (row) => row.productId).map((group) =>
        group.map((row) => row.category),
      );
    }),
  };
}
