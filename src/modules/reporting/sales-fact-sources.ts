import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { uuidArray } from '../../db/pg-array.js';
import { compileOnce, runCompiled } from '../../db/query-memo.js';
import type {
  LineFact,
  OrderFact,
  OrderSource,
  RefundFact,
  SalesFacts,
  SourceRefund,
} from './sales-facts.rules.js';

/**
 * What refreshSalesFacts (sales-facts.service.ts) reads: the rows of the orders that decide their
 * facts, and the facts stored for them, in one statement.
 */

const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

interface SourceRow {
  id: string;
  user_id: string;
  status: string;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  created_ms: number;
  confirmed: boolean;
  cancel_event_id: string | null;
  cancel_ms: number | null;
  lines: unknown;
  refunds: unknown;
  stored_order: unknown;
  stored_lines: unknown;
  stored_refunds: unknown;
}

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * The statement of loadOrderSources, compiled once (its text never changes; its one parameter is the
 * orders' ids) and prepared per connection: it runs in every order transaction that moves the reports
 * (each card checkout): no Drizzle SQL object is built and compiled per call, PostgreSQL parses it once.
 */
const ORDER_SOURCES = compileOnce<[ids: string]>(
  (ids) =>
    sql`WITH locked AS (
    SELECT o.* FROM orders o WHERE o.id = ANY (${ids}::uuid[]) ORDER BY o.id FOR UPDATE
  )
  SELECT o.id, o.user_id, o.status::text AS status, o.subtotal, o.discount, o.shipping, o.tax, o.total,
    ${epochMs('o.created_at')} AS created_ms,
    EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'CONFIRMED') AS confirmed,
    c.id AS cancel_event_id, c.ms AS cancel_ms,
    (SELECT coalesce(json_agg(json_build_object(
        'id', l.id, 'productId', l.product_id, 'variantId', l.variant_id, 'quantity', l.quantity,
        'subtotal', l.subtotal, 'discount', l.discount, 'tax', l.tax, 'total', l.total)
      ORDER BY l.position, l.id), '[]'::json)
      FROM order_lines l WHERE l.order_id = o.id) AS lines,
    (SELECT coalesce(json_agg(json_build_object(
        'id', r.id, 'at', ${epochMs('r.created_at')}, 'amount', r.amount,
        'returned', (SELECT json_agg(json_build_object('line', rl.order_line_id,
            'value', floor(ol.total::numeric * rl.quantity / ol.quantity)::int))
          FROM return_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id
          WHERE r.return_id IS NOT NULL AND rl.return_id = r.return_id))
      ORDER BY r.created_at, r.id), '[]'::json)
      FROM refunds r WHERE r.order_id = o.id) AS refunds,
    (SELECT json_build_object('userId', f.user_id, 'occurredAt', ${epochMs('f.occurred_at')},
        'units', f.units, 'gross', f.gross, 'discount', f.discount, 'shipping', f.shipping, 'tax', f.tax,
        'total', f.total, 'refunded', f.refunded)
      FROM report_order_facts f WHERE f.order_id = o.id) AS stored_order,
    (SELECT json_agg(json_build_object('orderLineId', f.order_line_id, 'productId', f.product_id,
        'variantId', f.variant_id, 'occurredAt', ${epochMs('f.occurred_at')}, 'units', f.units,
        'gross', f.gross, 'discount', f.discount, 'shipping', f.shipping, 'tax', f.tax,
        'refunded', f.refunded))
      FROM report_line_facts f WHERE f.order_id = o.id) AS stored_lines,
    (SELECT json_agg(json_build_object('refundKey', f.refund_key, 'orderLineId', f.order_line_id,
        'kind', f.kind, 'productId', f.product_id, 'occurredAt', ${epochMs('f.occurred_at')},
        'amount', f.amount))
      FROM report_refund_facts f WHERE f.order_id = o.id) AS stored_refunds
  FROM locked o
  LEFT JOIN LATERAL (
    SELECT e.id, ${epochMs('e.created_at')} AS ms FROM order_events e
    WHERE o.status = 'CANCELLED' AND e.order_id = o.id AND e.type = 'CANCELLED'
    ORDER BY e.created_at DESC, e.id DESC LIMIT 1
  ) c ON true`,
  1,
);

/**
 * The rows of these orders that decide their facts, and the facts stored for them, in ONE statement
 * (orders locked, in id order). Facts cascade with their order, so an order that no longer exists has
 * none.
 */
export async function loadOrderSources(
  tx: Executor,
  orderIds: readonly string[],
): Promise<{ sources: OrderSource[]; stored: Map<string, SalesFacts> }> {
  const stored = new Map<string, SalesFacts>();
  if (orderIds.length === 0) return { sources: [], stored };
  const rows = await runCompiled<SourceRow>(tx, 'sales-fact-sources', ORDER_SOURCES(uuidArray(orderIds)));
  for (const row of rows) {
    const order = parseJson<Omit<OrderFact, 'orderId'> | null>(row.stored_order);
    const lines = parseJson<Omit<LineFact, 'orderId'>[] | null>(row.stored_lines) ?? [];
    const refunds = parseJson<Omit<RefundFact, 'orderId'>[] | null>(row.stored_refunds) ?? [];
    if (!order && lines.length === 0 && refunds.length === 0) continue;
    stored.set(row.id, {
      order: order ? { orderId: row.id, ...order, occurredAt: Number(order.occurredAt) } : null,
      lines: lines.map((l) => ({ orderId: row.id, ...l, occurredAt: Number(l.occurredAt) })),
      refunds: refunds.map((r) => ({ orderId: row.id, ...r, occurredAt: Number(r.occurredAt) })),
    });
  }
  const sources = rows.map((row) => {
    const refunds = parseJson<
      { id: string; at: number; amount: number; returned: { line: string; value: number }[] | null }[]
    >(row.refunds);
    return {
      orderId: row.id,
      userId: row.user_id,
      createdAt: Number(row.created_ms),
      status: row.status,
      subtotal: Number(row.subtotal),
      discount: Number(row.discount),
      shipping: Number(row.shipping),
      tax: Number(row.tax),
      total: Number(row.total),
      confirmed: Boolean(row.confirmed),
      cancelled:
        row.cancel_event_id && row.cancel_ms !== null
          ? { eventId: row.cancel_event_id, at: Number(row.cancel_ms) }
          : null,
      lines: parseJson<OrderSource['lines']>(row.lines),
      refunds: refunds.map(
        (r): SourceRefund => ({
          id: r.id,
          at: Number(r.at),
          amount: Number(r.amount),
          returned: r.returned ? new Map(r.returned.map((x) => [x.line, Number(x.value)])) : null,
        }),
      ),
    };
  });
  return { sources, stored };
}
