import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { outboxMessages, type StoredEmail } from './notification.tables.js';

/** The recipient written over an erased message (a reserved `.invalid` domain: never deliverable). */
export const ERASED_RECIPIENT = 'erased@erased.invalid';

const ERASED: StoredEmail = { to: ERASED_RECIPIENT, subject: '(erased: the account was deleted)' };

/**
 * Erases the outbox's emails to these addresses (a deleted account's), in the caller's transaction:
 * those not sent yet are dropped (nobody is written to after deleting their account), the others keep
 * their template, status and dates for the record, with the address, subject, bodies and last error
 * (which may quote the address) replaced. `emails` are lower-cased.
 */
export async function eraseEmailsTo(tx: Executor, emails: readonly string[]): Promise<void> {
  if (emails.length === 0) return;
  const toThem = inArray(sql`lower(${outboxMessages.recipient})`, [...emails]);
  await tx.delete(outboxMessages).where(and(toThem, eq(outboxMessages.status, 'PENDING')));
  await tx
    .update(outboxMessages)
    .set({ recipient: ERASED_RECIPIENT, payload: ERASED, lastError: null })
    .where(and(toThem, ne(outboxMessages.status, 'PENDING')));
}
