import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../logger.js';
import type { DatabaseHandle } from './client.js';

/**
 * The database pools' sizes and their connections by state, read at each scrape: the primary's,
 * labelled with its kind (`postgres`, `pglite`), and the read replica's (`replica`) when there is one.
 */
export function registerPoolMetrics(
  registry: Registry,
  database: DatabaseHandle,
  logger: Logger,
  replica?: DatabaseHandle,
): void {
  const pools = [{ label: database.kind as string, status: sharedStatus(database, logger) }];
  if (replica) pools.push({ label: 'replica', status: sharedStatus(replica, logger) });
  new Gauge({
    name: 'db_pool_max_connections',
    help: 'Connections the pool may open (PGlite: its one in-process connection).',
    labelNames: ['database'],
    registers: [registry],
    async collect() {
      for (const pool of pools) this.set({ database: pool.label }, (await pool.status())?.max ?? 0);
    },
  });
  new Gauge({
    name: 'db_pool_connections',
    help: "The pool's open connections by state (PostgreSQL: pg_stat_activity's active, idle, idle in transaction...).",
    labelNames: ['database', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const pool of pools) {
        const found = await pool.status();
        for (const [state, count] of Object.entries(found?.connections ?? {})) {
          this.set({ database: pool.label, state }, count);
        }
      }
    },
  });
}

/** Both gauges of one scrape share one look at a pool. */
function sharedStatus(database: DatabaseHandle, logger: Logger) {
  let pending: ReturnType<DatabaseHandle['poolStatus']> | undefined;
  return () => {
    pending ??= database.poolStatus().finally(() => {
      setImmediate(() => {
        pending = undefined;
      });
    });
    return pending.catch((err: unknown) => {
      logger.warn({ err }, 'could not read the database pool for metrics');
      return undefined;
    });
  };
}
