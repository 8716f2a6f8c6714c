import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { inTransaction, rollback } from '../../db/transact.js';
import type { AppContext } from '../../graphql/app-context.js';
import { PeriodicTask } from '../../periodic-task.js';
import { orders } from './order.tables.js';
import { applyOrderAction } from './order-transitions.service.js';
import { releasePendingPayments } from './release-pending-payments.js';

/**
 * Cancels unpaid orders whose reservation window (`reserved_until`, ORDER_RESERVATION_TTL after checkout)
 * has passed, returning their stock: at most `limit` orders in one transaction. The claim is
 * `SELECT ... FOR UPDATE SKIP LOCKED`, so sweepers of several instances (and a customer paying or
 * cancelling at that moment) never process one order twice: a locked order is skipped, and one cancelled
 * meanwhile no longer matches. Each order gets a savepoint, so one that fails is logged and left for the
 * next sweep without undoing the others. After commit, each cancelled order's payment still open at the
 * provider (a Stripe PaymentIntent) is cancelled there. Returns how many orders were cancelled.
 */
export async function sweepExpiredReservations(app: AppContext, limit = 50): Promise<number> {
  const ctx = { app };
  const cancelled: string[] = [];
  await inTransaction(app.db, async (tx) => {
    const claimed = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.status, 'PENDING_PAYMENT'), lt(orders.reservedUntil, sql`now()`)))
      .orderBy(asc(orders.reservedUntil), asc(orders.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const { id } of claimed) {
      try {
        // A savepoint: a refusal or a failure undoes this order's work only.
        const result = await inTransaction(tx, async (savepoint) => {
          const done = await applyOrderAction(
            ctx,
            savepoint,
            id,
            { type: 'RESERVATION_EXPIRED' },
            { kind: 'SYSTEM' },
          );
          return done.ok ? done : rollback(done);
        });
        if (result.ok) cancelled.push(id);
        else app.logger.warn({ orderId: id, error: result.error }, 'expired reservation not cancelled');
      } catch (err) {
        app.logger.error({ err, orderId: id }, 'cancelling an expired reservation failed');
      }
    }
  });
  if (cancelled.length > 0) app.outbox.wake();
  // Committed: the payments still open at the provider can no longer be paid (best effort, one by one).
  for (const id of cancelled) await releasePendingPayments(ctx, id);
  return cancelled.length;
}

export interface ReservationSweeperOptions {
  app: AppContext;
  /** Time between sweeps; default 30 seconds. */
  intervalMs?: number;
  /** Orders claimed per transaction; default 50. */
  batchSize?: number;
}

/**
 * The periodic reservation sweep, one per server instance, started and stopped with the app like the
 * outbox worker. Instances coordinate only through the row locks of `sweepExpiredReservations`.
 */
export class ReservationSweeper {
  private readonly task: PeriodicTask;
  private stopped = true;

  constructor(private readonly options: ReservationSweeperOptions) {
    this.task = new PeriodicTask(
      async () => {
        const cancelled = await this.runOnce();
        if (cancelled > 0) options.app.logger.info({ cancelled }, 'cancelled orders past their reservation');
      },
      this.intervalMs,
      (err) => options.app.logger.error({ err }, 'reservation sweep failed'),
    );
  }

  get intervalMs(): number {
    return this.options.intervalMs ?? 30_000;
  }

  start(): void {
    this.stopped = false;
    this.task.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.task.stop();
  }

  /** Sweeps until no expired reservation is left (or the worker is stopped); returns how many were cancelled. */
  async runOnce(): Promise<number> {
    const batchSize = this.options.batchSize ?? 50;
    let total = 0;
    for (;;) {
      const cancelled = await sweepExpiredReservations(this.options.app, batchSize);
      total += cancelled;
      if (cancelled < batchSize || this.stopped) return total;
    }
  }
}
