import * as drizzle from 'drizzle-orm';
import { type Query, type SQL, sql } from 'drizzle-orm';
import { PgDialect, QueryBuilder } from 'drizzle-orm/pg-core';
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
    return runCompiled<T>(executor, key, query);
  }
}

/**
 * Rows of an already compiled statement (text and parameters; see `compileOnce`), named `name`.
 * What `executor.execute(sql)` does after compiling: postgres.js prepares the statement once per
 * connection and afterwards sends only its parameters. On the products page that halved the bytes
 * written to PostgreSQL and cut its CPU per request by a sixth (its plan is still made per execution:
 * see SESSION_SETTINGS). The driver still logs (and counts) the query.
 */
export async function runCompiled<T>(executor: Executor, name: string, query: Query): Promise<T[]> {
  const result = (await executor._.session.prepareQuery(query, undefined, name, false).execute()) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * A statement whose text never changes, compiled once: `build` gets placeholders for its parameters
 * and the result takes their values per call. For the hottest single-row reads (a product by slug),
 * where compiling Drizzle's SQL object on every request costs more than PostgreSQL's work.
 */
export function compileOnce<P extends unknown[]>(
  build: (...placeholders: SQL[]) => SQL,
  parameters: number,
): (...values: P) => Query {
  const placeholders = Array.from({ length: parameters }, (_, i) => sql.raw(`$${i + 1}`));
  const text = dialect.sqlToQuery(build(...placeholders)).sql;
  return (...values) => ({ sql: text, params: values });
}

/** A Drizzle select, as `selectOnce` reads it (its runtime fields, typed @internal by Drizzle). */
interface SelectBuilder {
  getSQL(): SQL;
  _: { result: unknown; config: { fields: Record<string, unknown> } };
}

/** Drizzle's ordering of a selection's fields for mapping rows (drizzle-orm/utils.js, typed @internal). */
const orderSelectedFields = (
  drizzle as unknown as { orderSelectedFields(fields: Record<string, unknown>): unknown }
).orderSelectedFields;

interface PreparedSelect {
  joinsNotNullableMap?: Record<string, boolean>;
  execute(values: Record<string, unknown>): Promise<unknown>;
}

/**
 * A Drizzle select whose shape never changes, its values `sql.placeholder(name)`s: built and compiled
 * the first time it runs, then executed with its values through any executor (the request's database or
 * a transaction), its rows mapped as Drizzle maps them, prepared (parsed once per connection). For the
 * fixed reads of every signed-in request and checkout (the viewer, the cart and its lines, the order of
 * an idempotency key): building one with Drizzle cost 0.1-0.4 ms of CPU (its selection's columns are
 * each type-checked, then compiled), more than PostgreSQL's work for it.
 */
export function selectOnce<S extends SelectBuilder>(
  name: string,
  build: (qb: QueryBuilder) => S,
): (executor: Executor, values: Record<string, unknown>) => Promise<S['_']['result']> {
  let compiled: { query: Query; fields: unknown; joins: Record<string, boolean> } | undefined;
  return async (executor, values) => {
    if (!compiled) {
      const select = build(new QueryBuilder());
      compiled = {
        query: dialect.sqlToQuery(select.getSQL()),
        fields: orderSelectedFields(select._.config.fields),
        joins: (select as unknown as { joinsNotNullableMap: Record<string, boolean> }).joinsNotNullableMap,
      };
    }
    const session = executor._.session as unknown as {
      prepareQuery(query: Query, fields: unknown, name: string, arrayMode: boolean): PreparedSelect;
    };
    const prepared = session.prepareQuery(compiled.query, compiled.fields, name, true);
    prepared.joinsNotNullableMap = compiled.joins;
    return (await prepared.execute(values)) as S['_']['result'];
  };
}
