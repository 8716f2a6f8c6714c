import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';

/**
 * SQL statements run for one GraphQL request: reported in the X-SQL-Query-Count header (query
 * budgets in tests), the access log and the `graphql_request_sql_statements` histogram. A request's
 * statements are counted by its own database handle (guardDatabase in statement-guard.ts).
 */
export interface QueryCount {
  count: number;
}

const storage = new AsyncLocalStorage<QueryCount>();

/*
 * Counting by async context, for code that runs on the shared database outside a request (tests of
 * services called directly). The server never calls runWithQueryCount: AsyncLocalStorage then never
 * becomes active and the shared database's logger below only finds no store.
 */

export function runWithQueryCount<T>(counter: QueryCount, fn: () => T): T {
  return storage.run(counter, fn);
}

export const queryCountingLogger: DrizzleLogger = {
  logQuery() {
    const counter = storage.getStore();
    if (counter) counter.count += 1;
  },
};
