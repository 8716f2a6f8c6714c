import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Cost } from '../../graphql/cost/cost-annotations.js';
import { forbidden } from '../../graphql/errors.js';
import { mapConnection } from '../../graphql/pagination.js';
import { roleAtLeast } from '../../graphql/roles.js';
import { User } from '../account/account.types.js';
import { Product } from '../catalog/product.types.js';
import { OrderLine } from '../order/order.types.js';
import { settleArgs } from './product-reviews.js';
import { ProductReviewsArgs, Review, ReviewConnection, toReview, UserReviewsArgs } from './review.types.js';

/** Product.reviews: the published reviews of a product, batched across the products of a request. */
@Resolver(() => Product)
export class ProductReviewsResolver {
  @Cost(2)
  @FieldResolver(() => ReviewConnection, {
    description:
      'Published reviews of the product, keyset-paginated (`first` 0 to 50, default 10; `after`), sorted and ' +
      'filtered. Loaded for every product of the request in one statement.',
  })
  async reviews(
    @Root() product: Product,
    @Args(() => ProductReviewsArgs) args: ProductReviewsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const page = await ctx.loaders.review.reviewPages.load({ ownerId: product.id, args: settleArgs(args) });
    return mapConnection(page, toReview);
  }
}

/** `me.reviews` and the review email setting, on the user (their own, or any for an admin). */
@Resolver(() => User)
export class UserReviewsResolver {
  @FieldResolver(() => ReviewConnection, {
    description:
      'Reviews this user wrote, in any status, newest first (`first` 0 to 50, default 10; `after`): your own ' +
      "(`me.reviews`), or any user's for an admin. Loaded for every user of the request in one statement.",
  })
  async reviews(
    @Root() user: User,
    @Args(() => UserReviewsArgs) args: UserReviewsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    await assertSelfOrAdmin(ctx, user.id);
    const settled = settleArgs({ first: args.first, after: args.after }, 'author');
    return mapConnection(
      await ctx.loaders.review.reviewPages.load({ ownerId: user.id, args: settled }),
      toReview,
    );
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether this user gets the review request emails sent some days after delivery (reviewRequestEmailsSet).',
  })
  async reviewRequestEmails(@Root() user: User, @Ctx() ctx: RequestContext): Promise<boolean> {
    await assertSelfOrAdmin(ctx, user.id);
    return ctx.loaders.review.requestEmailsEnabled.load(user.id);
  }
}

async function assertSelfOrAdmin(ctx: RequestContext, userId: string): Promise<void> {
  const viewer = await ctx.viewer();
  if (!viewer || (viewer.id !== userId && !roleAtLeast(viewer.role, 'ADMIN'))) throw forbidden();
}

/** Whether a storefront shows "write a review" on an order line, and the review written. */
@Resolver(() => OrderLine)
export class OrderLineReviewResolver {
  @FieldResolver(() => Boolean, {
    description:
      "True when you (the buyer) may review this line's product now: the order is DELIVERED, the product still " +
      'exists and you have not reviewed it yet. False for anyone but the buyer.',
  })
  async reviewable(@Root() line: OrderLine, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = await ctx.viewer();
    const { productId, orderId } = line.row;
    if (!viewer || productId === null) return false;
    const order = await ctx.loaders.order.orderById.load(orderId);
    if (!order || order.userId !== viewer.id || order.status !== 'DELIVERED') return false;
    return (await ctx.loaders.review.byAuthorAndProduct.load(`${viewer.id}:${productId}`)) === null;
  }

  @FieldResolver(() => Review, {
    nullable: true,
    description: "The buyer's review of this line's product, in any status; null when there is none.",
  })
  async review(@Root() line: OrderLine, @Ctx() ctx: RequestContext): Promise<Review | null> {
    const { productId, orderId } = line.row;
    if (productId === null) return null;
    // Whoever sees the line sees its order (its buyer or an admin).
    const order = await ctx.loaders.order.orderById.load(orderId);
    if (!order) return null;
    const row = await ctx.loaders.review.byAuthorAndProduct.load(`${order.userId}:${productId}`);
    return row ? toReview(row) : null;
  }
}
