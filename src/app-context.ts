import type { Config } from './config.js';
import type { Database, DatabaseHandle } from './db/client.js';
import type { RateLimiter } from './http/rate-limiter.js';
import type { Logger } from './logger.js';
import type { MailTransport } from './modules/notification/mail-transport.js';
import type { OutboxWorker } from './modules/notification/outbox.worker.js';
import type { OrderEventHub } from './modules/order/order-event-hub.js';
import type { PaymentProviders } from './modules/payment/payment-providers.js';
import type { WebhookWorker } from './modules/webhook/webhook.worker.js';

/** Long-lived dependencies of one server instance, shared by every request. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Database;
  logger: Logger;
  rateLimiter: RateLimiter;
  mailTransport: MailTransport;
  outbox: OutboxWorker;
  /** Who charges and refunds, by payment method. */
  paymentProviders: PaymentProviders;
  /** Delivers outgoing webhooks (started unless StartOptions.startWebhookWorker is false). */
  webhookWorker: WebhookWorker;
  /** This instance's fan-out of committed order events to its subscriptions (LISTEN/NOTIFY). */
  orderEvents: OrderEventHub;
}
