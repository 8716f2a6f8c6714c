import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '../src/db/client.js';

/** Admin connection used to create and drop the throwaway benchmark databases. */
export function adminUrl(): string {
  const url = process.env.DATABASE_URL;
  return url?.startsWith('postgres') ? url : 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface BenchDatabase {
  kind: 'postgres' | 'pglite';
  /** DATABASE_URL for the app: `postgres://.../storefront_bench_x` or `memory://`. */
  url: string;
  handle: DatabaseHandle;
  /** Server version, for the report. */
  version: string;
  /** Closes the handle and drops the database (idempotent). */
  drop(): Promise<void>;
}

/** A fresh, migrated database: a new PostgreSQL database next to the admin one, or an in-memory PGlite. */
export async function createBenchDatabase(
  prefix: string,
  options: { pglite: boolean; poolSize?: number },
): Promise<BenchDatabase> {
  if (options.pglite) {
    const handle = await openDatabase({ url: 'memory://', dataDir: '' });
    await handle.migrate();
    const version = await serverVersion(handle);
    let dropped = false;
    return {
      kind: 'pglite',
      url: 'memory://',
      handle,
      version,
      async drop() {
        if (dropped) return;
        dropped = true;
        await handle.close();
      },
    };
  }
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (err) {
    await admin.end();
    throw new Error(
      `Cannot create a benchmark database through ${redact(adminUrl())} (set DATABASE_URL to an admin connection, or pass --pglite): ${(err as Error).message}`,
    );
  }
  const url = withDatabase(adminUrl(), name);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await handle?.close().catch(() => {});
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase({ url, dataDir: '', poolSize: options.poolSize ?? 10 });
    await handle.migrate();
    return { kind: 'postgres', url, handle, version: await serverVersion(handle), drop };
  } catch (err) {
    await drop();
    throw err;
  }
}

async function serverVersion(handle: DatabaseHandle): Promise<string> {
  const result = (await handle.db.execute('SHOW server_version')) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    server_version: string;
  }[];
  return rows[0]?.server_version ?? 'unknown';
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

/** Runs `cleanup` once on Ctrl+C before exiting, so no benchmark database is left behind. */
export function onInterrupt(cleanup: () => Promise<void>): void {
  let interrupted = false;
  process.once('SIGINT', () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write('\ninterrupted: dropping the benchmark database...\n');
    cleanup().finally(() => process.exit(130));
  });
}
