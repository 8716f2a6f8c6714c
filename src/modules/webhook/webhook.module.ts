import type { DomainModule } from '../../graphql/app-context.js';
import { orderEventRecorded } from '../order/order-events.js';
import { queueOrderEventDeliveries } from './queue-deliveries.js';
import { WebhookResolver } from './webhook.resolver.js';

/** What the webhook domain contributes to the server (collected by src/modules/index.ts). */
export const webhookModule: DomainModule = {
  name: 'webhook',
  resolvers: [WebhookResolver],
  // Every recorded order event is queued for the endpoints subscribed to it.
  wire: () => orderEventRecorded.register(queueOrderEventDeliveries),
};
