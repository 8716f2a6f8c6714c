import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { setProductRating } from '../catalog/product-rating.js';
import { histogramOf } from './review.rules.js';
import { type ReviewStatus, reviews } from './review.tables.js';

/**
 * Recomputes the product's rating from its published reviews and hands it to the catalog, in the
 * caller's transaction. The caller holds the product's rating lock (catalog's `lockProductForRating`,
 * taken before it changed any review of the product): this statement runs after every earlier
 * writer committed, so the counts are exact under concurrent reviews. One index-only count per
 * product (reviews_product_rating_idx).
 */
export async function refreshProductRating(tx: Executor, productId: string): Promise<void> {
  const rows = await tx
    .select({ rating: reviews.rating, count: count() })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.status, 'PUBLISHED')))
    .groupBy(reviews.rating);
  await setProductRating(tx, productId, histogramOf(rows));
}

/** Whether a change from one status to another moves the product's rating (either side published). */
export function touchesRating(before: ReviewStatus | null, after: ReviewStatus | null): boolean {
  return before === 'PUBLISHED' || after === 'PUBLISHED';
}
