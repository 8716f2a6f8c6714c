import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { AccountDataSections, AccountDeletion } from '../account/account-hooks.js';
import { orderLines, orders } from '../order/order.tables.js';
import { reviewEmailOptOuts, reviews } from './review.tables.js';

/**
 * accountDeleting: the reviews stay, anonymised exactly as they would be by the row's own
 * `ON DELETE SET NULL`: without an author they show as "Former customer" (authorDisplayName) and their
 * events carry no customer. The email preference goes. Votes stay: they hold nothing but the tombstone's
 * id, and removing them would change other people's helpful counts.
 */
export async function anonymiseReviews(tx: Executor, deletion: AccountDeletion): Promise<void> {
  await tx.update(reviews).set({ authorId: null }).where(eq(reviews.authorId, deletion.userId));
  await tx.delete(reviewEmailOptOuts).where(eq(reviewEmailOptOuts.userId, deletion.userId));
}

/** accountDataExporting: the `reviews` section and the review request email preference. */
export async function exportReviews(
  executor: Executor,
  userId: string,
  sections: AccountDataSections,
): Promise<void> {
  sections.reviews = await executor
    .select({
      id: reviews.id,
      productId: reviews.productId,
      orderNumber: orders.number,
      rating: reviews.rating,
      title: reviews.title,
      body: reviews.body,
      status: reviews.status,
      rejectionReason: reviews.rejectionReason,
      reply: reviews.replyBody,
      repliedAt: reviews.repliedAt,
      createdAt: reviews.createdAt,
      updatedAt: reviews.updatedAt,
    })
    .from(reviews)
    .leftJoin(orderLines, eq(orderLines.id, reviews.orderLineId))
    .leftJoin(orders, eq(orders.id, orderLines.orderId))
    .where(eq(reviews.authorId, userId))
    .orderBy(asc(reviews.createdAt), asc(reviews.id));
  const [optOut] = await executor
    .select({ since: reviewEmailOptOuts.createdAt })
    .from(reviewEmailOptOuts)
    .where(eq(reviewEmailOptOuts.userId, userId));
  const preferences = (sections.emailPreferences ?? {}) as Record<string, unknown>;
  sections.emailPreferences = { ...preferences, reviewRequestEmails: optOut === undefined };
}
