import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const outboxStatusEnum = pgEnum('outbox_status', ['PENDING', 'SENT', 'FAILED']);

/** An email as templates write it and the transport sends it. */
export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * An email as the outbox keeps it (src/modules/notification/email-sealing.ts): the envelope in
 * clear, the bodies (which may carry one-time links) sealed. Once really sent, only the envelope.
 * Rows written before bodies were sealed have `text` and `html` instead of `sealed`.
 */
export interface StoredEmail {
  to: string;
  subject: string;
  sealed?: string;
  text?: string;
  html?: string;
}

/**
 * Transactional outbox: rows are written in the same transaction as the change that causes
 * them and delivered by a worker, so a message is never lost nor sent for a rolled-back change.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `email` for now; webhooks join later. */
    kind: text('kind').notNull(),
    /** Template that produced the message, e.g. `account.email-verification`. */
    template: text('template').notNull(),
    recipient: text('recipient').notNull(),
    payload: jsonb('payload').$type<StoredEmail>().notNull(),
    status: outboxStatusEnum('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('outbox_messages_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_messages_created_at_id_idx').on(t.createdAt, t.id),
    // Housekeeping finds sent emails past their retention by this (notification.purges.ts).
    index('outbox_messages_sent_at_idx').on(t.sentAt).where(sql`${t.status} = 'SENT'`),
  ],
);

export type OutboxMessageRow = typeof outboxMessages.$inferSelect;
