import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../support/harness.js';

/**
 * The reports' definitions computed in the test, straight from the raw orders, lines, events, refunds
 * and return lines (never through the reporting code or its tables), to compare reports against.
 */

export interface Figures {
  orders: number;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunds: number;
}

interface RawLine {
  id: string;
  productId: string | null;
  quantity: number;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

interface RawOrder {
  id: string;
  status: string;
  createdAt: number;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  confirmed: boolean;
  cancelledAt: number | null;
  lines: RawLine[];
  refunds: { at: number; amount: number; returned: Map<string, number> | null }[];
}

const rows = async <T>(t: TestApp, query: ReturnType<typeof sql>) => {
  const result = (await t.database.db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};
const ms = (value: unknown) => new Date(value as string).getTime();

/** Every order with its lines, refunds (with returned lines) and whether and when it was confirmed/cancelled. */
export async function loadRaw(t: TestApp): Promise<RawOrder[]> {
  const orders = await rows<Record<string, unknown>>(
    t,
    sql`SELECT o.*, EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'CONFIRMED') AS confirmed,
      (SELECT max(e.created_at) FROM order_events e WHERE e.order_id = o.id AND e.type = 'CANCELLED') AS cancelled_at
      FROM orders o`,
  );
  const lines = await rows<Record<string, unknown>>(t, sql`SELECT * FROM order_lines ORDER BY position, id`);
  const refunds = await rows<Record<string, unknown>>(t, sql`SELECT * FROM refunds ORDER BY created_at, id`);
  const returnLines = await rows<Record<string, unknown>>(t, sql`SELECT * FROM return_lines`);
  return orders.map((o) => {
    const own = lines
      .filter((l) => l.order_id === o.id)
      .map((l) => ({
        id: l.id as string,
        productId: (l.product_id as string | null) ?? null,
        quantity: Number(l.quantity),
        subtotal: Number(l.subtotal),
        discount: Number(l.discount),
        tax: Number(l.tax),
        total: Number(l.total),
      }));
    return {
      id: o.id as string,
      status: o.status as string,
      createdAt: ms(o.created_at),
      subtotal: Number(o.subtotal),
      discount: Number(o.discount),
      shipping: Number(o.shipping),
      tax: Number(o.tax),
      total: Number(o.total),
      confirmed: o.confirmed === true || o.confirmed === 't',
      cancelledAt: o.status === 'CANCELLED' && o.cancelled_at ? ms(o.cancelled_at) : null,
      lines: own,
      refunds: refunds
        .filter((r) => r.order_id === o.id)
        .map((r) => ({
          at: ms(r.created_at),
          amount: Number(r.amount),
          returned: r.return_id
            ? new Map(
                returnLines
                  .filter((rl) => rl.return_id === r.return_id)
                  .map((rl) => {
                    const line = own.find((l) => l.id === rl.order_line_id)!;
                    return [line.id, Math.floor((line.total * Number(rl.quantity)) / line.quantity)];
                  }),
              )
            : null,
        })),
    };
  });
}

/** Products currently in these categories or below them. */
export async function productsIn(t: TestApp, categoryIds: string[]): Promise<Set<string>> {
  const found = await rows<{ product_id: string }>(
    t,
    sql`WITH RECURSIVE tree(id) AS (
        SELECT id FROM categories WHERE id::text = ANY (string_to_array(${categoryIds.join(',')}, ','))
        UNION SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id)
      SELECT DISTINCT product_id FROM product_categories WHERE category_id IN (SELECT id FROM tree)`,
  );
  return new Set(found.map((r) => r.product_id));
}

/** Integer parts proportional to weights, largest remainder first (ties: earlier part). */
function split(amount: number, weights: number[]): number[] {
  const w = weights.some((x) => x > 0) ? weights : weights.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((amount * x) / total));
  const order = w.map((x, i) => ({ i, r: (amount * x) % total })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = amount - parts.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

interface Entry {
  at: number;
  orderId: string;
  productId: string | null;
  sale: boolean;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunds: number;
}

/** Every line's sale and refund entries (shares of shipping, shipping tax and refunds). */
function lineEntries(order: RawOrder): Entry[] {
  const weights = order.lines.map((l) => l.total);
  const shipping = split(order.shipping, weights);
  const shippingTax = split(order.tax - order.lines.reduce((a, l) => a + l.tax, 0), weights);
  const full = order.lines.map((l, i) => l.subtotal - l.discount + l.tax + shipping[i]! + shippingTax[i]!);
  const refunded = order.lines.map(() => 0);
  const entries: Entry[] = order.lines.map((l, i) => ({
    at: order.createdAt,
    orderId: order.id,
    productId: l.productId,
    sale: true,
    units: l.quantity,
    gross: l.subtotal,
    discount: l.discount,
    shipping: shipping[i]!,
    tax: l.tax + shippingTax[i]!,
    refunds: 0,
  }));
  const giveBack = (at: number, amount: number, weights: number[]) => {
    split(amount, weights).forEach((share, i) => {
      refunded[i]! += share;
      const l = order.lines[i]!;
      entries.push({ ...ZERO_ENTRY, at, orderId: order.id, productId: l.productId, refunds: share });
    });
  };
  const unrefunded = () => {
    const left = full.map((f, i) => Math.max(0, f - refunded[i]!));
    return left.some((x) => x > 0) ? left : full;
  };
  for (const r of order.refunds) {
    const returned = r.returned ? order.lines.map((l) => r.returned!.get(l.id) ?? 0) : null;
    giveBack(r.at, r.amount, returned?.some((x) => x > 0) ? returned : unrefunded());
  }
  const left = order.total - order.refunds.reduce((a, r) => a + r.amount, 0);
  if (order.cancelledAt !== null && left > 0) giveBack(order.cancelledAt, left, unrefunded());
  return entries;
}

const ZERO_ENTRY = { sale: false, units: 0, gross: 0, discount: 0, shipping: 0, tax: 0, refunds: 0 };
const ZERO: Figures = { orders: 0, units: 0, gross: 0, discount: 0, shipping: 0, tax: 0, refunds: 0 };

/** The figures of each bucket [start, end), all lines or only those of `products`. */
export function expectedFigures(
  orders: RawOrder[],
  buckets: { start: string | Date; end: string | Date }[],
  products: Set<string> | null,
): Figures[] {
  const bounds = buckets.map((b) => [new Date(b.start).getTime(), new Date(b.end).getTime()] as const);
  const result = buckets.map(() => ({ ...ZERO }));
  const at = (time: number) => bounds.findIndex(([s, e]) => time >= s && time < e);
  for (const order of orders.filter((o) => o.confirmed)) {
    if (!products) {
      const i = at(order.createdAt);
      if (i >= 0) {
        const f = result[i]!;
        f.orders += 1;
        f.units += order.lines.reduce((a, l) => a + l.quantity, 0);
        f.gross += order.subtotal;
        f.discount += order.discount;
        f.shipping += order.shipping;
        f.tax += order.tax;
      }
      const refunds = order.refunds.map((r) => ({ at: r.at, amount: r.amount }));
      const left = order.total - refunds.reduce((a, r) => a + r.amount, 0);
      if (order.cancelledAt !== null && left > 0) refunds.push({ at: order.cancelledAt, amount: left });
      for (const r of refunds) {
        const j = at(r.at);
        if (j >= 0) result[j]!.refunds += r.amount;
      }
      continue;
    }
    const counted = new Set<number>();
    for (const e of lineEntries(order)) {
      if (!e.productId || !products.has(e.productId)) continue;
      const i = at(e.at);
      if (i < 0) continue;
      const f = result[i]!;
      if (e.sale && !counted.has(i)) {
        counted.add(i);
        f.orders += 1;
      }
      f.units += e.units;
      f.gross += e.gross;
      f.discount += e.discount;
      f.shipping += e.shipping;
      f.tax += e.tax;
      f.refunds += e.refunds;
    }
  }
  return result;
}

/** Minor units of a decimal amount such as "-3.33". */
export function minor(amount: string): number {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -value : value;
}

interface ApiFigures {
  orders: number;
  units: number;
  gross: { amount: string };
  discounts: { amount: string };
  shipping: { amount: string };
  tax: { amount: string };
  refunds: { amount: string };
  net: { amount: string };
  averageOrderValue: { amount: string };
}

/** The API's figures in minor units, checking net and the average on the way. */
export function fromApi(f: ApiFigures): Figures {
  const figures = {
    orders: f.orders,
    units: f.units,
    gross: minor(f.gross.amount),
    discount: minor(f.discounts.amount),
    shipping: minor(f.shipping.amount),
    tax: minor(f.tax.amount),
    refunds: minor(f.refunds.amount),
  };
  const sales = figures.gross - figures.discount + figures.shipping + figures.tax;
  expect(minor(f.net.amount)).toBe(sales - figures.refunds);
  expect(minor(f.averageOrderValue.amount)).toBe(
    figures.orders === 0 ? 0 : Math.floor((2 * sales + figures.orders) / (2 * figures.orders)),
  );
  return figures;
}
