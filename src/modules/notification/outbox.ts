import type { Executor } from '../../db/client.js';
import { type EmailPayload, outboxMessages } from './notification.tables.js';

/**
 * Writes an email to the outbox. Call it with the transaction that makes the change the email
 * reports, so both commit or neither does; the outbox worker delivers it afterwards.
 */
export async function enqueueEmail(executor: Executor, template: string, email: EmailPayload): Promise<void> {
  await executor
    .insert(outboxMessages)
    .values({ kind: 'email', template, recipient: email.to, payload: email });
}
