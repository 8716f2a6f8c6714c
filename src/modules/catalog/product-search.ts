import { and, type SQL, sql } from 'drizzle-orm';
import { QueryMemo } from '../../db/query-memo.js';
import type { RequestContext } from '../../graphql/context.js';
import {
  type Connection,
  type Edge,
  type PageArgs,
  type PageInfo,
  paginate,
  type SortKey,
} from '../../graphql/pagination.js';
import { primeProduct } from './catalog.loaders.js';
import { type ProductRow, type ProductStatus, products } from './catalog.tables.js';
import type { FacetCounts } from './facet-count.js';
import { writeValuesIn } from './listing-plans.js';
import { conditions, type ProductFilter, type ResolvedFilter, resolveFilter } from './product-conditions.js';
import { computeFacetsSql, facetsFromCounts, type ProductFacets } from './product-facets.js';
import {
  PRODUCT_PARTS_SELECT,
  PRODUCT_SELECT,
  type ProductParts,
  toProductParts,
  toProductRow,
} from './product-rows.js';
import { correctTextQuery, plainTextQuery, type TextQuery } from './product-text-query.js';

export type ProductSortKey =
  | 'RELEVANCE'
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'POPULARITY'
  | 'RATING'
  | 'TITLE';

export type { ProductFilter } from './product-conditions.js';

export type { ProductFacets } from './product-facets.js';

export interface ProductListing extends Connection<ProductRow> {
  /** Each node's variants, images and categories, in node order, when fetched with the listing (`withParts`). */
  readonly parts: (ProductParts | null)[];
  /** False when `totalCount` stopped at the count cap: more products match than it says. */
  readonly totalCountIsExact: Promise<boolean>;
  readonly facets: Promise<ProductFacets>;
}

interface SortedRow {
  product: ProductRow;
  sortValue: string | number | Date;
  parts: ProductParts | null;
}

/** Every sort is one key plus the id as tie-breaker, so keyset cursors stay stable under ties. */
function sortKey(sort: ProductSortKey, text: TextQuery | null): SortKey<SortedRow> {
  const value = (row: SortedRow) => row.sortValue;
  const product = (pick: (p: ProductRow) => number | Date) => (row: SortedRow) => pick(row.product);
  if (sort === 'RELEVANCE' && text) {
    // A title that matches the whole query first, the shorter title (closer to the query) the
    // better; then the weighted full-text rank (title, then brand and tags, then description). It
    // is computed for every match before the page is cut: `ts_rank` and the title's lexemes
    // (`ts_filter`, weight A) cost about 1.5 µs a match, where `ts_rank_cd` + `word_similarity`, the
    // rank before, cost 10.5 (bench/README.md, "Search ranked for less").
    return {
      column: sql`(ts_rank(${products.searchVector}, ${text.tsquery}) + CASE WHEN ts_filter(${products.searchVector}, '{a}') @@ ${text.tsquery} THEN 1 + 8.0 / (8 + length(${products.title})) ELSE 0 END)::float8`,
      sqlType: 'double precision',
      value: (row) => Number(row.sortValue),
      direction: 'desc',
    };
  }
  switch (sort) {
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

export interface SearchProductsOptions {
  filter: ProductFilter;
  sort?: ProductSortKey | null;
  page: PageArgs;
  statuses: ProductStatus[];
  /** Fetch variants, images and categories in the same statement (the caller will read them). */
  withParts?: boolean;
  /**
   * Count at most this many products for `totalCount` (one more is read to know whether the list
   * is longer, then `totalCountIsExact` is false); null or 0 counts them all.
   */
  countCap?: number | null;
  /**
   * The caller will read `totalCount` or `totalCountIsExact`: a search's page statement then counts
   * its matches too (one statement instead of two).
   */
  withCount?: boolean;
}

/**
 * Lists products: filtered, sorted, keyset-paginated, with disjunctive facets computed only
 * when selected (one SQL statement for all of them). A text query whose words match nothing is
 * tried once more with its misspelt words corrected (product-text-query.ts): good queries pay
 * nothing for typo tolerance.
 */
export async function searchProducts(
  ctx: RequestContext,
  options: SearchProductsOptions,
): Promise<ProductListing> {
  const filter = await resolveFilter(ctx, options.filter, options.statuses);
  let text = filter.query ? plainTextQuery(filter.query) : null;
  let listing = await listProducts(ctx, filter, text, options);
  if (filter.query && listing.nodes.length === 0) {
    const corrected = await correctTextQuery(ctx.app.db, filter.query);
    if (corrected) {
      text = corrected;
      listing = await listProducts(ctx, filter, text, options);
    }
  }
  for (const row of listing.nodes) primeProduct(ctx.loaders.catalog, row.product, row.parts);
  const { indexed } = listing;
  const searchText = text;
  return new SearchListing(listing, () =>
    indexed
      ? indexed().then((counts) =>
          counts ? facetsFromCounts(ctx, counts) : computeFacetsSql(ctx, filter, searchText),
        )
      : computeFacetsSql(ctx, filter, searchText),
  );
}

/** A listing whose count and facets run on first read (a class: LazyConnection says why). */
class SearchListing implements ProductListing {
  readonly edges: Edge<ProductRow>[];
  readonly nodes: ProductRow[];
  readonly parts: (ProductParts | null)[];
  readonly pageInfo: PageInfo;
  readonly #listed: Listed;
  readonly #computeFacets: () => Promise<ProductFacets>;
  #facets: Promise<ProductFacets> | undefined;

  constructor(listed: Listed, computeFacets: () => Promise<ProductFacets>) {
    const { connection } = listed;
    this.edges = connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.product }));
    this.nodes = listed.nodes.map((row) => row.product);
    this.parts = listed.nodes.map((row) => row.parts);
    this.pageInfo = connection.pageInfo;
    this.#listed = listed;
    this.#computeFacets = computeFacets;
  }

  get totalCount(): Promise<number> {
    return this.#listed.connection.totalCount;
  }

  get totalCountIsExact(): Promise<boolean> {
    return this.#listed.count().then((c) => c.exact);
  }

  get facets(): Promise<ProductFacets> {
    this.#facets ??= this.#computeFacets();
    return this.#facets;
  }
}

interface Listed {
  connection: Connection<SortedRow>;
  nodes: SortedRow[];
  /** The (capped) count, run once when `totalCount` or `totalCountIsExact` is read. */
  count: () => Promise<{ n: number; exact: boolean }>;
  /**
   * Facet counts and total from the instance's facet index, once; absent with a text query; null when
   * the index could not be read (then SQL counts, as with a text query).
   */
  indexed?: () => Promise<FacetCounts | null>;
}

async function listProducts(
  ctx: RequestContext,
  filter: ResolvedFilter,
  text: TextQuery | null,
  options: SearchProductsOptions,
): Promise<Listed> {
  const { db } = ctx.app;
  const sortName = options.sort ?? (filter.query ? 'RELEVANCE' : 'NEWEST');
  const sort = sortKey(sortName, text);
  const { first, after, last, before } = options.page;
  const withParts = options.withParts ?? false;
  const cap = options.countCap && options.countCap > 0 ? options.countCap : null;
  // Without a text query the facet index answers the count and the facets: one pass, one check
  // statement, instead of a count and a facets statement that each scan the matching catalog.
  const index = text ? null : ctx.app.facetIndex;
  let counts: Promise<FacetCounts | null> | undefined;
  // The index reads the primary, even for a request that reads the replica: one request's check
  // serves the others waiting for one (FacetIndex.fresh), among them a client that just wrote, and
  // the snapshots it keeps must all come from one database.
  const indexed = index
    ? () =>
        (counts ??= index.counts(ctx.primaryDb, filter).catch((err: unknown) => {
          // Building the index is one long statement (2 s at 100,000 products on a busy machine): one
          // that fails (DB_STATEMENT_TIMEOUT_MS, a lost connection) leaves this request to SQL, and the
          // next request tries again.
          ctx.app.logger.warn({ err }, 'facet index unavailable: counting in SQL');
          return null;
        }))
    : undefined;
  // With a text query there is no facet index to count: when the caller will read the count, the
  // page's statement counts the matches too (an uncorrelated subquery, run once), which saves a
  // second statement's round trip and planning.
  const countInPage = text !== null && (options.withCount ?? false);
  /** The count the page statement returned, or the page itself when it holds every match. */
  let countFromPage: number | undefined;
  let counted: Promise<{ n: number; exact: boolean }> | undefined;
  const capped = (n: number) => (cap !== null && n > cap ? { n: cap, exact: false } : { n, exact: true });
  const count = () => {
    counted ??= (async () => {
      const fromIndex = indexed ? await indexed() : null;
      if (fromIndex) return capped(fromIndex.total);
      if (countFromPage !== undefined) return capped(countFromPage);
      // Everything the statement depends on: the resolved filter, the text query and the cap.
      const key = JSON.stringify(['count', filter, text?.key ?? null, cap]);
      const [row] = await queries.rows<{ n: number }>(db, key, () => countStatement(filter, text, cap));
      return capped(row?.n ?? 0);
    })();
    return counted;
  };
  const connection = await paginate<SortedRow>({
    args: options.page,
    sort,
    idColumn: products.id,
    id: (row) => row.product.id,
    fetch: async (cursorWhere, _orderBy, limit, ascending) => {
      // Everything the statement depends on: the resolved filter, the text query, the sort, the page and the parts.
      const key = JSON.stringify([
        'list',
        filter,
        text?.key ?? null,
        sortName,
        first,
        after,
        last,
        before,
        withParts,
        countInPage ? cap : false,
      ]);
      // The products page, and a first page asked for often: its values are written into the text, so
      // it is planned once per connection (listing-plans.ts). Any other listing keeps its parameters
      // and is planned for them on each execution.
      const inline = !cursorWhere && !text && writeValuesIn(ctx.app.database, key, filter);
      const rows = await queries.rows<Record<string, unknown>>(db, inline ? `${key} inlined` : key, () => {
        // A first page sorted by relevance ranks every match before it keeps 20: counting them there
        // too (a window over the matches) saves the second index scan a count subquery makes. Other
        // sorts may stop after 20 matches in index order, which such a window would prevent.
        const countInScan = countInPage && !cursorWhere && sortName === 'RELEVANCE';
        const window = countInScan ? sql`, count(*) OVER ()::int AS total_count` : sql``;
        const direction = sql.raw(ascending ? 'asc' : 'desc');
        // Ordered by the selected sort value's name, not by its expression again: each occurrence of a
        // value is its own parameter, so PostgreSQL cannot tell the two expressions are one and computed
        // the relevance twice per match.
        const page = sql`SELECT ${PRODUCT_SELECT}, ${sort.column} AS sort_value${window} FROM ${products}
          WHERE ${and(...conditions(filter, text), cursorWhere)}
          ORDER BY sort_value ${direction}, ${products.id} ${direction} LIMIT ${limit}`;
        if (inline) page.inlineParams();
        if (!withParts && (!countInPage || countInScan)) return page;
        // The page's rows first, then their parts: PostgreSQL moves the parts' subqueries past the
        // sort only when it estimates them costly, and it ran the one on an empty images table for
        // every match of a search (0.6 of 2.7 ms at 176 matches). A later page's count runs once (InitPlan).
        const parts = withParts ? sql`, ${PRODUCT_PARTS_SELECT}` : sql``;
        const total =
          countInPage && !countInScan ? sql`, (${countStatement(filter, text, cap)}) AS total_count` : sql``;
        return sql`SELECT "products".*${parts}${total} FROM (${page}) AS "products"
          ORDER BY "products"."sort_value" ${direction}, "products"."id" ${direction}`;
      });
      if (countInPage && rows[0]) countFromPage = rows[0].total_count as number;
      return rows.map((row) => ({
        product: toProductRow(row),
        sortValue: normalizeSortValue(row.sort_value),
        parts: withParts ? toProductParts(row, row.id as string) : null,
      }));
    },
    count: async () => (await count()).n,
  });
  // A first page (no cursor) that is not full holds every match: its length is the count, in the
  // same snapshot as the page. Without a cursor, hasNextPage (forward) or hasPreviousPage
  // (backward) says whether more rows followed.
  const { hasNextPage, hasPreviousPage } = connection.pageInfo;
  if (!after && !before && connection.nodes.length > 0 && !hasNextPage && !hasPreviousPage)
    countFromPage = connection.nodes.length;
  return { connection, nodes: connection.nodes, count, ...(indexed ? { indexed } : {}) };
}

/** The matches, counted up to `cap + 1` (then `totalCountIsExact` is false), or all of them without a cap. */
function countStatement(filter: ResolvedFilter, text: TextQuery | null, cap: number | null): SQL {
  const where = and(...conditions(filter, text));
  return cap === null
    ? sql`SELECT count(*)::int AS n FROM ${products} WHERE ${where}`
    : sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${products} WHERE ${where} LIMIT ${cap + 1}) AS capped`;
}

/** Raw expressions come back untyped: numbers stay numbers, the rest becomes text. */
function normalizeSortValue(value: unknown): string | number | Date {
  return typeof value === 'number' ? value : String(value);
}
