import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { Database } from './client.js';
import type { QueryCount } from './query-counter.js';

/** Decides, before each statement of one request, whether it may still start. */
export interface StatementGuard {
  /** Before a statement outside any transaction; throws to refuse it. */
  beforeStatement(sql: string): void;
  /** Before a transaction begins; throws to refuse it. */
  beforeTransaction(): void;
  /** After a transaction committed. */
  afterCommit(): void;
}

/**
 * Where one request's statements run when a read replica is configured (src/graphql/read-routing.ts
 * decides): transactions always on the primary; a statement outside any transaction on the replica
 * when `toReplica` says so, else on the primary.
 */
export interface ReadRoute {
  replica: Database;
  /** Whether this statement, outside any transaction, runs on the replica. */
  toReplica(sql: string): boolean;
  /** A transaction committed on the primary. */
  committed(): void;
  /** A statement failed on the replica: true to run it again on the primary. */
  replicaFailed(err: unknown): boolean;
}

interface PreparedQuery {
  execute(...args: unknown[]): Promise<unknown>;
}

interface Session {
  logger: DrizzleLogger;
  options: { logger?: DrizzleLogger };
  prepareQuery(query: { sql: string }, ...rest: unknown[]): unknown;
  transaction(work: (tx: unknown) => Promise<unknown>, config?: unknown): Promise<unknown>;
}

/**
 * The same database, with `guard` asked before every statement run outside a transaction and before
 * every transaction: one per request, so a request past its deadline starts no new SQL
 * (src/graphql/request-deadline.ts). Statements inside a transaction are not asked: once begun, a
 * transaction runs to its commit or rollback (PostgreSQL bounds each of its statements by
 * `statement_timeout`), so a deadline never leaves one half-done, and never lands between a payment
 * taken inside a transaction and the rows that record it.
 *
 * Drizzle has no per-query hook that knows the request (its logger is per database, and async
 * context tracking would slow every promise), so this derives objects from the shared database and
 * its session and overrides the two entry points every statement goes through: the session's
 * `prepareQuery` (builders, `execute`, src/db/query-memo.ts) and `transaction`. Everything else
 * is inherited; the cost is two small objects per request. Drizzle's relational query builders
 * (`db.query.*`) keep the shared session and would bypass the guard: this code base does not use them.
 *
 * `count`, when given, counts every statement of the request, inside transactions too: the session's
 * Drizzle logger is replaced by one that adds to it, and Drizzle hands a session's options (with that
 * logger) to the session of every transaction it begins. A field increment per statement, where
 * counting through async context tracking (src/db/query-counter.ts) slowed every promise.
 */
export function guardDatabase(
  db: Database,
  guard: StatementGuard,
  count?: QueryCount,
  route?: ReadRoute,
): Database {
  const shared = db._.session as unknown as Session;
  const session = countingSession(shared, count);
  // The replica's session, counted alike; its statements are prepared on its own connections.
  const replica = route && countingSession(route.replica._.session as unknown as Session, count);
  session.prepareQuery = function (this: Session, query, ...rest) {
    guard.beforeStatement(query.sql);
    if (!replica || !route.toReplica(query.sql)) return shared.prepareQuery.call(this, query, ...rest);
    const onReplica = replica.prepareQuery(query, ...rest) as PreparedQuery;
    const primary = () => shared.prepareQuery.call(this, query, ...rest) as PreparedQuery;
    // A replica that does not answer, or cancels the read for a conflict with its replay: the
    // primary answers instead.
    const failover: PreparedQuery = Object.create(onReplica);
    failover.execute = (...args) =>
      onReplica.execute(...args).catch((err: unknown) => {
        if (!route.replicaFailed(err)) throw err;
        return primary().execute(...args);
      });
    return failover;
  };
  session.transaction = async function (this: Session, work, config) {
    guard.beforeTransaction();
    const result = await shared.transaction.call(this, work, config);
    route?.committed();
    guard.afterCommit();
    return result;
  };
  const guarded = Object.create(db) as Database & { session: Session };
  guarded.session = session;
  (guarded as { _: Database['_'] })._ = { ...db._, session: session as unknown as Database['_']['session'] };
  return guarded;
}

function countingSession(shared: Session, count: QueryCount | undefined): Session {
  const session: Session = Object.create(shared);
  if (count) {
    const logger: DrizzleLogger = {
      logQuery() {
        count.count += 1;
      },
    };
    session.logger = logger;
    session.options = { ...shared.options, logger };
  }
  return session;
}
