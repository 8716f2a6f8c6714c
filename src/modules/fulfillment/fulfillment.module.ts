import type { DomainModule } from '../../graphql/domain-module.js';
import { provideOrderParcels } from '../order/order-hooks.js';
import { carrierWebhook } from './carrier-webhook.js';
import { createFulfillmentLoaders } from './fulfillment.loaders.js';
import { fulfillmentNodes } from './fulfillment.nodes.js';
import { FulfillmentResolver, OrderShipmentsResolver, ShipmentResolver } from './fulfillment.resolver.js';
import { orderParcels } from './order-parcels.js';

/** What the fulfillment domain contributes to the server (collected by src/modules/index.ts). */
export const fulfillmentModule: DomainModule = {
  name: 'fulfillment',
  resolvers: [FulfillmentResolver, OrderShipmentsResolver, ShipmentResolver],
  nodes: fulfillmentNodes,
  loaders: { fulfillment: createFulfillmentLoaders },
  // Order learns from fulfillment which units have left the store.
  wire: () => provideOrderParcels(orderParcels),
  // Signed over the raw body: the route reads the body itself.
  routes: (router, app) => {
    router.post('/webhooks/carrier', ...carrierWebhook(app));
  },
};
