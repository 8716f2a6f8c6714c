import { describe, expect, it } from 'vitest';
import {
  apportion,
  NO_FACTS,
  type OrderSource,
  rollupDelta,
  SALES_SHARDS,
  salesFactsOf,
  shardOf,
  slotOf,
} from '../../src/modules/reporting/sales-facts.rules.js';

/** The pure rules of the sales facts: exact apportioning, refunds, write-offs and rollup deltas. */

const line = (id: string, productId: string, quantity: number, subtotal: number, discount = 0) => {
  const tax = Math.round((subtotal - discount) / 10);
  return {
    id,
    productId,
    variantId: null,
    quantity,
    subtotal,
    discount,
    tax,
    total: subtotal - discount + tax,
  };
};

function order(overrides: Partial<OrderSource> = {}): OrderSource {
  const lines = overrides.lines ?? [
    line('l1', 'p1', 2, 2000),
    line('l2', 'p2', 1, 750),
    line('l3', 'p1', 3, 999),
  ];
  const subtotal = lines.reduce((a, l) => a + l.subtotal, 0);
  const discount = lines.reduce((a, l) => a + l.discount, 0);
  const tax = lines.reduce((a, l) => a + l.tax, 0) + 50;
  return {
    orderId: '00000000-0000-4000-8000-00000000abcd',
    userId: 'u',
    createdAt: Date.parse('2026-03-29T00:40:00Z'),
    status: 'CONFIRMED',
    subtotal,
    discount,
    shipping: 500,
    tax,
    total: subtotal - discount + 500 + tax,
    confirmed: true,
    cancelled: null,
    lines,
    refunds: [],
    ...overrides,
  };
}

describe('apportion', () => {
  it('splits exactly, largest remainder first, ties to the earlier part', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [0, 0])).toEqual([5, 5]);
    expect(apportion(-7, [1, 2])).toEqual([-2, -5]);
    expect(apportion(0, [3, 4])).toEqual([0, 0]);
    for (let i = 0; i < 200; i++) {
      const weights = Array.from({ length: 1 + (i % 7) }, (_, j) => (i * 7919 + j * 104729) % 5000);
      const amount = (i * 15485863) % 100000;
      const parts = apportion(amount, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
      expect(parts.every((p) => p >= 0)).toBe(true);
    }
  });
});

describe('salesFactsOf', () => {
  it('an order never confirmed has no facts, even with a refund (a late payment given back)', () => {
    expect(
      salesFactsOf(order({ confirmed: false, refunds: [{ id: 'r', at: 1, amount: 10, returned: null }] })),
    ).toBe(NO_FACTS);
  });

  it('lines carry shares of shipping and shipping tax that sum to the order', () => {
    const source = order();
    const facts = salesFactsOf(source);
    const sum = (key: 'gross' | 'discount' | 'shipping' | 'tax' | 'units') =>
      facts.lines.reduce((a, l) => a + l[key], 0);
    expect(sum('shipping')).toBe(500);
    expect(sum('tax')).toBe(source.tax);
    expect(sum('gross')).toBe(source.subtotal);
    expect(facts.order?.total).toBe(source.total);
  });

  it('a full refund gives each line back exactly what it carried; a cancellation writes off the rest', () => {
    const source = order();
    const full = salesFactsOf(order({ refunds: [{ id: 'r', at: 5, amount: source.total, returned: null }] }));
    for (const l of full.lines) expect(l.refunded).toBe(l.gross - l.discount + l.shipping + l.tax);
    const cancelled = salesFactsOf(
      order({
        status: 'CANCELLED',
        cancelled: { eventId: 'e', at: 9 },
        refunds: [{ id: 'r', at: 5, amount: 1000, returned: null }],
      }),
    );
    expect(cancelled.order?.refunded).toBe(source.total);
    const writeOff = cancelled.refunds.filter((r) => r.kind === 'WRITE_OFF');
    expect(writeOff.reduce((a, r) => a + r.amount, 0)).toBe(source.total - 1000);
    expect(writeOff.every((r) => r.occurredAt === 9)).toBe(true);
  });

  it("a return's refund goes to the returned lines only", () => {
    const facts = salesFactsOf(
      order({ refunds: [{ id: 'r', at: 5, amount: 1100, returned: new Map([['l1', 1100]]) }] }),
    );
    expect(facts.refunds).toEqual([
      expect.objectContaining({ orderLineId: 'l1', amount: 1100, productId: 'p1' }),
    ]);
  });
});

describe('rollupDelta', () => {
  it('is empty for unchanged facts, the negation for removed ones, and lands in 15-minute slots', () => {
    const facts = salesFactsOf(
      order({ refunds: [{ id: 'r', at: Date.parse('2026-04-02T10:07:00Z'), amount: 300, returned: null }] }),
    );
    expect(rollupDelta(facts, facts)).toEqual([]);
    const added = rollupDelta(NO_FACTS, facts);
    const removed = rollupDelta(facts, NO_FACTS);
    expect(removed.map((d) => d.gross)).toEqual(added.map((d) => 0 - d.gross || 0));
    expect(new Set(added.map((d) => d.slot))).toEqual(
      new Set([slotOf(Date.parse('2026-03-29T00:40:00Z')), Date.parse('2026-04-02T10:00:00Z')]),
    );
    const totals = added.filter((d) => d.productId === null);
    expect(totals.reduce((a, d) => a + d.orders, 0)).toBe(1);
    expect(totals.reduce((a, d) => a + d.refunds, 0)).toBe(300);
    expect(shardOf('00000000-0000-4000-8000-00000000abcd')).toBeLessThan(SALES_SHARDS);
  });
});
