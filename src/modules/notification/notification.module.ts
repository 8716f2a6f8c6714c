import type { DomainModule } from '../../graphql/domain-module.js';
import { createMailTransport } from './mail-transport.js';
import { notificationNodes } from './notification.nodes.js';
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
};
