import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { compileOnce, runCompiled } from '../../db/query-memo.js';
import type { Logger } from '../../logger.js';
import type { ProductStatus } from './catalog.tables.js';
import { FACET_CHANGE_RETENTION_SECONDS } from './catalog-facets.purges.js';
import { countFacets, type FacetCounts } from './facet-count.js';
import { FacetData, type FacetProductRow } from './facet-data.js';
import type { ResolvedFilter } from './product-conditions.js';

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /**
     * This instance's facet index (facet counts and totalCount of listings without a text query);
     * null: those are counted in SQL (tests compare both).
     */
    facetIndex: FacetIndex | null;
  }
}

/**
 * Columns of one product, `p`, as the index reads them; the build joins the `v` aggregates. The change
 * check (catalog_facet_changes_since, drizzle/0024_facet-changes-function.sql) returns the same columns.
 */
const PRODUCT_COLUMNS = `p.id::text AS id, p.status::text AS status, p.brand, lower(p.brand) AS brand_key,
  p.rating_average::float8 AS rating, p.tags, p.category_ids::text[] AS categories`;

/**
 * The whole catalog in one statement, with the snapshot it was read at (on every row: an empty
 * catalog still gives one).
 */
const BUILD = compileOnce<[]>(
  () =>
    sql.raw(`SELECT s.snapshot, ${PRODUCT_COLUMNS}, v.prices, v.in_stock
      FROM (SELECT pg_current_snapshot()::text AS snapshot) AS s
      LEFT JOIN products p ON true
      LEFT JOIN (SELECT product_id, array_agg(price) AS prices, bool_or(stock > 0) AS in_stock FROM variants GROUP BY product_id) v
        ON v.product_id = p.id`),
  0,
);

/**
 * Products changed by transactions the last snapshot ($1) did not see, re-read in the same statement
 * (so at the snapshot it returns): a function, so that its plan is not made again on every request
 * (drizzle/0024_facet-changes-function.sql). No change: one row with the new snapshot and nulls. A
 * changed id without a product: deleted. `found` with a null id: a TRUNCATE, everything is re-read.
 */
const CHANGES = compileOnce<[string]>(
  (snapshot) => sql`SELECT * FROM catalog_facet_changes_since(${snapshot}::pg_snapshot)`,
  1,
);

interface ProductColumns {
  id: string | null;
  status: string | null;
  brand: string | null;
  brand_key: string | null;
  rating: number | string | null;
  tags: string[] | null;
  categories: string[] | null;
  prices: number[] | null;
  in_stock: boolean | null;
}

function toFacetRow(row: ProductColumns & { id: string }): FacetProductRow {
  return {
    id: row.id,
    status: row.status as ProductStatus,
    brand: row.brand,
    brandKey: row.brand_key,
    rating: Number(row.rating ?? 0),
    tags: row.tags ?? [],
    categories: row.categories ?? [],
    prices: (row.prices ?? []).map(Number),
    inStock: row.in_stock === true,
  };
}

/**
 * Facet counts and totals of product listings without a text query, from an in-process copy of
 * every product's facet fields (FacetData), so a request costs one pass over typed arrays instead of
 * five grouped scans of the catalog in PostgreSQL. One per server instance, built on first use.
 *
 * Exact: every request first runs CHANGES, which re-reads the products that transactions committed
 * since the index's snapshot changed (catalog_facet_changes, logged by triggers), so a request that
 * starts after a change commits counts it, whichever instance made it. Requests arriving while a
 * check runs share the next one (that one may have started before them).
 */
export class FacetIndex {
  private data: FacetData | null = null;
  private snapshot = '';
  /** `now()` at the last check: an index idle for half the log's retention rebuilds. */
  private checkedAt = 0;
  private running: Promise<FacetData> | null = null;
  private queued: Promise<FacetData> | null = null;
  /** Results by filter, valid while the data and its generation stay the same (filters repeat). */
  private results = new Map<string, FacetCounts>();
  private resultsOf: { data: FacetData | null; generation: number } = { data: null, generation: -1 };

  /**
   * `now`: a monotonic clock in milliseconds; tests pass their own to make an hour pass (the log's
   * purge takes its `now` too: housekeeping.runOnce).
   */
  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Counts for `filter` (its text query aside) over the catalog as of a snapshot taken after this call. */
  async counts(db: Database, filter: ResolvedFilter): Promise<FacetCounts> {
    const data = await this.fresh(db);
    if (this.resultsOf.data !== data || this.resultsOf.generation !== data.generation) {
      this.results.clear();
      this.resultsOf = { data, generation: data.generation };
    }
    const key = JSON.stringify([
      filter.statuses,
      filter.categoryIds,
      filter.brands,
      filter.tags,
      filter.priceMin,
      filter.priceMax,
      filter.minRating,
      filter.inStock,
    ]);
    let counts = this.results.get(key);
    if (!counts) {
      counts = countFacets(data, filter);
      if (this.results.size >= 200) this.results.delete(this.results.keys().next().value as string);
      this.results.set(key, counts);
    }
    return counts;
  }

  /** The index, checked against the log by a statement that started after this call. */
  private fresh(db: Database): Promise<FacetData> {
    if (!this.running) {
      this.running = this.refresh(db).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    // The running check may have taken its snapshot before this request began: wait for it, then
    // run one more, shared by every request that arrives meanwhile.
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.fresh(db);
      });
    return this.queued;
  }

  private async refresh(db: Database): Promise<FacetData> {
    const idle = this.now() - this.checkedAt > (FACET_CHANGE_RETENTION_SECONDS * 1000) / 2;
    if (!this.data || idle) return this.build(db);
    const started = this.now();
    const rows = await runCompiled<
      ProductColumns & { snapshot: string; found: boolean | null; changed: string | null }
    >(db, 'facet-changes', CHANGES(this.snapshot));
    if (rows.some((row) => row.found && row.changed === null)) return this.build(db);
    let data = this.data;
    for (const row of rows) {
      if (!row.found || row.changed === null) continue;
      if (row.id === null) data.remove(row.changed);
      else data.put(toFacetRow({ ...row, id: row.id }));
    }
    if (data.needsCompaction()) data = data.compact();
    this.data = data;
    this.snapshot = rows[0]?.snapshot ?? this.snapshot;
    this.checkedAt = started;
    return data;
  }

  private async build(db: Database): Promise<FacetData> {
    const started = this.now();
    const timer = performance.now();
    const rows = await runCompiled<ProductColumns & { snapshot: string }>(db, 'facet-build', BUILD());
    const data = new FacetData();
    for (const row of rows) if (row.id !== null) data.put(toFacetRow({ ...row, id: row.id }));
    this.data = data;
    this.snapshot = rows[0]?.snapshot ?? '';
    this.checkedAt = started;
    this.logger.info(
      { products: data.slotOf.size, bytes: data.bytes(), ms: Math.round(performance.now() - timer) },
      'facet index built',
    );
    return data;
  }
}
