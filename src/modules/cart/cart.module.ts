import type { DomainModule } from '../../graphql/domain-module.js';
import { accountDeleting, signedIn } from '../account/account-hooks.js';
import { cartNodes } from './cart.nodes.js';
import { cartPurges } from './cart.purges.js';
import { CartLinePayloadResolver, CartResolver } from './cart.resolver.js';
import { eraseCart } from './cart-account-data.js';
import { mergeGuestCart } from './guest-cart-merge.js';

/** What the cart domain contributes to the server (collected by src/modules/index.ts). */
export const cartModule: DomainModule = {
  name: 'cart',
  resolvers: [CartResolver, CartLinePayloadResolver],
  nodes: cartNodes,
  // A guest cart brought to a sign-in moves into the account's cart.
  wire: () => {
    signedIn.register(mergeGuestCart);
    // A deleted account's cart goes with it.
    accountDeleting.register(eraseCart);
  },
  // Idle guest carts are already invisible to readers; housekeeping only reclaims their rows.
  purges: ({ config }) => cartPurges(config.guestCartTtl),
};
