import type { RequestContext } from '../../graphql/context.js';
import { money } from '../../graphql/money.js';
import type { OrderLineRow } from '../order/order.tables.js';
import { toOrderLine } from '../order/order.types.js';
import type { BucketUnit } from './report-buckets.js';
import { resolveBuckets, resolveLineFilter, resolvePeriod } from './report-input.js';
import {
  ReportBucket,
  SaleItemEdge,
  SalesFigures,
  SalesReport,
  SalesReportBucket,
  type SalesReportInput,
} from './reporting.types.js';
import { type SaleItemRow, SaleItemsLoader } from './sale-items.js';
import {
  addFigures,
  averageOrderValue,
  bucketFigures,
  type Figures,
  netOf,
  type SalesReportPlan,
  ZERO,
} from './sales-report.service.js';

/** What a report's buckets keep for their `items` field: the batched loader and the currency. */
export interface ReportView {
  currency: string;
  items: SaleItemsLoader | null;
}

/** Checks the input and plans the report (period, buckets, filter): BAD_USER_INPUT before any report query. */
export async function planSalesReport(
  ctx: RequestContext,
  input: {
    from: string;
    to: string;
    timeZone?: string | null;
    bucket: BucketUnit;
    productIds?: readonly string[] | null;
    categoryIds?: readonly string[] | null;
  },
): Promise<SalesReportPlan> {
  const period = resolvePeriod(input, ctx.app.config.storeTimeZone);
  const buckets = resolveBuckets(period, input.bucket);
  const filter = await resolveLineFilter(ctx, input.productIds, input.categoryIds);
  return { period, unit: input.bucket, buckets, filter };
}

export function fillFigures<T extends SalesFigures>(target: T, f: Figures, currency: string): T {
  target.orders = f.orders;
  target.units = f.units;
  target.gross = money(f.gross, currency);
  target.discounts = money(f.discount, currency);
  target.shipping = money(f.shipping, currency);
  target.tax = money(f.tax, currency);
  target.refunds = money(f.refunds, currency);
  target.net = money(netOf(f), currency);
  target.averageOrderValue = money(averageOrderValue(f), currency);
  return target;
}

export async function buildSalesReport(ctx: RequestContext, input: SalesReportInput): Promise<SalesReport> {
  const plan = await planSalesReport(ctx, { ...input, bucket: input.bucket as string as BucketUnit });
  const figures = await bucketFigures(ctx.app.db, plan);
  const currency = ctx.app.config.storeCurrency;
  const view: ReportView = {
    currency,
    items: input.includeItems ? new SaleItemsLoader(ctx.app.db, plan.buckets, plan.filter) : null,
  };
  const buckets = plan.buckets.map((bucket, index) =>
    Object.assign(fillFigures(new SalesReportBucket(), figures[index] ?? ZERO, currency), {
      start: bucket.start,
      end: bucket.end,
      label: bucket.label,
      view,
      index,
    }),
  );
  return Object.assign(new SalesReport(), {
    from: plan.period.from,
    to: plan.period.to,
    timeZone: plan.period.timeZone,
    bucket: input.bucket as ReportBucket,
    totals: fillFigures(new SalesFigures(), figures.reduce(addFigures, ZERO), currency),
    buckets,
  });
}

export function toSaleItemEdge(
  row: SaleItemRow & { line: OrderLineRow },
  cursor: string,
  currency: string,
): SaleItemEdge {
  return Object.assign(new SaleItemEdge(), {
    cursor,
    node: toOrderLine(row.line, currency),
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    createdAt: row.createdAt,
    shipping: money(row.shipping, currency),
    tax: money(row.tax, currency),
    total: money(row.gross - row.discount + row.shipping + row.tax, currency),
    refunded: money(row.refunded, currency),
  });
}
