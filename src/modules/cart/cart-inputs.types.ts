import { Field, ID, InputType, Int } from 'type-graphql';
import { AddressInput } from '../address/address.types.js';

/** The input objects of the cart mutations. */

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
