import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import type { WishlistItemRow } from './wishlist.tables.js';

// ---- objects ----

@ObjectType({
  implements: Node,
  description:
    'A product (optionally one of its variants) the signed-in customer saved for later. Only its owner can read or change it. The product stays listed when it stops being for sale: see `available`.',
})
export class WishlistItem {
  @Field(() => ID, { description: 'Id of the item, for wishlistRemove / wishlistMoveToCart.' })
  id!: string;

  @Field(() => Date, { description: 'When the customer added the item.' })
  addedAt!: Date;

  productId!: string;
  variantId!: string | null;
}

export function toWishlistItem(row: WishlistItemRow): WishlistItem {
  return Object.assign(new WishlistItem(), {
    id: row.id,
    addedAt: row.createdAt,
    productId: row.productId,
    variantId: row.variantId,
  });
}

export const WishlistItemConnection = ConnectionType(WishlistItem, 'WishlistItem');

// ---- inputs ----

@InputType({ description: 'A product, and optionally one of its variants, to save to the wishlist.' })
export class WishlistAddInput {
  @Field(() => ID, { description: 'The product to save; it must be for sale (ACTIVE).' })
  productId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A variant of that product (a size, a colour) to save; omit it to save the product as a whole. ' +
      'The same product may be saved once as a whole and once per variant.',
  })
  variantId?: string | null;
}

@InputType({ description: 'The wishlist item to remove.' })
export class WishlistRemoveInput {
  @Field(() => ID, { description: 'The item to remove; must be one of your own.' })
  itemId!: string;
}

@InputType({ description: 'A wishlist item to move into the cart, and how many units.' })
export class WishlistMoveToCartInput {
  @Field(() => ID, { description: 'The item to move; must be one of your own.' })
  itemId!: string;

  // Nullable with a default rather than `Int! = 1`: graphql-jit (our executor) does not apply
  // the default of a non-null input field omitted from a variable (graphql-jit issue #142).
  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description:
      'Units to add to the cart, 1 to 999 (omitted or null: 1); added to the cart line of the same variant if there is one.',
  })
  quantity?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A variant of the item's product to put in the cart instead of the item's own. Needed when the item " +
      'names no variant and the product has several.',
  })
  variantId?: string | null;
}

// ---- payloads ----

@ObjectType({ description: 'Result of wishlistAdd.' })
export class WishlistAddPayload extends MutationPayload {
  @Field(() => WishlistItem, {
    nullable: true,
    description:
      'The item saved, or the one already saved for the same product and variant (adding twice keeps one); null when errors.',
  })
  item!: WishlistItem | null;
}

@ObjectType({ description: 'Result of wishlistRemove.' })
export class WishlistRemovePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the removed item; null when errors.' })
  deletedId!: string | null;
}

@ObjectType({ description: 'Result of wishlistMoveToCart.' })
export class WishlistMoveToCartPayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the wishlist item, removed from the wishlist now that it is in the cart; null when errors.',
  })
  removedItemId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'With INSUFFICIENT_STOCK: the most units the cart line can hold now (units in stock); null otherwise.',
  })
  quantityAvailable!: number | null;

  // `cart` is resolved by WishlistMoveToCartPayloadResolver, only when selected.
}
