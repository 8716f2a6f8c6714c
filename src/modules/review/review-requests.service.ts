import { and, eq, isNull, notExists, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import { inTransaction } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { users } from '../account/account.tables.js';
import { enqueueEmail } from '../notification/outbox.js';
import { orderLines, orders } from '../order/order.tables.js';
import type { RecordedOrderEvent } from '../order/order-events.js';
import { reviewEmails } from './review.emails.js';
import { reviewEmailOptOuts, reviewRequests, reviews } from './review.tables.js';

/**
 * The review request email: when an order is delivered, a review_requests row is written in the same
 * transaction (once per order: its primary key); REVIEW_REQUEST_DELAY later the review-requests worker
 * sends the email, or skips it when the order is no longer DELIVERED, every product in it is already
 * reviewed by the buyer, or the buyer turned these emails off (reviewRequestEmailsSet).
 */

/** `orderEventRecorded` handler: a DELIVERED order gets its (single) review request. */
export async function scheduleReviewRequest(tx: Executor, event: RecordedOrderEvent): Promise<void> {
  if (event.type !== 'DELIVERED') return;
  await tx
    .insert(reviewRequests)
    .values({ orderId: event.orderId, deliveredAt: new Date() })
    .onConflictDoNothing();
}

/** Turns the viewer's review request emails off or on. */
export async function setReviewRequestEmails(ctx: RequestContext, enabled: boolean): Promise<void> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  if (enabled) await ctx.app.db.delete(reviewEmailOptOuts).where(eq(reviewEmailOptOuts.userId, viewer.id));
  else await ctx.app.db.insert(reviewEmailOptOuts).values({ userId: viewer.id }).onConflictDoNothing();
}

export interface ReviewRequestSettings {
  db: Database;
  jwtSecret: string;
  storefrontUrl: string;
  delaySeconds: number;
}

/**
 * Handles up to `limit` due requests, each in its own transaction with its row locked (SKIP LOCKED:
 * instances share the work, none sends twice). Returns how many were handled.
 */
export async function handleDueReviewRequests(s: ReviewRequestSettings, limit: number): Promise<number> {
  return inTransaction(s.db, async (tx) => {
    const due = await tx
      .select({ orderId: reviewRequests.orderId })
      .from(reviewRequests)
      .where(
        and(
          isNull(reviewRequests.handledAt),
          sql`${reviewRequests.deliveredAt} <= now() - make_interval(secs => ${s.delaySeconds})`,
        ),
      )
      .orderBy(reviewRequests.deliveredAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const { orderId } of due) {
      const outcome = await sendOne(s, tx, orderId);
      await tx
        .update(reviewRequests)
        .set({ handledAt: sql`now()`, outcome })
        .where(eq(reviewRequests.orderId, orderId));
    }
    return due.length;
  });
}

async function sendOne(s: ReviewRequestSettings, tx: Executor, orderId: string): Promise<string> {
  const [order] = await tx
    .select({
      number: orders.number,
      status: orders.status,
      userId: orders.userId,
      email: users.email,
      name: users.name,
      deletedAt: users.deletedAt,
      optedOut: reviewEmailOptOuts.userId,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .leftJoin(reviewEmailOptOuts, eq(reviewEmailOptOuts.userId, orders.userId))
    .where(eq(orders.id, orderId));
  if (order?.status !== 'DELIVERED') return 'SKIPPED_NOT_DELIVERED';
  if (order.deletedAt) return 'SKIPPED_ACCOUNT_DELETED';
  if (order.optedOut) return 'SKIPPED_UNSUBSCRIBED';
  const unreviewed = await tx
    .selectDistinct({ title: orderLines.productTitle, position: orderLines.position })
    .from(orderLines)
    .where(
      and(
        eq(orderLines.orderId, orderId),
        sql`${orderLines.productId} IS NOT NULL`,
        notExists(
          tx
            .select({ one: sql`1` })
            .from(reviews)
            .where(and(eq(reviews.productId, orderLines.productId), eq(reviews.authorId, order.userId))),
        ),
      ),
    )
    .orderBy(orderLines.position);
  if (unreviewed.length === 0) return 'SKIPPED_ALL_REVIEWED';
  const titles = [...new Set(unreviewed.map((line) => line.title))];
  const url = `${s.storefrontUrl}/account/orders/${order.number}#reviews`;
  await enqueueEmail(
    { app: { config: { jwtSecret: s.jwtSecret } } },
    tx,
    'review.request',
    reviewEmails.request(order.email, order.name, order.number, titles, url),
  );
  return 'SENT';
}
