import type { Logger } from '../../logger.js';

export interface PollingWorkerOptions {
  logger: Logger;
  pollIntervalMs: number;
  /** Most rows one batch claims; a full batch is followed by another at once. */
  batchSize?: number;
  /** Names the worker in logs. */
  name: string;
}

/** `baseMs` doubled for every earlier attempt (attempt is 1-based), never more than `capMs`. */
export function exponentialDelayMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * How long a wake waits for more: the wakes of a burst of commits (each order event wakes the webhook
 * worker of every instance) share one claim statement instead of running one each. Under the
 * checkout bench that was two claims per order, about a tenth of PostgreSQL's CPU per order.
 */
const WAKE_COALESCE_MS = 50;

/**
 * The scheduling shared by the workers that deliver queued rows (outbox emails, outgoing webhooks):
 * one run at a time per instance, a run every `pollIntervalMs`, `wake()` for a run soon (within
 * WAKE_COALESCE_MS) after a commit that queued work, and a `stop()` that lets the batch in progress
 * finish. Claiming rows (FOR UPDATE SKIP LOCKED with a lease) and recording outcomes is each worker's
 * `deliverBatch`.
 */
export abstract class PollingWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  /** Set by stop() so a run in progress ends after its current batch; a never-started worker still drains. */
  protected stopRequested = false;
  private wakeRequested = false;
  /** A wake's run is scheduled and has not started: later wakes join it. */
  private wakeScheduled = false;

  constructor(private readonly polling: PollingWorkerOptions) {}

  /** Claims and delivers one batch of due rows; returns how many were attempted. */
  protected abstract deliverBatch(): Promise<number>;

  protected get batchSize(): number {
    return this.polling.batchSize ?? 10;
  }

  start(): void {
    this.stopped = false;
    this.stopRequested = false;
    this.schedule(0);
  }

  /** Asks for a run soon (after a commit that queued work), instead of waiting for the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    this.schedule(WAKE_COALESCE_MS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopRequested = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Delivers every due row now; returns how many were attempted. */
  async runOnce(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const batch = await this.deliverBatch();
      attempted += batch;
      if (batch < this.batchSize || this.stopRequested) return attempted;
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.wakeScheduled = false;
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((err: unknown) =>
          this.polling.logger.error({ err, worker: this.polling.name }, 'worker run failed'),
        )
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const again = this.wakeRequested;
          this.wakeRequested = false;
          this.wakeScheduled = again;
          this.schedule(again ? WAKE_COALESCE_MS : this.polling.pollIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
