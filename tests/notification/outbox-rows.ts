import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { openEmail } from '../../src/modules/notification/email-sealing.js';
import {
  type EmailPayload,
  type OutboxMessageRow,
  outboxMessages,
} from '../../src/modules/notification/notification.tables.js';
import { TEST_JWT_SECRET } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/** An outbox row with its bodies opened, as the worker sends them (the test apps' JWT_SECRET). */
export type OpenedOutboxRow = Omit<OutboxMessageRow, 'payload'> & { payload: EmailPayload };

export function opened(row: OutboxMessageRow, serverSecret = TEST_JWT_SECRET): OpenedOutboxRow {
  return { ...row, payload: openEmail(serverSecret, row.payload) };
}

/** Outbox rows addressed to `to`, read straight from the database. */
export async function outboxRowsTo(db: Database, to: string): Promise<OutboxMessageRow[]> {
  return db.select().from(outboxMessages).where(eq(outboxMessages.recipient, to));
}

/** Polls until the single outbox row to `to` satisfies `done`, and returns it. */
export async function waitForOutboxRow(
  db: Database,
  to: string,
  done: (row: OutboxMessageRow) => boolean,
  timeoutMs = 10_000,
): Promise<OutboxMessageRow> {
  let last: OutboxMessageRow | undefined;
  return waitFor(
    () => `the outbox row to ${to} to reach the expected state: ${JSON.stringify(last)}`,
    async () => {
      const rows = await outboxRowsTo(db, to);
      if (rows.length > 1) throw new Error(`expected one outbox row to ${to}, found ${rows.length}`);
      last = rows[0];
      return last && done(last) ? last : undefined;
    },
    { timeoutMs },
  );
}
