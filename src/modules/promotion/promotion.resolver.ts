import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { roleAtLeast } from '../../graphql/roles.js';
import { Category, toCategory } from '../catalog/category.types.js';
import { Product, toProduct } from '../catalog/product.types.js';
import * as couponsService from './coupon.service.js';
import {
  Coupon,
  CouponConnection,
  CouponCreateInput,
  CouponDeleteInput,
  CouponDeletePayload,
  CouponPayload,
  CouponsArgs,
  CouponUpdateInput,
  toCoupon,
} from './promotion.types.js';

/** Coupon administration. Shoppers apply codes through the cart (`cartApplyCoupon`). */
@Resolver(() => Coupon)
export class PromotionResolver {
  @Auth('ADMIN')
  @Query(() => CouponConnection, {
    description: 'Every coupon, newest first, optionally filtered. Admin only.',
  })
  async coupons(@Args(() => CouponsArgs) args: CouponsArgs, @Ctx() ctx: RequestContext) {
    const currency = ctx.app.config.storeCurrency;
    return mapConnection(await couponsService.listCoupons(ctx, args.filter ?? {}, args), (row) =>
      toCoupon(row, currency),
    );
  }

  @Auth('ADMIN')
  @Query(() => Coupon, {
    nullable: true,
    description: 'One coupon by id; null when there is none. Admin only.',
  })
  async coupon(
    @Arg('id', () => ID, { description: 'Id of the coupon.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Coupon | null> {
    const row = await couponsService.getCoupon(ctx, id);
    return row ? toCoupon(row, ctx.app.config.storeCurrency) : null;
  }

  @Auth('ADMIN')
  @Mutation(() => CouponPayload, {
    description:
      'Creates a coupon. Errors: INVALID_INPUT (code, value, minSubtotal, dates, limits), CODE_TAKEN (the code is ' +
      'used in any case), NOT_FOUND (an unknown category or product, `field` names its index).',
  })
  async couponCreate(
    @Arg('input', () => CouponCreateInput, { description: 'The new coupon.' }) input: CouponCreateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(ctx, await couponsService.createCoupon(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => CouponPayload, {
    description: 'Changes a coupon; omitted fields stay as they are. Same errors as couponCreate.',
  })
  async couponUpdate(
    @Arg('input', () => CouponUpdateInput, { description: 'The coupon and its changes.' })
    input: CouponUpdateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.payload(ctx, await couponsService.updateCoupon(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => CouponDeletePayload, {
    description:
      'Deletes a coupon with its redemption records; carts holding it lose it. To stop a coupon but keep its ' +
      'history, set `active: false` instead.',
  })
  async couponDelete(
    @Arg('input', () => CouponDeleteInput, { description: 'The coupon to delete.' }) input: CouponDeleteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return Object.assign(new CouponDeletePayload(), await couponsService.deleteCoupon(ctx, input.id));
  }

  @FieldResolver(() => [Category], {
    description: 'The categories of `categoryIds` that still exist, in the order given.',
  })
  async categories(@Root() coupon: Coupon, @Ctx() ctx: RequestContext): Promise<Category[]> {
    if (coupon.categoryIds.length === 0) return [];
    const tree = await ctx.loaders.catalog.categoryTree();
    return coupon.categoryIds.flatMap((id) => {
      const row = tree.get(id);
      return row ? [toCategory(row)] : [];
    });
  }

  @FieldResolver(() => [Product], {
    description:
      'The products of `productIds` that still exist, in the order given (administrators see every status, ' +
      'others ACTIVE products only).',
  })
  async products(@Root() coupon: Coupon, @Ctx() ctx: RequestContext): Promise<Product[]> {
    if (coupon.productIds.length === 0) return [];
    const rows = await ctx.loaders.catalog.productById.loadMany(coupon.productIds);
    const viewer = await ctx.viewer();
    const admin = viewer !== null && roleAtLeast(viewer.role, 'ADMIN');
    return rows.flatMap((row) =>
      row && !(row instanceof Error) && (admin || row.status === 'ACTIVE') ? [toProduct(row)] : [],
    );
  }

  private payload(ctx: RequestContext, result: couponsService.CouponResult): CouponPayload {
    return Object.assign(new CouponPayload(), {
      errors: result.errors,
      coupon: result.coupon && toCoupon(result.coupon, ctx.app.config.storeCurrency),
    });
  }
}
