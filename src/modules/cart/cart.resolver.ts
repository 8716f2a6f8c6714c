import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { type CartResult, cartExpiresAt, createCart, findCart } from './cart.service.js';
import { Cart, toCart } from './cart.types.js';
import { applyCoupon, removeCoupon } from './cart-coupon.service.js';
import { CartCoupon, toCartCoupon } from './cart-coupon.types.js';
import {
  CartAddItemInput,
  CartApplyCouponInput,
  CartRemoveItemInput,
  CartSetShippingAddressInput,
  CartSetShippingMethodInput,
  CartUpdateItemInput,
} from './cart-inputs.types.js';
import { CartLine, toCartLine } from './cart-line.types.js';
import {
  acceptChanges,
  addItem,
  type CartLineResult,
  clearCart,
  removeItem,
  updateItem,
} from './cart-lines.service.js';
import { CartCreatePayload, CartLinePayload, CartPayload } from './cart-payloads.types.js';
import { setShippingAddress, setShippingMethod } from './cart-shipping.service.js';
import { CartShippingMethod, toCartShippingMethod } from './cart-shipping.types.js';
import { CartTotals, toCartTotals } from './cart-totals.types.js';
import { cartView } from './cart-view-cache.js';
import { CartWarning, toCartWarning } from './cart-warning.types.js';

const TOKEN_ARG = {
  nullable: true,
  description:
    'The guest cart token from cartCreate; the X-Cart-Token header is used when omitted. Ignored for signed-in shoppers.',
} as const;

function cartOf(ctx: RequestContext, row: CartResult['cart']): Cart | null {
  return row ? toCart(row, cartExpiresAt(ctx, row)) : null;
}

function payload(ctx: RequestContext, result: CartResult): CartPayload {
  return Object.assign(new CartPayload(), { errors: result.errors, cart: cartOf(ctx, result.cart) });
}

function linePayload(ctx: RequestContext, result: CartLineResult): CartLinePayload {
  return Object.assign(new CartLinePayload(), {
    errors: result.errors,
    cart: cartOf(ctx, result.cart),
    lineId: result.lineId,
    quantityAvailable: result.quantityAvailable,
  });
}

async function linesOf(ctx: RequestContext, cart: Cart): Promise<CartLine[]> {
  const view = await cartView(ctx, cart.row);
  const currency = ctx.app.config.storeCurrency;
  // The products are loaded with the lines: `variant { product }` needs no query of its own.
  for (const line of view.lines) ctx.loaders.catalog.productById.prime(line.product.id, line.product);
  return view.lines.map((line) => toCartLine(line, currency));
}

@Resolver(() => Cart)
export class CartResolver {
  @Query(() => Cart, {
    nullable: true,
    description:
      "The shopper's cart: a signed-in shopper's own cart (created on first use), else the guest cart of the token; " +
      'null for a guest without a valid token (unknown, expired or merged at sign-in).',
  })
  async cart(
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Cart | null> {
    return cartOf(ctx, await findCart(ctx, cartToken));
  }

  @Mutation(() => CartCreatePayload, {
    description:
      'Creates a guest cart and returns its secret token (send it as the X-Cart-Token header from then on). ' +
      'A signed-in shopper gets their own cart and a null token.',
  })
  async cartCreate(@Ctx() ctx: RequestContext): Promise<CartCreatePayload> {
    const result = await createCart(ctx);
    return Object.assign(new CartCreatePayload(), {
      errors: result.errors,
      cart: cartOf(ctx, result.cart),
      cartToken: result.cartToken,
    });
  }

  @Mutation(() => CartLinePayload, {
    description:
      'Adds units of a variant, to its existing line if there is one (concurrent adds add up). Errors: INVALID_INPUT ' +
      '(quantity not 1..999), VARIANT_NOT_FOUND, PRODUCT_NOT_AVAILABLE, INSUFFICIENT_STOCK (with quantityAvailable), ' +
      'CART_NOT_FOUND.',
  })
  async cartAddItem(
    @Arg('input', () => CartAddItemInput, { description: 'The variant and how many.' })
    input: CartAddItemInput,
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartLinePayload> {
    return linePayload(ctx, await addItem(ctx, cartToken, input));
  }

  @Mutation(() => CartLinePayload, {
    description:
      "Sets a line's quantity; 0 removes the line. Errors: INVALID_INPUT, NOT_FOUND (not a line of this cart), " +
      'PRODUCT_NOT_AVAILABLE, INSUFFICIENT_STOCK (with quantityAvailable), CART_NOT_FOUND.',
  })
  async cartUpdateItem(
    @Arg('input', () => CartUpdateItemInput, { description: 'The line and its new quantity.' })
    input: CartUpdateItemInput,
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartLinePayload> {
    return linePayload(ctx, await updateItem(ctx, cartToken, input));
  }

  @Mutation(() => CartPayload, {
    description: 'Removes a line. Errors: NOT_FOUND (not a line of this cart), CART_NOT_FOUND.',
  })
  async cartRemoveItem(
    @Arg('input', () => CartRemoveItemInput, { description: 'The line to remove.' })
    input: CartRemoveItemInput,
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartPayload> {
    return payload(ctx, await removeItem(ctx, cartToken, input));
  }

  @Mutation(() => CartPayload, {
    description: 'Removes every line; the coupon, shipping address and method stay. Errors: CART_NOT_FOUND.',
  })
  async cartClear(
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartPayload> {
    return payload(ctx, await clearCart(ctx, cartToken));
  }

  @Mutation(() => CartPayload, {
    description:
      'Confirms what the warnings said: lines take the current prices, quantities above stock come down to it, ' +
      'lines out of stock or no longer for sale are removed, an unavailable shipping method is unselected.',
  })
  async cartAcceptChanges(
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartPayload> {
    return payload(ctx, await acceptChanges(ctx, cartToken));
  }

  @Mutation(() => CartPayload, {
    description:
      'Applies a coupon code (replacing the current coupon). Errors: COUPON_NOT_FOUND, COUPON_NOT_YET_VALID, ' +
      'COUPON_EXPIRED, COUPON_USAGE_LIMIT_REACHED, COUPON_MINIMUM_NOT_MET, COUPON_NOT_APPLICABLE, CART_NOT_FOUND.',
  })
  async cartApplyCoupon(
    @Arg('input', () => CartApplyCouponInput, { description: 'The coupon code.' })
    input: CartApplyCouponInput,
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartPayload> {
    return payload(ctx, await applyCoupon(ctx, cartToken, input));
  }

  @Mutation(() => CartPayload, { description: 'Removes the coupon, if any. Errors: CART_NOT_FOUND.' })
  async cartRemoveCoupon(
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartPayload> {
    return payload(ctx, await removeCoupon(ctx, cartToken));
  }

  @Mutation(() => CartPayload, {
    description:
      'Sets where the cart ships to (tax and shipping methods follow the destination): an address-book entry or an ' +
      'address typed in, exactly one. Errors: INVALID_INPUT, INVALID_COUNTRY, NOT_FOUND (address), CART_NOT_FOUND.',
  })
  async cartSetShippingAddress(
    @Arg('input', () => CartSetShippingAddressInput, { description: 'The address to ship to.' })
    input: CartSetShippingAddressInput,
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartPayload> {
    return payload(ctx, await setShippingAddress(ctx, cartToken, input));
  }

  @Mutation(() => CartPayload, {
    description:
      "Selects a shipping method among the cart's availableShippingMethods. Errors: SHIPPING_ADDRESS_REQUIRED, " +
      'SHIPPING_METHOD_UNAVAILABLE, CART_NOT_FOUND.',
  })
  async cartSetShippingMethod(
    @Arg('input', () => CartSetShippingMethodInput, { description: 'The shipping method to use.' })
    input: CartSetShippingMethodInput,
    @Arg('cartToken', () => String, TOKEN_ARG) cartToken: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CartPayload> {
    return payload(ctx, await setShippingMethod(ctx, cartToken, input));
  }

  @ListSize(20)
  @FieldResolver(() => [CartLine], { description: 'The lines, oldest first.' })
  lines(@Root() cart: Cart, @Ctx() ctx: RequestContext): Promise<CartLine[]> {
    return linesOf(ctx, cart);
  }

  @FieldResolver(() => Int, { description: 'Σ line quantities.' })
  async itemCount(@Root() cart: Cart, @Ctx() ctx: RequestContext): Promise<number> {
    return (await cartView(ctx, cart.row)).itemCount;
  }

  @FieldResolver(() => CartCoupon, {
    nullable: true,
    description: 'The coupon on the cart; null without one.',
  })
  async coupon(@Root() cart: Cart, @Ctx() ctx: RequestContext): Promise<CartCoupon | null> {
    const view = await cartView(ctx, cart.row);
    return view.coupon ? toCartCoupon(view.coupon, ctx.app.config.storeCurrency) : null;
  }

  @FieldResolver(() => CartShippingMethod, {
    nullable: true,
    description:
      'The selected shipping method, priced for this cart; null when none is selected or it is unavailable.',
  })
  async shippingMethod(@Root() cart: Cart, @Ctx() ctx: RequestContext): Promise<CartShippingMethod | null> {
    const view = await cartView(ctx, cart.row);
    return view.selectedShipping
      ? toCartShippingMethod(view.selectedShipping, ctx.app.config.storeCurrency)
      : null;
  }

  @ListSize(5)
  @FieldResolver(() => [CartShippingMethod], {
    description:
      "Shipping methods that serve the cart's destination (the store's country until an address is set), " +
      'each priced for this cart, in display order.',
  })
  async availableShippingMethods(
    @Root() cart: Cart,
    @Ctx() ctx: RequestContext,
  ): Promise<CartShippingMethod[]> {
    const view = await cartView(ctx, cart.row);
    return view.shippingOptions.map((o) => toCartShippingMethod(o, ctx.app.config.storeCurrency));
  }

  @FieldResolver(() => CartTotals, { description: 'Subtotal, discount, shipping, tax and total.' })
  async totals(@Root() cart: Cart, @Ctx() ctx: RequestContext): Promise<CartTotals> {
    return toCartTotals(await cartView(ctx, cart.row), ctx.app.config.storeCurrency);
  }

  @ListSize(5)
  @FieldResolver(() => [CartWarning], {
    description:
      'What changed since the shopper last looked (prices, stock, availability, coupon, shipping).',
  })
  async warnings(@Root() cart: Cart, @Ctx() ctx: RequestContext): Promise<CartWarning[]> {
    return (await cartView(ctx, cart.row)).warnings.map(toCartWarning);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when a blocking warning makes checkout refuse the cart as it is.',
  })
  async hasBlockingWarnings(@Root() cart: Cart, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await cartView(ctx, cart.row)).warnings.some((w) => w.blocking);
  }
}

@Resolver(() => CartLinePayload)
export class CartLinePayloadResolver {
  @FieldResolver(() => CartLine, {
    nullable: true,
    description: 'The line added or changed; null when it was removed or when errors is not empty.',
  })
  async line(@Root() result: CartLinePayload, @Ctx() ctx: RequestContext): Promise<CartLine | null> {
    if (!result.cart || !result.lineId) return null;
    const lines = await linesOf(ctx, result.cart);
    return lines.find((l) => l.id === result.lineId) ?? null;
  }
}
