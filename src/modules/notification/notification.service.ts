import { eq, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { type OutboxMessageRow, outboxMessages } from './notification.tables.js';

/** Emails kept by the development mailbox, newest first; unavailable once SMTP is configured. */
export async function listDevMailbox(
  ctx: RequestContext,
  to: string | null | undefined,
  page: PageArgs,
): Promise<Connection<OutboxMessageRow>> {
  const { db, mailTransport } = ctx.app;
  if (mailTransport.kind !== 'dev') {
    throw new PublicError(
      'FORBIDDEN',
      'The development mailbox is off: SMTP_URL is set, so emails are really sent.',
    );
  }
  const conditions: SQL[] = [eq(outboxMessages.kind, 'email')];
  if (to) conditions.push(eq(outboxMessages.recipient, to.trim().toLowerCase()));
  return paginateTable(db, outboxMessages, conditions, page, {
    column: outboxMessages.createdAt,
    sqlType: 'timestamptz',
    value: (m) => m.createdAt,
    direction: 'desc',
  });
}
