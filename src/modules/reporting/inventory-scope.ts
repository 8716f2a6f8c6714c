import { inArray, lte, type SQL, sql } from 'drizzle-orm';
import { escapeLike } from '../../db/like.js';
import type { RequestContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { productCategories, products, variants } from '../catalog/catalog.tables.js';

export const MAX_FILTER_IDS = 100;
export const DEFAULT_LOW_STOCK_THRESHOLD = 5;
const MAX_THRESHOLD = 1_000_000;
const MAX_SEARCH_LENGTH = 100;

export interface InventoryFilterInput {
  productIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
  search?: string | null;
  lowStockOnly?: boolean | null;
  lowStockThreshold?: number | null;
}

/** A checked inventory filter: conditions on `variants`, each one index-backed. */
export interface InventoryScope {
  conditions: SQL[];
  threshold: number;
}

/**
 * Checks the filter and turns it into conditions on the variants table: products by
 * variants_product_idx, categories (with their descendants) by product_categories_category_idx, the
 * search by the trigram indexes on lower(sku) and lower(product title); low stock by a scan (no index
 * holds `stock`, so that a checkout's stock change is a HOT update: catalog.tables.ts).
 */
export async function resolveInventoryScope(
  ctx: RequestContext,
  filter: InventoryFilterInput,
): Promise<InventoryScope> {
  const threshold = filter.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > MAX_THRESHOLD)
    throw badUserInput('lowStockThreshold is between 0 and 1,000,000.', 'filter.lowStockThreshold');
  const conditions: SQL[] = [];

  if (filter.productIds) {
    const ids = checkedIds(filter.productIds, 'productIds');
    conditions.push(ids.length ? inArray(variants.productId, ids) : sql`false`);
  }
  if (filter.categoryIds) {
    const tree = await ctx.loaders.catalog.categoryTree();
    const ids = [
      ...new Set(
        checkedIds(filter.categoryIds, 'categoryIds')
          .filter((id) => tree.get(id))
          .flatMap((id) => tree.withDescendants(id)),
      ),
    ];
    conditions.push(
      ids.length
        ? sql`${variants.productId} in (select ${productCategories.productId} from ${productCategories} where ${inArray(productCategories.categoryId, ids)})`
        : sql`false`,
    );
  }
  const search = filter.search?.trim();
  if (filter.search != null) {
    if (!search || search.length > MAX_SEARCH_LENGTH)
      throw badUserInput('search is 1 to 100 characters.', 'filter.search');
    const pattern = `%${escapeLike(search.toLowerCase())}%`;
    conditions.push(
      sql`(lower(${variants.sku}) like ${pattern} or ${variants.productId} in (select ${products.id} from ${products} where lower(${products.title}) like ${pattern}))`,
    );
  }
  if (filter.lowStockOnly) conditions.push(lte(variants.stock, threshold));
  return { conditions, threshold };
}

function checkedIds(ids: readonly string[], field: string): string[] {
  if (ids.length > MAX_FILTER_IDS)
    throw badUserInput(`${field} holds at most ${MAX_FILTER_IDS} ids.`, `filter.${field}`);
  // An unknown or malformed id matches nothing rather than failing: links may outlive a product.
  return [...new Set(ids.filter(isUuid))];
}
