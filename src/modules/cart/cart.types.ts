import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Money, money } from '../../graphql/money.js';
import { AddressInput, PostalAddressFields } from '../address/address.types.js';
import { Product, toProduct } from '../catalog/product.types.js';
import { ProductVariant, toVariant } from '../catalog/variant.types.js';
import { formatPercentage } from '../promotion/coupon.rules.js';
import { CouponType } from '../promotion/promotion.types.js';
import type { CartAddress as CartAddressData, CartRow } from './cart.tables.js';
import type {
  CartCouponView,
  CartLineView,
  CartView,
  CartWarningData,
  ShippingOptionView,
} from './cart-view.js';

export enum CartWarningCode {
  PRICE_CHANGED = 'PRICE_CHANGED',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  PRODUCT_UNAVAILABLE = 'PRODUCT_UNAVAILABLE',
  QUANTITY_REDUCED = 'QUANTITY_REDUCED',
  COUPON_NOT_FOUND = 'COUPON_NOT_FOUND',
  COUPON_NOT_YET_VALID = 'COUPON_NOT_YET_VALID',
  COUPON_EXPIRED = 'COUPON_EXPIRED',
  COUPON_USAGE_LIMIT_REACHED = 'COUPON_USAGE_LIMIT_REACHED',
  COUPON_MINIMUM_NOT_MET = 'COUPON_MINIMUM_NOT_MET',
  COUPON_NOT_APPLICABLE = 'COUPON_NOT_APPLICABLE',
  SHIPPING_METHOD_UNAVAILABLE = 'SHIPPING_METHOD_UNAVAILABLE',
}
registerEnumType(CartWarningCode, {
  name: 'CartWarningCode',
  description:
    "Why a cart needs the shopper's attention. Warnings never make a cart read fail; `blocking` ones make checkout refuse the cart until resolved.",
  valuesConfig: {
    PRICE_CHANGED: {
      description:
        'The unit price changed since the line was added (blocking; cartAcceptChanges or changing the quantity confirms it).',
    },
    INSUFFICIENT_STOCK: {
      description:
        'The line asks for more than is in stock; the message gives the number available (blocking).',
    },
    OUT_OF_STOCK: {
      description: 'The variant is out of stock (blocking; cartAcceptChanges removes the line).',
    },
    LOW_STOCK: {
      description: 'Fewer than 3 units would be left after this line: informational, not blocking.',
    },
    PRODUCT_UNAVAILABLE: {
      description:
        'The product is no longer for sale (archived or back to draft): blocking on a line; on no line, a guest-cart line left out at sign-in.',
    },
    QUANTITY_REDUCED: {
      description:
        'A quantity was lowered for the shopper (e.g. capped at stock when the guest cart was merged at sign-in); shown until the next change.',
    },
    COUPON_NOT_FOUND: { description: 'The coupon on the cart was switched off: it gives no discount.' },
    COUPON_NOT_YET_VALID: { description: "The coupon's validity has not started: it gives no discount yet." },
    COUPON_EXPIRED: { description: 'The coupon has expired: it gives no discount.' },
    COUPON_USAGE_LIMIT_REACHED: {
      description: 'The coupon has been used as often as allowed: it gives no discount.',
    },
    COUPON_MINIMUM_NOT_MET: {
      description:
        "The eligible items are below the coupon's minimum: it gives no discount until they reach it.",
    },
    COUPON_NOT_APPLICABLE: {
      description: 'No item of the cart is eligible for the coupon: it gives no discount.',
    },
    SHIPPING_METHOD_UNAVAILABLE: {
      description:
        'The selected shipping method no longer serves the destination: it is not counted; choose another (blocking).',
    },
  },
});

// ---- objects ----

@ObjectType({ description: 'Something about the cart the shopper should know; never an error.' })
export class CartWarning {
  @Field(() => CartWarningCode, { description: 'Machine-readable reason.' })
  code!: CartWarningCode;

  @Field(() => ID, { nullable: true, description: 'The line concerned; null for the whole cart.' })
  lineId!: string | null;

  @Field(() => String, { description: 'Human-readable explanation, safe to show to the shopper.' })
  message!: string;

  @Field(() => Boolean, {
    description:
      'True when checkout refuses the cart until the shopper acts (cartAcceptChanges, a quantity change or removal).',
  })
  blocking!: boolean;
}

@ObjectType({ description: 'One variant in the cart with its quantity and amounts (tax-exclusive prices).' })
export class CartLine {
  @Field(() => ID, { description: 'Id of the line, for cartUpdateItem / cartRemoveItem.' })
  id!: string;

  @Field(() => ProductVariant, { description: 'The variant in the cart (current price and stock).' })
  variant!: ProductVariant;

  @Field(() => Product, {
    description: 'The product of the variant (images, slug, categories...), whatever its status now.',
  })
  product!: Product;

  @Field(() => Int, { description: 'Units of the variant, 1 to 999.' })
  quantity!: number;

  @Field(() => Money, { description: 'Current unit price before tax: what the line is priced at.' })
  unitPrice!: Money;

  @Field(() => Money, {
    description:
      'The unit price when the shopper last added or changed the line; differs from unitPrice with a PRICE_CHANGED warning.',
  })
  unitPriceWhenAdded!: Money;

  @Field(() => Money, { description: 'unitPrice × quantity.' })
  lineTotal!: Money;

  @Field(() => Money, { description: "This line's share of the coupon discount." })
  discount!: Money;

  @Field(() => Money, {
    description: "Tax on (lineTotal − discount) at the destination's rate for the product's tax class.",
  })
  tax!: Money;

  @Field(() => Money, { description: 'lineTotal − discount + tax.' })
  total!: Money;

  @Field(() => Date, { description: 'When the variant was first added to the cart.' })
  addedAt!: Date;
}

@ObjectType({ description: 'The coupon applied to a cart.' })
export class CartCoupon {
  @Field(() => String, { description: 'The code, as the store wrote it.' })
  code!: string;

  @Field(() => CouponType, { description: 'What the coupon takes off.' })
  type!: CouponType;

  @Field(() => String, {
    nullable: true,
    description: 'PERCENTAGE coupons: the percentage off, e.g. "12.5"; null otherwise.',
  })
  percentage!: string | null;

  @Field(() => Money, {
    nullable: true,
    description: 'FIXED_AMOUNT coupons: the amount off; null otherwise.',
  })
  amount!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'The coupon applies when the eligible items reach this amount; null: no minimum.',
  })
  minSubtotal!: Money | null;

  @Field(() => Boolean, {
    description: 'True when the coupon takes something off now; false with a COUPON_* warning saying why.',
  })
  applied!: boolean;
}

@ObjectType({
  description: 'The address a cart ships to (a copy: editing the address book later does not move it).',
})
export class CartAddress extends PostalAddressFields {
  @Field(() => ID, {
    nullable: true,
    description: 'The address-book entry it was copied from; null when typed in.',
  })
  addressId!: string | null;
}

@ObjectType({ description: 'When a shipment would arrive if sent today (business days, Monday to Friday).' })
export class DeliveryEstimate {
  @Field(() => String, { description: 'Earliest delivery date, ISO 8601 (YYYY-MM-DD).' })
  earliest!: string;

  @Field(() => String, { description: 'Latest delivery date, ISO 8601 (YYYY-MM-DD).' })
  latest!: string;
}

@ObjectType({ description: 'A shipping method offered for the cart, priced for it.' })
export class CartShippingMethod {
  @Field(() => String, { description: 'Code to pass to cartSetShippingMethod, e.g. "STANDARD".' })
  code!: string;

  @Field(() => String, { description: 'Name shown to shoppers.' })
  name!: string;

  @Field(() => String, { description: 'Longer explanation; may be empty.' })
  description!: string;

  @Field(() => Money, {
    description:
      'What shipping would cost this cart before tax: 0 when its items reach the free-shipping threshold or a free-shipping coupon applies.',
  })
  price!: Money;

  @Field(() => Int, { description: 'Fewest business days until delivery.' })
  minDeliveryDays!: number;

  @Field(() => Int, { description: 'Most business days until delivery.' })
  maxDeliveryDays!: number;

  @Field(() => DeliveryEstimate, { description: 'Delivery dates if the order were placed today.' })
  estimatedDelivery!: DeliveryEstimate;
}

@ObjectType({ description: 'Amounts of the whole cart, computed by the same engine checkout uses.' })
export class CartTotals {
  @Field(() => Money, { description: 'Σ line totals, before discount and tax.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'What the coupon takes off the items.' })
  discount!: Money;

  @Field(() => Money, { description: 'Price of the selected shipping method for this cart; 0 without one.' })
  shipping!: Money;

  @Field(() => Money, { description: 'Tax on the discounted items and on shipping.' })
  tax!: Money;

  @Field(() => Money, { description: 'subtotal − discount + shipping + tax: what checkout would charge.' })
  total!: Money;

  @Field(() => Boolean, {
    description:
      "True when the cart has no shipping address yet: tax (and shipping) are estimated for the store's country.",
  })
  taxIsEstimate!: boolean;

  @Field(() => String, { description: 'The country tax and shipping are computed for (ISO 3166-1 alpha-2).' })
  taxCountry!: string;
}

@ObjectType({
  description:
    "A shopping cart: a signed-in shopper's one cart, or a guest cart reached with its secret token (X-Cart-Token header or cartToken argument).",
})
export class Cart {
  @Field(() => ID, { description: 'Id of the cart.' })
  id!: string;

  @Field(() => CartAddress, { nullable: true, description: 'Where the cart ships to; null until set.' })
  shippingAddress!: CartAddress | null;

  @Field(() => Date, { description: 'Last change (guest carts expire after GUEST_CART_TTL without one).' })
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      "When this guest cart expires unless it changes before; null for a signed-in shopper's cart.",
  })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'True for a guest cart (no account).' })
  isGuest!: boolean;

  row!: CartRow;
}

export function toCartAddress(address: CartAddressData, addressId: string | null): CartAddress {
  return Object.assign(new CartAddress(), { ...address, addressId });
}

export function toCart(row: CartRow, expiresAt: Date | null): Cart {
  return Object.assign(new Cart(), {
    id: row.id,
    shippingAddress: row.shippingAddress ? toCartAddress(row.shippingAddress, row.shippingAddressId) : null,
    updatedAt: row.updatedAt,
    expiresAt,
    isGuest: row.userId === null,
    row,
  });
}

export function toCartLine(line: CartLineView, currency: string): CartLine {
  return Object.assign(new CartLine(), {
    id: line.id,
    variant: toVariant(line.variant, currency),
    product: toProduct(line.product),
    quantity: line.quantity,
    unitPrice: money(line.unitPrice, currency),
    unitPriceWhenAdded: money(line.unitPriceSeen, currency),
    lineTotal: money(line.subtotal, currency),
    discount: money(line.discount, currency),
    tax: money(line.tax, currency),
    total: money(line.total, currency),
    addedAt: line.createdAt,
  });
}

export function toCartWarning(warning: CartWarningData): CartWarning {
  return Object.assign(new CartWarning(), { ...warning, code: warning.code as CartWarningCode });
}

export function toCartCoupon(coupon: CartCouponView, currency: string): CartCoupon {
  const { row } = coupon;
  return Object.assign(new CartCoupon(), {
    code: row.code,
    type: row.type as CouponType,
    percentage: row.type === 'PERCENTAGE' ? formatPercentage(row.value) : null,
    amount: row.type === 'FIXED_AMOUNT' ? money(row.value, currency) : null,
    minSubtotal: row.minSubtotal === null ? null : money(row.minSubtotal, currency),
    applied: coupon.applied,
  });
}

export function toCartShippingMethod(option: ShippingOptionView, currency: string): CartShippingMethod {
  const { method } = option;
  return Object.assign(new CartShippingMethod(), {
    code: method.code,
    name: method.name,
    description: method.description,
    price: money(option.price, currency),
    minDeliveryDays: method.minDeliveryDays,
    maxDeliveryDays: method.maxDeliveryDays,
    estimatedDelivery: Object.assign(new DeliveryEstimate(), {
      earliest: option.earliest,
      latest: option.latest,
    }),
  });
}

export function toCartTotals(view: CartView, currency: string): CartTotals {
  const { pricing } = view;
  return Object.assign(new CartTotals(), {
    subtotal: money(pricing.subtotal, currency),
    discount: money(pricing.discount, currency),
    shipping: money(pricing.shipping, currency),
    tax: money(pricing.tax, currency),
    total: money(pricing.total, currency),
    taxIsEstimate: view.destination.isEstimate,
    taxCountry: view.destination.country,
  });
}

// ---- inputs ----

@InputType({ description: 'A variant to add to the cart.' })
export class CartAddItemInput {
  @Field(() => ID, { description: 'The variant to add.' })
  variantId!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'Units to add, 1 to 999; added to the line of the same variant if there is one.',
  })
  quantity!: number;
}

@InputType({ description: 'A new quantity for a cart line.' })
export class CartUpdateItemInput {
  @Field(() => ID, { description: 'The line to change.' })
  lineId!: string;

  @Field(() => Int, { description: 'The new quantity, 0 to 999; 0 removes the line.' })
  quantity!: number;
}

@InputType({ description: 'The cart line to remove.' })
export class CartRemoveItemInput {
  @Field(() => ID, { description: 'The line to remove.' })
  lineId!: string;
}

@InputType({ description: 'A coupon code to apply to the cart (it replaces the current coupon).' })
export class CartApplyCouponInput {
  @Field(() => String, { description: 'The code, in any case, e.g. "summer-25".' })
  code!: string;
}

@InputType({ description: 'Where the cart ships to: exactly one of addressId and address.' })
export class CartSetShippingAddressInput {
  @Field(() => ID, { nullable: true, description: "An entry of the signed-in shopper's address book." })
  addressId?: string | null;

  @Field(() => AddressInput, {
    nullable: true,
    description: 'An address typed in (guests and signed-in shoppers).',
  })
  address?: AddressInput | null;
}

@InputType({ description: 'The shipping method to use.' })
export class CartSetShippingMethodInput {
  @Field(() => String, {
    description: 'A code from the cart\'s availableShippingMethods, in any case, e.g. "EXPRESS".',
  })
  code!: string;
}

// ---- payloads ----

@ObjectType({ description: 'Result of a cart mutation.' })
export class CartPayload extends MutationPayload {
  @Field(() => Cart, {
    nullable: true,
    description: 'The cart after the change, or unchanged when errors is not empty; null without a cart.',
  })
  cart!: Cart | null;
}

@ObjectType({ description: 'Result of cartAddItem / cartUpdateItem.' })
export class CartLinePayload extends CartPayload {
  @Field(() => Int, {
    nullable: true,
    description:
      'With INSUFFICIENT_STOCK: the most units the line can hold now (units in stock); null otherwise.',
  })
  quantityAvailable!: number | null;

  lineId!: string | null;
}

@ObjectType({ description: 'Result of cartCreate.' })
export class CartCreatePayload extends CartPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'The secret token of the new guest cart: send it as the X-Cart-Token header (or cartToken argument) with ' +
      'every cart operation, and with accountLogin to merge the cart into the account. Null for a signed-in shopper.',
  })
  cartToken!: string | null;
}
