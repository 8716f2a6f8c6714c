import type { QueryCount } from '../db/query-counter.js';

/**
 * What one HTTP request turned out to be, filled in by the GraphQL layer as it learns it and read
 * when the response is sent (the access log, metrics). Never a variable, a token or a body.
 */
export interface RequestFacts {
  /** SQL statements run for the request (counted by its database handle). */
  queryCount: QueryCount;
  /** How many of them ran on the read replica (DATABASE_READ_URL); unset: none. */
  replicaStatements?: number;
  /** The operation's name as sent (`anonymous` without one), once the document is parsed. */
  operationName?: string;
  /** query, mutation or subscription. */
  operationType?: string;
  /** `ok`, `user_error` (a payload with `errors`) or the first error's `extensions.code`. */
  outcome?: string;
  /** The operation's static cost (src/graphql/cost), also for an operation refused over a limit. */
  cost?: number;
  /** The signed-in caller's id, when the request looked at it (access token or viewer). */
  viewerId?: string;
}

export function newRequestFacts(): RequestFacts {
  return { queryCount: { count: 0 } };
}
