import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../src/db/client.js';
import { graphql } from '../generated/gql.js';
import type { ProductFilterInput } from '../generated/graphql.js';
import type { GqlClient } from '../support/gql-client.js';
import { newSku } from './admin-support.js';

/**
 * What the facet index answers (totalCount and every facet), and the page's titles: with a read
 * replica, the titles tell which database served the page.
 */
export const FACET_LISTING = graphql(`query FacetRobustnessListing($filter: ProductFilterInput) {
  products(filter: $filter, first: 5) {
    totalCount totalCountIsExact
    nodes { title }
    facets {
      categories { category { id } count }
      brands { value count }
      priceBuckets { min { amount } count }
      ratings { minRating count }
      inStock
    }
  }
}`);

/** The counts of a listing (the page's titles aside), and how many SQL statements it took. */
export async function facetCounts(client: GqlClient, filter: ProductFilterInput = {}) {
  const response = await client.request(FACET_LISTING, { filter });
  if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
  const { nodes, ...counts } = response.data.products;
  return {
    counts,
    titles: nodes.map((n) => n.title),
    statements: Number(response.headers.get('x-sql-query-count')),
  };
}

/** Filters that together read every facet and the count. */
export const FILTERS: ProductFilterInput[] = [
  {},
  { inStock: true },
  { brands: ['Acme'] },
  { priceMin: '20.00', priceMax: '100.00' },
];

export function variant(price: string, stock: number) {
  return { sku: newSku('FR'), price, stock };
}

export async function facetChangeRows(db: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM catalog_facet_changes`);
  return row!.n;
}
