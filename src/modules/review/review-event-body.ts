import { authorDisplayName } from './review.rules.js';
import type { ReviewRow, ReviewStatus } from './review.tables.js';

/** Who made a review change. */
export type ReviewActorKind = 'CUSTOMER' | 'ADMIN';

/**
 * The public body of a review event (contract in README "Outgoing webhooks"), shaped like an order
 * event's: `{ id, type, createdAt, review: {...}, fromStatus, toStatus, actorKind }`. Ids are the API's
 * own (every id is already a Relay global id). The author appears as the public display name and their
 * user id, as order events carry the customer's id: never an email address or the full name.
 */
export interface ReviewEventBody {
  id: string;
  type: string;
  createdAt: string;
  review: {
    id: string;
    productId: string;
    customerId: string | null;
    authorName: string;
    rating: number;
    title: string;
    body: string;
    status: ReviewStatus;
    verifiedPurchase: boolean;
    orderLineId: string | null;
    orderNumber: string | null;
    rejectionReason: string | null;
    reply: { body: string; repliedAt: string } | null;
    createdAt: string;
    updatedAt: string;
  };
  fromStatus: ReviewStatus | null;
  toStatus: ReviewStatus | null;
  actorKind: ReviewActorKind;
}

export interface ReviewEventFacts {
  eventId: string;
  type: string;
  occurredAt: Date;
  review: ReviewRow;
  /** The author's account name (null once the account is gone); only its display form is sent. */
  authorName: string | null;
  orderNumber: string | null;
  fromStatus: ReviewStatus | null;
  toStatus: ReviewStatus | null;
  actorKind: ReviewActorKind;
}

/** Builds the body from the row and the facts read beside it; pure, so its contract is unit-tested. */
export function reviewEventBody(facts: ReviewEventFacts): ReviewEventBody {
  const { review } = facts;
  return {
    id: facts.eventId,
    type: facts.type,
    createdAt: facts.occurredAt.toISOString(),
    review: {
      id: review.id,
      productId: review.productId,
      customerId: review.authorId,
      authorName: authorDisplayName(review.authorId === null ? null : facts.authorName),
      rating: review.rating,
      title: review.title,
      body: review.body,
      status: review.status,
      verifiedPurchase: review.orderLineId !== null,
      orderLineId: review.orderLineId,
      orderNumber: facts.orderNumber,
      rejectionReason: review.rejectionReason,
      reply:
        review.replyBody !== null && review.repliedAt !== null
          ? { body: review.replyBody, repliedAt: review.repliedAt.toISOString() }
          : null,
      createdAt: review.createdAt.toISOString(),
      updatedAt: review.updatedAt.toISOString(),
    },
    fromStatus: facts.fromStatus,
    toStatus: facts.toStatus,
    actorKind: facts.actorKind,
  };
}
