import { and, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { money } from '../../graphql/money.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import {
  type StockMovementReason,
  stockMovementReasonEnum,
  stockMovements,
  type VariantRow,
  variants,
} from '../catalog/catalog.tables.js';
import type { StockMovementReason as ReasonEnum } from '../catalog/inventory.types.js';
import type {
  InventoryTotals,
  StockMovementBucket,
  StockMovementPeriodInput,
  StockMovementReasonTotal,
  StockMovementSummary,
} from './inventory-report.types.js';
import type { InventoryScope } from './inventory-scope.js';
import { bucketedPeriod, bucketOf } from './report-period.js';

/**
 * The covered variants, emptiest first (stock, id), keyset-paginated: a page sorts the covered variants
 * (no index holds `stock`: catalog.tables.ts), as inventoryTotals reads them all.
 */
export function inventoryItems(
  ctx: RequestContext,
  scope: InventoryScope,
  page: PageArgs,
): Promise<Connection<VariantRow>> {
  return paginateTable(ctx.app.db, variants, scope.conditions, page, {
    column: variants.stock,
    sqlType: 'integer',
    value: (v) => v.stock,
    direction: 'asc',
  });
}

/** Units, value and low-stock count of every covered variant: one aggregate statement. */
export async function inventoryTotals(ctx: RequestContext, scope: InventoryScope): Promise<InventoryTotals> {
  const { db, config } = ctx.app;
  const [row] = await db
    .select({
      variants: sql<number>`count(*)::int`,
      units: sql<string>`coalesce(sum(${variants.stock}), 0)::text`,
      value: sql<string>`coalesce(sum(${variants.stock}::bigint * ${variants.price}), 0)::text`,
      lowStock: sql<number>`(count(*) filter (where ${variants.stock} <= ${scope.threshold}))::int`,
    })
    .from(variants)
    .where(and(...scope.conditions));
  return {
    variants: Number(row?.variants ?? 0),
    units: Number(row?.units ?? 0),
    value: money(BigInt(row?.value ?? '0'), config.storeCurrency),
    lowStockCount: Number(row?.lowStock ?? 0),
  };
}

/**
 * The ledger of the covered variants summed by reason over a period (and its buckets): one statement
 * over the period's index range on stock_movements_created_idx (or, with a narrow filter, the
 * variants' ranges on stock_movements_variant_idx), grouped by bucket.
 */
export async function stockMovementSummary(
  ctx: RequestContext,
  scope: InventoryScope,
  input: StockMovementPeriodInput,
): Promise<StockMovementSummary> {
  const period = bucketedPeriod(input, input.bucket ?? null, ctx.app.config.storeTimeZone);
  const covered = scope.conditions.length
    ? sql`and m.variant_id in (select ${variants.id} from ${variants} where ${and(...scope.conditions)})`
    : sql``;
  const rows = await queryRows<{ b: number; reason: StockMovementReason; units: number; movements: number }>(
    ctx.app.db,
    sql`select ${bucketOf(sql`m.created_at`, period.buckets)} as b, m.reason, sum(m.delta)::int as units,
        count(*)::int as movements
      from ${stockMovements} m
      where m.created_at >= ${period.start.toISOString()}::timestamptz
        and m.created_at < ${period.end.toISOString()}::timestamptz ${covered}
      group by 1, 2`,
  );
  const sums = new Map<string, { units: number; movements: number }>();
  for (const row of rows) {
    sums.set(`${Number(row.b) - 1}:${row.reason}`, {
      units: Number(row.units),
      movements: Number(row.movements),
    });
  }
  const buckets: StockMovementBucket[] = period.buckets.map((bucket, i) => {
    const reasons = stockMovementReasonEnum.enumValues.map((reason) =>
      reasonTotal(reason, sums.get(`${i}:${reason}`)),
    );
    return { start: bucket.start, end: bucket.end, label: bucket.label, netUnits: net(reasons), reasons };
  });
  // The buckets cover the period exactly, so the period's sums are the buckets' sums.
  const reasons = stockMovementReasonEnum.enumValues.map((reason) =>
    reasonTotal(reason, {
      units: buckets.reduce((sum, b) => sum + (b.reasons.find((r) => r.reason === reason)?.units ?? 0), 0),
      movements: buckets.reduce(
        (sum, b) => sum + (b.reasons.find((r) => r.reason === reason)?.movements ?? 0),
        0,
      ),
    }),
  );
  return {
    from: period.from,
    to: period.to,
    timeZone: period.timeZone,
    netUnits: net(reasons),
    reasons,
    buckets: input.bucket ? buckets : [],
  };
}

function reasonTotal(
  reason: StockMovementReason,
  sum: { units: number; movements: number } | undefined,
): StockMovementReasonTotal {
  return { reason: reason as ReasonEnum, units: sum?.units ?? 0, movements: sum?.movements ?? 0 };
}

const net = (reasons: StockMovementReasonTotal[]) => reasons.reduce((sum, r) => sum + r.units, 0);
