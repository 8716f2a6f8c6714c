import type { DomainModule } from '../../graphql/domain-module.js';
import { accountDataExporting, accountDeleting } from '../account/account-hooks.js';
import { wishlistNodes } from './wishlist.nodes.js';
import { WishlistMoveToCartPayloadResolver, WishlistResolver } from './wishlist.resolver.js';
import { eraseWishlist, exportWishlist } from './wishlist-account-data.js';

/** What the wishlist domain contributes to the server (collected by src/modules/index.ts). */
export const wishlistModule: DomainModule = {
  name: 'wishlist',
  resolvers: [WishlistResolver, WishlistMoveToCartPayloadResolver],
  nodes: wishlistNodes,
  wire: () => {
    accountDeleting.register(eraseWishlist);
    accountDataExporting.register(exportWishlist);
  },
};
