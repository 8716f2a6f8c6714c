import type { DomainModule } from '../../graphql/app-context.js';
import { providerEventReceived } from '../payment/payment-hooks.js';
import { createOrderLoaders } from './order.loaders.js';
import { OrderResolver, PaymentResolver } from './order.resolver.js';
import { OrderTransitionsResolver } from './order-admin.resolver.js';
import { OrderSubscriptionResolver } from './order-subscription.resolver.js';
import { applyProviderEvent } from './provider-events.js';
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
  // What payment providers report moves the order's payments and the order (payment knows no order).
  wire: () => providerEventReceived.register(applyProviderEvent),
};
