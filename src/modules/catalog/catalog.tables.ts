import { getTableColumns, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../account/account.tables.js';

const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

export const productStatusEnum = pgEnum('product_status', ['DRAFT', 'ACTIVE', 'ARCHIVED']);
export const taxClassEnum = pgEnum('tax_class', ['STANDARD', 'REDUCED', 'ZERO']);
export const stockMovementReasonEnum = pgEnum('stock_movement_reason', [
  'RESTOCK',
  'ADJUSTMENT',
  'ORDER',
  'CANCEL',
  'RETURN',
]);

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => categories.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('categories_slug_key').on(t.slug),
    index('categories_parent_id_idx').on(t.parentId, t.position),
  ],
);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    brand: text('brand'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    status: productStatusEnum('status').notNull().default('DRAFT'),
    taxClass: taxClassEnum('tax_class').notNull().default('STANDARD'),
    vendorId: uuid('vendor_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Maintained from published reviews (product-rating.ts, in the review's transaction): the average
     * rounded to one decimal as shown, so minRating, the RATING sort and the rating facet agree with it.
     */
    ratingAverage: numeric('rating_average', { precision: 3, scale: 2, mode: 'number' }).notNull().default(0),
    ratingCount: integer('rating_count').notNull().default(0),
    /** Published reviews with 1, 2, 3, 4 and 5 stars (five counts; their sum is rating_count). */
    ratingHistogram: integer('rating_histogram').array().notNull().default(sql`'{0,0,0,0,0}'::integer[]`),
    /**
     * Maintained from orders through product_units_pending (units-sold.ts), folded in about a second after
     * the sale; the POPULARITY sort reads it.
     */
    unitsSold: integer('units_sold').notNull().default(0),
    /** Lowest and highest variant price (minor units), maintained when variants change; price sorts read it. */
    minPrice: integer('min_price').notNull().default(0),
    maxPrice: integer('max_price').notNull().default(0),
    /** Tags joined by spaces, so the generated search vector stays an immutable expression. */
    tagsText: text('tags_text').notNull().default(''),
    /**
     * The categories the product is linked to (product_categories), kept by that table's triggers
     * (drizzle/0023_product-category-ids-triggers.sql) in the linking transaction: a category filter
     * tests the row it already read (`&&`) instead of probing the links of every product it walks.
     * Unordered; not exposed (ProductRow leaves it out).
     */
    categoryIds: uuid('category_ids').array().notNull().default(sql`'{}'::uuid[]`),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("brand", '')), 'B') || setweight(to_tsvector('english', coalesce("tags_text", '')), 'B') || setweight(to_tsvector('english', coalesce("description", '')), 'C')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_slug_key').on(t.slug),
    index('products_search_idx').using('gin', t.searchVector),
    index('products_title_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
    index('products_status_created_idx').on(t.status, t.createdAt, t.id),
    index('products_status_price_idx').on(t.status, t.minPrice, t.id),
    index('products_status_sold_idx').on(t.status, t.unitsSold, t.id),
    index('products_status_rating_idx').on(t.status, t.ratingAverage, t.id),
    index('products_status_title_idx').on(t.status, t.title, t.id),
    index('products_brand_idx').on(t.brand),
    index('products_tags_idx').using('gin', t.tags),
    index('products_category_ids_idx').using('gin', t.categoryIds),
  ],
);

/**
 * Units sold (or, negative, given back) not yet added to `products.units_sold`: an order's transitions
 * insert here instead of updating the product rows (units-sold.ts), and a background fold adds them up
 * once per product about every second. No foreign key: a row of a product deleted meanwhile is dropped
 * by the fold, and the check would lock the product row for every sale.
 */
export const productUnitsPending = pgTable('product_units_pending', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  productId: uuid('product_id').notNull(),
  units: integer('units').notNull(),
});

/**
 * The catalog's vocabulary for the search's typo correction (product-text-query.ts): every word
 * (lower case, 3 to 40 characters, not only digits) of any product's title, brand, tags or
 * description. Maintained by triggers on `products` (drizzle/0013_search-words-triggers.sql) in the
 * writing statement's transaction; words are only ever added (a word no product uses any more is a
 * harmless correction candidate that matches nothing), so concurrent writers never wait on a
 * counter row. A trigram GiST index finds the nearest words of a misspelt one (`<->`, KNN).
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (t) => [
  index('search_words_trgm_idx').using('gist', sql`${t.word} gist_trgm_ops`),
]);

export const productCategories = pgTable(
  'product_categories',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.categoryId] }),
    index('product_categories_category_idx').on(t.categoryId),
  ],
);

export interface VariantOption {
  name: string;
  value: string;
}

export const variants = pgTable(
  'variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    title: text('title').notNull(),
    options: jsonb('options').$type<VariantOption[]>().notNull().default([]),
    price: integer('price').notNull(),
    compareAtPrice: integer('compare_at_price'),
    /** Never below zero: the CHECK is the last guard under concurrent orders. */
    stock: integer('stock').notNull().default(0),
    weightGrams: integer('weight_grams'),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('variants_sku_key').on(sql`lower(${t.sku})`),
    // The inventory report's search: SKU fragments in any letter case.
    index('variants_sku_trgm_idx').using('gin', sql`lower(${t.sku}) gin_trgm_ops`),
    index('variants_product_idx').on(t.productId, t.position),
    index('variants_price_idx').on(t.price, t.productId),
    // No index holds `stock`, not even in a predicate: then a stock change (every checkout, on the hot
    // item's row) is a HOT update, which adds no entry to any of these indexes. Indexed, every decrement
    // added one to all seven, the unique SKU index's check included (bench/README.md, checkout round 8).
    // The low-stock lists scan the variants (as their totals always did); "has a variant in stock"
    // probes a product's variants through variants_product_idx.
    check('variants_stock_non_negative', sql`${t.stock} >= 0`),
    check('variants_price_non_negative', sql`${t.price} >= 0`),
    check(
      'variants_compare_at_price_non_negative',
      sql`${t.compareAtPrice} IS NULL OR ${t.compareAtPrice} >= 0`,
    ),
    check('variants_weight_non_negative', sql`${t.weightGrams} IS NULL OR ${t.weightGrams} >= 0`),
  ],
);

export interface ImageRendition {
  width: number;
  height: number;
  /** Path below MEDIA_DIR, served at /media/<path>. */
  path: string;
}

export const productImages = pgTable(
  'product_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    alt: text('alt').notNull().default(''),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    renditions: jsonb('renditions').$type<ImageRendition[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);

/** Ledger of every stock change: a variant's stock always equals the sum of its deltas. */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    delta: integer('delta').notNull(),
    reason: stockMovementReasonEnum('reason').notNull(),
    /** What caused it, e.g. an order number. */
    reference: text('reference'),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('stock_movements_variant_idx').on(t.variantId, t.createdAt, t.id),
    // The inventory report sums the ledger of a period over every variant.
    index('stock_movements_created_idx').on(t.createdAt),
  ],
);

export type CategoryRow = typeof categories.$inferSelect;
/** Every product column but the search vector and the category ids, which only SQL reads: what services load. */
const {
  searchVector: _searchVector,
  categoryIds: _categoryIds,
  ...productColumnsForServices
} = getTableColumns(products);
export const productColumns = productColumnsForServices;
export type ProductRow = Omit<typeof products.$inferSelect, 'searchVector' | 'categoryIds'>;
export type VariantRow = typeof variants.$inferSelect;
export type ProductImageRow = typeof productImages.$inferSelect;
export type StockMovementRow = typeof stockMovements.$inferSelect;
export type ProductStatus = (typeof productStatusEnum.enumValues)[number];
export type TaxClass = (typeof taxClassEnum.enumValues)[number];
export type StockMovementReason = (typeof stockMovementReasonEnum.enumValues)[number];
