import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, rateLimited, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { attemptsPerWindow } from '../../http/rate-limiter.js';
import { lockProductForRating } from '../catalog/product-rating.js';
import { normalizeText, reviewInputErrors, submittedStatus } from './review.rules.js';
import { type ReviewRow, reviews, reviewVotes } from './review.tables.js';
import { refreshProductRating, touchesRating } from './review-aggregate.js';
import { publishedToo, recordReviewEvents, transactReviewChange } from './review-events.js';
import { checkPurchase, PURCHASE_MESSAGES } from './review-purchase.js';

/**
 * What customers do with reviews: write, edit and delete their own, and vote on others'. Every write
 * locks the product's rating first (catalog), then the review, and refreshes the product's rating in
 * the same transaction when a published review is involved.
 */

export interface ReviewResult {
  errors: UserError[];
  review: ReviewRow | null;
}

const fail = (...errors: UserError[]): ReviewResult => ({ errors, review: null });
export const reviewNotFound = (field = ['input', 'reviewId']) =>
  userError(field, ErrorCode.NOT_FOUND, 'No review with this id.');

async function viewerId(ctx: RequestContext): Promise<string> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return viewer.id;
}

/** One review write of the customer's allowance (RATE_LIMIT_REVIEW_WRITES_PER_CUSTOMER per RATE_LIMIT_WINDOW). */
async function takeWrite(ctx: RequestContext, userId: string): Promise<void> {
  const { rateLimiter, config } = ctx.app;
  const limit = attemptsPerWindow(config.reviews.writesPerCustomer, config.rateLimit.windowSeconds);
  const taken = await rateLimiter.take(`review-write:user:${userId}`, 1, limit);
  if (!taken.allowed) throw rateLimited(taken.retryAfter);
}

/** The review, locked for change (after its product's rating lock). */
async function lockReview(tx: Executor, reviewId: string): Promise<ReviewRow | null> {
  const [row] = await tx.select().from(reviews).where(eq(reviews.id, reviewId)).for('update');
  return row ?? null;
}

/**
 * Locks the rating of the review's product, then the review; null when there is no such review. The
 * product id is read first without a lock (it never changes), so the locks come in the fixed order.
 */
export async function lockProductAndReview(tx: Executor, reviewId: string): Promise<ReviewRow | null> {
  const [peek] = await tx
    .select({ productId: reviews.productId })
    .from(reviews)
    .where(eq(reviews.id, reviewId));
  if (!peek) return null;
  await lockProductForRating(tx, peek.productId);
  return lockReview(tx, reviewId);
}

export interface ReviewCreateInput {
  productId: string;
  rating: number;
  title?: string | null;
  body?: string | null;
}

/**
 * Writes the viewer's review of a product they bought and received: PUBLISHED at once, or PENDING when
 * the store moderates (REVIEW_MODERATION=hold).
 */
export async function createReview(ctx: RequestContext, input: ReviewCreateInput): Promise<ReviewResult> {
  const userId = await viewerId(ctx);
  const invalid = reviewInputErrors(input);
  if (invalid.length > 0) return fail(...invalid);
  if (!isUuid(input.productId)) return fail(productNotFound());
  await takeWrite(ctx, userId);
  return transactReviewChange(ctx, async (tx) => {
    const result = await writeReview(tx, userId, input, submittedStatus(ctx.app.config.reviews.moderation));
    if (!result.review) return rollback(result);
    const { status } = result.review;
    await recordReviewEvents(tx, result.review, publishedToo('REVIEW_CREATED', status), {
      actorKind: 'CUSTOMER',
      fromStatus: null,
      toStatus: status,
    });
    return result;
  });
}

const productNotFound = () =>
  userError(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.');

/**
 * The rules of a new review, in the caller's transaction (reviewCreate, and the demo data): the product
 * for sale, one review per customer and product, the purchase rule; then the row and the product's
 * rating. Input already checked (`reviewInputErrors`). On errors nothing was written. Records no
 * event: createReview does, for customers' reviews (the demo data is nobody's change to report).
 */
export async function writeReview(
  tx: Executor,
  userId: string,
  input: ReviewCreateInput,
  status: 'PUBLISHED' | 'PENDING',
): Promise<ReviewResult> {
  const product = await lockProductForRating(tx, input.productId);
  if (!product) return fail(productNotFound());
  if (product.status !== 'ACTIVE')
    return fail(
      userError(['input', 'productId'], ErrorCode.PRODUCT_NOT_AVAILABLE, 'This product is not for sale.'),
    );
  const [existing] = await tx
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.authorId, userId), eq(reviews.productId, product.id)));
  if (existing)
    return fail(
      userError(
        ['input', 'productId'],
        ErrorCode.ALREADY_REVIEWED,
        'You have already reviewed this product.',
      ),
    );
  const purchase = await checkPurchase(tx, userId, product.id);
  if (!purchase.ok)
    return fail(
      userError(['input', 'productId'], ErrorCode.NOT_PURCHASED, PURCHASE_MESSAGES[purchase.reason]),
    );
  const [review] = await tx
    .insert(reviews)
    .values({
      productId: product.id,
      authorId: userId,
      orderLineId: purchase.orderLineId,
      rating: input.rating,
      title: normalizeText(input.title ?? ''),
      body: normalizeText(input.body ?? ''),
      status,
    })
    .returning();
  if (!review) throw new Error('review insert returned nothing');
  if (touchesRating(null, status)) await refreshProductRating(tx, product.id);
  return { errors: [], review };
}

export interface ReviewUpdateInput {
  reviewId: string;
  rating?: number | null;
  title?: string | null;
  body?: string | null;
}

/**
 * Edits the viewer's own review. The edited review is submitted again: PUBLISHED at once, or PENDING
 * until approved when the store moderates (a rejection reason is cleared). Votes and the store's reply stay.
 */
export async function updateReview(ctx: RequestContext, input: ReviewUpdateInput): Promise<ReviewResult> {
  const userId = await viewerId(ctx);
  const invalid = reviewInputErrors(input);
  if (invalid.length > 0) return fail(...invalid);
  if (!isUuid(input.reviewId)) return fail(reviewNotFound());
  await takeWrite(ctx, userId);
  return transactReviewChange(ctx, async (tx) => {
    const before = await lockProductAndReview(tx, input.reviewId);
    if (!before || before.authorId !== userId) return rollback(fail(reviewNotFound()));
    const status = submittedStatus(ctx.app.config.reviews.moderation);
    const [review] = await tx
      .update(reviews)
      .set({
        rating: input.rating ?? before.rating,
        title: input.title === undefined || input.title === null ? before.title : normalizeText(input.title),
        body: input.body === undefined || input.body === null ? before.body : normalizeText(input.body),
        status,
        rejectionReason: null,
        updatedAt: sql`now()`,
      })
      .where(eq(reviews.id, before.id))
      .returning();
    if (!review) throw new Error('review update returned nothing');
    if (touchesRating(before.status, status)) await refreshProductRating(tx, review.productId);
    await recordReviewEvents(tx, review, publishedToo('REVIEW_UPDATED', status), {
      actorKind: 'CUSTOMER',
      fromStatus: before.status,
      toStatus: status,
    });
    return { errors: [], review };
  });
}

/** Deletes a review (the viewer's own, or any when `asAdmin`), with its votes; the rating follows. */
export async function deleteReview(
  ctx: RequestContext,
  reviewId: string,
  asAdmin: boolean,
): Promise<{ errors: UserError[]; deletedId: string | null }> {
  const userId = await viewerId(ctx);
  if (!isUuid(reviewId)) return { errors: [reviewNotFound()], deletedId: null };
  if (!asAdmin) await takeWrite(ctx, userId);
  return transactReviewChange(ctx, async (tx) => {
    const review = await lockProductAndReview(tx, reviewId);
    if (!review || (!asAdmin && review.authorId !== userId))
      return rollback({ errors: [reviewNotFound()], deletedId: null });
    // The body holds the review as it was: read before the row goes.
    await recordReviewEvents(tx, review, ['REVIEW_DELETED'], {
      actorKind: review.authorId === userId ? 'CUSTOMER' : 'ADMIN',
      fromStatus: review.status,
      toStatus: null,
    });
    await tx.delete(reviews).where(eq(reviews.id, review.id));
    if (touchesRating(review.status, null)) await refreshProductRating(tx, review.productId);
    return { errors: [], deletedId: review.id };
  });
}

/**
 * The viewer's vote on a published review: helpful or not, changeable, withdrawn with null; one per
 * customer per review, never on their own. The review's counts are recounted from the votes under the
 * review's row lock, so concurrent votes stay exact.
 */
export async function voteOnReview(
  ctx: RequestContext,
  input: { reviewId: string; helpful: boolean | null },
): Promise<ReviewResult> {
  const userId = await viewerId(ctx);
  if (!isUuid(input.reviewId)) return fail(reviewNotFound());
  await takeWrite(ctx, userId);
  return transact(ctx, async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review?.status !== 'PUBLISHED') return rollback(fail(reviewNotFound()));
    if (review.authorId === userId)
      return rollback(
        fail(userError(['input', 'reviewId'], ErrorCode.OWN_REVIEW, 'You cannot vote on your own review.')),
      );
    if (input.helpful === null) {
      await tx
        .delete(reviewVotes)
        .where(and(eq(reviewVotes.reviewId, review.id), eq(reviewVotes.userId, userId)));
    } else {
      await tx
        .insert(reviewVotes)
        .values({ reviewId: review.id, userId, helpful: input.helpful })
        .onConflictDoUpdate({
          target: [reviewVotes.reviewId, reviewVotes.userId],
          set: { helpful: input.helpful, updatedAt: sql`now()` },
        });
    }
    const [updated] = await tx
      .update(reviews)
      .set({
        helpfulCount: sql`(SELECT count(*)::int FROM review_votes v WHERE v.review_id = ${review.id} AND v.helpful)`,
        unhelpfulCount: sql`(SELECT count(*)::int FROM review_votes v WHERE v.review_id = ${review.id} AND NOT v.helpful)`,
      })
      .where(eq(reviews.id, review.id))
      .returning();
    return { errors: [], review: updated ?? null };
  });
}
