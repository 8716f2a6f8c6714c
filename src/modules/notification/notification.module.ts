import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import type { DomainModule } from '../../graphql/domain-module.js';
import { registerBacklogMetrics } from '../../http/backlog-metrics.js';
import { createMailTransport } from './mail-transport.js';
import { notificationNodes } from './notification.nodes.js';
import { notificationPurges } from './notification.purges.js';
import { NotificationResolver } from './notification.resolver.js';
import { OutboxWorker } from './outbox.worker.js';

/** What the notification domain contributes to the server (collected by src/modules/index.ts). */
export const notificationModule: DomainModule = {
  name: 'notification',
  resolvers: [NotificationResolver],
  nodes: notificationNodes,
  services: ({ config, db, logger }) => {
    const mailTransport = createMailTransport(
      config.smtpUrl,
      config.mailFrom,
      logger,
      config.nodeEnv === 'production',
    );
    const outbox = new OutboxWorker({
      db,
      transport: mailTransport,
      logger,
      serverSecret: config.jwtSecret,
      pollIntervalMs: config.outbox.pollIntervalMs,
      maxAttempts: config.outbox.maxAttempts,
    });
    return { mailTransport, outbox };
  },
  // Stopped in reverse: the outbox finishes its batch before the mail pool closes.
  tasks: ({ mailTransport, outbox }) => [
    { name: 'mail-transport', start: () => {}, stop: () => mailTransport.close() },
    { name: 'outbox', start: () => outbox.start(), stop: () => outbox.stop() },
  ],
  purges: ({ config }) => notificationPurges(config.housekeeping),
  metrics: (registry, { db, logger }) =>
    registerBacklogMetrics(registry, {
      prefix: 'outbox',
      items: 'messages',
      what: 'Emails in the outbox',
      logger,
      read: async () => {
        const [row] = await queryRows<{ pending: number; age: number | null }>(
          db,
          sql`SELECT count(*)::int AS pending,
                     extract(epoch FROM now() - min(created_at))::float8 AS age
              FROM outbox_messages WHERE status = 'PENDING'`,
        );
        return { pending: Number(row?.pending ?? 0), oldestAgeSeconds: Math.max(0, Number(row?.age ?? 0)) };
      },
    }),
};
