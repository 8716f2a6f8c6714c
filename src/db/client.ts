import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { queryCountingLogger } from './query-counter.js';
import { dialectOf, useSqlCompiler } from './sql-compiler.js';

/** The query builder. No relational schema is registered: queries name their tables (db.select().from(t)). */
export type Database = PgDatabase<PgQueryResultHKT>;
/** A transaction handle; services accept either. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Tx;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** Applies pending migrations; safe when several instances start at once. */
  migrate(): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /**
   * LISTENs on a PostgreSQL channel: `onPayload` gets every NOTIFY payload sent on it (by any
   * connection, any server instance on this database), once the notifying transaction commits.
   * Resolves once listening; the returned function stops it. postgres.js listens on one dedicated
   * connection of its own (re-established and re-LISTENed after a drop), PGlite on its only one.
   * `onListen` runs each time the LISTEN is (re)established: after a drop, notices sent meanwhile
   * were missed.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onListen?: () => void,
  ): Promise<() => Promise<void>>;
  /**
   * This handle's connections: the pool's size and its open connections by state (`active`, `idle`,
   * `idle in transaction`…; PostgreSQL's pg_stat_activity, which names them by this handle's own
   * application_name). PGlite is one in-process connection.
   */
  poolStatus(): Promise<PoolStatus>;
  /** Ends every connection, the listening one included. */
  close(): Promise<void>;
}

export interface PoolStatus {
  max: number;
  connections: Record<string, number>;
}

export interface OpenDatabaseOptions {
  /** `postgres://...`, `memory://`, or undefined for PGlite in `dataDir`. */
  url: string | undefined;
  dataDir: string;
  poolSize?: number;
  /**
   * PostgreSQL only: `statement_timeout` and `idle_in_transaction_session_timeout` of every pooled
   * connection, in milliseconds (0 or unset: none). PGlite has no such cut: a statement runs to its
   * end there, and blocks the event loop meanwhile.
   */
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  /** PGlite only: start from a dumped data directory (test snapshots). */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url?.startsWith('postgres')) return openPostgres(options.url, options.poolSize ?? 10, options);
  return openPglite(options);
}

/** Session settings every connection gets. */
export const SESSION_SETTINGS = {
  // The memoized storefront statements are prepared (src/db/query-memo.ts): PostgreSQL keeps
  // their parse, but still plans each execution for its parameters, so a generic plan chosen
  // for one category or search term can never slow down another.
  plan_cache_mode: 'force_custom_plan',
} as const;

/**
 * The deadline of every statement on the pool: one cancelled by `statement_timeout` (a slow plan or
 * a lock waited on too long) fails with SQLSTATE 57014 and rolls its transaction back, which the
 * API answers as REQUEST_TIMEOUT (src/graphql/request-deadline.ts). A transaction left idle (the
 * server waiting on something else while holding locks) is ended after
 * `idle_in_transaction_session_timeout`. Migrations run on a connection of their own without
 * either (they may take long, and wait for another instance's lock). The LISTEN connection gets them
 * too, harmlessly: LISTEN returns at once and notifications arrive outside any statement.
 */
function timeoutSettings(options: OpenDatabaseOptions): {
  statement_timeout?: number;
  idle_in_transaction_session_timeout?: number;
} {
  return {
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(options.idleInTransactionTimeoutMs
      ? { idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs }
      : {}),
  };
}

/**
 * postgres.js sends a query without parameters by the simple protocol, parsed and planned again on
 * every run, even when asked to prepare it (`unsafe(text, [], { prepare: true })`). A statement Drizzle
 * prepares (one given a name: src/db/query-memo.ts) is prepared here whatever its parameters; without
 * any, PostgreSQL then plans it once per connection (its plan cache always keeps the generic plan of
 * a statement without parameters). Measured on the whole catalog's first page at 100,000 products:
 * PostgreSQL CPU per execution 0.67-0.96 ms against 0.96-1.32 (bench/README.md, "The whole
 * catalog's first page, planned once").
 */
function prepareWithoutParameters(client: postgres.Sql): void {
  const unsafe = client.unsafe.bind(client);
  // `simple` is the option behind postgres.js's `.simple()`, absent from its types; the test
  // tests/platform/prepared-statements.test.ts fails if it stops preparing.
  client.unsafe = ((
    text: string,
    args?: postgres.ParameterOrJSON<never>[],
    options?: { prepare?: boolean },
  ) =>
    unsafe(
      text,
      args,
      // Object.assign, not `{ ...options, simple }`: V8 (Node 20) gives a key added to a spread
      // copy a hidden class of its own per object, which outlives young collections.
      (options?.prepare && (args?.length ?? 0) === 0
        ? Object.assign({}, options, { simple: false })
        : options) as postgres.UnsafeQueryOptions,
    )) as typeof client.unsafe;
}

function openPostgres(url: string, poolSize: number, options: OpenDatabaseOptions): DatabaseHandle {
  // Unique per handle, so its connections can be told from other instances' in pg_stat_activity.
  const applicationName = `storefront-${process.pid}-${randomBytes(4).toString('hex')}`;
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    connection: { ...SESSION_SETTINGS, ...timeoutSettings(options), application_name: applicationName },
  });
  prepareWithoutParameters(client);
  const db = drizzlePostgres(client, { logger: queryCountingLogger }) as unknown as Database;
  useSqlCompiler(dialectOf(db));
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // One connection holds an advisory lock for the whole run, so instances starting
      // together apply each migration once.
      const lockClient = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lockClient`SELECT pg_advisory_lock(727274)`;
        await migratePostgres(drizzlePostgres(lockClient), { migrationsFolder: MIGRATIONS_FOLDER });
        await lockClient`SELECT pg_advisory_unlock(727274)`;
      } finally {
        await lockClient.end();
      }
    },
    async ping() {
      await client`SELECT 1`;
    },
    async poolStatus() {
      // postgres.js keeps its pool's state to itself: PostgreSQL's view of our connections (the
      // LISTEN connection included, this statement's own counted as active).
      const rows = await client<{ state: string | null; n: number }[]>`
        SELECT state, count(*)::int AS n FROM pg_stat_activity
        WHERE application_name = ${applicationName} GROUP BY state`;
      return { max: poolSize, connections: Object.fromEntries(rows.map((r) => [r.state ?? 'unknown', r.n])) };
    },
    async listen(channel, onPayload, onListen) {
      const { unlisten } = await client.listen(channel, onPayload, onListen);
      return async () => {
        await unlisten();
      };
    },
    async close() {
      // Also ends the listening connection (postgres.js would re-LISTEN on a dropped one, so
      // listeners are removed before: see OrderEventHub.stop).
      await client.end({ timeout: 5 });
    },
  };
}

async function openPglite(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const inMemory = options.url === 'memory://' || options.url === 'memory:';
  const dataDir = inMemory ? 'memory://' : `${options.dataDir}/db`;
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
    await client.query('SELECT set_config($1, $2, false)', [name, value]);
  }
  const db = drizzlePglite(client, { logger: queryCountingLogger }) as unknown as Database;
  useSqlCompiler(dialectOf(db));
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async poolStatus(): Promise<PoolStatus> {
      return { max: 1, connections: client.closed ? {} : { open: 1 } };
    },
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

/** Direct access to the PGlite instance for test snapshots. */
export async function dumpPglite(handle: DatabaseHandle): Promise<Blob> {
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return (await client.dumpDataDir('none')) as Blob;
}

/** Rows of a raw SQL statement: postgres.js answers an array, PGlite an object with `rows`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
