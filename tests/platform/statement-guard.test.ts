import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../../src/db/client.js';
import { guardDatabase } from '../../src/db/statement-guard.js';
import { RequestDeadline, RequestTimeoutError } from '../../src/graphql/request-deadline.js';
import { createTestDatabase, type TestDatabase } from '../support/harness.js';

/**
 * What a request's database does once its deadline passed, on a real database: no new statement or
 * transaction, except that a transaction already begun runs to its commit, and a mutation that saved
 * a change runs to its end. The deadline is 1 ms; each test waits for it to pass (its timer), so the
 * order of events is fixed.
 */

let testDatabase: TestDatabase;
let database: DatabaseHandle;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await testDatabase.open();
  await database.db.execute(sql`CREATE TABLE deadline_probe (note text NOT NULL)`);
});

afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

/** A deadline that has passed when the returned promise resolves, and the database it guards. */
async function startedDeadline(operation: 'query' | 'mutation') {
  const deadline = new RequestDeadline();
  let passed!: () => void;
  const hasPassed = new Promise<void>((resolve) => {
    passed = resolve;
  });
  deadline.start(1, operation, passed);
  return { deadline, db: guardDatabase(database.db, deadline), hasPassed };
}

async function notes(): Promise<string[]> {
  const rows = await queryRows<{ note: string }>(
    database.db,
    sql`SELECT note FROM deadline_probe ORDER BY note`,
  );
  return rows.map((r) => r.note);
}

describe('statement guard of a request deadline', () => {
  it('refuses every new statement and transaction of a query once the deadline passed', async () => {
    const { db, hasPassed } = await startedDeadline('query');
    await hasPassed;
    // Refused before the statement is sent (a throw inside the caller's async function).
    await expect((async () => db.execute(sql`SELECT 1`))()).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(db.transaction(async () => {})).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('lets a transaction begun before the deadline run to its commit, and a mutation that saved a change run to its end', async () => {
    await database.db.execute(sql`DELETE FROM deadline_probe`);
    const deadline = new RequestDeadline();
    const db = guardDatabase(database.db, deadline);
    await db.transaction(async (tx) => {
      let passed!: () => void;
      const hasPassed = new Promise<void>((resolve) => {
        passed = resolve;
      });
      deadline.start(1, 'mutation', passed);
      await tx.execute(sql`INSERT INTO deadline_probe (note) VALUES ('before')`);
      await hasPassed;
      await tx.execute(sql`INSERT INTO deadline_probe (note) VALUES ('after')`);
    });
    expect(deadline.hasPassed).toBe(true);
    expect(deadline.changesSaved).toBe(true);
    // The change is saved: reading it back (a mutation's payload) is not cut.
    expect(await queryRows(db, sql`SELECT count(*)::int AS n FROM deadline_probe`)).toEqual([{ n: 2 }]);
    expect(await notes()).toEqual(['after', 'before']);
  });

  it('stops a mutation that changed nothing before the deadline: no statement, and its transaction never begins', async () => {
    await database.db.execute(sql`DELETE FROM deadline_probe`);
    const { db, deadline, hasPassed } = await startedDeadline('mutation');
    await hasPassed;
    await expect((async () => db.execute(sql`SELECT 1`))()).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO deadline_probe (note) VALUES ('never')`);
      }),
    ).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(deadline.changesSaved).toBe(false);
    expect(await notes()).toEqual([]);
  });

  it('counts a write outside a transaction as a saved change of a mutation, a read not', () => {
    const mutation = new RequestDeadline();
    mutation.start(600_000, 'mutation', () => {});
    mutation.beforeStatement('select "id" from "products" where "id" = $1');
    expect(mutation.changesSaved).toBe(false);
    mutation.beforeStatement('insert into "products" ("title") values ($1)');
    expect(mutation.changesSaved).toBe(true);
    mutation.finish();

    const query = new RequestDeadline();
    query.start(600_000, 'query', () => {});
    query.afterCommit();
    expect(query.changesSaved).toBe(false);
    query.finish();
  });
});
