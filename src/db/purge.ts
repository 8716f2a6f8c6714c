import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Database, queryRows } from './client.js';

/**
 * One kind of row a domain deletes once it is of no more use (housekeeping, src/graphql/housekeeping.ts):
 * expired logins, sent emails, old webhook logs, abandoned guest carts. Each domain purges its own tables.
 */
export interface Purge {
  /** The `kind` label of `housekeeping_purged_total` and the key in the log line, e.g. `sessions`. */
  readonly kind: string;
  /**
   * Deletes at most `limit` rows that were due at `now` (an SQL timestamp: the database's `now()`, or
   * a test's clock), in one short statement; returns how many.
   */
  purgeBatch(db: Database, now: SQL, limit: number): Promise<number>;
}

/** `now` as SQL: the database's clock (the one readers use), or a given instant (tests). */
export function sqlClock(now?: Date): SQL {
  return now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
}

/** `at - seconds`, as an SQL timestamp (a retention's cut-off). */
export function secondsBefore(at: SQL, seconds: number): SQL {
  return sql`(${at} - ${seconds}::float8 * interval '1 second')`;
}

/**
 * Deletes at most `limit` rows of `table` matching `due`, in one statement. The rows are claimed with
 * `FOR UPDATE SKIP LOCKED`: a row another transaction holds (a checkout, a merge, another instance's
 * purge) is left for the next pass, and the purge never waits on a lock; `due` is checked again on
 * the rows it locks, so one changed meanwhile stays. Rows referencing the deleted ones go with them
 * where their foreign key cascades.
 */
export async function deleteDueRows(
  db: Database,
  table: PgTable,
  id: PgColumn,
  due: SQL,
  limit: number,
): Promise<number> {
  const [row] = await queryRows<{ purged: number }>(
    db,
    sql`WITH purged AS (
          DELETE FROM ${table} WHERE ${id} IN (
            SELECT ${id} FROM ${table} WHERE ${due} LIMIT ${limit}::int FOR UPDATE SKIP LOCKED
          ) RETURNING 1
        )
        SELECT count(*)::int AS purged FROM purged`,
  );
  return Number(row?.purged ?? 0);
}
