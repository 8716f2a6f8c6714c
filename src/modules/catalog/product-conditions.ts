import { inArray, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits, parseDecimalAmount } from '../../graphql/money.js';
import { type ProductStatus, products, variants } from './catalog.tables.js';
import type { TextQuery } from './product-text-query.js';

/** A product listing's filter: checked, resolved, and turned into SQL conditions. */

export interface ProductFilter {
  query?: string | null;
  categoryIds?: string[] | null;
  brands?: string[] | null;
  tags?: string[] | null;
  priceMin?: string | null;
  priceMax?: string | null;
  minRating?: number | null;
  inStock?: boolean | null;
}

/** A filter checked and resolved: amounts in minor units, categories with their descendants. */
export interface ResolvedFilter {
  statuses: ProductStatus[];
  query: string | null;
  categoryIds: string[] | null;
  brands: string[] | null;
  tags: string[] | null;
  priceMin: number | null;
  priceMax: number | null;
  minRating: number | null;
  inStock: boolean | null;
}

export type Facet = 'category' | 'brand' | 'price' | 'rating' | 'inStock';

export async function resolveFilter(
  ctx: RequestContext,
  filter: ProductFilter,
  statuses: ProductStatus[],
): Promise<ResolvedFilter> {
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  const amount = (value: string | null | undefined, name: string) => {
    if (value == null || value === '') return null;
    const minor = parseDecimalAmount(value, digits);
    if (minor === null)
      throw badUserInput(`${name} must be a non-negative amount such as "19.99".`, `filter.${name}`);
    return minor;
  };
  const query = filter.query?.trim() || null;
  if (query && query.length > 200)
    throw badUserInput('The search query is at most 200 characters.', 'filter.query');
  let categoryIds: string[] | null = null;
  if (filter.categoryIds?.length) {
    const tree = await ctx.loaders.catalog.categoryTree();
    // An unknown category matches nothing rather than failing: links may outlive a category.
    categoryIds = [
      ...new Set(
        filter.categoryIds
          .filter((id) => isUuid(id) && tree.get(id))
          .flatMap((id) => tree.withDescendants(id)),
      ),
    ];
  }
  const minRating = filter.minRating ?? null;
  if (minRating !== null && (minRating < 0 || minRating > 5))
    throw badUserInput('minRating is between 0 and 5.', 'filter.minRating');
  return {
    // Each once, in one order: a listing's statement text and memo key depend on them.
    statuses: [...new Set(statuses)].sort(),
    query,
    categoryIds,
    brands: filter.brands?.length ? filter.brands.map((b) => b.trim().toLowerCase()) : null,
    tags: filter.tags?.length ? filter.tags.map((t) => t.trim().toLowerCase()) : null,
    priceMin: amount(filter.priceMin, 'priceMin'),
    priceMax: amount(filter.priceMax, 'priceMax'),
    minRating,
    inStock: filter.inStock ?? null,
  };
}

export const hasVariantInStock = sql`EXISTS (SELECT 1 FROM ${variants} WHERE ${variants.productId} = ${products.id} AND ${variants.stock} > 0)`;

/**
 * Conditions of a filter, its query as `text` (the query as typed, or corrected); `except` leaves
 * one facet's own condition out (disjunctive faceting).
 */
export function conditions(f: ResolvedFilter, text: TextQuery | null, except?: Facet): SQL[] {
  const where: SQL[] = [inArray(products.status, f.statuses)];
  if (text) where.push(sql`${products.searchVector} @@ ${text.tsquery}`);
  if (f.categoryIds && except !== 'category') {
    where.push(
      f.categoryIds.length === 0
        ? sql`false`
        : // The product's own row holds its links (products.category_ids): walking a sorted index, a
          // listing tests each row it reads instead of probing product_categories for every one
          // (at 100,000 products, 595 of the filtered page's 810 buffers); the GIN index serves a
          // small category.
          sql`${products.categoryIds} && ${sql.param(f.categoryIds, products.categoryIds)}`,
    );
  }
  if (f.brands && except !== 'brand') where.push(inArray(sql`lower(${products.brand})`, f.brands));
  if (f.tags) where.push(sql`${products.tags} && ${sql.param(f.tags, products.tags)}`);
  if ((f.priceMin !== null || f.priceMax !== null) && except !== 'price') {
    const min = f.priceMin ?? 0;
    const max = f.priceMax ?? 2_147_483_647;
    where.push(
      sql`EXISTS (SELECT 1 FROM ${variants} WHERE ${variants.productId} = ${products.id} AND ${variants.price} BETWEEN ${min} AND ${max})`,
    );
  }
  if (f.minRating !== null && except !== 'rating')
    where.push(sql`${products.ratingAverage} >= ${f.minRating}`);
  if (f.inStock !== null && except !== 'inStock')
    where.push(f.inStock ? hasVariantInStock : sql`NOT ${hasVariantInStock}`);
  return where;
}
