/**
 * The sale lines of a report's buckets (`SalesReportBucket.items`): keyset pages over the line facts
 * (occurred_at, order_line_id), every bucket's page in ONE statement through a DataLoader (a VALUES row
 * per requested page, each joined LATERALLY to its index range), and every bucket's count in one more,
 * so the SQL of a report does not grow with its buckets or items.
 */
import DataLoader from 'dataloader';
import { inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { badUserInput } from '../../graphql/errors.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  LazyConnection,
  MAX_PAGE_SIZE,
} from '../../graphql/pagination.js';
import { type OrderLineRow, orderLines } from '../order/order.tables.js';
import type { Bucket } from './report-buckets.js';
import { type LineFilter, productCondition } from './report-input.js';
import { bucketStarts } from './sales-report.service.js';

export interface SaleItemRow {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  createdAt: Date;
  productId: string | null;
  variantId: string | null;
  quantity: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunded: number;
}

interface PageKey {
  bucket: number;
  first: number;
  after: { at: string; id: string } | null;
}

/** Checks `first`/`after` of one bucket's items. */
export function itemsPageKey(
  bucket: number,
  first: number | null | undefined,
  after: string | null | undefined,
): PageKey {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  if (!after) return { bucket, first: size, after: null };
  const [value, id] = decodeCursor(after, 'after');
  const at = typeof value === 'string' ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime()) || at.toISOString() !== value)
    throw badUserInput('The cursor is not valid for this list.', 'after');
  return { bucket, first: size, after: { at: value as string, id } };
}

interface ItemDbRow {
  k: number;
  order_line_id: string;
  order_id: string;
  order_number: string;
  created_at: string | Date;
  product_id: string | null;
  variant_id: string | null;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunded: number;
}

const toRow = (r: ItemDbRow): SaleItemRow => ({
  orderLineId: r.order_line_id,
  orderId: r.order_id,
  orderNumber: r.order_number,
  createdAt: new Date(r.created_at),
  productId: r.product_id,
  variantId: r.variant_id,
  quantity: Number(r.units),
  gross: Number(r.gross),
  discount: Number(r.discount),
  shipping: Number(r.shipping),
  tax: Number(r.tax),
  refunded: Number(r.refunded),
});

/**
 * Sale lines in [start, end) after a keyset position, up to `limit`, optionally for several ranges at
 * once (one LATERAL page per VALUES row). Also the CSV export's page reader.
 */
export async function saleItemPages(
  db: Executor,
  filter: LineFilter | null,
  pages: { start: Date; end: Date; after: { at: string; id: string } | null; limit: number }[],
): Promise<SaleItemRow[][]> {
  if (pages.length === 0) return [];
  const values = sql.join(
    pages.map(
      (p, i) =>
        sql`(${i}::int, ${p.start.toISOString()}::timestamptz, ${p.end.toISOString()}::timestamptz, ${p.after?.at ?? null}::timestamptz, ${p.after?.id ?? null}::uuid, ${p.limit}::int)`,
    ),
    sql`, `,
  );
  const condition = filter ? sql`AND ${productCondition(sql`f.product_id`, filter)}` : sql``;
  const rows = await queryRows<ItemDbRow>(
    db,
    sql`SELECT k.i AS k, x.* FROM (VALUES ${values}) AS k(i, start_at, end_at, after_at, after_id, lim)
      CROSS JOIN LATERAL (
        SELECT f.order_line_id, f.order_id, o.number AS order_number, f.occurred_at AS created_at, f.product_id,
          f.variant_id, f.units, f.gross, f.discount, f.shipping, f.tax, f.refunded
        FROM report_line_facts f
        JOIN orders o ON o.id = f.order_id
        WHERE f.occurred_at >= k.start_at AND f.occurred_at < k.end_at
          AND (k.after_at IS NULL OR (f.occurred_at, f.order_line_id) > (k.after_at, k.after_id))
          ${condition}
        ORDER BY f.occurred_at, f.order_line_id
        LIMIT k.lim
      ) x
      ORDER BY k.i, x.created_at, x.order_line_id`,
  );
  const result: SaleItemRow[][] = pages.map(() => []);
  for (const row of rows) result[Number(row.k)]?.push(toRow(row));
  return result;
}

/** Per report: pages of its buckets' items, batched, and their counts, computed once. */
export type SaleItemPage = Connection<SaleItemRow & { line: OrderLineRow }>;

export class SaleItemsLoader {
  private readonly pages: DataLoader<PageKey, SaleItemPage, string>;
  private counts: Promise<number[]> | undefined;

  constructor(
    private readonly db: Executor,
    private readonly buckets: readonly Bucket[],
    private readonly filter: LineFilter | null,
  ) {
    this.pages = new DataLoader((keys) => this.loadPages(keys), {
      cacheKeyFn: (key) => JSON.stringify(key),
    });
  }

  page(key: PageKey): Promise<SaleItemPage> {
    return this.pages.load(key);
  }

  private async loadPages(keys: readonly PageKey[]): Promise<SaleItemPage[]> {
    const asked = keys.filter((key) => key.first > 0);
    const found = await saleItemPages(
      this.db,
      this.filter,
      asked.map((key) => {
        const bucket = this.buckets[key.bucket] as Bucket;
        return { start: bucket.start, end: bucket.end, after: key.after, limit: key.first + 1 };
      }),
    );
    // The order lines as sold, for every page at once.
    const lineIds = found.flat().map((row) => row.orderLineId);
    const lines =
      lineIds.length === 0
        ? []
        : await this.db.select().from(orderLines).where(inArray(orderLines.id, lineIds));
    const lineById = new Map(lines.map((line) => [line.id, line]));
    let next = 0;
    return keys.map((key) => {
      const rows = key.first > 0 ? (found[next++] ?? []) : [];
      const page = rows.slice(0, key.first).flatMap((row) => {
        const line = lineById.get(row.orderLineId);
        return line ? [{ ...row, line }] : [];
      });
      const edges = page.map((node) => ({ cursor: encodeCursor(node.createdAt, node.orderLineId), node }));
      const pageInfo = {
        hasNextPage: rows.length > key.first,
        hasPreviousPage: key.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      };
      return new LazyConnection(edges, page, pageInfo, () => this.count(key.bucket));
    });
  }

  /** Lines of one bucket under the filter (all buckets' counts come from one statement). */
  private async count(bucket: number): Promise<number> {
    this.counts ??= (async () => {
      const first = this.buckets[0] as Bucket;
      const last = this.buckets[this.buckets.length - 1] as Bucket;
      const condition = this.filter ? sql`AND ${productCondition(sql`f.product_id`, this.filter)}` : sql``;
      const rows = await queryRows<{ b: number; n: string | number }>(
        this.db,
        sql`SELECT width_bucket(f.occurred_at, ${bucketStarts(this.buckets)}) AS b, count(*) AS n
          FROM report_line_facts f
          WHERE f.occurred_at >= ${first.start.toISOString()}::timestamptz
            AND f.occurred_at < ${last.end.toISOString()}::timestamptz ${condition}
          GROUP BY 1`,
      );
      const counts = this.buckets.map(() => 0);
      for (const row of rows) if (Number(row.b) >= 1) counts[Number(row.b) - 1] = Number(row.n);
      return counts;
    })();
    return (await this.counts)[bucket] ?? 0;
  }
}
