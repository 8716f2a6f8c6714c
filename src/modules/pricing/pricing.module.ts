import type { DomainModule } from '../../graphql/domain-module.js';

/** What the pricing domain contributes to the server (collected by src/modules/index.ts). */
export const pricingModule: DomainModule = {
  name: 'pricing',
  resolvers: [],
};
