import { and, inArray, type SQL, sql } from 'drizzle-orm';
import { QueryMemo } from '../../db/query-memo.js';
import type { RequestContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits, parseDecimalAmount } from '../../graphql/money.js';
import { type Connection, type PageArgs, paginate, type SortKey } from '../../graphql/pagination.js';
import { primeProduct } from './catalog.loaders.js';
import { PRICE_BUCKET_BOUNDS, RATING_FACET_VALUES } from './catalog.rules.js';
import {
  type CategoryRow,
  type ProductRow,
  type ProductStatus,
  productCategories,
  products,
  variants,
} from './catalog.tables.js';
import {
  PRODUCT_PARTS_SELECT,
  PRODUCT_SELECT,
  type ProductParts,
  toProductParts,
  toProductRow,
} from './product-rows.js';

export type ProductSortKey =
  | 'RELEVANCE'
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'POPULARITY'
  | 'RATING'
  | 'TITLE';

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
interface ResolvedFilter {
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

type Facet = 'category' | 'brand' | 'price' | 'rating' | 'inStock';

export interface ProductFacets {
  categories: { category: CategoryRow; count: number }[];
  brands: { value: string; count: number }[];
  /** Minor units; `max` is exclusive and null for the last, open-ended bucket. */
  priceBuckets: { min: number; max: number | null; count: number }[];
  ratings: { minRating: number; count: number }[];
  inStock: number;
}

export interface ProductListing extends Connection<ProductRow> {
  /** Each node's variants, images and categories, in node order, when fetched with the listing (`withParts`). */
  readonly parts: (ProductParts | null)[];
  readonly facets: Promise<ProductFacets>;
}

async function resolveFilter(
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
    statuses,
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

const tsQuery = (query: string) => sql`websearch_to_tsquery('english', ${query})`;

/**
 * Full-text match; only when the words match nothing at all among the listed statuses does it
 * fall back to a typo-tolerant trigram match on the title ("iphnoe" finds "iPhone"), so good
 * queries are not diluted by look-alike titles. The NOT EXISTS is uncorrelated: evaluated once.
 */
function textMatch(query: string, statuses: ProductStatus[]): SQL {
  const statusList = sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  );
  return sql`(${products.searchVector} @@ ${tsQuery(query)} OR (NOT EXISTS (
    SELECT 1 FROM ${products} AS fts WHERE fts.search_vector @@ ${tsQuery(query)} AND fts.status IN (${statusList})
  ) AND lower(${query}) <% lower(${products.title})))`;
}

const hasVariantInStock = sql`EXISTS (SELECT 1 FROM ${variants} WHERE ${variants.productId} = ${products.id} AND ${variants.stock} > 0)`;

/** Conditions of a filter; `except` leaves one facet's own condition out (disjunctive faceting). */
function conditions(f: ResolvedFilter, except?: Facet): SQL[] {
  const where: SQL[] = [inArray(products.status, f.statuses)];
  if (f.query) where.push(textMatch(f.query, f.statuses));
  if (f.categoryIds && except !== 'category') {
    where.push(
      f.categoryIds.length === 0
        ? sql`false`
        : sql`EXISTS (SELECT 1 FROM ${productCategories} WHERE ${productCategories.productId} = ${products.id} AND ${inArray(productCategories.categoryId, f.categoryIds)})`,
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

interface SortedRow {
  product: ProductRow;
  sortValue: string | number | Date;
  parts: ProductParts | null;
}

/** Every sort is one key plus the id as tie-breaker, so keyset cursors stay stable under ties. */
function sortKey(sort: ProductSortKey, query: string | null): SortKey<SortedRow> {
  const value = (row: SortedRow) => row.sortValue;
  const product = (pick: (p: ProductRow) => number | Date) => (row: SortedRow) => pick(row.product);
  switch (sort === 'RELEVANCE' && !query ? 'NEWEST' : sort) {
    case 'RELEVANCE':
      return {
        column: sql`(ts_rank_cd(${products.searchVector}, ${tsQuery(query as string)}) + word_similarity(lower(${query}), lower(${products.title})))::float8`,
        sqlType: 'double precision',
        value: (row) => Number(row.sortValue),
        direction: 'desc',
      };
    case 'PRICE_ASC':
      return {
        column: products.minPrice,
        sqlType: 'integer',
        value: product((p) => p.minPrice),
        direction: 'asc',
      };
    case 'PRICE_DESC':
      return {
        column: products.minPrice,
        sqlType: 'integer',
        value: product((p) => p.minPrice),
        direction: 'desc',
      };
    case 'POPULARITY':
      return {
        column: products.unitsSold,
        sqlType: 'integer',
        value: product((p) => p.unitsSold),
        direction: 'desc',
      };
    case 'RATING':
      return {
        column: products.ratingAverage,
        sqlType: 'numeric',
        value: product((p) => p.ratingAverage),
        direction: 'desc',
      };
    case 'TITLE':
      return {
        column: sql`(lower(${products.title}) COLLATE "C")`,
        sqlType: 'text',
        value,
        direction: 'asc',
      };
    default:
      return {
        column: products.createdAt,
        sqlType: 'timestamptz',
        value: product((p) => p.createdAt),
        direction: 'desc',
      };
  }
}

/** Listing, count and facet statements compiled once per distinct filter, sort and page. */
const queries = new QueryMemo(1000);

/**
 * Lists products: filtered, sorted, keyset-paginated, with disjunctive facets computed only
 * when selected (one SQL statement for all of them).
 */
export async function searchProducts(
  ctx: RequestContext,
  options: {
    filter: ProductFilter;
    sort?: ProductSortKey | null;
    page: PageArgs;
    statuses: ProductStatus[];
    /** Fetch variants, images and categories in the same statement (the caller will read them). */
    withParts?: boolean;
  },
): Promise<ProductListing> {
  const { db } = ctx.app;
  const filter = await resolveFilter(ctx, options.filter, options.statuses);
  const sortName = options.sort ?? (filter.query ? 'RELEVANCE' : 'NEWEST');
  const sort = sortKey(sortName, filter.query);
  const { first, after, last, before } = options.page;
  const withParts = options.withParts ?? false;
  const connection = await paginate<SortedRow>({
    args: options.page,
    sort,
    idColumn: products.id,
    id: (row) => row.product.id,
    fetch: async (cursorWhere, orderBy, limit) => {
      // Everything the statement depends on: the resolved filter, the sort, the page and the parts.
      const key = JSON.stringify(['list', filter, sortName, first, after, last, before, withParts]);
      const rows = await queries.rows<Record<string, unknown>>(db, key, () => {
        const parts = withParts ? sql`, ${PRODUCT_PARTS_SELECT}` : sql``;
        return sql`SELECT ${PRODUCT_SELECT}, ${sort.column} AS sort_value${parts} FROM ${products}
          WHERE ${and(...conditions(filter), cursorWhere)} ORDER BY ${sql.join(orderBy, sql`, `)} LIMIT ${limit}`;
      });
      return rows.map((row) => ({
        product: toProductRow(row),
        sortValue: normalizeSortValue(row.sort_value),
        parts: withParts ? toProductParts(row, row.id as string) : null,
      }));
    },
    count: async () => {
      const key = JSON.stringify(['count', filter]);
      const [row] = await queries.rows<{ n: number }>(
        db,
        key,
        () => sql`SELECT count(*)::int AS n FROM ${products} WHERE ${and(...conditions(filter))}`,
      );
      return row?.n ?? 0;
    },
  });
  for (const row of connection.nodes) primeProduct(ctx.loaders.catalog, row.product, row.parts);
  let facets: Promise<ProductFacets> | undefined;
  return {
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.product })),
    nodes: connection.nodes.map((row) => row.product),
    parts: connection.nodes.map((row) => row.parts),
    pageInfo: connection.pageInfo,
    get totalCount() {
      return connection.totalCount;
    },
    get facets() {
      facets ??= computeFacets(ctx, filter);
      return facets;
    },
  };
}

/** Raw expressions come back untyped: numbers stay numbers, the rest becomes text. */
function normalizeSortValue(value: unknown): string | number | Date {
  return typeof value === 'number' ? value : String(value);
}

async function computeFacets(ctx: RequestContext, filter: ResolvedFilter): Promise<ProductFacets> {
  const where = (except: Facet) => and(...conditions(filter, except));
  const bounds = sql.raw(`ARRAY[${PRICE_BUCKET_BOUNDS.join(',')}]::int[]`);
  const ratings = sql.raw(`(VALUES ${RATING_FACET_VALUES.map((n) => `(${n})`).join(',')})`);
  const key = JSON.stringify(['facets', filter]);
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
  const tree = await ctx.loaders.catalog.categoryTree();
  const facets: ProductFacets = {
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
  const byCountThenName =
    <T>(name: (x: T) => string) =>
    (a: T & { count: number }, b: T & { count: number }) =>
      b.count - a.count || name(a).localeCompare(name(b));
  facets.categories.sort(byCountThenName((x) => x.category.name));
  facets.brands.sort(byCountThenName((x) => x.value));
  return facets;
}
