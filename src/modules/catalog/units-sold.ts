import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { products } from './catalog.tables.js';

/**
 * Adds units to (or, negative, takes them off) the products' sales counters `units_sold`, never below
 * zero, in the caller's transaction. Products are updated in id order, so concurrent callers never
 * deadlock on them.
 */
export async function addUnitsSold(
  tx: Executor,
  sold: { productId: string; units: number }[],
): Promise<void> {
  const byProduct = [...sold].sort((a, b) => a.productId.localeCompare(b.productId));
  for (const { productId, units } of byProduct) {
    await tx
      .update(products)
      .set({ unitsSold: sql`greatest(${products.unitsSold} + ${units}, 0)` })
      .where(eq(products.id, productId));
  }
}
