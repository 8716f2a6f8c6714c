import type { DomainModule } from '../../graphql/app-context.js';
import { CartLinePayloadResolver, CartResolver } from './cart.resolver.js';

/** What the cart domain contributes to the server (collected by src/modules/index.ts). */
export const cartModule: DomainModule = {
  name: 'cart',
  resolvers: [CartResolver, CartLinePayloadResolver],
};
