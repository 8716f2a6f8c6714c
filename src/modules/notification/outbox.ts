import type { Executor } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';
import { sealEmail } from './email-sealing.js';
import { type EmailPayload, outboxMessages } from './notification.tables.js';

/** What enqueueing needs of the caller's context: the server secret the bodies are sealed with. */
export interface OutboxSealing {
  app: { config: { jwtSecret: string } };
}

/**
 * True for an address in the reserved `.invalid` top-level domain (RFC 2606), which no mail reaches:
 * what a deleted account keeps in place of its email. Nothing is ever queued for one.
 */
export function isUndeliverable(address: string): boolean {
  return /\.invalid$/i.test(address.trim());
}

/**
 * Writes an email to the outbox, its bodies sealed (email-sealing.ts). Call it with the transaction
 * that makes the change the email reports, so both commit or neither does; the outbox worker
 * delivers it afterwards. An email to an undeliverable address (a deleted account's) is dropped.
 * With `into`, the insert is added to that statement instead of running on its own.
 */
export async function enqueueEmail(
  ctx: OutboxSealing,
  executor: Executor,
  template: string,
  email: EmailPayload,
  into?: CteStatement,
): Promise<void> {
  if (isUndeliverable(email.to)) return;
  const insert = executor.insert(outboxMessages).values({
    kind: 'email',
    template,
    recipient: email.to,
    payload: sealEmail(ctx.app.config.jwtSecret, email),
  });
  // Given a statement the caller is building (an order action's), the insert joins it as a CTE.
  if (into) into.with('email', insert);
  else await insert;
}
