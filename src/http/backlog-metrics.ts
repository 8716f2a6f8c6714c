import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger.js';

export interface Backlog {
  pending: number;
  /** Seconds since the oldest pending item was queued; 0 when none is. */
  oldestAgeSeconds: number;
}

/**
 * Two gauges for a queue that a worker drains (`<prefix>_pending_<items>`,
 * `<prefix>_oldest_pending_age_seconds`), both from one `read()` per scrape. A failed read leaves
 * them out of that scrape (and logs a warning) rather than failing the whole scrape.
 */
export function registerBacklogMetrics(
  registry: Registry,
  options: { prefix: string; items: string; what: string; logger: Logger; read(): Promise<Backlog> },
): void {
  let pending: Promise<Backlog | undefined> | undefined;
  const read = () => {
    pending ??= options
      .read()
      .catch((err: unknown) => {
        options.logger.warn({ err, backlog: options.prefix }, 'could not read a backlog for metrics');
        return undefined;
      })
      .finally(() => {
        setImmediate(() => {
          pending = undefined;
        });
      });
    return pending;
  };
  new Gauge({
    name: `${options.prefix}_pending_${options.items}`,
    help: `${options.what} waiting to be sent (first attempt or retry).`,
    registers: [registry],
    async collect() {
      const backlog = await read();
      if (backlog) this.set(backlog.pending);
    },
  });
  new Gauge({
    name: `${options.prefix}_oldest_pending_age_seconds`,
    help: `Age of the oldest of the ${options.what.toLowerCase()} waiting to be sent; 0 when none is.`,
    registers: [registry],
    async collect() {
      const backlog = await read();
      if (backlog) this.set(backlog.oldestAgeSeconds);
    },
  });
}
