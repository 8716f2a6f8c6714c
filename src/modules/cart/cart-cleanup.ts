import { and, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { carts } from './cart.tables.js';

/**
 * Deletes guest carts idle for longer than `ttlSeconds` (their lines go with them); returns how
 * many. Readers already treat such carts as gone, so correctness never waits for this sweep.
 */
export async function deleteExpiredGuestCarts(db: Executor, ttlSeconds: number): Promise<number> {
  const deleted = await db
    .delete(carts)
    .where(
      and(
        isNull(carts.userId),
        sql`${carts.updatedAt} <= now() - ${ttlSeconds}::float8 * interval '1 second'`,
      ),
    )
    .returning({ id: carts.id });
  return deleted.length;
}

export interface CartCleanupOptions {
  db: Executor;
  logger: Logger;
  ttlSeconds: number;
  /** Time between sweeps; default one hour (or the TTL when shorter, at least a second). */
  intervalMs?: number;
}

/**
 * The periodic sweep of expired guest carts, one per server instance (a DELETE is harmless when
 * instances overlap). Started and stopped with the app, like the outbox worker.
 */
export class CartCleanupWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly options: CartCleanupOptions) {}

  get intervalMs(): number {
    return this.options.intervalMs ?? Math.max(1000, Math.min(3_600_000, this.options.ttlSeconds * 1000));
  }

  start(): void {
    this.stopped = false;
    // A first sweep soon after start-up, so instances restarted often still sweep.
    this.schedule(Math.min(this.intervalMs, 10 * 60_000));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One sweep now; returns how many carts were deleted. */
  runOnce(): Promise<number> {
    return deleteExpiredGuestCarts(this.options.db, this.options.ttlSeconds);
  }

  private schedule(delayMs = this.intervalMs): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then((deleted) => {
          if (deleted > 0) this.options.logger.info({ deleted }, 'deleted expired guest carts');
        })
        .catch((err: unknown) => this.options.logger.error({ err }, 'guest cart cleanup failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, delayMs);
    this.timer.unref();
  }
}
