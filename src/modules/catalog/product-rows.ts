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
    .concat([
      'rating_average',
      'rating_count',
      'rating_histogram',
      'units_sold',
      'min_price',
      'max_price',
      'tags_text',
    ])
    .concat(['created_at', 'updated_at'])
    .map((column) => `"products"."${column}"`)
    .join(', '),
);

/**
 * A product card needs its variants, images and categories: three correlated aggregates per
 * product id, so they come with the list in the same round trip. PostgreSQL evaluates them after
 * ORDER BY/LIMIT, for the returned rows only. Each part is a JSON array of positional arrays with
 * only the columns pages read (no timestamps): formatting whole rows as JSON objects, timestamps
 * included, made PostgreSQL's share of the products page 60 % more than the same page's floor, and
 * the keys repeated in every object were most of what the server then parsed. The categories are
 * looked up per link in a subquery that PostgreSQL may not merge (`OFFSET 0`): joined directly, it
 * hashed each product's one or two links and scanned every category against them, per product
 * (EXPLAIN ANALYZE, 200 products: 15-18 µs each, against 9-10 µs for the lookup per link).
 */
const partsSelect = (productId: string) =>
  sql.raw(
    `(SELECT coalesce(json_agg(json_build_array(v.id, v.sku, v.title, v.options, v.price, v.compare_at_price,
         v.stock, v.weight_grams, v.position) ORDER BY v.position, v.created_at, v.id), '[]'::json)
       FROM variants v WHERE v.product_id = ${productId}) AS parts_variants,
    (SELECT coalesce(json_agg(json_build_array(i.id, i.alt, i.width, i.height, i.position, i.renditions)
         ORDER BY i.position, i.created_at, i.id), '[]'::json)
       FROM product_images i WHERE i.product_id = ${productId}) AS parts_images,
    (SELECT coalesce(json_agg(json_build_array(c.id, c.parent_id, c.slug, c.name, c.description, c.position)
         ORDER BY c.position, c.name), '[]'::json)
       FROM product_categories pc CROSS JOIN LATERAL (
         SELECT c.id, c.parent_id, c.slug, c.name, c.description, c.position FROM categories c
         WHERE c.id = pc.category_id OFFSET 0) c
       WHERE pc.product_id = ${productId}) AS parts_categories`,
  );

/** Parts of each row of `FROM products`. */
export const PRODUCT_PARTS_SELECT = partsSelect('"products"."id"');
/** Parts of each id of `unnest(...) AS p(id)`. */
export const PARTS_BY_ID_SELECT = partsSelect('p.id');

/** What product pages read of a variant, an image and a category: every column but the timestamps. */
export type VariantPart = Omit<VariantRow, 'createdAt' | 'updatedAt'>;
export type ImagePart = Omit<ProductImageRow, 'createdAt'>;
export type CategoryPart = Omit<CategoryRow, 'createdAt' | 'updatedAt'>;

export interface ProductParts {
  variants: VariantPart[];
  images: ImagePart[];
  categories: CategoryPart[];
  /**
   * Every ancestor of the categories (each once, unordered; `ancestorChain` orders them) when read
   * with them (a product page by slug, drizzle/0021_product-page-function.sql), else undefined.
   */
  ancestors?: CategoryPart[];
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
    ratingHistogram: p.rating_histogram as number[],
    unitsSold: p.units_sold as number,
    minPrice: p.min_price as number,
    maxPrice: p.max_price as number,
    tagsText: p.tags_text as string,
    createdAt: date(p.created_at),
    updatedAt: date(p.updated_at),
  };
}

/** A row of `SELECT id, parent_id, slug, name, description, position, created_at, updated_at FROM categories`. */
export function toCategoryRow(c: Raw): CategoryRow {
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

/** The parts of product `productId` in a row selected with PRODUCT_PARTS_SELECT (missing columns read as empty). */
export function toProductParts(row: Raw, productId: string): ProductParts {
  return {
    variants: ((row.parts_variants ?? []) as unknown[][]).map(
      (v): VariantPart => ({
        id: v[0] as string,
        productId,
        sku: v[1] as string,
        title: v[2] as string,
        options: v[3] as VariantPart['options'],
        price: v[4] as number,
        compareAtPrice: v[5] as number | null,
        stock: v[6] as number,
        weightGrams: v[7] as number | null,
        position: v[8] as number,
      }),
    ),
    images: ((row.parts_images ?? []) as unknown[][]).map(
      (i): ImagePart => ({
        id: i[0] as string,
        productId,
        alt: i[1] as string,
        width: i[2] as number,
        height: i[3] as number,
        position: i[4] as number,
        renditions: i[5] as ImagePart['renditions'],
      }),
    ),
    categories: ((row.parts_categories ?? []) as unknown[][]).map(toCategoryPart),
    ancestors: row.parts_ancestors ? (row.parts_ancestors as unknown[][]).map(toCategoryPart) : undefined,
  };
}

function toCategoryPart(c: unknown[]): CategoryPart {
  return {
    id: c[0] as string,
    parentId: c[1] as string | null,
    slug: c[2] as string,
    name: c[3] as string,
    description: c[4] as string,
    position: c[5] as number,
  };
}
