import type { DomainModule } from '../../graphql/domain-module.js';
import { CheckoutResolver } from './checkout.resolver.js';

/** What the checkout domain contributes to the server (collected by src/modules/index.ts). */
export const checkoutModule: DomainModule = {
  name: 'checkout',
  resolvers: [CheckoutResolver],
};
