import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import type { MailTransport } from './mail-transport.js';
import { type OutboxMessageRow, outboxMessages } from './notification.tables.js';

export interface OutboxWorkerOptions {
  db: Database;
  transport: MailTransport;
  logger: Logger;
  pollIntervalMs: number;
  maxAttempts: number;
  batchSize?: number;
}

/** Delay before retry number `attempt` (1-based): 5 s, 10 s, 20 s ... capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(3_600_000, 5000 * 2 ** (attempt - 1));
}

/**
 * Delivers outbox messages. Each batch is claimed with FOR UPDATE SKIP LOCKED inside a
 * transaction that lasts until the batch is delivered, so several server instances never
 * send one message twice, and a crash mid-send leaves the message to be retried.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private wakeRequested = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a run soon (after a commit that enqueued mail), instead of waiting for the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Delivers every due message now; returns how many were attempted. */
  async runOnce(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const batch = await this.deliverBatch();
      attempted += batch;
      if (batch < (this.options.batchSize ?? 10) || this.stopped) return attempted;
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((err: unknown) => this.options.logger.error({ err }, 'outbox worker run failed'))
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const again = this.wakeRequested;
          this.wakeRequested = false;
          this.schedule(again ? 0 : this.options.pollIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  private async deliverBatch(): Promise<number> {
    const { db, transport, logger, maxAttempts } = this.options;
    return db.transaction(async (tx) => {
      const due: OutboxMessageRow[] = await tx
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.status, 'PENDING'), lte(outboxMessages.nextAttemptAt, sql`now()`)))
        .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.id))
        .limit(this.options.batchSize ?? 10)
        .for('update', { skipLocked: true });
      for (const message of due) {
        const attempts = message.attempts + 1;
        try {
          await transport.send(message.payload);
          await tx
            .update(outboxMessages)
            .set({
              status: 'SENT',
              attempts,
              sentAt: new Date(),
              lastError: null,
              // Bodies carry one-time links: once really sent, keep only the envelope.
              ...(transport.kind === 'smtp' ? { payload: { ...message.payload, text: '', html: '' } } : {}),
            })
            .where(eq(outboxMessages.id, message.id));
        } catch (err) {
          const failed = attempts >= maxAttempts;
          logger.warn({ err, messageId: message.id, attempts }, 'email delivery failed');
          await tx
            .update(outboxMessages)
            .set({
              status: failed ? 'FAILED' : 'PENDING',
              attempts,
              lastError: err instanceof Error ? err.message.slice(0, 500) : String(err),
              nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
            })
            .where(eq(outboxMessages.id, message.id));
        }
      }
      return due.length;
    });
  }
}
