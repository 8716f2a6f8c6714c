/**
 * What one order contributes to the sales reports, computed from its own rows only (pure: no
 * database). The service (sales-facts.service.ts) stores the result as facts and applies the
 * difference with what it stored before to the rollups, so recomputing is always safe.
 *
 * Definitions (also in the README, "Reports", and the schema descriptions):
 * - A sale is an order that reached CONFIRMED; it counts at its `createdAt`. Orders cancelled before
 *   confirmation or expired unpaid contribute nothing, not even their refunds (a late card payment
 *   refunded at once).
 * - Each line carries its subtotal (gross), discount and tax, plus a share of the order's shipping
 *   and of the tax on shipping, apportioned proportionally to line totals by largest remainder, so
 *   the lines of an order always sum to the order exactly.
 * - A refund counts, negatively, at its own time. Refunding received returns is apportioned to the
 *   returned lines by the value of the returned units; any other refund to every line by what the line
 *   still has unrefunded (largest remainder again).
 * - A confirmed order cancelled without all its money given back (cash on delivery never collected)
 *   writes off what was not refunded, at the cancellation time, counted with refunds: the store does
 *   not keep that money.
 * - Units stay sold when refunded or written off (the money side shows the reversal).
 */

/** 15 minutes: rollups are per slot of this length, aligned on the UTC epoch. */
export const SLOT_MS = 15 * 60 * 1000;
/** Rollup rows per slot (and per slot and product), chosen by a hash of the order id. */
export const SALES_SHARDS = 8;

export interface SourceLine {
  id: string;
  productId: string | null;
  variantId: string | null;
  quantity: number;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

export interface SourceRefund {
  id: string;
  at: number;
  amount: number;
  /** For the refund of a received return: the returned units' value per order line id. */
  returned: Map<string, number> | null;
}

/** An order's rows, as the service loads them (times in epoch milliseconds). */
export interface OrderSource {
  orderId: string;
  userId: string;
  createdAt: number;
  status: string;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  /** Whether the order ever reached CONFIRMED (an order event to CONFIRMED). */
  confirmed: boolean;
  /** Its latest CANCELLED event, when its status is CANCELLED. */
  cancelled: { eventId: string; at: number } | null;
  /** In position order. */
  lines: SourceLine[];
  /** In time order (created_at, id). */
  refunds: SourceRefund[];
}

export interface OrderFact {
  orderId: string;
  userId: string;
  occurredAt: number;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  refunded: number;
}

export interface LineFact {
  orderLineId: string;
  orderId: string;
  productId: string | null;
  variantId: string | null;
  occurredAt: number;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunded: number;
}

export interface RefundFact {
  refundKey: string;
  orderLineId: string;
  orderId: string;
  kind: 'REFUND' | 'WRITE_OFF';
  productId: string | null;
  occurredAt: number;
  amount: number;
}

export interface SalesFacts {
  order: OrderFact | null;
  lines: LineFact[];
  refunds: RefundFact[];
}

export const NO_FACTS: SalesFacts = { order: null, lines: [], refunds: [] };

/**
 * Splits an integer amount into integer parts proportional to non-negative weights, by largest
 * remainder (ties to the earlier part): the parts always sum to the amount. All-zero weights split
 * equally. Negative amounts split like their opposite.
 */
export function apportion(amount: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  if (amount < 0) return apportion(-amount, weights).map((part) => -part);
  const w = weights.some((x) => x > 0) ? weights.map((x) => Math.max(0, x)) : weights.map(() => 1);
  const total = w.reduce((sum, x) => sum + BigInt(x), 0n);
  const big = BigInt(amount);
  const parts = w.map((x) => (big * BigInt(x)) / total);
  const remainders = w.map((x, i) => ({ i, r: (big * BigInt(x)) % total }));
  let left = Number(big - parts.reduce((sum, p) => sum + p, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1;
  }
  return parts.map(Number);
}

/** The facts of one order (NO_FACTS unless it is a sale). */
export function salesFactsOf(source: OrderSource): SalesFacts {
  if (!source.confirmed || source.lines.length === 0) return NO_FACTS;
  const weights = source.lines.map((line) => line.total);
  const shipping = apportion(source.shipping, weights);
  const lineTax = source.lines.reduce((sum, line) => sum + line.tax, 0);
  const shippingTax = apportion(source.tax - lineTax, weights);
  const lines: LineFact[] = source.lines.map((line, i) => ({
    orderLineId: line.id,
    orderId: source.orderId,
    productId: line.productId,
    variantId: line.variantId,
    occurredAt: source.createdAt,
    units: line.quantity,
    gross: line.subtotal,
    discount: line.discount,
    shipping: shipping[i] ?? 0,
    tax: line.tax + (shippingTax[i] ?? 0),
    refunded: 0,
  }));
  const full = lines.map((l) => l.gross - l.discount + l.shipping + l.tax);
  const refunds: RefundFact[] = [];
  const give = (key: string, kind: RefundFact['kind'], at: number, amount: number, w: number[]) => {
    apportion(amount, w).forEach((share, i) => {
      const line = lines[i] as LineFact;
      if (share === 0) return;
      line.refunded += share;
      refunds.push({
        refundKey: key,
        orderLineId: line.orderLineId,
        orderId: source.orderId,
        kind,
        productId: line.productId,
        occurredAt: at,
        amount: share,
      });
    });
  };
  const unrefunded = () => {
    const left = lines.map((l, i) => Math.max(0, (full[i] as number) - l.refunded));
    return left.some((x) => x > 0) ? left : full;
  };
  for (const refund of source.refunds) {
    const returned = refund.returned ? lines.map((l) => refund.returned?.get(l.orderLineId) ?? 0) : null;
    const w = returned?.some((x) => x > 0) ? returned : unrefunded();
    give(refund.id, 'REFUND', refund.at, refund.amount, w);
  }
  const refunded = source.refunds.reduce((sum, r) => sum + r.amount, 0);
  if (source.status === 'CANCELLED' && source.cancelled && source.total - refunded > 0) {
    give(source.cancelled.eventId, 'WRITE_OFF', source.cancelled.at, source.total - refunded, unrefunded());
  }
  return {
    order: {
      orderId: source.orderId,
      userId: source.userId,
      occurredAt: source.createdAt,
      units: lines.reduce((sum, l) => sum + l.units, 0),
      gross: source.subtotal,
      discount: source.discount,
      shipping: source.shipping,
      tax: source.tax,
      total: source.subtotal - source.discount + source.shipping + source.tax,
      refunded: refunds.reduce((sum, r) => sum + r.amount, 0),
    },
    lines,
    refunds,
  };
}

/** The slot (its start, epoch ms) an instant falls in. */
export function slotOf(at: number): number {
  return Math.floor(at / SLOT_MS) * SLOT_MS;
}

/** The rollup shard of an order: from the last hex digits of its (random) uuid. */
export function shardOf(orderId: string): number {
  return Number.parseInt(orderId.slice(-4), 16) % SALES_SHARDS;
}

/** What facts add to the rollups: per slot (productId null) and per slot and product. */
export interface RollupDelta {
  slot: number;
  productId: string | null;
  orders: number;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunds: number;
}

const MEASURES = ['orders', 'units', 'gross', 'discount', 'shipping', 'tax', 'refunds'] as const;

/** The rollup changes that turn `before` into `after` (zero changes left out), in a fixed order. */
export function rollupDelta(before: SalesFacts, after: SalesFacts): RollupDelta[] {
  const sums = new Map<string, RollupDelta>();
  const add = (sign: number, slot: number, productId: string | null, values: Partial<RollupDelta>) => {
    const key = `${slot}|${productId ?? ''}`;
    let entry = sums.get(key);
    if (!entry) {
      entry = {
        slot,
        productId,
        orders: 0,
        units: 0,
        gross: 0,
        discount: 0,
        shipping: 0,
        tax: 0,
        refunds: 0,
      };
      sums.set(key, entry);
    }
    for (const m of MEASURES) entry[m] += sign * (values[m] ?? 0);
  };
  for (const [sign, facts] of [
    [-1, before],
    [1, after],
  ] as const) {
    if (facts.order) {
      const o = facts.order;
      add(sign, slotOf(o.occurredAt), null, { orders: 1, ...o });
    }
    for (const l of facts.lines) {
      if (l.productId) add(sign, slotOf(l.occurredAt), l.productId, Object.assign({}, l, { refunds: 0 }));
    }
    for (const r of facts.refunds) {
      add(sign, slotOf(r.occurredAt), null, { refunds: r.amount });
      if (r.productId) add(sign, slotOf(r.occurredAt), r.productId, { refunds: r.amount });
    }
  }
  return [...sums.values()]
    .filter((d) => MEASURES.some((m) => d[m] !== 0))
    .sort((a, b) =>
      a.productId === b.productId ? a.slot - b.slot : (a.productId ?? '') < (b.productId ?? '') ? -1 : 1,
    );
}
