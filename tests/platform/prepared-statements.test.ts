import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase, queryRows } from '../../src/db/client.js';
import { runCompiled } from '../../src/db/query-memo.js';
import { createTestDatabase, type TestDatabase } from '../support/harness.js';

/**
 * How the pool runs the statements it prepares (src/db/query-memo.ts `runCompiled`), read from
 * PostgreSQL's own counters of the connection's prepared statements. One connection, so every
 * statement below runs on the connection that is then asked.
 */
describe.runIf(!!process.env.DATABASE_URL)('prepared statements (PostgreSQL)', () => {
  let testDatabase: TestDatabase;
  let database: DatabaseHandle;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    database = await openDatabase({ url: testDatabase.url, dataDir: '', poolSize: 1 });
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  const plans = async (text: string) =>
    queryRows<{ generic: number; custom: number }>(
      database.db,
      sql`SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement = ${text}`,
    );

  it('prepares a statement without parameters and plans it once (postgres.js would send it unprepared)', async () => {
    const text = "SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'r'";
    for (let i = 0; i < 3; i++) {
      const [row] = await runCompiled<{ n: number }>(database.db, 'probe-without-parameters', {
        sql: text,
        params: [],
      });
      expect(row?.n).toBeGreaterThan(0);
    }
    expect(await plans(text)).toEqual([{ generic: 3, custom: 0 }]);
  });

  it('plans a statement with parameters for its values on every run (the pool forces custom plans)', async () => {
    const text = 'SELECT count(*)::int AS n FROM pg_class WHERE relkind = $1';
    for (let i = 0; i < 3; i++)
      await runCompiled(database.db, 'probe-with-a-parameter', { sql: text, params: ['r'] });
    expect(await plans(text)).toEqual([{ generic: 0, custom: 3 }]);
  });
});
