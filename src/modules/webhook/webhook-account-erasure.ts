import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { AccountDeletion } from '../account/account-hooks.js';
import { authorDisplayName } from '../review/review.rules.js';
import { webhookDeliveries } from './webhook.tables.js';

/**
 * accountDeleting: review event bodies carry the author's display name ("Jane D.") and id. Every
 * delivery of a deleted account's review, sent or still waiting, is rewritten as an event of an
 * anonymised review would be ("Former customer", no customerId), so no later attempt sends the name
 * and the delivery log keeps none. Order event bodies carry only the customer's id, which now names a
 * tombstone: they stay as they are. A scan of the deliveries table, as account deletions are rare.
 */
export async function anonymiseReviewDeliveries(tx: Executor, deletion: AccountDeletion): Promise<void> {
  const anonymous = JSON.stringify(authorDisplayName(null));
  await tx
    .update(webhookDeliveries)
    .set({
      payload: sql`jsonb_set(jsonb_set(${webhookDeliveries.payload}, '{review,customerId}', 'null'::jsonb),
        '{review,authorName}', ${anonymous}::jsonb)`,
    })
    .where(sql`${webhookDeliveries.payload} -> 'review' ->> 'customerId' = ${deletion.userId}`);
}
