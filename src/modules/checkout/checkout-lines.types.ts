import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CheckoutLineOutcomeData } from './checkout-lines.js';

/** GraphQL types of checkoutComplete's availability option and per-line outcome (checkout-lines.ts). */

export enum CheckoutAvailability {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  AVAILABLE_ONLY = 'AVAILABLE_ONLY',
}
registerEnumType(CheckoutAvailability, {
  name: 'CheckoutAvailability',
  description: 'What checkoutComplete does when a cart line cannot be bought in full.',
  valuesConfig: {
    ALL_OR_NOTHING: {
      description:
        'The default: every line is bought in full or nothing is ordered. A line no longer for sale or short of ' +
        'stock refuses the whole checkout (PRODUCT_NOT_AVAILABLE, INSUFFICIENT_STOCK) and nothing changes.',
    },
    AVAILABLE_ONLY: {
      description:
        'Buy what is available: lines no longer for sale or out of stock are skipped, a line with less stock than ' +
        'asked is bought for the units in stock, and the order (totals, coupon rules, shipping, tax) covers only ' +
        'what is bought. `lines` of the payload says what happened to each cart line; what was not bought stays in ' +
        'the cart. Refused with the ALL_OR_NOTHING errors when nothing at all can be bought. Every other rule is ' +
        'unchanged: a changed price on a line to be bought (PRICE_CHANGED), a coupon no longer valid, a missing ' +
        'address or method still refuse the checkout.',
    },
  },
});

export enum CheckoutLineStatus {
  BOUGHT = 'BOUGHT',
  PARTIAL = 'PARTIAL',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  NOT_FOR_SALE = 'NOT_FOR_SALE',
}
registerEnumType(CheckoutLineStatus, {
  name: 'CheckoutLineStatus',
  description: 'What checkoutComplete did with one cart line.',
  valuesConfig: {
    BOUGHT: { description: 'Bought in full: boughtQuantity = requestedQuantity; the line left the cart.' },
    PARTIAL: {
      description:
        'AVAILABLE_ONLY: less stock than asked; the units in stock were bought (0 < boughtQuantity < ' +
        'requestedQuantity) and the line stays in the cart with the units that were missing.',
    },
    OUT_OF_STOCK: {
      description: 'AVAILABLE_ONLY: no stock; nothing bought (boughtQuantity 0), the line stays in the cart.',
    },
    NOT_FOR_SALE: {
      description:
        'AVAILABLE_ONLY: the product is no longer for sale (draft or archived); nothing bought, the line stays ' +
        'in the cart.',
    },
  },
});

@ObjectType({
  description:
    'One line of the cart at checkout and what the order took of it. The variant is described as it was at ' +
    'checkout (titles and SKU copied), like an order line.',
})
export class CheckoutLineOutcome {
  @Field(() => ID, {
    description:
      'The cart line (`CartLine.id` before the checkout); a line bought in full no longer exists afterwards.',
  })
  cartLineId!: string;

  @Field(() => ID, { description: 'The variant of the line.' })
  variantId!: string;

  @Field(() => String, { description: "The product's title at checkout." })
  productTitle!: string;

  @Field(() => String, { description: "The variant's title at checkout." })
  variantTitle!: string;

  @Field(() => String, { description: "The variant's SKU at checkout." })
  sku!: string;

  @Field(() => Int, { description: 'Units the cart line held, 1 to 999.' })
  requestedQuantity!: number;

  @Field(() => Int, {
    description:
      'Units the order bought, 0 to requestedQuantity (the quantity of its order line when above 0).',
  })
  boughtQuantity!: number;

  @Field(() => CheckoutLineStatus, { description: 'What happened to the line, and why.' })
  status!: CheckoutLineStatus;
}

export function toCheckoutLineOutcome(line: CheckoutLineOutcomeData): CheckoutLineOutcome {
  return Object.assign(new CheckoutLineOutcome(), line, { status: CheckoutLineStatus[line.status] });
}
