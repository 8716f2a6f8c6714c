import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { processedWebhookEvents } from './inbound-events.tables.js';

/**
 * Records that the event `eventId` from `source` is being processed, inside the transaction of its
 * effect. False when it already was (a redelivery or a replay): the caller then changes nothing and
 * rolls back. Rolled back with the effect, so a failed event can be delivered again.
 */
export async function recordFirstDelivery(tx: Executor, source: string, eventId: string): Promise<boolean> {
  const recorded = await tx
    .insert(processedWebhookEvents)
    .values({ source, eventId })
    .onConflictDoNothing()
    .returning({ eventId: processedWebhookEvents.eventId });
  return recorded.length > 0;
}

/** Whether the event `eventId` from `source` was already processed (read outside any transaction). */
export async function wasDelivered(db: Executor, source: string, eventId: string): Promise<boolean> {
  const [seen] = await db
    .select({ eventId: processedWebhookEvents.eventId })
    .from(processedWebhookEvents)
    .where(and(eq(processedWebhookEvents.source, source), eq(processedWebhookEvents.eventId, eventId)))
    .limit(1);
  return seen !== undefined;
}
