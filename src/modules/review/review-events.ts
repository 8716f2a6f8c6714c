import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows, type Tx } from '../../db/client.js';
import { type RolledBack, transact } from '../../db/transact.js';
import type { AppContext } from '../../graphql/app-context.js';
import type { UserError } from '../../graphql/errors.js';
import { Hook } from '../../graphql/hook.js';
import type { ReviewRow, ReviewStatus } from './review.tables.js';
import { type ReviewActorKind, type ReviewEventBody, reviewEventBody } from './review-event-body.js';

/**
 * What happens to reviews, as events the domains built on review publish (outgoing webhooks). Review
 * keeps no event table: an event exists only as what its hook handlers make of it, in the transaction
 * of the change, so a rolled-back change leaves none behind.
 */
export const REVIEW_EVENT_TYPES = [
  'REVIEW_CREATED',
  'REVIEW_UPDATED',
  'REVIEW_PUBLISHED',
  'REVIEW_REJECTED',
  'REVIEW_REPLIED',
  'REVIEW_DELETED',
] as const;
export type ReviewEventType = (typeof REVIEW_EVENT_TYPES)[number];

/** What each type means, for the schema and the README (one place, so they cannot drift). */
export const REVIEW_EVENT_DESCRIPTIONS: Record<ReviewEventType, string> = {
  REVIEW_CREATED: 'A customer wrote a review (PUBLISHED at once, or PENDING when the store moderates).',
  REVIEW_UPDATED: 'A customer edited their review: it is submitted again (PENDING when the store moderates).',
  REVIEW_PUBLISHED:
    'A review, or its new text, became public: written or edited where reviews are published at once, or approved.',
  REVIEW_REJECTED: 'An administrator rejected a review, or changed the reason (review.rejectionReason).',
  REVIEW_REPLIED: "An administrator set or replaced the store's public reply (review.reply).",
  REVIEW_DELETED: 'A review was deleted by its author or an administrator (the body holds it as it was).',
};

/** One event of a review change, with its public body, for the domains that publish it. */
export interface RecordedReviewEvent {
  /** Random, the same in every delivery of the event (receivers deduplicate by it). */
  eventId: string;
  reviewId: string;
  type: ReviewEventType;
  payload: ReviewEventBody;
}

/**
 * Runs inside the transaction of every review change, once per event (as order's `orderEventRecorded`):
 * the domains built on review react there (queue the event's webhook deliveries), so nothing is left
 * behind by a change that rolls back.
 */
export const reviewEventRecorded = new Hook<[tx: Executor, event: RecordedReviewEvent]>(
  'reviewEventRecorded',
);

/**
 * Runs after a review change committed, with the instance that made it. Review events send no NOTIFY
 * (nothing subscribes to them), so this is how the webhook worker of this instance hears of deliveries
 * to send now rather than at its next poll.
 */
export const reviewChangeCommitted = new Hook<[app: AppContext]>('reviewChangeCommitted');

export interface ReviewChange {
  actorKind: ReviewActorKind;
  fromStatus: ReviewStatus | null;
  toStatus: ReviewStatus | null;
}

/**
 * Records the events of one change of `review` (its row as it is now, or as it was before a delete) in
 * the caller's transaction: one statement reads the author's name and the order number, then
 * `reviewEventRecorded` runs for each type, in the given order.
 */
export async function recordReviewEvents(
  tx: Executor,
  review: ReviewRow,
  types: readonly ReviewEventType[],
  change: ReviewChange,
): Promise<void> {
  if (types.length === 0) return;
  const [facts] = await queryRows<{ author_name: string | null; order_number: string | null }>(
    tx,
    sql`SELECT (SELECT u.name FROM users u WHERE u.id = ${review.authorId}::uuid) AS author_name,
               (SELECT o.number FROM order_lines l JOIN orders o ON o.id = l.order_id
                WHERE l.id = ${review.orderLineId}::uuid) AS order_number`,
  );
  const occurredAt = new Date();
  for (const type of types) {
    const eventId = randomUUID();
    const payload = reviewEventBody({
      eventId,
      type,
      occurredAt,
      review,
      authorName: facts?.author_name ?? null,
      orderNumber: facts?.order_number ?? null,
      ...change,
    });
    await reviewEventRecorded.run(tx, { eventId, reviewId: review.id, type, payload });
  }
}

/** A review's new status made public: its change is also REVIEW_PUBLISHED. */
export function publishedToo(type: ReviewEventType, status: ReviewStatus): ReviewEventType[] {
  return status === 'PUBLISHED' ? [type, 'REVIEW_PUBLISHED'] : [type];
}

/**
 * `transact` for a review change whose events are recorded inside: once it committed without errors,
 * `reviewChangeCommitted` runs. A change that recorded no event (approving a published review) costs
 * the webhook worker one empty poll at most.
 */
export async function transactReviewChange<
  T extends { errors: UserError[] },
  R extends { errors: UserError[] } = T,
>(
  ctx: { app: AppContext; viewer(): Promise<unknown> },
  work: (tx: Tx) => Promise<T | RolledBack<R>>,
): Promise<T | R> {
  const result = await transact(ctx, (tx) => work(tx));
  if (result.errors.length === 0) {
    // The change is committed: a failing listener must not answer it as failed.
    try {
      await reviewChangeCommitted.run(ctx.app);
    } catch (err) {
      ctx.app.logger.error({ err }, 'a review change listener failed after commit');
    }
  }
  return result;
}
