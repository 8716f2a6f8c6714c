import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import { MutationPayload } from '../../graphql/errors.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType, PageArgsType } from '../../graphql/pagination.js';
import { REVIEW_BODY_MAX, REVIEW_REASON_MAX, REVIEW_REPLY_MAX, REVIEW_TITLE_MAX } from './review.rules.js';
import type { ReviewRow } from './review.tables.js';

/** The review domain's GraphQL types: the review, its connection, sorts, filters, inputs and payloads. */

export enum ReviewStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Where a review stands in moderation. Only PUBLISHED reviews are public and count in ratings.',
  valuesConfig: {
    PENDING: { description: 'Waiting for approval (REVIEW_MODERATION=hold); seen by its author and admins.' },
    PUBLISHED: { description: 'Public, and counted in the product rating.' },
    REJECTED: { description: 'Refused by the store, with a reason its author sees.' },
  },
});

export enum ReviewSort {
  NEWEST = 'NEWEST',
  HIGHEST = 'HIGHEST',
  LOWEST = 'LOWEST',
  MOST_HELPFUL = 'MOST_HELPFUL',
}
registerEnumType(ReviewSort, {
  name: 'ReviewSort',
  description: 'Order of a product page of reviews.',
  valuesConfig: {
    NEWEST: { description: 'Most recently written first (the default).' },
    HIGHEST: { description: 'Most stars first.' },
    LOWEST: { description: 'Fewest stars first.' },
    MOST_HELPFUL: { description: 'Most "helpful" votes first.' },
  },
});

@ObjectType({ description: "The store's public answer to a review." })
export class ReviewReply {
  @Field(() => String, { description: 'Plain text (clients escape it when displaying it).' })
  body!: string;

  @Field(() => Date, { description: 'When the store last replied.' })
  repliedAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    "A customer's review of a product they bought and received. Title, body and reply are plain text stored as " +
    'written: the API never returns HTML, and clients must escape the text where they display it. Published ' +
    'reviews are public; pending and rejected ones are seen only by their author and administrators.',
})
export class Review {
  @Field(() => ID, { description: 'Unique id of the review; `node(id)` also finds it.' })
  id!: string;

  @Field(() => Int, { description: 'Stars, 1 to 5.' })
  rating!: number;

  @Field(() => String, { description: `Headline, at most ${REVIEW_TITLE_MAX} characters; empty when none.` })
  title!: string;

  @Field(() => String, {
    description: `The review text, at most ${REVIEW_BODY_MAX} characters; empty when none.`,
  })
  body!: string;

  /** Resolved by ReviewResolver (loads the author). */
  authorName!: string;

  @Field(() => Boolean, {
    description:
      'True when the review is backed by a delivered order line of the author (a verified purchase).',
  })
  verifiedPurchase!: boolean;

  @Field(() => ReviewStatus, { description: 'Moderation state (always PUBLISHED for the public).' })
  status!: ReviewStatus;

  /** Resolved by ReviewResolver (depends on the viewer). */
  rejectionReason!: string | null;

  @Field(() => ReviewReply, { nullable: true, description: "The store's reply; null without one." })
  reply!: ReviewReply | null;

  @Field(() => Int, { description: 'Customers who found it helpful.' })
  helpfulCount!: number;

  @Field(() => Int, { description: 'Customers who did not find it helpful.' })
  unhelpfulCount!: number;

  @Field(() => Date, { description: 'When it was written (NEWEST sorts by it).' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When its author or the store last changed it.' })
  updatedAt!: Date;

  @Auth('ADMIN')
  @Field(() => ID, { nullable: true, description: "The author's user id; null once the account is gone." })
  customerId!: string | null;

  row!: ReviewRow;
}

export function toReview(row: ReviewRow): Review {
  return Object.assign(new Review(), {
    id: row.id,
    rating: row.rating,
    title: row.title,
    body: row.body,
    authorName: '',
    verifiedPurchase: row.orderLineId !== null,
    status: row.status as ReviewStatus,
    rejectionReason: null,
    reply:
      row.replyBody !== null && row.repliedAt !== null
        ? Object.assign(new ReviewReply(), { body: row.replyBody, repliedAt: row.repliedAt })
        : null,
    helpfulCount: row.helpfulCount,
    unhelpfulCount: row.unhelpfulCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    customerId: row.authorId,
    row,
  });
}

export const ReviewConnection = ConnectionType(Review, 'Review');

@InputType({ description: 'Which published reviews of a product to list.' })
export class ProductReviewsFilterInput {
  @Field(() => Int, { nullable: true, description: 'Only reviews with exactly this many stars (1 to 5).' })
  rating?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only reviews with a written text (body).' })
  withText?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only verified purchases.' })
  verifiedOnly?: boolean | null;
}

@ArgsType()
export class ProductReviewsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 50 (default 10).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;

  @Field(() => ReviewSort, { nullable: true, description: 'Order of the list (default NEWEST).' })
  sort?: ReviewSort | null;

  @Field(() => ProductReviewsFilterInput, {
    nullable: true,
    description: 'Which reviews to list (default all published).',
  })
  filter?: ProductReviewsFilterInput | null;
}

@ArgsType()
export class UserReviewsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 50 (default 10).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;
}

@InputType({ description: 'Which reviews an administrator lists.' })
export class AdminReviewsFilterInput {
  @Field(() => ReviewStatus, { nullable: true, description: 'Only reviews in this status (e.g. PENDING).' })
  status?: ReviewStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only reviews of this product.' })
  productId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only reviews with exactly this many stars (1 to 5).' })
  rating?: number | null;
}

@ArgsType()
export class AdminReviewsArgs extends PageArgsType {
  @Field(() => AdminReviewsFilterInput, {
    nullable: true,
    description: 'Which reviews to list (default all).',
  })
  filter?: AdminReviewsFilterInput | null;
}

@InputType({ description: 'A new review.' })
export class ReviewCreateInput {
  @Field(() => ID, { description: 'The product, bought by you in an order that was delivered.' })
  productId!: string;

  @Field(() => Int, { description: 'Stars, 1 to 5 (whole stars).' })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: `Headline, plain text, at most ${REVIEW_TITLE_MAX} characters, no control characters (trimmed).`,
  })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The review, plain text, at most ${REVIEW_BODY_MAX} characters; line breaks kept, no other control characters (trimmed).`,
  })
  body?: string | null;
}

@InputType({ description: 'Changes to your review; fields left out stay as they are.' })
export class ReviewUpdateInput {
  @Field(() => ID, { description: 'Your review.' })
  reviewId!: string;

  @Field(() => Int, { nullable: true, description: 'New stars, 1 to 5.' })
  rating?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `New headline, at most ${REVIEW_TITLE_MAX} characters.`,
  })
  title?: string | null;

  @Field(() => String, { nullable: true, description: `New text, at most ${REVIEW_BODY_MAX} characters.` })
  body?: string | null;
}

@InputType({ description: 'A review to act on.' })
export class ReviewIdInput {
  @Field(() => ID, { description: 'The review.' })
  reviewId!: string;
}

@InputType({ description: 'Your vote on a review.' })
export class ReviewVoteInput {
  @Field(() => ID, { description: "Another customer's published review." })
  reviewId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: helpful; false: not helpful; null: withdraw your vote.',
  })
  helpful?: boolean | null;
}

@InputType({ description: 'Why a review is rejected.' })
export class ReviewRejectInput {
  @Field(() => ID, { description: 'The review.' })
  reviewId!: string;

  @Field(() => String, { description: `Reason shown to the author, 1 to ${REVIEW_REASON_MAX} characters.` })
  reason!: string;
}

@InputType({ description: "The store's reply to a review." })
export class ReviewReplyInput {
  @Field(() => ID, { description: 'The review.' })
  reviewId!: string;

  @Field(() => String, {
    description: `Public reply, plain text, 1 to ${REVIEW_REPLY_MAX} characters; replaces an earlier reply.`,
  })
  body!: string;
}

@InputType({ description: 'Whether you get review request emails.' })
export class ReviewRequestEmailsInput {
  @Field(() => Boolean, { description: 'False: no more "How was your order?" emails; true: them again.' })
  enabled!: boolean;
}

@ObjectType({ description: 'Result of a review mutation.' })
export class ReviewPayload extends MutationPayload {
  @Field(() => Review, {
    nullable: true,
    description: 'The review as it is now; null when errors is not empty.',
  })
  review!: Review | null;
}

@ObjectType({ description: 'Result of reviewDelete.' })
export class ReviewDeletePayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the deleted review; null when errors is not empty.',
  })
  deletedId!: string | null;
}

@ObjectType({ description: 'Result of reviewRequestEmailsSet.' })
export class ReviewRequestEmailsPayload extends MutationPayload {
  @Field(() => Boolean, { description: 'Whether you get review request emails now.' })
  enabled!: boolean;
}
