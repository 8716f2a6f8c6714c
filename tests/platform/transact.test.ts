import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../../src/db/client.js';
import { inTransaction, rollback, transact } from '../../src/db/transact.js';
import { createTestDatabase, type TestDatabase } from '../support/harness.js';

/** The one transaction helper, on a real database (PGlite, or PostgreSQL with DATABASE_URL). */
let testDatabase: TestDatabase;
let database: DatabaseHandle;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await testDatabase.open();
  await database.db.execute(sql`CREATE TABLE transact_probe (name text PRIMARY KEY)`);
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

const names = async () =>
  (await queryRows<{ name: string }>(database.db, sql`SELECT name FROM transact_probe ORDER BY name`)).map(
    (row) => row.name,
  );
const insert = (tx: Parameters<Parameters<typeof inTransaction>[1]>[0], name: string) =>
  tx.execute(sql`INSERT INTO transact_probe (name) VALUES (${name})`);

describe('inTransaction', () => {
  it('commits what the work did when it returns a value, and answers the value', async () => {
    const answer = await inTransaction(database.db, async (tx) => {
      await insert(tx, 'committed');
      return 42;
    });
    expect(answer).toBe(42);
    expect(await names()).toContain('committed');
  });

  it('rolls everything back on rollback(result) and answers the result', async () => {
    const answer = await inTransaction(database.db, async (tx) => {
      await insert(tx, 'undone');
      return rollback({ errors: ['refused'] });
    });
    expect(answer).toEqual({ errors: ['refused'] });
    expect(await names()).not.toContain('undone');
  });

  it('rolls back and rethrows when the work throws', async () => {
    await expect(
      inTransaction(database.db, async (tx) => {
        await insert(tx, 'thrown');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await names()).not.toContain('thrown');
  });
});

describe('transact', () => {
  it('resolves the caller once, before the transaction begins, and hands it to the work', async () => {
    const events: string[] = [];
    const ctx = {
      app: { db: database.db },
      viewer: async () => {
        events.push('viewer');
        return { id: 'u1' };
      },
    };
    const answer = await transact(ctx, async (tx, viewer) => {
      events.push('work');
      await insert(tx, `by ${viewer.id}`);
      return viewer.id;
    });
    expect(answer).toBe('u1');
    expect(events).toEqual(['viewer', 'work']);
    expect(await names()).toContain('by u1');
  });
});
