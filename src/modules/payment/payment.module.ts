import type { DomainModule } from '../../graphql/app-context.js';

/** What the payment domain contributes to the server (collected by src/modules/index.ts). */
export const paymentModule: DomainModule = {
  name: 'payment',
  resolvers: [],
};
