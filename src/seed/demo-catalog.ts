import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { count, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.js';
import { inTransaction } from '../db/transact.js';
import { slugify, uniqueSlug } from '../modules/catalog/catalog.rules.js';
import {
  categories,
  productCategories,
  productImages,
  products,
  stockMovements,
  variants,
} from '../modules/catalog/catalog.tables.js';
import { type DemoProduct, demoCategories, generateDemoProducts } from './demo-products.js';
import { writePlaceholderImage } from './placeholder-images.js';

/**
 * Writes the deterministic demo catalog (demo-products.ts) into a database: a 3-level category
 * tree, brands, and products with variants, stock (with its ledger), ratings, sales and optional
 * placeholder images. The same seed gives the same catalog (titles, prices, stock...); only
 * database ids and timestamps' anchor (`now`) differ between runs. Used by `npm run seed`, the
 * first start of the embedded database, the benchmarks and tests. No GraphQL imports.
 */

export interface SeedDemoOptions {
  /** How many products to add. */
  products: number;
  /** PRNG seed; the same seed gives the same catalog. Default 1. */
  seed?: number;
  /** Generate placeholder images (requires mediaDir). Default false. */
  images?: boolean;
  /** MEDIA_DIR: images go to `<mediaDir>/products/<productId>/`. */
  mediaDir?: string;
  /** Anchor of created_at (spread over the year before it). Default: now. */
  now?: Date;
  /** Products per transaction. Default 1000. */
  batchSize?: number;
  /** Rows per INSERT statement. Default 500. */
  rowsPerStatement?: number;
  /** Called after each committed batch. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedDemoResult {
  products: number;
  variants: number;
  categoriesCreated: number;
  images: number;
  stockUnits: number;
  /** Index of the first generated product (products already in the database). */
  startIndex: number;
  ms: number;
}

async function insertChunked<T>(
  rows: readonly T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Creates the demo category tree where missing (matched by slug); returns slug -> id. */
async function ensureDemoCategories(tx: Executor): Promise<{ ids: Map<string, string>; created: number }> {
  const tree = demoCategories();
  const existing = await tx
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(
      inArray(
        categories.slug,
        tree.map((c) => c.slug),
      ),
    );
  const ids = new Map(existing.map((row) => [row.slug, row.id]));
  const missing = tree.filter((c) => !ids.has(c.slug));
  for (const c of missing) ids.set(c.slug, randomUUID());
  if (missing.length > 0) {
    await tx.insert(categories).values(
      missing.map((c) => ({
        id: ids.get(c.slug) as string,
        parentId: c.parentSlug ? (ids.get(c.parentSlug) ?? null) : null,
        slug: c.slug,
        name: c.name,
        description: c.description,
        position: c.position,
      })),
    );
  }
  return { ids, created: missing.length };
}

/**
 * Adds `options.products` demo products with bulk inserts, one transaction per batch: variants
 * with their initial stock and a RESTOCK ledger row each (stock equals the ledger sum), category
 * links, min/max price and tags_text set as the product service does, and optional placeholder
 * images. Slugs and SKUs stay unique also when the database already has products.
 */
export async function seedDemoCatalog(db: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const started = performance.now();
  const total = Math.max(0, Math.floor(options.products));
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 1000;
  const rowsPerStatement = options.rowsPerStatement ?? 500;
  if (options.images && !options.mediaDir) throw new Error('seedDemoCatalog: images need a mediaDir');

  const [{ n: existingProducts } = { n: 0 }] = await db.select({ n: count() }).from(products);
  const takenSlugs = new Set<string>();
  const takenSkus = new Set<string>();
  if (existingProducts > 0) {
    for (const row of await db.select({ slug: products.slug }).from(products)) takenSlugs.add(row.slug);
    for (const row of await db.select({ sku: sql<string>`lower(${variants.sku})` }).from(variants)) {
      takenSkus.add(row.sku);
    }
  }
  const result: SeedDemoResult = {
    products: 0,
    variants: 0,
    categoriesCreated: 0,
    images: 0,
    stockUnits: 0,
    startIndex: existingProducts,
    ms: 0,
  };

  const categoryIds = await inTransaction(db, async (tx) => {
    const { ids, created } = await ensureDemoCategories(tx);
    result.categoriesCreated = created;
    return ids;
  });

  for (let offset = 0; offset < total; offset += batchSize) {
    const batch = generateDemoProducts(
      seed,
      Math.min(batchSize, total - offset),
      now,
      existingProducts + offset,
    );
    const productRows: (typeof products.$inferInsert)[] = [];
    const linkRows: (typeof productCategories.$inferInsert)[] = [];
    const variantRows: (typeof variants.$inferInsert)[] = [];
    const movementRows: (typeof stockMovements.$inferInsert)[] = [];
    const planned: { id: string; product: DemoProduct }[] = [];

    for (const product of batch) {
      const id = randomUUID();
      planned.push({ id, product });
      const slug = uniqueSlug(slugify(product.title) || 'product', takenSlugs);
      takenSlugs.add(slug);
      const prices = product.variants.map((v) => v.price);
      productRows.push({
        id,
        slug,
        title: product.title,
        description: product.description,
        brand: product.brand,
        tags: product.tags,
        tagsText: product.tags.join(' '),
        status: product.status,
        taxClass: product.taxClass,
        ratingAverage: product.ratingAverage,
        ratingCount: product.ratingCount,
        unitsSold: product.unitsSold,
        minPrice: Math.min(...prices),
        maxPrice: Math.max(...prices),
        createdAt: product.createdAt,
        updatedAt: product.createdAt,
      });
      for (const categorySlug of product.categorySlugs) {
        const categoryId = categoryIds.get(categorySlug);
        if (categoryId) linkRows.push({ productId: id, categoryId });
      }
      const prefix = `DM${(product.index + 1).toString().padStart(6, '0')}`;
      product.variants.forEach((variant, position) => {
        let sku = `${prefix}-${variant.skuBase}`.slice(0, 64);
        for (let n = 2; takenSkus.has(sku.toLowerCase()); n += 1) sku = `${prefix}-${variant.skuBase}-${n}`;
        takenSkus.add(sku.toLowerCase());
        const variantId = randomUUID();
        variantRows.push({
          id: variantId,
          productId: id,
          sku,
          title: variant.title,
          options: variant.options,
          price: variant.price,
          compareAtPrice: variant.compareAtPrice,
          stock: variant.stock,
          weightGrams: variant.weightGrams,
          position,
          createdAt: product.createdAt,
          updatedAt: product.createdAt,
        });
        if (variant.stock > 0) {
          movementRows.push({
            variantId,
            delta: variant.stock,
            reason: 'RESTOCK',
            note: 'initial stock',
            createdAt: product.createdAt,
          });
          result.stockUnits += variant.stock;
        }
      });
    }

    // Images first (CPU work outside the transaction); removed again if the batch fails.
    const imageRows: (typeof productImages.$inferInsert)[] = [];
    if (options.images && options.mediaDir) {
      const mediaDir = options.mediaDir;
      const rendered = await mapLimit(planned, 4, async ({ id, product }) => {
        const imageId = randomUUID();
        const renditions = await writePlaceholderImage(mediaDir, id, imageId, product);
        return {
          id: imageId,
          productId: id,
          position: 0,
          alt: product.title,
          width: 1200,
          height: 1200,
          renditions,
          createdAt: product.createdAt,
        };
      });
      imageRows.push(...rendered);
    }

    try {
      await inTransaction(db, async (tx) => {
        await insertChunked(productRows, rowsPerStatement, (chunk) => tx.insert(products).values(chunk));
        await insertChunked(linkRows, rowsPerStatement, (chunk) =>
          tx.insert(productCategories).values(chunk),
        );
        await insertChunked(variantRows, rowsPerStatement, (chunk) => tx.insert(variants).values(chunk));
        await insertChunked(movementRows, rowsPerStatement, (chunk) =>
          tx.insert(stockMovements).values(chunk),
        );
        await insertChunked(imageRows, rowsPerStatement, (chunk) => tx.insert(productImages).values(chunk));
      });
    } catch (err) {
      if (options.mediaDir && imageRows.length > 0) {
        const mediaDir = options.mediaDir;
        await Promise.all(
          planned.map(({ id }) => rm(join(mediaDir, 'products', id), { recursive: true, force: true })),
        );
      }
      throw err;
    }
    result.products += productRows.length;
    result.variants += variantRows.length;
    result.images += imageRows.length;
    options.onProgress?.(result.products, total);
  }
  // Fresh statistics, so the planner sees the bulk-loaded tables as they are (autovacuum would
  // get there later; PGlite has none).
  if (result.products > 0) {
    await db.execute(
      sql`ANALYZE ${products}, ${variants}, ${productCategories}, ${categories}, ${stockMovements}, ${productImages}`,
    );
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
