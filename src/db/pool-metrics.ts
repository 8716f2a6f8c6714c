import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger.js';
import type { DatabaseHandle } from './client.js';

/** The database pool's size and its connections by state, read at each scrape. */
export function registerPoolMetrics(registry: Registry, database: DatabaseHandle, logger: Logger): void {
  new Gauge({
    name: 'db_pool_max_connections',
    help: 'Connections the pool may open (PGlite: its one in-process connection).',
    labelNames: ['database'],
    registers: [registry],
    async collect() {
      this.set({ database: database.kind }, (await status())?.max ?? 0);
    },
  });
  new Gauge({
    name: 'db_pool_connections',
    help: "The pool's open connections by state (PostgreSQL: pg_stat_activity's active, idle, idle in transaction...).",
    labelNames: ['database', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const found = await status();
      for (const [state, count] of Object.entries(found?.connections ?? {})) {
        this.set({ database: database.kind, state }, count);
      }
    },
  });

  // Both gauges of one scrape share one look at the pool.
  let pending: ReturnType<DatabaseHandle['poolStatus']> | undefined;
  function status() {
    pending ??= database.poolStatus().finally(() => {
      setImmediate(() => {
        pending = undefined;
      });
    });
    return pending.catch((err: unknown) => {
      logger.warn({ err }, 'could not read the database pool for metrics');
      return undefined;
    });
  }
}
