import { is, sql } from 'drizzle-orm';
import { PostgresJsSession } from 'drizzle-orm/postgres-js';
import type { Database, Tx } from './client.js';

const ROLLBACK = Symbol('rollback');

/** A transaction's outcome that undoes everything the transaction did (see `rollback`). */
export interface RolledBack<R> {
  readonly [ROLLBACK]: R;
}

/**
 * Ends the transaction by rolling it back; `transact` then answers `result`. The one way a
 * service undoes its work and still answers something: a payload with `errors`, a refusal, the
 * row as it was.
 *
 * ```ts
 * return transact(ctx, async (tx, viewer) => {
 *   const cart = await lockCart(tx, cartId);
 *   if (!cart) return rollback({ cart: null, errors: [cartNotFound()] });
 *   …
 *   return { cart: updated, errors: [] };
 * });
 * ```
 */
export function rollback<R>(result: R): RolledBack<R> {
  return { [ROLLBACK]: result };
}

function isRolledBack(value: unknown): value is RolledBack<unknown> {
  return typeof value === 'object' && value !== null && ROLLBACK in value;
}

/** Thrown through the driver to make it roll back; never escapes `inTransaction`. */
class RollbackSignal extends Error {
  constructor(readonly result: unknown) {
    super('transaction rolled back with a result');
  }
}

export interface TransactionOptions {
  /**
   * PostgreSQL: every statement of the transaction is prepared (parsed once per connection, then only
   * its parameters are sent) and may run a generic plan, which PostgreSQL reuses once five custom
   * plans showed it costs no more (`SET LOCAL plan_cache_mode = auto`, one statement more, sent with
   * the first one; the pool's default forces a plan per execution, see SESSION_SETTINGS). Foreign-key
   * checks reuse their plans too. For a transaction of fixed-shape statements run at a high rate: in
   * a checkout, parsing and planning its large statements were about half of PostgreSQL's CPU
   * (bench/README.md, checkout round 5); in a cart change (changeCart), planning the variant's check
   * alone was 0.26 ms against 0.03 of execution (round 11). Not for statements whose best plan depends
   * on their values (listings, search) or whose text varies without bound (each text is kept per
   * connection).
   */
  reusePlans?: boolean;
}

/**
 * Runs `work` in one transaction on `db`: committed when it returns a value, rolled back when it
 * returns `rollback(result)` (and `result` is answered) or throws (and the error goes on).
 */
export async function inTransaction<T, R = never>(
  db: Database,
  work: (tx: Tx) => Promise<T | RolledBack<R>>,
  options: TransactionOptions = {},
): Promise<T | R> {
  try {
    return await db.transaction(async (tx) => {
      const setting = options.reusePlans ? reusePlansIn(tx) : undefined;
      // Its failure fails the statements after it, and is raised below if `work` did not raise it.
      setting?.catch(() => {});
      const outcome = await work(tx);
      await setting;
      if (isRolledBack(outcome)) throw new RollbackSignal(outcome[ROLLBACK]);
      return outcome as T;
    });
  } catch (err) {
    if (err instanceof RollbackSignal) return err.result as R;
    throw err;
  }
}

/**
 * Sends `SET LOCAL plan_cache_mode = auto` without waiting for it (postgres.js pipelines it with the
 * transaction's first statement) and, on PostgreSQL, prepares the statements `tx` runs from now on.
 * PGlite gets the setting too, so a request runs the same statements on both databases.
 */
function reusePlansIn(tx: Tx): Promise<unknown> {
  const session = (tx as unknown as { session: unknown }).session;
  if (is(session, PostgresJsSession)) {
    const prepareQuery = session.prepareQuery.bind(session);
    // Drizzle prepares (postgres.js `prepare: true`) only a query given a name; postgres.js keys its
    // prepared statements by text, so the name itself is not used.
    session.prepareQuery = (query, fields, name, ...rest) =>
      prepareQuery(query, fields, name ?? 'tx', ...rest);
  }
  // A Drizzle query starts when it is awaited: `then` sends it now.
  return tx.execute(sql`SET LOCAL plan_cache_mode = auto`).then(() => undefined);
}

/** What `transact` needs of a request: its database and its caller (a RequestContext has both). */
export interface TransactionScope<V> {
  app: { db: Database };
  viewer(): Promise<V>;
}

/**
 * `inTransaction` for a request: the caller is resolved before BEGIN (its query never runs inside
 * the transaction, holding its locks) and handed to `work`, and the request's database is used, so
 * its deadline applies.
 */
export async function transact<V, T, R = never>(
  ctx: TransactionScope<V>,
  work: (tx: Tx, viewer: V) => Promise<T | RolledBack<R>>,
  options: TransactionOptions = {},
): Promise<T | R> {
  const viewer = await ctx.viewer();
  return inTransaction(ctx.app.db, (tx) => work(tx, viewer), options);
}
