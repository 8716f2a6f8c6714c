import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { RecordedOrderEvent } from '../order/order-events.js';
import type { RecordedReviewEvent } from '../review/review-events.js';

/**
 * Queues one delivery of a just-recorded event for every active endpoint subscribed to its type, in one
 * statement inside the transaction that recorded it (registered on order's `orderEventRecorded` and
 * review's `reviewEventRecorded` by webhook.module.ts): no event is lost, none is sent for a change that
 * rolled back. The body is the one its domain fixed for the event; the webhook worker sends it after
 * commit.
 */
async function queueDeliveries(tx: Executor, eventId: string, type: string, payload: unknown): Promise<void> {
  await tx.execute(
    sql`INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload)
        SELECT e.id, ${eventId}::uuid, ${type}::text, ${JSON.stringify(payload)}::jsonb
        FROM webhook_endpoints e
        WHERE e.active AND ${type}::text = ANY (e.events)`,
  );
}

export function queueOrderEventDeliveries(tx: Executor, event: RecordedOrderEvent): Promise<void> {
  return queueDeliveries(tx, event.eventId, event.type, event.payload);
}

export function queueReviewEventDeliveries(tx: Executor, event: RecordedReviewEvent): Promise<void> {
  return queueDeliveries(tx, event.eventId, event.type, event.payload);
}
