/**
 * CSV export of the sales report and of its sale items, for spreadsheets and accounting tools:
 *
 *   GET /reports/sales.csv?from=2026-01-01&to=2026-01-31&bucket=DAY&timeZone=Europe/Berlin
 *       &productIds=<id>,<id>&categoryIds=<id>
 *   GET /reports/sales-items.csv?<the same parameters>   (bucket is ignored)
 *
 * `Authorization: Bearer <access token>` of an admin, checked by the account domain exactly as for
 * GraphQL (the request context's viewer). Answers 401 without a valid token, 403 for a non-admin, 400
 * for bad parameters (the same checks and messages as salesReport), each with a short text body.
 * Rows are written as they are read (items: keyset pages of ITEM_PAGE lines, with backpressure), never
 * the whole result in memory. Amounts are decimals like the API's Money.amount, in the store currency;
 * fields are quoted when they hold a comma, quote or line break (RFC 4180).
 */
import { once } from 'node:events';
import { inArray } from 'drizzle-orm';
import type { Request, Response, Router } from 'express';
import type { AppContext } from '../../graphql/app-context.js';
import { createRequestContext } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { currencyDigits, formatMinorUnits } from '../../graphql/money.js';
import { roleAtLeast } from '../../graphql/roles.js';
import { orderLines } from '../order/order.tables.js';
import type { BucketUnit } from './report-buckets.js';
import { saleItemPages } from './sale-items.js';
import { averageOrderValue, bucketFigures, netOf } from './sales-report.service.js';
import { planSalesReport } from './sales-report.view.js';

const ITEM_PAGE = 500;
const UNITS: readonly BucketUnit[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

export const SALES_CSV_HEADER = [
  'start',
  'end',
  'label',
  'orders',
  'units',
  'gross',
  'discounts',
  'shipping',
  'tax',
  'refunds',
  'net',
  'average_order_value',
];

export const SALES_ITEMS_CSV_HEADER = [
  'created_at',
  'order_number',
  'order_id',
  'order_line_id',
  'product_id',
  'variant_id',
  'product_title',
  'variant_title',
  'sku',
  'quantity',
  'gross',
  'discount',
  'shipping',
  'tax',
  'total',
  'refunded',
];

/** One CSV field: quoted (quotes doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (fields: (string | number | null)[]) => `${fields.map(csvField).join(',')}\r\n`;

function list(value: unknown): string[] | null {
  const values = (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return values.length > 0 ? values : null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain');
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain; charset=utf-8').send(`${message}\n`);
}

type Export = 'sales' | 'items';

function csvHandler(app: AppContext, kind: Export) {
  return async (req: Request, res: Response): Promise<void> => {
    const ctx = createRequestContext(app, {
      requestId: req.requestId,
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      userAgent: req.get('user-agent'),
      authorization: req.get('authorization'),
      cookies: null,
    });
    let plan: Awaited<ReturnType<typeof planSalesReport>>;
    try {
      const viewer = await ctx.viewer();
      if (!viewer) return refuse(res, 401, 'Sign in as an administrator (Authorization: Bearer <token>).');
      if (!roleAtLeast(viewer.role, 'ADMIN')) return refuse(res, 403, 'Reports are for administrators.');
      const bucket = (text(req.query.bucket) || 'DAY').toUpperCase() as BucketUnit;
      if (!UNITS.includes(bucket)) return refuse(res, 400, 'bucket must be DAY, WEEK, MONTH or YEAR.');
      plan = await planSalesReport(ctx, {
        from: text(req.query.from),
        to: text(req.query.to),
        timeZone: text(req.query.timeZone) || null,
        bucket: kind === 'items' ? 'YEAR' : bucket,
        productIds: list(req.query.productIds),
        categoryIds: list(req.query.categoryIds),
      });
    } catch (err) {
      if (err instanceof PublicError) {
        const code = err.extensions.code;
        const status =
          code === 'UNAUTHENTICATED'
            ? 401
            : code === 'FORBIDDEN'
              ? 403
              : code === 'BAD_USER_INPUT'
                ? 400
                : 500;
        if (status !== 500) return refuse(res, status, err.message);
      }
      throw err;
    }
    const currency = app.config.storeCurrency;
    const digits = currencyDigits(currency);
    const amount = (minor: number) => formatMinorUnits(minor, digits);
    const name = `${kind === 'sales' ? 'sales' : 'sales-items'}-${plan.period.from}-${plan.period.to}.csv`;
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('Cache-Control', 'no-store');
    if (kind === 'sales') {
      const figures = await bucketFigures(app.db, plan);
      await write(res, csvLine(SALES_CSV_HEADER));
      for (const [i, bucket] of plan.buckets.entries()) {
        const f = figures[i];
        if (!f) continue;
        await write(
          res,
          csvLine([
            bucket.start.toISOString(),
            bucket.end.toISOString(),
            bucket.label,
            f.orders,
            f.units,
            amount(f.gross),
            amount(f.discount),
            amount(f.shipping),
            amount(f.tax),
            amount(f.refunds),
            amount(netOf(f)),
            amount(averageOrderValue(f)),
          ]),
        );
      }
      res.end();
      return;
    }
    await write(res, csvLine(SALES_ITEMS_CSV_HEADER));
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const [rows = []] = await saleItemPages(app.db, plan.filter, [
        { start: plan.period.start, end: plan.period.end, after, limit: ITEM_PAGE },
      ]);
      if (rows.length === 0) break;
      const lines = await app.db
        .select({
          id: orderLines.id,
          productTitle: orderLines.productTitle,
          variantTitle: orderLines.variantTitle,
          sku: orderLines.sku,
        })
        .from(orderLines)
        .where(
          inArray(
            orderLines.id,
            rows.map((r) => r.orderLineId),
          ),
        );
      const byId = new Map(lines.map((l) => [l.id, l]));
      let chunk = '';
      for (const r of rows) {
        const line = byId.get(r.orderLineId);
        chunk += csvLine([
          r.createdAt.toISOString(),
          r.orderNumber,
          r.orderId,
          r.orderLineId,
          r.productId,
          r.variantId,
          line?.productTitle ?? '',
          line?.variantTitle ?? '',
          line?.sku ?? '',
          r.quantity,
          amount(r.gross),
          amount(r.discount),
          amount(r.shipping),
          amount(r.tax),
          amount(r.gross - r.discount + r.shipping + r.tax),
          amount(r.refunded),
        ]);
      }
      await write(res, chunk);
      if (rows.length < ITEM_PAGE) break;
      const last = rows[rows.length - 1] as (typeof rows)[number];
      after = { at: last.createdAt.toISOString(), id: last.orderLineId };
    }
    res.end();
  };
}

/** Mounts the two exports (the reporting module's `routes`). */
export function mountSalesCsv(router: Router, app: AppContext): void {
  const wrap = (handler: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) => {
    handler(req, res).catch((err: unknown) => {
      app.logger.error({ err }, 'sales CSV export failed');
      if (!res.headersSent) refuse(res, 500, 'The export failed.');
      else res.destroy();
    });
  };
  router.get('/reports/sales.csv', wrap(csvHandler(app, 'sales')));
  router.get('/reports/sales-items.csv', wrap(csvHandler(app, 'items')));
}
