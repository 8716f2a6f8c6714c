import { Counter, type Registry } from 'prom-client';
import type { Database } from '../db/client.js';
import { type Purge, sqlClock } from '../db/purge.js';
import type { Logger } from '../logger.js';

declare module './app-context.js' {
  interface AppContext {
    /** Runs every domain's purges on a schedule (the `housekeeping` task; README "Housekeeping"). */
    housekeeping: Housekeeping;
  }
}

export interface HousekeepingOptions {
  db: Database;
  logger: Logger;
  /** Time between passes. */
  intervalMs: number;
  /** Most rows one statement deletes; a full batch is followed by another at once. */
  batchSize: number;
}

/** Rows purged in one pass, by kind; only the kinds that purged something. */
export type PurgeCounts = Record<string, number>;

/**
 * The periodic purge of rows nobody needs any more, one pass at a time per instance: every purge the
 * domains contribute (`DomainModule.purges`), each in batches of `batchSize` rows, each batch one
 * statement that skips locked rows (`deleteDueRows`), so instances share the work and no lock is held
 * long. A purge that fails is logged and the others go on; it is tried again next pass.
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PurgeCounts> | undefined;
  private stopped = true;
  /** Set by stop(): a pass in progress ends after its current batch (a never-started task still purges). */
  private stopRequested = false;
  private counter: Counter<'kind'> | undefined;

  constructor(
    private readonly purges: readonly Purge[],
    private readonly options: HousekeepingOptions,
  ) {
    const kinds = purges.map((purge) => purge.kind);
    const repeated = kinds.find((kind, i) => kinds.indexOf(kind) !== i);
    if (repeated) throw new Error(`two purges are of kind ${repeated}`);
  }

  /** The kinds of rows purged, in the order they are purged. */
  get kinds(): string[] {
    return this.purges.map((purge) => purge.kind);
  }

  /** `housekeeping_purged_total{kind}` on the instance's registry, every kind at 0 from the start. */
  registerMetrics(registry: Registry): void {
    this.counter = new Counter({
      name: 'housekeeping_purged_total',
      help: 'Rows deleted by housekeeping on this instance, by kind (sessions, guest_carts...).',
      labelNames: ['kind'],
      registers: [registry],
    });
    for (const kind of this.kinds) this.counter.inc({ kind }, 0);
  }

  start(): void {
    this.stopped = false;
    this.stopRequested = false;
    // A first pass ten minutes after start-up (sooner with a shorter interval), so instances restarted
    // often still purge, and a start is not slowed by a pass.
    this.schedule(Math.min(this.options.intervalMs, 10 * 60_000));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopRequested = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * One pass now (after the one in progress, if any): every purge until nothing is due at `now`
   * (default: the database's clock) or the task is stopped. Returns what was purged, by kind.
   */
  async runOnce(now?: Date): Promise<PurgeCounts> {
    while (this.running) await this.running.catch(() => undefined);
    const pass = this.pass(now);
    this.running = pass;
    try {
      return await pass;
    } finally {
      if (this.running === pass) this.running = undefined;
    }
  }

  private async pass(now: Date | undefined): Promise<PurgeCounts> {
    const { db, logger, batchSize } = this.options;
    const at = sqlClock(now);
    const purged: PurgeCounts = {};
    for (const purge of this.purges) {
      if (this.stopRequested) break;
      let count = 0;
      try {
        for (;;) {
          const batch = await purge.purgeBatch(db, at, batchSize);
          count += batch;
          if (batch < batchSize || this.stopRequested) break;
        }
      } catch (err) {
        logger.error({ err, kind: purge.kind }, 'housekeeping purge failed');
      }
      if (count > 0) {
        purged[purge.kind] = count;
        this.counter?.inc({ kind: purge.kind }, count);
      }
    }
    if (Object.keys(purged).length > 0) logger.info({ purged }, 'housekeeping purged rows');
    return purged;
  }

  private schedule(delayMs = this.options.intervalMs): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((err: unknown) => this.options.logger.error({ err }, 'housekeeping pass failed'))
        .finally(() => this.schedule());
    }, delayMs);
    this.timer.unref();
  }
}
