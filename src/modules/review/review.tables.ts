import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../account/account.tables.js';
import { products } from '../catalog/catalog.tables.js';
import { orderLines, orders } from '../order/order.tables.js';

export const reviewStatusEnum = pgEnum('review_status', ['PENDING', 'PUBLISHED', 'REJECTED']);

/**
 * A customer's review of a product: one per customer and product, by a verified buyer (the delivered
 * order line it was verified by). Title and body are plain text, stored as the customer wrote them:
 * the API returns text and clients escape it. Only PUBLISHED reviews count in the product's rating
 * (catalog's products.rating_* columns, kept by review-aggregate.ts in the same transaction).
 */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** Null once the customer's account is gone: the review stays, shown as "Former customer". */
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The delivered order line that made it a verified purchase. */
    orderLineId: uuid('order_line_id').references(() => orderLines.id, { onDelete: 'set null' }),
    rating: integer('rating').notNull(),
    title: text('title').notNull().default(''),
    body: text('body').notNull().default(''),
    status: reviewStatusEnum('status').notNull(),
    /** Why the store rejected it (REJECTED only), shown to its author. */
    rejectionReason: text('rejection_reason'),
    replyBody: text('reply_body'),
    repliedAt: timestamp('replied_at', { withTimezone: true, precision: 3 }),
    helpfulCount: integer('helpful_count').notNull().default(0),
    unhelpfulCount: integer('unhelpful_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    // One review per customer and product (reviews of deleted accounts have no author and never clash).
    uniqueIndex('reviews_author_product_key').on(t.authorId, t.productId),
    // Storefront sorts of one product's published reviews, each a keyset index.
    index('reviews_product_created_idx').on(t.productId, t.status, t.createdAt, t.id),
    index('reviews_product_rating_idx').on(t.productId, t.status, t.rating, t.id),
    index('reviews_product_helpful_idx').on(t.productId, t.status, t.helpfulCount, t.id),
    index('reviews_author_created_idx').on(t.authorId, t.createdAt, t.id),
    index('reviews_status_created_idx').on(t.status, t.createdAt, t.id),
    index('reviews_order_line_idx').on(t.orderLineId),
    check('reviews_rating_range', sql`${t.rating} BETWEEN 1 AND 5`),
    check('reviews_votes_non_negative', sql`${t.helpfulCount} >= 0 AND ${t.unhelpfulCount} >= 0`),
  ],
);

/** One vote per customer per review, changeable; never on one's own review. */
export const reviewVotes = pgTable(
  'review_votes',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    helpful: boolean('helpful').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.userId] }), index('review_votes_user_idx').on(t.userId)],
);

/**
 * The review request email of a delivered order: one row per order (the primary key makes it once),
 * written in the transaction that delivers the order, handled by the review-requests worker once
 * REVIEW_REQUEST_DELAY has passed since `delivered_at`.
 */
export const reviewRequests = pgTable(
  'review_requests',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, precision: 3 }).notNull(),
    /** When it was handled: SENT, or SKIPPED (every line reviewed, unsubscribed, no longer delivered, account deleted). */
    handledAt: timestamp('handled_at', { withTimezone: true, precision: 3 }),
    outcome: text('outcome'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('review_requests_due_idx').on(t.deliveredAt).where(sql`${t.handledAt} IS NULL`)],
);

/** Customers who turned review request emails off (reviewRequestEmailsSet). */
export const reviewEmailOptOuts = pgTable('review_email_opt_outs', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewStatus = (typeof reviewStatusEnum.enumValues)[number];
export type ReviewVoteRow = typeof reviewVotes.$inferSelect;
