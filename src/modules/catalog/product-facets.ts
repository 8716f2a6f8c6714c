import { and, sql } from 'drizzle-orm';
import { QueryMemo } from '../../db/query-memo.js';
import type { RequestContext } from '../../graphql/context.js';
import { PRICE_BUCKET_BOUNDS, RATING_FACET_VALUES } from './catalog.rules.js';
import { type CategoryRow, productCategories, products, variants } from './catalog.tables.js';
import type { FacetCounts } from './facet-count.js';
import { conditions, type Facet, hasVariantInStock, type ResolvedFilter } from './product-conditions.js';
import type { TextQuery } from './product-text-query.js';

/** A listing's facets: counted in SQL with a text query, else from the instance's facet index. */

export interface ProductFacets {
  categories: { category: CategoryRow; count: number }[];
  brands: { value: string; count: number }[];
  /** Minor units; `max` is exclusive and null for the last, open-ended bucket. */
  priceBuckets: { min: number; max: number | null; count: number }[];
  ratings: { minRating: number; count: number }[];
  inStock: number;
}

/** Facet statements compiled once per distinct filter and text query. */
const queries = new QueryMemo(1000);

/** Facets in one statement of five grouped scans (a listing with a text query, or no facet index). */
export async function computeFacetsSql(
  ctx: RequestContext,
  filter: ResolvedFilter,
  text: TextQuery | null,
): Promise<ProductFacets> {
  const where = (except: Facet) => and(...conditions(filter, text, except));
  const bounds = sql.raw(`ARRAY[${PRICE_BUCKET_BOUNDS.join(',')}]::int[]`);
  const ratings = sql.raw(`(VALUES ${RATING_FACET_VALUES.map((n) => `(${n})`).join(',')})`);
  const key = JSON.stringify(['facets', filter, text?.key ?? null]);
  const rows = await queries.rows<{ facet: Facet; value: string | null; n: number | string }>(
    ctx.app.db,
    key,
    () => sql`
      SELECT 'category' AS facet, ${productCategories.categoryId}::text AS value, count(*) AS n
        FROM ${products} JOIN ${productCategories} ON ${productCategories.productId} = ${products.id}
        WHERE ${where('category')} GROUP BY ${productCategories.categoryId}
      UNION ALL
      SELECT 'brand', min(${products.brand} COLLATE "C"), count(*)
        FROM ${products} WHERE ${where('brand')} AND ${products.brand} IS NOT NULL GROUP BY lower(${products.brand})
      UNION ALL
      SELECT 'price', b.bucket::text, count(*)
        FROM ${products} JOIN LATERAL (
          SELECT DISTINCT width_bucket(${variants.price}, ${bounds}) AS bucket FROM ${variants} WHERE ${variants.productId} = ${products.id}
        ) b ON true
        WHERE ${where('price')} GROUP BY b.bucket
      UNION ALL
      SELECT 'rating', r.n::text, count(*)
        FROM ${products} JOIN ${ratings} AS r(n) ON ${products.ratingAverage} >= r.n
        WHERE ${where('rating')} GROUP BY r.n
      UNION ALL
      SELECT 'inStock', NULL, count(*) FROM ${products} WHERE ${where('inStock')} AND ${hasVariantInStock}
    `,
  );
  const facets = emptyFacets();
  const tree = await ctx.loaders.catalog.categoryTree();
  for (const row of rows) {
    const n = Number(row.n);
    if (row.facet === 'category') {
      const category = row.value ? tree.get(row.value) : undefined;
      if (category) facets.categories.push({ category, count: n });
    } else if (row.facet === 'brand' && row.value) facets.brands.push({ value: row.value, count: n });
    else if (row.facet === 'price') {
      const bucket = facets.priceBuckets[Number(row.value)];
      if (bucket) bucket.count = n;
    } else if (row.facet === 'rating') {
      const rating = facets.ratings.find((r) => r.minRating === Number(row.value));
      if (rating) rating.count = n;
    } else if (row.facet === 'inStock') facets.inStock = n;
  }
  return sortFacets(facets);
}

/** Facets from the facet index's counts (facet-count.ts), in the same shape and order as computeFacetsSql. */
export async function facetsFromCounts(ctx: RequestContext, counts: FacetCounts): Promise<ProductFacets> {
  const facets = emptyFacets();
  const tree = await ctx.loaders.catalog.categoryTree();
  for (const { categoryId, count } of counts.categories) {
    const category = tree.get(categoryId);
    if (category) facets.categories.push({ category, count });
  }
  facets.brands = counts.brands.map((b) => ({ value: b.value, count: b.count }));
  counts.priceBuckets.forEach((count, i) => {
    const bucket = facets.priceBuckets[i];
    if (bucket) bucket.count = count;
  });
  counts.ratings.forEach((count, i) => {
    const rating = facets.ratings[i];
    if (rating) rating.count = count;
  });
  facets.inStock = counts.inStock;
  return sortFacets(facets);
}

function emptyFacets(): ProductFacets {
  return {
    categories: [],
    brands: [],
    priceBuckets: [0, ...PRICE_BUCKET_BOUNDS].map((min, i) => ({
      min,
      max: PRICE_BUCKET_BOUNDS[i] ?? null,
      count: 0,
    })),
    ratings: RATING_FACET_VALUES.map((minRating) => ({ minRating, count: 0 })),
    inStock: 0,
  };
}

/** Most products first, then by name; then by id or value, so equal names keep one order whatever counted them. */
function sortFacets(facets: ProductFacets): ProductFacets {
  facets.categories.sort(
    (a, b) =>
      b.count - a.count ||
      a.category.name.localeCompare(b.category.name) ||
      (a.category.id < b.category.id ? -1 : a.category.id > b.category.id ? 1 : 0),
  );
  facets.brands.sort(
    (a, b) =>
      b.count - a.count ||
      a.value.localeCompare(b.value) ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
  return facets;
}
