import type { Executor } from '../../db/client.js';
import { sealEmail } from './email-sealing.js';
import { type EmailPayload, outboxMessages } from './notification.tables.js';

/** What enqueueing needs of the caller's context: the server secret the bodies are sealed with. */
export interface OutboxSealing {
  app: { config: { jwtSecret: string } };
}

/**
 * Writes an email to the outbox, its bodies sealed (email-sealing.ts). Call it with the transaction
 * that makes the change the email reports, so both commit or neither does; the outbox worker
 * delivers it afterwards.
 */
export async function enqueueEmail(
  ctx: OutboxSealing,
  executor: Executor,
  template: string,
  email: EmailPayload,
): Promise<void> {
  await executor.insert(outboxMessages).values({
    kind: 'email',
    template,
    recipient: email.to,
    payload: sealEmail(ctx.app.config.jwtSecret, email),
  });
}
