import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { CartWarningData } from './cart-view.js';

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

export function toCartWarning(warning: CartWarningData): CartWarning {
  return Object.assign(new CartWarning(), { ...warning, code: warning.code as CartWarningCode });
}
