import type { FieldArgs } from '../../graphql/cost/cost-annotations.js';

/**
 * Prices of the catalog's expensive fields in the query cost model (src/graphql/cost). Measured
 * with `npm run bench` at 10,000 products on PostgreSQL: a products page (20 cards, about 1,700
 * points in the model) cost PostgreSQL 1.6 ms, a search 14 ms and a filtered page with every facet
 * 98 ms. Prices are not a faithful copy of those times (a page of 100 would then be refused); they
 * make a client who repeats searches or facets run out of throttle budget many times sooner than
 * one who browses.
 */

/** Facets: five aggregate statements over every product that matches the filter. */
export const FACETS_COST = 1000;

/** A full-text search ranks every match before it can return a page. */
export const SEARCH_COST = 100;

/** `products`, `adminProducts` and `Category.products`: a search costs more than a plain listing. */
export function productListingCost(args: FieldArgs): number {
  const filter = args.filter as { query?: unknown } | null | undefined;
  const query = typeof filter?.query === 'string' ? filter.query.trim() : '';
  return 1 + (query ? SEARCH_COST : 0);
}
