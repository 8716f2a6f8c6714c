import { sql } from 'drizzle-orm';
import type { HousekeepingConfig } from '../../config-housekeeping.js';
import { deleteDueRows, type Purge, secondsBefore } from '../../db/purge.js';
import { outboxMessages } from './notification.tables.js';

/**
 * What the notification domain purges (README "Housekeeping"): emails the outbox sent (in development,
 * the mailbox's) OUTBOX_RETENTION after they were sent. Pending and FAILED rows stay: one waits for
 * delivery, the other for someone to look at why it failed.
 */
export function notificationPurges(config: HousekeepingConfig): Purge[] {
  return [
    {
      kind: 'outbox_messages',
      purgeBatch: (db, now, limit) =>
        deleteDueRows(
          db,
          outboxMessages,
          outboxMessages.id,
          sql`${outboxMessages.status} = 'SENT' AND ${outboxMessages.sentAt} < ${secondsBefore(now, config.outboxRetention)}`,
          limit,
        ),
    },
  ];
}
