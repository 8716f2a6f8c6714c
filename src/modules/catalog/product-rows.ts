import { sql } from 'drizzle-orm';
import type { CategoryRow, ProductImageRow, ProductRow, VariantRow } from './catalog.tables.js';

/**
 * Hand-written SQL for the hottest storefront reads: a product page's rows and their parts.
 * Building the same 17-column select through Drizzle's query builder on every request, and
 * mapping its result, cost about a sixth of the products page's CPU (profiled with
 * `npm run bench -- --only "products page"` under `node --cpu-prof`); these constants are built
 * once. Both drivers return these columns alike: timestamps as text (Drizzle's drivers turn off
 * date parsing), numeric as text, arrays and JSON parsed.
 */

/** Every product column but the search vector, for `FROM products` (the table unaliased, as Drizzle's conditions name it). */
export const PRODUCT_SELECT = sql.raw(
  ['id', 'slug', 'title', 'description', 'brand', 'tags', 'status', 'tax_class', 'vendor_id']
    .concat(['rating_average', 'rating_count', 'units_sold', 'min_price', 'max_price', 'tags_text'])
    .concat(['created_at', 'updated_at'])
    .map((column) => `"products"."${column}"`)
    .join(', '),
);

/**
 * A product card needs its variants, images and categories: three correlated aggregates (one
 * JSON array each, in display order) per product id, so they come with the list in the same
 * round trip. PostgreSQL evaluates them after ORDER BY/LIMIT, for the returned rows only.
 */
const partsSelect = (productId: string) =>
  sql.raw(
    `(SELECT coalesce(json_agg(v ORDER BY v.position, v.created_at, v.id), '[]'::json)
       FROM variants v WHERE v.product_id = ${productId}) AS parts_variants,
    (SELECT coalesce(json_agg(i ORDER BY i.position, i.created_at, i.id), '[]'::json)
       FROM product_images i WHERE i.product_id = ${productId}) AS parts_images,
    (SELECT coalesce(json_agg(c ORDER BY c.position, c.name), '[]'::json)
       FROM product_categories pc JOIN categories c ON c.id = pc.category_id
       WHERE pc.product_id = ${productId}) AS parts_categories`,
  );

/** Parts of each row of `FROM products`. */
export const PRODUCT_PARTS_SELECT = partsSelect('"products"."id"');
/** Parts of each id of `unnest(...) AS p(id)`. */
export const PARTS_BY_ID_SELECT = partsSelect('p.id');

export interface ProductParts {
  variants: VariantRow[];
  images: ProductImageRow[];
  categories: CategoryRow[];
}

type Raw = Record<string, unknown>;
const date = (value: unknown) => new Date(value as string);

export function toProductRow(p: Raw): ProductRow {
  return {
    id: p.id as string,
    slug: p.slug as string,
    title: p.title as string,
    description: p.description as string,
    brand: p.brand as string | null,
    tags: p.tags as string[],
    status: p.status as ProductRow['status'],
    taxClass: p.tax_class as ProductRow['taxClass'],
    vendorId: p.vendor_id as string | null,
    ratingAverage: Number(p.rating_average),
    ratingCount: p.rating_count as number,
    unitsSold: p.units_sold as number,
    minPrice: p.min_price as number,
    maxPrice: p.max_price as number,
    tagsText: p.tags_text as string,
    createdAt: date(p.created_at),
    updatedAt: date(p.updated_at),
  };
}

/** The parts of a row selected with PRODUCT_PARTS_SELECT (missing columns read as empty). */
export function toProductParts(row: Raw): ProductParts {
  return {
    variants: ((row.parts_variants ?? []) as Raw[]).map(toVariantRow),
    images: ((row.parts_images ?? []) as Raw[]).map(toImageRow),
    categories: ((row.parts_categories ?? []) as Raw[]).map(toCategoryRow),
  };
}

function toVariantRow(v: Raw): VariantRow {
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

function toImageRow(i: Raw): ProductImageRow {
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

function toCategoryRow(c: Raw): CategoryRow {
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
