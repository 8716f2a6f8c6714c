import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { viewerIsAdmin } from '../../graphql/node.js';
import { Product, toProduct } from '../catalog/product.types.js';
import { authorDisplayName } from './review.rules.js';
import * as service from './review.service.js';
import {
  Review,
  ReviewCreateInput,
  ReviewDeletePayload,
  ReviewIdInput,
  ReviewPayload,
  ReviewRequestEmailsInput,
  ReviewRequestEmailsPayload,
  ReviewUpdateInput,
  ReviewVoteInput,
  toReview,
} from './review.types.js';
import { setReviewRequestEmails } from './review-requests.service.js';

export function reviewPayload(result: service.ReviewResult): ReviewPayload {
  return Object.assign(new ReviewPayload(), {
    errors: result.errors,
    review: result.review ? toReview(result.review) : null,
  });
}

/** Customers' review mutations, and the fields of a review that load or depend on the viewer. */
@Resolver(() => Review)
export class ReviewResolver {
  @Auth('CUSTOMER')
  @Mutation(() => ReviewPayload, {
    description:
      'Reviews a product you bought in an order that was DELIVERED (any variant), once per product. Published at ' +
      'once, or PENDING until approved when the store moderates (REVIEW_MODERATION=hold). Text is stored as plain ' +
      'text as written (never rendered as HTML: clients escape it). Errors: NOT_PURCHASED (never bought, not yet ' +
      'delivered, or every order of it cancelled or fully refunded), ALREADY_REVIEWED, NOT_FOUND (product), ' +
      'PRODUCT_NOT_AVAILABLE (not for sale), INVALID_INPUT (rating not 1..5, text too long or with control ' +
      'characters). Rate-limited per customer (RATE_LIMITED).',
  })
  async reviewCreate(
    @Arg('input', () => ReviewCreateInput, { description: 'The product, stars, title and text.' })
    input: ReviewCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewPayload> {
    return reviewPayload(await service.createReview(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => ReviewPayload, {
    description:
      'Edits your review; it is submitted again (PENDING until approved when the store moderates, and out of the ' +
      "product's rating meanwhile). Votes and the store's reply stay. Errors: NOT_FOUND (unknown id or not yours), " +
      'INVALID_INPUT. Rate-limited per customer.',
  })
  async reviewUpdate(
    @Arg('input', () => ReviewUpdateInput, { description: 'Your review and what changes.' })
    input: ReviewUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewPayload> {
    return reviewPayload(await service.updateReview(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => ReviewDeletePayload, {
    description:
      "Deletes a review with its votes: customers their own, administrators any; the product's rating follows at " +
      "once. Errors: NOT_FOUND (unknown id, or another customer's review).",
  })
  async reviewDelete(
    @Arg('input', () => ReviewIdInput, { description: 'The review to delete.' }) input: ReviewIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewDeletePayload> {
    const result = await service.deleteReview(ctx, input.reviewId, await viewerIsAdmin(ctx));
    return Object.assign(new ReviewDeletePayload(), result);
  }

  @Auth('CUSTOMER')
  @Mutation(() => ReviewPayload, {
    description:
      "Votes on another customer's published review (helpful or not); one vote per customer per review, changed " +
      'by voting again, withdrawn with `helpful: null`. Errors: NOT_FOUND (unknown or unpublished review), ' +
      'OWN_REVIEW. Rate-limited per customer.',
  })
  async reviewVote(
    @Arg('input', () => ReviewVoteInput, { description: 'The review and your vote.' }) input: ReviewVoteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewPayload> {
    return reviewPayload(
      await service.voteOnReview(ctx, { reviewId: input.reviewId, helpful: input.helpful ?? null }),
    );
  }

  @Auth('CUSTOMER')
  @Mutation(() => ReviewRequestEmailsPayload, {
    description:
      'Turns the "How was your order?" emails sent some days after delivery off (or on again) for your account.',
  })
  async reviewRequestEmailsSet(
    @Arg('input', () => ReviewRequestEmailsInput, { description: 'Whether you want them.' })
    input: ReviewRequestEmailsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewRequestEmailsPayload> {
    await setReviewRequestEmails(ctx, input.enabled);
    return Object.assign(new ReviewRequestEmailsPayload(), { errors: [], enabled: input.enabled });
  }

  @FieldResolver(() => String, {
    description:
      'The author as shown publicly: first name and the initial of the last name ("Jane D."), "Former customer" ' +
      'once the account is gone. Never an email address.',
  })
  async authorName(@Root() review: Review, @Ctx() ctx: RequestContext): Promise<string> {
    if (review.row.authorId === null) return authorDisplayName(null);
    const user = await ctx.loaders.account.userById.load(review.row.authorId);
    return authorDisplayName(user ? user.name : null);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the store rejected it: shown to its author and admins only; null otherwise.',
  })
  async rejectionReason(@Root() review: Review, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (review.row.rejectionReason === null) return null;
    const viewer = await ctx.viewer();
    if (!viewer) return null;
    return viewer.id === review.row.authorId || (await viewerIsAdmin(ctx))
      ? review.row.rejectionReason
      : null;
  }

  @FieldResolver(() => Product, { description: 'The product reviewed.' })
  async product(@Root() review: Review, @Ctx() ctx: RequestContext): Promise<Product> {
    const row = await ctx.loaders.catalog.productById.load(review.row.productId);
    // The foreign key cascades: a review never outlives its product.
    if (!row) throw new Error(`review ${review.id} has no product`);
    return toProduct(row);
  }
}
