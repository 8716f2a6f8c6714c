import { eq, type SQL, sql } from 'drizzle-orm';
import { rollback } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { users } from '../account/account.tables.js';
import { products } from '../catalog/catalog.tables.js';
import { enqueueEmail } from '../notification/outbox.js';
import { reviewEmails } from './review.emails.js';
import { normalizeText, REVIEW_REASON_MAX, REVIEW_REPLY_MAX, textProblem } from './review.rules.js';
import { lockProductAndReview, type ReviewResult, reviewNotFound } from './review.service.js';
import { type ReviewRow, type ReviewStatus, reviews } from './review.tables.js';
import { refreshProductRating, touchesRating } from './review-aggregate.js';
import { recordReviewEvents, transactReviewChange } from './review-events.js';

/** What administrators do with reviews: list, approve, reject with a reason, reply. */

const fail = (...errors: UserError[]): ReviewResult => ({ errors, review: null });

/** Publishes a review (PENDING or REJECTED); the product's rating counts it from now on. */
export function approveReview(ctx: RequestContext, reviewId: string): Promise<ReviewResult> {
  return moderate(ctx, reviewId, 'PUBLISHED', null);
}

/** Rejects a review with a reason its author sees (published ones leave the product's rating). */
export function rejectReview(ctx: RequestContext, reviewId: string, reason: string): Promise<ReviewResult> {
  const text = normalizeText(reason);
  const problem = text === '' ? 'Give a reason.' : textProblem(text, REVIEW_REASON_MAX, 'The reason');
  if (problem) return Promise.resolve(fail(userError(['input', 'reason'], ErrorCode.INVALID_INPUT, problem)));
  return moderate(ctx, reviewId, 'REJECTED', text);
}

async function moderate(
  ctx: RequestContext,
  reviewId: string,
  status: ReviewStatus,
  reason: string | null,
): Promise<ReviewResult> {
  if (!isUuid(reviewId)) return fail(reviewNotFound());
  return transactReviewChange(ctx, async (tx) => {
    const before = await lockProductAndReview(tx, reviewId);
    if (!before) return rollback(fail(reviewNotFound()));
    const [review] = await tx
      .update(reviews)
      .set({ status, rejectionReason: reason, updatedAt: sql`now()` })
      .where(eq(reviews.id, before.id))
      .returning();
    if (!review) throw new Error('review update returned nothing');
    if (touchesRating(before.status, status)) await refreshProductRating(tx, review.productId);
    // Approving a published review, or rejecting again for the same reason, changes nothing to report.
    if (before.status !== status || before.rejectionReason !== reason) {
      await recordReviewEvents(
        tx,
        review,
        [status === 'PUBLISHED' ? 'REVIEW_PUBLISHED' : 'REVIEW_REJECTED'],
        {
          actorKind: 'ADMIN',
          fromStatus: before.status,
          toStatus: status,
        },
      );
    }
    return { errors: [], review };
  });
}

/**
 * Sets (or replaces) the store's public reply to a review. The author is emailed when the review gets
 * its first reply, in the same transaction (outbox); replacing a reply sends nothing.
 */
export async function replyToReview(
  ctx: RequestContext,
  reviewId: string,
  body: string,
): Promise<ReviewResult> {
  const text = normalizeText(body);
  const problem = text === '' ? 'Write a reply.' : textProblem(text, REVIEW_REPLY_MAX, 'The reply');
  if (problem) return fail(userError(['input', 'body'], ErrorCode.INVALID_INPUT, problem));
  if (!isUuid(reviewId)) return fail(reviewNotFound());
  return transactReviewChange(ctx, async (tx) => {
    const [before] = await tx.select().from(reviews).where(eq(reviews.id, reviewId)).for('update');
    if (!before) return rollback(fail(reviewNotFound()));
    const [review] = await tx
      .update(reviews)
      .set({ replyBody: text, repliedAt: sql`now()` })
      .where(eq(reviews.id, before.id))
      .returning();
    if (!review) throw new Error('review update returned nothing');
    if (before.repliedAt === null && review.authorId !== null) {
      const [facts] = await tx
        .select({ email: users.email, name: users.name, title: products.title, slug: products.slug })
        .from(users)
        .innerJoin(products, eq(products.id, review.productId))
        .where(eq(users.id, review.authorId));
      if (facts) {
        const url = `${ctx.app.config.storefrontUrl}/products/${facts.slug}#review-${review.id}`;
        await enqueueEmail(
          ctx,
          tx,
          'review.replied',
          reviewEmails.replied(facts.email, facts.name, facts.title, text, url),
        );
      }
    }
    await recordReviewEvents(tx, review, ['REVIEW_REPLIED'], {
      actorKind: 'ADMIN',
      fromStatus: review.status,
      toStatus: review.status,
    });
    return { errors: [], review };
  });
}

export interface AdminReviewFilter {
  status?: ReviewStatus | null;
  productId?: string | null;
  rating?: number | null;
}

/** Every review (admins), newest first, filtered by status, product and rating. */
export function listAllReviews(
  ctx: RequestContext,
  filter: AdminReviewFilter,
  page: PageArgs,
): Promise<Connection<ReviewRow>> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(reviews.status, filter.status));
  if (filter.productId) {
    // An id that is not a UUID matches nothing (rather than failing the cast).
    conditions.push(isUuid(filter.productId) ? eq(reviews.productId, filter.productId) : sql`false`);
  }
  if (filter.rating !== null && filter.rating !== undefined)
    conditions.push(eq(reviews.rating, filter.rating));
  return paginateTable(ctx.app.db, reviews, conditions, page, {
    column: reviews.createdAt,
    sqlType: 'timestamptz',
    value: (r) => r.createdAt,
    direction: 'desc',
  });
}
