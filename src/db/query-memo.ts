import type { Query, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.js';

const dialect = new PgDialect();

/**
 * Remembers SQL compiled to text and parameters, by a key that determines the statement
 * completely. Compiling Drizzle's SQL objects walks every chunk with type checks: on the products
 * page that was about 7 % of a request's CPU (profiled under `npm run bench`), while storefront
 * listings repeat (the first pages of popular categories, the same filters). Bounded: the oldest
 * entry goes first.
 */
export class QueryMemo {
  private readonly queries = new Map<string, Query>();

  constructor(private readonly maxEntries: number) {}

  /** Rows of the statement `build()` returns, built and compiled only the first time `key` is seen. */
  async rows<T>(executor: Executor, key: string, build: () => SQL): Promise<T[]> {
    let query = this.queries.get(key);
    if (!query) {
      query = dialect.sqlToQuery(build());
      if (this.queries.size >= this.maxEntries)
        this.queries.delete(this.queries.keys().next().value as string);
      this.queries.set(key, query);
    }
    // What `executor.execute(sql)` does after compiling, but named: postgres.js then prepares the
    // statement once per connection and afterwards sends only its parameters. On the products
    // page that halved the bytes written to PostgreSQL and cut its CPU per request by a sixth
    // (its plan is still made per execution: see SESSION_SETTINGS). The driver still logs (and
    // counts) the query.
    const result = (await executor._.session.prepareQuery(query, undefined, key, false).execute()) as unknown;
    return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
  }
}
