import { Gauge } from 'prom-client';
import type { DomainModule } from '../../graphql/domain-module.js';
import { accountDataExporting } from '../account/account-hooks.js';
import { providerEventReceived } from '../payment/payment-hooks.js';
import { createOrderLoaders } from './order.loaders.js';
import { orderNodes } from './order.nodes.js';
import { OrderResolver, PaymentResolver } from './order.resolver.js';
import { exportOrders } from './order-account-data.js';
import { OrderTransitionsResolver } from './order-admin.resolver.js';
import { OrderEventHub } from './order-event-hub.js';
import { OrderSubscriptionResolver } from './order-subscription.resolver.js';
import { applyProviderEvent } from './provider-events.js';
import { createRefundLoaders } from './refund.loaders.js';
import { OrderRefundsResolver, PaymentRefundResolver } from './refund.resolver.js';
import { ReservationSweeper } from './reservation-sweeper.js';

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
  nodes: orderNodes,
  loaders: { order: createOrderLoaders, refund: createRefundLoaders },
  // What payment providers report moves the order's payments and the order (payment knows no order).
  wire: () => {
    providerEventReceived.register(applyProviderEvent);
    // The personal data export includes the orders; a deletion keeps them (law), so nothing registers there.
    accountDataExporting.register(exportOrders);
  },
  // One LISTEN per instance feeds every subscription of this instance.
  services: ({ database, logger }) => ({ orderEvents: new OrderEventHub({ database, logger }) }),
  tasks: (app) => {
    // Unpaid orders past ORDER_RESERVATION_TTL are cancelled and restocked; instances share the work.
    const sweeper = new ReservationSweeper({ app });
    return [
      // Listening before serving: a subscription accepted from then on misses no committed event.
      { name: 'order-events', start: () => app.orderEvents.start(), stop: () => app.orderEvents.stop() },
      { name: 'reservation-sweeper', start: () => sweeper.start(), stop: () => sweeper.stop() },
    ];
  },
  metrics: (registry, { orderEvents }) => {
    new Gauge({
      name: 'order_event_subscriptions',
      help: 'GraphQL subscriptions to order events open on this instance (WebSocket).',
      registers: [registry],
      collect() {
        this.set(orderEvents.subscriberCount);
      },
    });
  },
};
