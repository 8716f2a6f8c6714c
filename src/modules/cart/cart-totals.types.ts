import { Field, ObjectType } from 'type-graphql';
import { Money, money } from '../../graphql/money.js';
import type { CartView } from './cart-view.js';

@ObjectType({ description: 'Amounts of the whole cart, computed by the same engine checkout uses.' })
export class CartTotals {
  @Field(() => Money, { description: 'Σ line subtotals (unit price × quantity), before discount and tax.' })
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
