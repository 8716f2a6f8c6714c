import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';

/**
 * Counts SQL statements per GraphQL request, so query budgets can be asserted in tests and
 * reported in development (the X-SQL-Query-Count response header).
 */
export interface QueryCount {
  count: number;
}

const storage = new AsyncLocalStorage<QueryCount>();

export function runWithQueryCount<T>(counter: QueryCount, fn: () => T): T {
  return storage.run(counter, fn);
}

export const queryCountingLogger: DrizzleLogger = {
  logQuery() {
    const counter = storage.getStore();
    if (counter) counter.count += 1;
  },
};
