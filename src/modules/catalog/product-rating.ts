import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { type ProductStatus, products } from './catalog.tables.js';

/**
 * The product's rating columns, owned by the catalog and written only here: the review domain calls
 * these in the transaction that publishes, edits, unpublishes or deletes a review.
 */

/** Stars of a rating, 1 to 5: histogram index + 1. */
export const RATING_STARS = [1, 2, 3, 4, 5] as const;

/**
 * The average of a histogram (counts of 1..5 stars), rounded half up to one decimal, in integer
 * arithmetic so 4.25 is 4.3 on every platform; 0 without ratings.
 */
export function ratingAverage(histogram: readonly number[]): number {
  const count = histogram.reduce((a, b) => a + b, 0);
  if (count === 0) return 0;
  const sum = histogram.reduce((acc, n, i) => acc + n * (i + 1), 0);
  // round(10 * sum / count) half up = floor((20 * sum + count) / (2 * count)).
  return Math.floor((20 * sum + count) / (2 * count)) / 10;
}

/**
 * Locks the product's row (FOR NO KEY UPDATE) for a change of its rating and answers its status, or
 * null when there is no such product. Every writer of a product's reviews takes this lock first, so
 * the counts recomputed after it see every committed review and concurrent reviews stay exact.
 */
export async function lockProductForRating(
  tx: Executor,
  productId: string,
): Promise<{ id: string; status: ProductStatus } | null> {
  const [row] = await tx
    .select({ id: products.id, status: products.status })
    .from(products)
    .where(eq(products.id, productId))
    .for('no key update');
  return row ?? null;
}

/** Sets the product's rating from the histogram of its published reviews (count and average derived). */
export async function setProductRating(
  tx: Executor,
  productId: string,
  histogram: readonly number[],
): Promise<void> {
  if (histogram.length !== 5 || histogram.some((n) => !Number.isInteger(n) || n < 0))
    throw new RangeError(`a rating histogram has five counts (got ${JSON.stringify(histogram)})`);
  await tx
    .update(products)
    .set({
      ratingHistogram: [...histogram],
      ratingCount: histogram.reduce((a, b) => a + b, 0),
      ratingAverage: ratingAverage(histogram),
    })
    .where(eq(products.id, productId));
}
