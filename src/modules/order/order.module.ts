import type { DomainModule } from '../../graphql/app-context.js';
import { createOrderLoaders } from './order.loaders.js';
import { OrderResolver, PaymentResolver } from './order.resolver.js';
import { OrderTransitionsResolver } from './order-admin.resolver.js';
import { OrderSubscriptionResolver } from './order-subscription.resolver.js';
import { createRefundLoaders } from './refund.loaders.js';
import { OrderRefundsResolver, PaymentRefundResolver } from './refund.resolver.js';

/** What the order domain contributes to the server (collected by src/modules/index.ts). */
export const orderModule: DomainModule = {
  name: 'order',
  resolvers: [
    OrderResolver,
    PaymentResolver,
    OrderTransitionsResolver,
    PaymentRefundResolver,
    OrderRefundsResolver,
    OrderSubscriptionResolver,
  ],
  loaders: { order: createOrderLoaders, refund: createRefundLoaders },
};
