import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { uuidArray } from '../../db/pg-array.js';
import type { RequestContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type Bucket, type BucketUnit, periodBounds, reportBuckets } from './report-buckets.js';
import { SLOT_MS } from './sales-facts.rules.js';

/**
 * Checking and resolving what a report is asked for (GraphQL input or CSV query string): bad input is
 * a BAD_USER_INPUT error naming the field, before any report query runs.
 */

export const MAX_PRODUCT_IDS = 100;
export const MAX_CATEGORY_IDS = 50;

export interface PeriodInput {
  from: string;
  to: string;
  timeZone?: string | null;
}

export interface ResolvedPeriod {
  from: string;
  to: string;
  timeZone: string;
  start: Date;
  end: Date;
}

/** The period's instants, or BAD_USER_INPUT (bad zone, bad date, reversed period). */
export function resolvePeriod(input: PeriodInput, storeTimeZone: string): ResolvedPeriod {
  const timeZone = input.timeZone?.trim() || storeTimeZone;
  const period = { from: input.from, to: input.to, timeZone };
  const bounds = periodBounds(period);
  if ('field' in bounds) throw badUserInput(bounds.message, `input.${bounds.field}`);
  return { ...period, ...bounds };
}

/** The period's buckets; refused when too many or when a boundary is not on a 15-minute step. */
export function resolveBuckets(period: ResolvedPeriod, unit: BucketUnit): Bucket[] {
  const buckets = reportBuckets(period, unit);
  if ('field' in buckets) throw badUserInput(buckets.message, `input.${buckets.field}`);
  // Rollups are per 15-minute UTC slot: every boundary of a modern IANA zone is on that step.
  if (buckets.some((b) => b.start.getTime() % SLOT_MS !== 0 || b.end.getTime() % SLOT_MS !== 0)) {
    throw badUserInput(
      `${period.timeZone} has an offset that is not a multiple of 15 minutes in this period; reports cannot split it.`,
      'input.timeZone',
    );
  }
  return buckets;
}

/** Which lines count: products by id and/or by current category membership (descendants included). */
export interface LineFilter {
  productIds: string[] | null;
  /** The categories asked for and all their descendants. */
  categoryIds: string[] | null;
  /**
   * When the filter is exactly one category's subtree (no products; every other category asked for is
   * below it): that category, whose rollups answer the report (category-rollups.ts).
   */
  rootCategoryId: string | null;
}

function ids(values: readonly string[] | null | undefined, max: number, field: string): string[] | null {
  if (values == null || values.length === 0) return null;
  if (values.length > max) throw badUserInput(`At most ${max} ids.`, field);
  const bad = values.find((id) => !isUuid(id));
  if (bad !== undefined) throw badUserInput(`"${bad}" is not an id.`, field);
  return [...new Set(values.map((id) => id.toLowerCase()))];
}

/** The filter of a report, or null for all lines; an unknown product or category is BAD_USER_INPUT. */
export async function resolveLineFilter(
  ctx: RequestContext,
  productIds: readonly string[] | null | undefined,
  categoryIds: readonly string[] | null | undefined,
): Promise<LineFilter | null> {
  const products = ids(productIds, MAX_PRODUCT_IDS, 'input.productIds');
  const categories = await resolveCategories(ctx, categoryIds);
  const given = ids(categoryIds, MAX_CATEGORY_IDS, 'input.categoryIds');
  if (products) {
    const found = await queryRows<{ id: string }>(
      ctx.app.db,
      sql`SELECT id FROM products WHERE id = ANY (${uuidArray(products)}::uuid[])`,
    );
    const known = new Set(found.map((row) => row.id));
    const unknown = products.find((id) => !known.has(id));
    if (unknown) throw badUserInput(`No product with id ${unknown}.`, 'input.productIds');
  }
  if (!products && !categories) return null;
  let rootCategoryId: string | null = null;
  if (!products && given && categories) {
    const tree = await ctx.loaders.catalog.categoryTree();
    rootCategoryId = given.find((id) => tree.withDescendants(id).length === categories.length) ?? null;
  }
  return { productIds: products, categoryIds: categories, rootCategoryId };
}

/** Categories with their descendants, or null when none are given; unknown ids are BAD_USER_INPUT. */
export async function resolveCategories(
  ctx: RequestContext,
  categoryIds: readonly string[] | null | undefined,
): Promise<string[] | null> {
  const given = ids(categoryIds, MAX_CATEGORY_IDS, 'input.categoryIds');
  if (!given) return null;
  const tree = await ctx.loaders.catalog.categoryTree();
  const unknown = given.find((id) => !tree.get(id));
  if (unknown) throw badUserInput(`No category with id ${unknown}.`, 'input.categoryIds');
  return [...new Set(given.flatMap((id) => tree.withDescendants(id)))];
}

/** The SQL condition of a filter on a product id column. */
export function productCondition(column: SQL, filter: LineFilter): SQL {
  const parts: SQL[] = [];
  if (filter.productIds) parts.push(sql`${column} = ANY (${uuidArray(filter.productIds)}::uuid[])`);
  if (filter.categoryIds) {
    parts.push(
      // An array from a subquery (not IN): the planner then scans the product-leading indexes per
      // product instead of the whole period.
      sql`${column} = ANY (ARRAY(SELECT pc.product_id FROM product_categories pc WHERE pc.category_id = ANY (${uuidArray(filter.categoryIds)}::uuid[])))`,
    );
  }
  return sql.join(parts, sql` AND `);
}
