/**
 * Keeps the sales facts and rollups (reporting.tables.ts) exact, inside the transaction of every
 * order change that moves them: `refreshSalesFacts` recomputes the orders' facts from their own rows
 * (sales-facts.rules.ts), compares them with the stored ones and writes only the difference, to the
 * facts and, as deltas, to the rollups. Idempotent: running it again changes nothing, so the same
 * function over every order is the rebuild (rebuild.ts).
 *
 * Locks: the orders' rows first (in id order; a no-op for the order the caller already holds), then
 * the rollup rows in a fixed order (slots by slot and shard, then product slots by product, slot and
 * shard), so concurrent refreshes never deadlock; the shard (a hash of the order id) spreads
 * concurrent checkouts of one slot over SALES_SHARDS rows.
 */
import { inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import {
  reportLineFacts,
  reportOrderFacts,
  reportProductSlots,
  reportRefundFacts,
  reportSalesSlots,
} from './reporting.tables.js';
import {
  type LineFact,
  NO_FACTS,
  type OrderFact,
  type OrderSource,
  type RefundFact,
  type RollupDelta,
  rollupDelta,
  type SalesFacts,
  type SourceRefund,
  salesFactsOf,
  shardOf,
} from './sales-facts.rules.js';

/** A Postgres array literal of uuids (they need no quoting). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

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
}

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** The rows of these orders that decide their facts, in one statement (orders locked, in id order). */
export async function loadOrderSources(tx: Executor, orderIds: readonly string[]): Promise<OrderSource[]> {
  if (orderIds.length === 0) return [];
  const rows = await queryRows<SourceRow>(
    tx,
    sql`WITH locked AS (
      SELECT o.* FROM orders o WHERE o.id = ANY (${uuidArray(orderIds)}::uuid[]) ORDER BY o.id FOR UPDATE
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
        FROM refunds r WHERE r.order_id = o.id) AS refunds
    FROM locked o
    LEFT JOIN LATERAL (
      SELECT e.id, ${epochMs('e.created_at')} AS ms FROM order_events e
      WHERE o.status = 'CANCELLED' AND e.order_id = o.id AND e.type = 'CANCELLED'
      ORDER BY e.created_at DESC, e.id DESC LIMIT 1
    ) c ON true`,
  );
  return rows.map((row) => {
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
}

/** The facts stored for these orders, by order id. */
export async function loadStoredFacts(
  tx: Executor,
  orderIds: readonly string[],
): Promise<Map<string, SalesFacts>> {
  const result = new Map<string, SalesFacts>();
  if (orderIds.length === 0) return result;
  const entry = (orderId: string) => {
    let facts = result.get(orderId);
    if (!facts) {
      facts = { order: null, lines: [], refunds: [] };
      result.set(orderId, facts);
    }
    return facts;
  };
  const [orderRows, lineRows, refundRows] = await Promise.all([
    tx
      .select()
      .from(reportOrderFacts)
      .where(inArray(reportOrderFacts.orderId, [...orderIds])),
    tx
      .select()
      .from(reportLineFacts)
      .where(inArray(reportLineFacts.orderId, [...orderIds])),
    tx
      .select()
      .from(reportRefundFacts)
      .where(inArray(reportRefundFacts.orderId, [...orderIds])),
  ]);
  for (const row of orderRows) entry(row.orderId).order = { ...row, occurredAt: row.occurredAt.getTime() };
  for (const row of lineRows) entry(row.orderId).lines.push({ ...row, occurredAt: row.occurredAt.getTime() });
  for (const row of refundRows) {
    entry(row.orderId).refunds.push({
      ...row,
      kind: row.kind as RefundFact['kind'],
      occurredAt: row.occurredAt.getTime(),
    });
  }
  return result;
}

const same = <T extends object>(a: T, b: T) =>
  (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);

/**
 * Brings the facts and rollups of these orders up to date with their rows, inside `tx`. Returns how
 * many orders changed.
 */
export async function refreshSalesFacts(tx: Executor, orderIds: readonly string[]): Promise<number> {
  const ids = [...new Set(orderIds)].sort();
  const sources = await loadOrderSources(tx, ids);
  const stored = await loadStoredFacts(tx, ids);
  const deltas: { shard: number; delta: RollupDelta }[] = [];
  const put: { orders: OrderFact[]; lines: LineFact[]; refunds: RefundFact[] } = {
    orders: [],
    lines: [],
    refunds: [],
  };
  const drop: { orders: string[]; lines: string[]; refunds: RefundFact[] } = {
    orders: [],
    lines: [],
    refunds: [],
  };
  let changed = 0;
  const byId = new Map(sources.map((s) => [s.orderId, s]));
  for (const orderId of ids) {
    const source = byId.get(orderId);
    const after = source ? salesFactsOf(source) : NO_FACTS;
    const before = stored.get(orderId) ?? NO_FACTS;
    const delta = rollupDelta(before, after);
    const writes = put.orders.length + put.lines.length + put.refunds.length;
    const drops = drop.orders.length + drop.lines.length + drop.refunds.length;
    for (const d of delta) deltas.push({ shard: shardOf(orderId), delta: d });
    if (after.order && !(before.order && same(after.order, before.order))) put.orders.push(after.order);
    if (!after.order && before.order) drop.orders.push(orderId);
    const oldLines = new Map(before.lines.map((l) => [l.orderLineId, l]));
    for (const line of after.lines) {
      const old = oldLines.get(line.orderLineId);
      if (!old || !same(line, old)) put.lines.push(line);
      oldLines.delete(line.orderLineId);
    }
    drop.lines.push(...oldLines.keys());
    const refundKey = (r: RefundFact) => `${r.refundKey}|${r.orderLineId}`;
    const oldRefunds = new Map(before.refunds.map((r) => [refundKey(r), r]));
    for (const refund of after.refunds) {
      const old = oldRefunds.get(refundKey(refund));
      if (!old || !same(refund, old)) put.refunds.push(refund);
      oldRefunds.delete(refundKey(refund));
    }
    drop.refunds.push(...oldRefunds.values());
    const after_ = put.orders.length + put.lines.length + put.refunds.length;
    const dropped = drop.orders.length + drop.lines.length + drop.refunds.length;
    if (delta.length > 0 || after_ > writes || dropped > drops) changed += 1;
  }
  await writeFacts(tx, put, drop);
  await applyRollupDeltas(tx, deltas);
  return changed;
}

async function writeFacts(
  tx: Executor,
  put: { orders: OrderFact[]; lines: LineFact[]; refunds: RefundFact[] },
  drop: { orders: string[]; lines: string[]; refunds: RefundFact[] },
): Promise<void> {
  if (drop.refunds.length > 0) {
    await tx.delete(reportRefundFacts).where(
      sql`(${reportRefundFacts.refundKey}, ${reportRefundFacts.orderLineId}) IN (${sql.join(
        drop.refunds.map((r) => sql`(${r.refundKey}::uuid, ${r.orderLineId}::uuid)`),
        sql`, `,
      )})`,
    );
  }
  if (drop.lines.length > 0) {
    await tx.delete(reportLineFacts).where(inArray(reportLineFacts.orderLineId, drop.lines));
  }
  if (drop.orders.length > 0) {
    await tx.delete(reportOrderFacts).where(inArray(reportOrderFacts.orderId, drop.orders));
  }
  const at = (ms: number) => new Date(ms);
  if (put.orders.length > 0) {
    await tx
      .insert(reportOrderFacts)
      .values(put.orders.map((o) => ({ ...o, occurredAt: at(o.occurredAt) })))
      .onConflictDoUpdate({ target: reportOrderFacts.orderId, set: excludedAll(reportOrderFactsColumns) });
  }
  if (put.lines.length > 0) {
    await tx
      .insert(reportLineFacts)
      .values(put.lines.map((l) => ({ ...l, occurredAt: at(l.occurredAt) })))
      .onConflictDoUpdate({ target: reportLineFacts.orderLineId, set: excludedAll(reportLineFactsColumns) });
  }
  if (put.refunds.length > 0) {
    await tx
      .insert(reportRefundFacts)
      .values(put.refunds.map((r) => ({ ...r, occurredAt: at(r.occurredAt) })))
      .onConflictDoUpdate({
        target: [reportRefundFacts.refundKey, reportRefundFacts.orderLineId],
        set: excludedAll(reportRefundFactsColumns),
      });
  }
}

const reportOrderFactsColumns = [
  'user_id',
  'occurred_at',
  'units',
  'gross',
  'discount',
  'shipping',
  'tax',
  'total',
  'refunded',
];
const reportLineFactsColumns = [
  'order_id',
  'product_id',
  'variant_id',
  'occurred_at',
  'units',
  'gross',
  'discount',
  'shipping',
  'tax',
  'refunded',
];
const reportRefundFactsColumns = ['order_id', 'kind', 'product_id', 'occurred_at', 'amount'];

/** `SET property = excluded.column` for every column (drizzle's `set` is keyed by property name). */
function excludedAll(columns: string[]) {
  return Object.fromEntries(
    columns.map((c) => [c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()), sql.raw(`excluded.${c}`)]),
  );
}

/** Adds the deltas to the rollup rows (upserts), slots first, each statement in key order. */
async function applyRollupDeltas(
  tx: Executor,
  deltas: { shard: number; delta: RollupDelta }[],
): Promise<void> {
  const key = (d: { shard: number; delta: RollupDelta }) =>
    `${d.delta.productId ?? ''}|${String(d.delta.slot).padStart(16, '0')}|${d.shard}`;
  const merged = new Map<string, { shard: number; delta: RollupDelta }>();
  for (const d of deltas) {
    const k = key(d);
    const existing = merged.get(k);
    if (!existing) merged.set(k, { shard: d.shard, delta: { ...d.delta } });
    else
      for (const m of ['orders', 'units', 'gross', 'discount', 'shipping', 'tax', 'refunds'] as const)
        existing.delta[m] += d.delta[m];
  }
  const ordered = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
  const slots = ordered.filter((d) => d.delta.productId === null);
  const products = ordered.filter((d) => d.delta.productId !== null);
  if (slots.length > 0) {
    await tx
      .insert(reportSalesSlots)
      .values(
        slots.map(({ shard, delta: d }) => ({
          slot: new Date(d.slot),
          shard,
          orders: d.orders,
          units: d.units,
          gross: d.gross,
          discount: d.discount,
          shipping: d.shipping,
          tax: d.tax,
          refunds: d.refunds,
        })),
      )
      .onConflictDoUpdate({
        target: [reportSalesSlots.slot, reportSalesSlots.shard],
        set: {
          orders: sql`${reportSalesSlots.orders} + excluded.orders`,
          units: sql`${reportSalesSlots.units} + excluded.units`,
          gross: sql`${reportSalesSlots.gross} + excluded.gross`,
          discount: sql`${reportSalesSlots.discount} + excluded.discount`,
          shipping: sql`${reportSalesSlots.shipping} + excluded.shipping`,
          tax: sql`${reportSalesSlots.tax} + excluded.tax`,
          refunds: sql`${reportSalesSlots.refunds} + excluded.refunds`,
        },
      });
  }
  if (products.length > 0) {
    await tx
      .insert(reportProductSlots)
      .values(
        products.map(({ shard, delta: d }) => ({
          productId: d.productId as string,
          slot: new Date(d.slot),
          shard,
          units: d.units,
          gross: d.gross,
          discount: d.discount,
          shipping: d.shipping,
          tax: d.tax,
          refunds: d.refunds,
        })),
      )
      .onConflictDoUpdate({
        target: [reportProductSlots.productId, reportProductSlots.slot, reportProductSlots.shard],
        set: {
          units: sql`${reportProductSlots.units} + excluded.units`,
          gross: sql`${reportProductSlots.gross} + excluded.gross`,
          discount: sql`${reportProductSlots.discount} + excluded.discount`,
          shipping: sql`${reportProductSlots.shipping} + excluded.shipping`,
          tax: sql`${reportProductSlots.tax} + excluded.tax`,
          refunds: sql`${reportProductSlots.refunds} + excluded.refunds`,
        },
      });
  }
}
