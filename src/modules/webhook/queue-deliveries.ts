import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { CteStatement } from '../../db/cte-statement.js';
import type { OrderEventCte } from '../order/order-events.js';
import type { RecordedReviewEvent } from '../review/review-events.js';

/**
 * Queues one delivery of a just-recorded event for every active endpoint subscribed to its type, in one
 * statement inside the transaction that recorded it (registered on review's `reviewEventRecorded` by
 * webhook.module.ts; order events: addOrderEventDeliveries, below): no event is lost, none is sent for a change that
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

/**
 * An order event's deliveries, as a CTE of the statement that records it (registered on order's
 * `orderEventStatement`): no round trip of its own.
 */
export function addOrderEventDeliveries(stmt: CteStatement, event: OrderEventCte): void {
  stmt.with(
    'deliveries',
    sql`INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload)
      SELECT e.id, b.id, b.type, b.payload
      FROM ${event.body} b JOIN webhook_endpoints e ON e.active AND b.type = ANY (e.events)`,
  );
}

export function queueReviewEventDeliveries(tx: Executor, event: RecordedReviewEvent): Promise<void> {
  return queueDeliveries(tx, event.eventId, event.type, event.payload);
}
