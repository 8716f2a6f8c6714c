import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { PostalAddressFields } from '../address/address.types.js';
import type { AddressSnapshot } from '../address/address-snapshot.js';
import type { CartRow } from './cart.tables.js';

/** The Cart object and its shipping address; its computed fields are resolved in cart.resolver.ts. */

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

@ObjectType({
  implements: Node,
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

export function toCartAddress(address: AddressSnapshot, addressId: string | null): CartAddress {
  return Object.assign(new CartAddress(), address, { addressId });
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
