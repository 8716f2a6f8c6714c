import { Field, Int, ObjectType } from 'type-graphql';
import { Money, money } from '../../graphql/money.js';
import type { ShippingOptionView } from './cart-view.js';

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
