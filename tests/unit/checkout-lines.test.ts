import { describe, expect, it } from 'vitest';
import {
  boughtInFull,
  boughtNothing,
  boughtQuantities,
  type PlannableLine,
  planLines,
} from '../../src/modules/checkout/checkout-lines.js';

/** Checkout's per-line plan (AVAILABLE_ONLY), without a database. */

function line(
  id: string,
  quantity: number,
  stock: number,
  status: 'ACTIVE' | 'ARCHIVED' | 'DRAFT' = 'ACTIVE',
) {
  return {
    id,
    variantId: `v-${id}`,
    quantity,
    variant: { stock, title: 'Default', sku: `SKU-${id}` },
    product: { status, title: `Product ${id}` },
  } satisfies PlannableLine;
}

describe('planLines', () => {
  it('buys in full, in part, or nothing, and says why', () => {
    const plan = planLines([
      line('a', 2, 10),
      line('b', 5, 3),
      line('c', 1, 0),
      line('d', 1, 10, 'ARCHIVED'),
      line('e', 1, 10, 'DRAFT'),
      line('f', 4, 4),
    ]);
    expect(plan.map((l) => [l.cartLineId, l.requestedQuantity, l.boughtQuantity, l.status])).toEqual([
      ['a', 2, 2, 'BOUGHT'],
      ['b', 5, 3, 'PARTIAL'],
      ['c', 1, 0, 'OUT_OF_STOCK'],
      ['d', 1, 0, 'NOT_FOR_SALE'],
      ['e', 1, 0, 'NOT_FOR_SALE'],
      ['f', 4, 4, 'BOUGHT'],
    ]);
    expect(plan[1]).toMatchObject({ variantId: 'v-b', sku: 'SKU-b', productTitle: 'Product b' });
    expect(boughtInFull(plan)).toBe(false);
    expect(boughtNothing(plan)).toBe(false);
    expect([...boughtQuantities(plan)]).toEqual([
      ['a', 2],
      ['b', 3],
      ['f', 4],
    ]);
  });

  it('a product not for sale is NOT_FOR_SALE even without stock; nothing buyable is nothing bought', () => {
    const plan = planLines([line('a', 1, 0, 'ARCHIVED'), line('b', 2, 0)]);
    expect(plan.map((l) => l.status)).toEqual(['NOT_FOR_SALE', 'OUT_OF_STOCK']);
    expect(boughtNothing(plan)).toBe(true);
    expect(boughtQuantities(plan).size).toBe(0);
    expect(boughtInFull(planLines([line('a', 1, 1)]))).toBe(true);
  });
});
