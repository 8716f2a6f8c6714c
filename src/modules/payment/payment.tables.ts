import { pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { PAYMENT_METHODS } from './payment-methods.js';

/**
 * The payment domain's tables. The payments and refunds of an order reference the order by foreign
 * key, so they are the order's payment records and live in order.tables.ts.
 */

export const paymentMethodEnum = pgEnum('payment_method', PAYMENT_METHODS);

/**
 * Incoming webhook events already processed (Stripe, carrier), recorded in the transaction of their
 * effect: a redelivered or replayed event id changes nothing.
 */
export const processedWebhookEvents = pgTable(
  'processed_webhook_events',
  {
    /** `stripe` or `carrier`. */
    source: text('source').notNull(),
    eventId: text('event_id').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.eventId] })],
);
