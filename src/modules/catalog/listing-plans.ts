import type { DatabaseHandle } from '../../db/client.js';
import type { ResolvedFilter } from './product-conditions.js';

/**
 * Which listings have their values written into their statement's text (product-search.ts). A
 * prepared statement without parameters is planned once per connection (PostgreSQL's plan cache keeps
 * its generic plan, which for literal values is the plan for those values), while the pool plans every
 * statement with parameters on each run (`force_custom_plan`): planning was a quarter of the products
 * page's PostgreSQL time, and more than the filtered page's execution (bench/README.md).
 *
 * Each such text stays prepared on every pooled connection for the connection's life, so the number is
 * bounded per database handle (PLANNED_ONCE_MAX): the whole catalog's first page (the products page)
 * takes a place when first seen, any other listing only once it has been asked for REPEATS_TO_PLAN_ONCE
 * times (a storefront's category pages repeat; a crawler's one-off combinations do not take the
 * places). Past the bound, listings keep their parameters and are planned on each run, as before.
 */

/** At most this many listing texts per database handle have their values written in. */
const PLANNED_ONCE_MAX = 32;
/** A filtered listing takes a place once asked for this many times (by this instance). */
export const REPEATS_TO_PLAN_ONCE = 20;
/** Listings counted towards REPEATS_TO_PLAN_ONCE, per handle; the oldest counted goes first. */
const COUNTED_MAX = 1000;

const plannedOnce = new WeakMap<DatabaseHandle, Set<string>>();
const repeats = new WeakMap<DatabaseHandle, Map<string, number>>();

/**
 * Whether the first page `key` (no cursor; the statement's memo key) of `filter` without a text query
 * is written with its values. Brands and tags stay parameters whatever their count: a client types
 * them, and a statement's text is visible in traces and `pg_prepared_statements`, values never.
 */
export function writeValuesIn(database: DatabaseHandle, key: string, filter: ResolvedFilter): boolean {
  if (filter.query !== null || filter.brands !== null || filter.tags !== null) return false;
  const planned = plannedOnce.get(database) ?? new Set<string>();
  plannedOnce.set(database, planned);
  if (planned.has(key)) return true;
  if (planned.size >= PLANNED_ONCE_MAX) return false;
  if (!isWholeCatalog(filter) && countRepeat(database, key) < REPEATS_TO_PLAN_ONCE) return false;
  planned.add(key);
  return true;
}

/** How many times `key` has been asked for, this one included. */
function countRepeat(database: DatabaseHandle, key: string): number {
  const counts = repeats.get(database) ?? new Map<string, number>();
  repeats.set(database, counts);
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  if (counts.size > COUNTED_MAX) counts.delete(counts.keys().next().value as string);
  return n;
}

/** No condition but the statuses: the products page, newest or best-selling first. */
function isWholeCatalog(f: ResolvedFilter): boolean {
  return (
    f.categoryIds === null &&
    f.priceMin === null &&
    f.priceMax === null &&
    f.minRating === null &&
    f.inStock === null
  );
}
