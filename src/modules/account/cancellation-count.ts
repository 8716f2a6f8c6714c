import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { users } from './account.tables.js';

/** One more order the customer cancelled themselves (users.cancellation_count), in the caller's transaction. */
export async function countCancellation(tx: Executor, userId: string, at: Date = new Date()): Promise<void> {
  await tx
    .update(users)
    .set({ cancellationCount: sql`${users.cancellationCount} + 1`, updatedAt: at })
    .where(eq(users.id, userId));
}
