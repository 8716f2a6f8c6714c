import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { reviewPayload } from './review.resolver.js';
import {
  AdminReviewsArgs,
  Review,
  ReviewConnection,
  ReviewIdInput,
  ReviewPayload,
  ReviewRejectInput,
  ReviewReplyInput,
  toReview,
} from './review.types.js';
import { approveReview, listAllReviews, rejectReview, replyToReview } from './review-moderation.service.js';

/** The store's side of reviews: the moderation queue, approval, rejection and replies (admin `reviewDelete` is the customers' mutation). */
@Resolver(() => Review)
export class ReviewAdminResolver {
  @Auth('ADMIN')
  @Query(() => ReviewConnection, {
    description:
      'Every review in any status, newest first (e.g. `filter: {status: PENDING}`: the moderation queue).',
  })
  async reviews(@Args(() => AdminReviewsArgs) args: AdminReviewsArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await listAllReviews(ctx, args.filter ?? {}, args), toReview);
  }

  @Auth('ADMIN')
  @Mutation(() => ReviewPayload, {
    description:
      "Publishes a PENDING (or REJECTED) review; the product's rating counts it at once. Errors: NOT_FOUND.",
  })
  async reviewApprove(
    @Arg('input', () => ReviewIdInput, { description: 'The review to publish.' }) input: ReviewIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewPayload> {
    return reviewPayload(await approveReview(ctx, input.reviewId));
  }

  @Auth('ADMIN')
  @Mutation(() => ReviewPayload, {
    description:
      "Rejects a review with a reason its author sees; a published one leaves the product's rating at once. " +
      'Errors: NOT_FOUND, INVALID_INPUT (reason empty or too long).',
  })
  async reviewReject(
    @Arg('input', () => ReviewRejectInput, { description: 'The review and why.' }) input: ReviewRejectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewPayload> {
    return reviewPayload(await rejectReview(ctx, input.reviewId, input.reason));
  }

  @Auth('ADMIN')
  @Mutation(() => ReviewPayload, {
    description:
      "Sets the store's public reply to a review (replacing an earlier one). The author is emailed about the " +
      'first reply. Errors: NOT_FOUND, INVALID_INPUT (empty, too long, control characters).',
  })
  async reviewReply(
    @Arg('input', () => ReviewReplyInput, { description: 'The review and the reply.' })
    input: ReviewReplyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewPayload> {
    return reviewPayload(await replyToReview(ctx, input.reviewId, input.body));
  }
}
