import { sql } from 'drizzle-orm';
import type { HousekeepingConfig } from '../../config-housekeeping.js';
import { deleteDueRows, type Purge, secondsBefore } from '../../db/purge.js';
import { webhookDeliveries } from './webhook.tables.js';

/**
 * What the webhook domain purges (README "Housekeeping"): the delivery log. A finished delivery
 * (SUCCEEDED, or FAILED after its last attempt) goes with its attempts (ON DELETE CASCADE)
 * WEBHOOK_DELIVERY_RETENTION after it was queued; a PENDING one is never purged.
 */
export function webhookPurges(config: HousekeepingConfig): Purge[] {
  return [
    {
      kind: 'webhook_deliveries',
      purgeBatch: (db, now, limit) =>
        deleteDueRows(
          db,
          webhookDeliveries,
          webhookDeliveries.id,
          sql`${webhookDeliveries.status} <> 'PENDING' AND ${webhookDeliveries.createdAt} < ${secondsBefore(now, config.webhookDeliveryRetention)}`,
          limit,
        ),
    },
  ];
}
