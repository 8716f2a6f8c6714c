import type { DomainModule } from '../../graphql/domain-module.js';
import { signedIn } from '../account/account-hooks.js';
import { cartNodes } from './cart.nodes.js';
import { cartPurges } from './cart.purges.js';
import { CartLinePayloadResolver, CartResolver } from './cart.resolver.js';
import { mergeGuestCart } from './guest-cart-merge.js';

/** What the cart domain contributes to the server (collected by src/modules/index.ts). */
export const cartModule: DomainModule = {
  name: 'cart',
  resolvers: [CartResolver, CartLinePayloadResolver],
  nodes: cartNodes,
  // A guest cart brought to a sign-in moves into the account's cart.
  wire: () => signedIn.register(mergeGuestCart),
  // Idle guest carts are already invisible to readers; housekeeping only reclaims their rows.
  purges: ({ config }) => cartPurges(config.guestCartTtl),
};
