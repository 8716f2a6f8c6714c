import { type NodeKind, ownedNode } from '../../graphql/node.js';
import { type WishlistItemRow, wishlistItems } from './wishlist.tables.js';
import { toWishlistItem } from './wishlist.types.js';

/** The wishlist's Node type: an item, seen by its owner only (as `me.wishlist`). */
export const wishlistNodes: NodeKind[] = [
  ownedNode<WishlistItemRow>('WishlistItem', wishlistItems, wishlistItems.id, toWishlistItem),
];
