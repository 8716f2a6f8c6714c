import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import type { DomainModule } from '../../graphql/domain-module.js';
import { registerBacklogMetrics } from '../../http/backlog-metrics.js';
import { accountDeleting } from '../account/account-hooks.js';
import { orderEventStatement } from '../order/order-events.js';
import { reviewChangeCommitted, reviewEventRecorded } from '../review/review-events.js';
import { addOrderEventDeliveries, queueReviewEventDeliveries } from './queue-deliveries.js';
import { webhookNodes } from './webhook.nodes.js';
import { webhookPurges } from './webhook.purges.js';
import { WebhookResolver } from './webhook.resolver.js';
import { WebhookWorker } from './webhook.worker.js';
import { anonymiseReviewDeliveries } from './webhook-account-erasure.js';

/** What the webhook domain contributes to the server (collected by src/modules/index.ts). */
export const webhookModule: DomainModule = {
  name: 'webhook',
  resolvers: [WebhookResolver],
  nodes: webhookNodes,
  wire: () => {
    // Every recorded order and review event is queued for the endpoints subscribed to it.
    orderEventStatement.register(addOrderEventDeliveries);
    reviewEventRecorded.register(queueReviewEventDeliveries);
    // Review events send no NOTIFY: the instance that committed one wakes its own worker.
    reviewChangeCommitted.register((app) => app.webhookWorker.wake());
    // A deleted account's name leaves the review event bodies, queued or sent.
    accountDeleting.register(anonymiseReviewDeliveries);
  },
  services: ({ config, db, logger, orderEvents }) => {
    const webhookWorker = new WebhookWorker({
      db,
      logger,
      serverSecret: config.jwtSecret,
      ...config.webhooks,
    });
    // Every committed order event may have queued deliveries: send them now, not at the next poll.
    orderEvents.onNotice(() => webhookWorker.wake());
    return { webhookWorker };
  },
  // Instances share the deliveries (SKIP LOCKED).
  tasks: ({ webhookWorker }) => [
    { name: 'webhooks', start: () => webhookWorker.start(), stop: () => webhookWorker.stop() },
  ],
  purges: ({ config }) => webhookPurges(config.housekeeping),
  metrics: (registry, { db, logger }) =>
    registerBacklogMetrics(registry, {
      prefix: 'webhook',
      items: 'deliveries',
      what: 'Outgoing webhook deliveries',
      logger,
      read: async () => {
        // Deliveries of deactivated endpoints wait for nobody: not counted.
        const [row] = await queryRows<{ pending: number; age: number | null }>(
          db,
          sql`SELECT count(*)::int AS pending,
                     extract(epoch FROM now() - min(d.created_at))::float8 AS age
              FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.active
              WHERE d.status = 'PENDING'`,
        );
        return { pending: Number(row?.pending ?? 0), oldestAgeSeconds: Math.max(0, Number(row?.age ?? 0)) };
      },
    }),
};
