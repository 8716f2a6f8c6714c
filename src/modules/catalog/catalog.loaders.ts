import DataLoader from 'dataloader';
import { inArray, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.js';
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
  imagesByProduct: DataLoader<string, ProductImageRow[]>;
  categoriesByProduct: DataLoader<string, CategoryRow[]>;
  /** Variants, images and categories of products in ONE query; the three loaders above read it. */
  productParts: DataLoader<string, ProductParts>;
}

export interface ProductParts {
  variants: VariantRow[];
  images: ProductImageRow[];
  categories: CategoryRow[];
}

type JsonRow = Record<string, unknown>;
const date = (value: unknown) => new Date(value as string);

/**
 * A product card needs its variants, images and categories: one statement aggregates all three
 * per product with json_agg (one round trip instead of three), in the display orders.
 */
async function loadProductParts(db: Database, ids: readonly string[]): Promise<ProductParts[]> {
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await queryRows<{ id: string; variants: JsonRow[]; images: JsonRow[]; categories: JsonRow[] }>(
    db,
    sql`
      SELECT p.id::text AS id,
        (SELECT coalesce(json_agg(v ORDER BY v.position, v.created_at, v.id), '[]'::json)
           FROM ${variants} v WHERE v.product_id = p.id) AS variants,
        (SELECT coalesce(json_agg(i ORDER BY i.position, i.created_at, i.id), '[]'::json)
           FROM ${productImages} i WHERE i.product_id = p.id) AS images,
        (SELECT coalesce(json_agg(c ORDER BY c.position, c.name), '[]'::json)
           FROM ${productCategories} pc JOIN ${categories} c ON c.id = pc.category_id WHERE pc.product_id = p.id) AS categories
      FROM unnest(ARRAY[${idList}]::uuid[]) AS p(id)`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    return {
      variants: (row?.variants ?? []).map(toVariantRow),
      images: (row?.images ?? []).map(toImageRow),
      categories: (row?.categories ?? []).map(toCategoryRow),
    };
  });
}

function toVariantRow(v: JsonRow): VariantRow {
  return {
    id: v.id as string,
    productId: v.product_id as string,
    sku: v.sku as string,
    title: v.title as string,
    options: v.options as VariantRow['options'],
    price: v.price as number,
    compareAtPrice: v.compare_at_price as number | null,
    stock: v.stock as number,
    weightGrams: v.weight_grams as number | null,
    position: v.position as number,
    createdAt: date(v.created_at),
    updatedAt: date(v.updated_at),
  };
}

function toImageRow(i: JsonRow): ProductImageRow {
  return {
    id: i.id as string,
    productId: i.product_id as string,
    position: i.position as number,
    alt: i.alt as string,
    width: i.width as number,
    height: i.height as number,
    renditions: i.renditions as ProductImageRow['renditions'],
    createdAt: date(i.created_at),
  };
}

function toCategoryRow(c: JsonRow): CategoryRow {
  return {
    id: c.id as string,
    parentId: c.parent_id as string | null,
    slug: c.slug as string,
    name: c.name as string,
    description: c.description as string,
    position: c.position as number,
    createdAt: date(c.created_at),
    updatedAt: date(c.updated_at),
  };
}

export function createCatalogLoaders(db: Database): CatalogLoaders {
  let tree: Promise<CategoryTree> | undefined;
  const productParts = new DataLoader<string, ProductParts>((ids) => loadProductParts(db, ids));
  const loadParts = async (ids: readonly string[]) => {
    const parts = await productParts.loadMany(ids);
    return parts.map((part) => {
      if (part instanceof Error) throw part;
      return part;
    });
  };
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
    variantsByProduct: new DataLoader(async (ids) => (await loadParts(ids)).map((parts) => parts.variants)),
    imagesByProduct: new DataLoader(async (ids) => (await loadParts(ids)).map((parts) => parts.images)),
    categoriesByProduct: new DataLoader(async (ids) =>
      (await loadParts(ids)).map((parts) => parts.categories),
    ),
  };
}
