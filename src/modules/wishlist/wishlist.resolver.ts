import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { mapConnection, PageArgsType } from '../../graphql/pagination.js';
import { cartExpiresAt, findCart } from '../cart/cart.service.js';
import { Cart, toCart } from '../cart/cart.types.js';
import { Product, toProduct } from '../catalog/product.types.js';
import { ProductVariant, toVariant } from '../catalog/variant.types.js';
import * as wishlist from './wishlist.service.js';
import {
  toWishlistItem,
  WishlistAddInput,
  WishlistAddPayload,
  WishlistItem,
  WishlistItemConnection,
  WishlistMoveToCartInput,
  WishlistMoveToCartPayload,
  WishlistRemoveInput,
  WishlistRemovePayload,
} from './wishlist.types.js';

async function productOf(ctx: RequestContext, item: WishlistItem) {
  const row = await ctx.loaders.catalog.productById.load(item.productId);
  // The foreign key cascades: an item never outlives its product.
  if (!row) throw new Error(`wishlist item ${item.id} has no product`);
  return row;
}

@Resolver(() => WishlistItem)
export class WishlistResolver {
  @Auth('CUSTOMER')
  @Query(() => WishlistItemConnection, {
    description:
      "The signed-in customer's wishlist, newest first, keyset-paginated (at most 500 items). Items whose product " +
      'is no longer for sale stay listed with `available: false`.',
  })
  async wishlist(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: RequestContext) {
    return mapConnection(await wishlist.listWishlist(ctx, args), toWishlistItem);
  }

  @Auth('CUSTOMER')
  @Mutation(() => WishlistAddPayload, {
    description:
      'Saves a product, optionally one of its variants, to your wishlist. Saving the same product and variant ' +
      'again returns the item already saved (no error, nothing changes). Errors: NOT_FOUND (product), ' +
      'PRODUCT_NOT_AVAILABLE (draft or archived), VARIANT_NOT_FOUND (not a variant of this product), ' +
      'INVALID_INPUT (the wishlist already holds 500 items).',
  })
  async wishlistAdd(
    @Arg('input', () => WishlistAddInput, { description: 'The product and, optionally, its variant.' })
    input: WishlistAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WishlistAddPayload> {
    const result = await wishlist.addToWishlist(ctx, input);
    return Object.assign(new WishlistAddPayload(), {
      errors: result.errors,
      item: result.item ? toWishlistItem(result.item) : null,
    });
  }

  @Auth('CUSTOMER')
  @Mutation(() => WishlistRemovePayload, {
    description:
      "Removes one of your wishlist items. Errors: NOT_FOUND (unknown id, or another customer's item).",
  })
  async wishlistRemove(
    @Arg('input', () => WishlistRemoveInput, { description: 'The item to remove.' })
    input: WishlistRemoveInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WishlistRemovePayload> {
    return Object.assign(new WishlistRemovePayload(), await wishlist.removeFromWishlist(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => WishlistMoveToCartPayload, {
    description:
      "Adds units of a wishlist item's variant to your cart and removes the item from the wishlist, in one " +
      "transaction. The variant is `input.variantId` if given, else the item's, else the product's only variant. " +
      'Errors: NOT_FOUND (item), INVALID_INPUT (quantity not 1..999, or no variant chosen for a product with ' +
      'several), VARIANT_NOT_FOUND, PRODUCT_NOT_AVAILABLE, INSUFFICIENT_STOCK (with quantityAvailable); ' +
      'on any error neither the wishlist nor the cart changes.',
  })
  async wishlistMoveToCart(
    @Arg('input', () => WishlistMoveToCartInput, {
      description: 'The item, how many units, and optionally the variant.',
    })
    input: WishlistMoveToCartInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WishlistMoveToCartPayload> {
    const { itemId, variantId } = input;
    const quantity = input.quantity ?? 1;
    return Object.assign(
      new WishlistMoveToCartPayload(),
      await wishlist.moveToCart(ctx, { itemId, variantId, quantity }),
    );
  }

  @FieldResolver(() => Product, {
    description:
      'The saved product, whatever its status now (check `available` or `product.status` before offering to buy it).',
  })
  async product(@Root() item: WishlistItem, @Ctx() ctx: RequestContext): Promise<Product> {
    return toProduct(await productOf(ctx, item));
  }

  @FieldResolver(() => ProductVariant, {
    nullable: true,
    description: 'The saved variant (current price and stock); null when the product was saved as a whole.',
  })
  async variant(@Root() item: WishlistItem, @Ctx() ctx: RequestContext): Promise<ProductVariant | null> {
    if (item.variantId === null) return null;
    // After the product (batched with the other items'): the variants then load in the same batch as
    // `product { images }`, one statement for both.
    await productOf(ctx, item);
    const { variants } = await ctx.loaders.catalog.productParts.load(item.productId);
    const row = variants.find((v) => v.id === item.variantId);
    return row ? toVariant(row, ctx.app.config.storeCurrency) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the product is for sale (ACTIVE), so the item can go to the cart (stock permitting: see ' +
      '`variant.inStock` / `product.inStock`). A saved variant always exists: deleting it deletes the item.',
  })
  async available(@Root() item: WishlistItem, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await productOf(ctx, item)).status === 'ACTIVE';
  }
}

@Resolver(() => WishlistMoveToCartPayload)
export class WishlistMoveToCartPayloadResolver {
  @FieldResolver(() => Cart, {
    nullable: true,
    description: 'Your cart after the move; as it was when errors is not empty.',
  })
  async cart(@Ctx() ctx: RequestContext): Promise<Cart | null> {
    const row = await findCart(ctx);
    return row ? toCart(row, cartExpiresAt(ctx, row)) : null;
  }
}
