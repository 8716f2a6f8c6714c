import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type RunningApp, type StartOptions, startApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type DatabaseHandle, type OpenDatabaseOptions, openDatabase } from '../../src/db/client.js';
import { GqlClient } from './gql-client.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-bytes-long!';

/** Settings every test app starts with; a test overrides what it needs. */
export function testEnv(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    JWT_SECRET: TEST_JWT_SECRET,
    BCRYPT_COST: '4',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // A test that reads the log (captureLogs) sees the lines it is about; the access log test turns it on.
    ACCESS_LOG: 'false',
    OUTBOX_POLL_INTERVAL_MS: '50',
    // Production's request budget and statement timeout (10 s, 5 s) are no measure of a test: a
    // busy CI machine may queue 300 buyers on one row lock for longer. The deadline tests set theirs.
    REQUEST_TIMEOUT_MS: '120000',
    DB_STATEMENT_TIMEOUT_MS: '60000',
    // Every client of a test shares 127.0.0.1: the per-client cost budget would throttle the suite,
    // not what a test is about. The throttling tests set production's budget.
    THROTTLE_CAPACITY: '1000000000',
    THROTTLE_RESTORE_RATE: '1000000000',
    ...overrides,
  };
}

/** A fresh, migrated database for one test file: a PGlite copy, or a PostgreSQL database from the template. */
export interface TestDatabase {
  /** DATABASE_URL to hand to an app (PostgreSQL), or `memory://` for PGlite. */
  url: string;
  /**
   * Opens a handle (PGlite: the one instance; PostgreSQL: a new pool each time, with the statement
   * and idle-in-transaction timeouts given, as the app's own pool would have them).
   */
  open(
    timeouts?: Pick<OpenDatabaseOptions, 'statementTimeoutMs' | 'idleInTransactionTimeoutMs'>,
  ): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('pgTemplate');
  const baseUrl = process.env.DATABASE_URL;
  if (template && baseUrl) {
    const name = `storefront_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const parsed = new URL(baseUrl);
    parsed.pathname = `/${name}`;
    const url = parsed.toString();
    return {
      url,
      open: (timeouts = {}) => openDatabase({ url, dataDir: '', ...timeouts }),
      async drop() {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const snapshot = readFileSync(inject('pgliteSnapshot'));
  let handle: DatabaseHandle | undefined;
  return {
    url: 'memory://',
    async open() {
      handle ??= await openDatabase({ url: 'memory://', dataDir: '', loadDataDir: new Blob([snapshot]) });
      return handle;
    },
    async drop() {
      await handle?.close();
    },
  };
}

export interface TestApp {
  url: string;
  graphqlUrl: string;
  app: RunningApp;
  config: Config;
  database: DatabaseHandle;
  /** A new client with its own cookie jar. */
  client(): GqlClient;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
}

export async function startTestApp(
  env: Record<string, string | undefined> = {},
  options: Omit<StartOptions, 'database'> = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-test-'));
  const testDatabase = await createTestDatabase();
  const t = await startAppOn(testDatabase, dataDir, env, options);
  return {
    ...t,
    async close() {
      await t.close();
      await testDatabase.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app on a test database the caller made (and drops) and a data directory it owns: close()
 * stops the app only. E.g. to write through an app on a primary before a replica is copied from it.
 */
export async function startAppOn(
  testDatabase: TestDatabase,
  dataDir: string,
  env: Record<string, string | undefined> = {},
  options: Omit<StartOptions, 'database'> = {},
): Promise<TestApp> {
  const config = loadConfig(testEnv({ DATA_DIR: dataDir, DATABASE_URL: testDatabase.url, ...env }));
  const database = await testDatabase.open(config.database);
  const app = await startApp(config, { ...options, database });
  return {
    url: app.url,
    graphqlUrl: `${app.url}/graphql`,
    app,
    config,
    database,
    client: () => new GqlClient(`${app.url}/graphql`),
    close: () => app.stop(),
  };
}

/**
 * A second instance of `t`'s app on the same database: its own pool on PostgreSQL; on PGlite the one
 * in-process database, through a handle whose close() leaves it to the first instance.
 */
export function startSecondInstance(
  t: TestApp,
  options: Omit<StartOptions, 'database'> = {},
): Promise<RunningApp> {
  return startApp(t.config, {
    ...options,
    ...(t.database.kind === 'pglite' ? { database: { ...t.database, close: async () => {} } } : {}),
  });
}
