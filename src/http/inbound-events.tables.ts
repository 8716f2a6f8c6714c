import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Incoming webhook events already processed (Stripe, carrier), recorded in the transaction of their
 * effect: a redelivered or replayed event id changes nothing. Shared infrastructure of every
 * webhook receiver, so it belongs to no domain.
 */
export const processedWebhookEvents = pgTable(
  'processed_webhook_events',
  {
    /** Who sent it: `stripe`, `carrier`. */
    source: text('source').notNull(),
    eventId: text('event_id').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.eventId] })],
);
