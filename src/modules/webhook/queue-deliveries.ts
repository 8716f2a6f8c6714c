import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { RecordedOrderEvent } from '../order/order-events.js';

/**
 * Queues one delivery of a just-recorded order event for every active endpoint subscribed to its
 * type, in one statement inside the transaction that recorded it (registered on order's
 * `orderEventRecorded` by webhook.module.ts): no event is lost, none is sent for a change that rolled
 * back. The body is the one order fixed for the event; the webhook worker sends it after commit.
 */
export async function queueOrderEventDeliveries(tx: Executor, event: RecordedOrderEvent): Promise<void> {
  await tx.execute(
    sql`INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload)
        SELECT e.id, ${event.eventId}::uuid, ${event.type}::text, ${JSON.stringify(event.payload)}::jsonb
        FROM webhook_endpoints e
        WHERE e.active AND ${event.type}::text = ANY (e.events)`,
  );
}
