import { Field, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Cart } from './cart.types.js';

/** What the cart mutations answer. */

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
