import { isDeepStrictEqual } from 'node:util';
import {
  Column,
  isSQLWrapper,
  Name,
  Param,
  Placeholder,
  type Query,
  SQL,
  StringChunk,
  Subquery,
  Table,
  View,
} from 'drizzle-orm';
import { isPgEnum, type PgDialect } from 'drizzle-orm/pg-core';

/**
 * Drizzle's SQL-to-text step, in one pass. Drizzle's own (`SQL.buildQueryFromSourceParams`, drizzle-orm
 * 0.45) returns a `{ sql, params }` object per chunk, copies its config for every nested SQL object,
 * concatenates the children's parameter arrays at every level, and tells chunks apart with `is()`, which
 * walks a prototype chain for each type a chunk is not. A checkout's two CTE statements (15 CTEs, 60
 * parameters, deeply nested) made it the largest allocation of the server: 0.44 of 1.5 MB allocated per
 * checkout (a sampling heap profile of `npm run bench -- --only checkout`), and its collections ran
 * partly on V8's helper threads, outside the CPU profile. This compiler appends every chunk's text to
 * one array and every parameter to one list: the same text and parameters, checked against Drizzle's
 * for every statement of the test suite (`checkSqlCompiler`, tests/support/check-sql-compiler.ts).
 *
 * Only the text and the parameters are produced: Drizzle's `typings` serve the AWS Data API driver,
 * not postgres.js or PGlite.
 */

type BuildConfig = Parameters<SQL['toQuery']>[0];

interface Output {
  text: string[];
  params: unknown[];
  readonly config: BuildConfig;
}

/** Drizzle's table keys (drizzle-orm/table.js; typed @internal there). */
const TABLE_NAME = Symbol.for('drizzle:Name');
const TABLE_SCHEMA = Symbol.for('drizzle:Schema');
const TABLE_IS_ALIAS = Symbol.for('drizzle:IsAlias');

type TableKeys = Record<symbol, string | boolean | undefined>;

/** The qualified name Drizzle writes for a table (an alias by its own name only). */
function tableName(config: BuildConfig, table: TableKeys): string {
  const schema = table[TABLE_SCHEMA] as string | undefined;
  const name = quote(config, table[TABLE_NAME] as string);
  return schema === undefined || table[TABLE_IS_ALIAS] ? name : `${quote(config, schema)}.${name}`;
}

/** `SQL.inlineParams()` was called on it (a private field in Drizzle's types). */
function inlines(query: SQL): boolean {
  return (query as unknown as { shouldInlineParams: boolean }).shouldInlineParams;
}

/** Identifiers are few and repeat in every statement: quoted once each. */
const quotedNames = new Map<string, string>();

function quote(config: BuildConfig, name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = config.escapeName(name);
    if (quotedNames.size < 10_000) quotedNames.set(name, quoted);
  }
  return quoted;
}

function param(out: Output, value: unknown): void {
  out.params.push(value);
  out.text.push(out.config.escapeParam(out.params.length - 1, value));
}

/** Drizzle's `mapInlineParam`: a value written into the text. */
function inline(config: BuildConfig, value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return value.toString();
  if (typeof value === 'string') return config.escapeString(value);
  if (typeof value === 'object') {
    const text = value.toString();
    return config.escapeString(text === '[object Object]' ? JSON.stringify(value) : text);
  }
  throw new Error(`Unexpected param value: ${String(value)}`);
}

/** One chunk, in the order of Drizzle's checks (the first that matches decides). */
function chunk(out: Output, c: unknown, inlineParams: boolean): void {
  const { config } = out;
  if (c instanceof StringChunk) {
    for (const part of c.value) out.text.push(part);
  } else if (c instanceof Name) {
    out.text.push(quote(config, c.value));
  } else if (c === undefined) {
    // nothing
  } else if (Array.isArray(c)) {
    out.text.push('(');
    for (let i = 0; i < c.length; i++) {
      if (i > 0) out.text.push(', ');
      chunk(out, c[i], inlineParams);
    }
    out.text.push(')');
  } else if (c instanceof SQL) {
    chunks(out, c.queryChunks, inlineParams || inlines(c));
  } else if (c instanceof Table) {
    out.text.push(tableName(config, c as unknown as TableKeys));
  } else if (c instanceof Column) {
    const column = quote(config, config.casing.getColumnCasing(c));
    out.text.push(
      config.invokeSource === 'indexes'
        ? column
        : `${tableName(config, c.table as unknown as TableKeys)}.${column}`,
    );
  } else if (c instanceof View) {
    const { schema, name, isAlias } = viewConfig(c);
    out.text.push(
      schema === undefined || isAlias
        ? quote(config, name)
        : `${quote(config, schema)}.${quote(config, name)}`,
    );
  } else if (c instanceof Param) {
    if (c.value instanceof Placeholder) {
      param(out, c);
      return;
    }
    const mapped = c.value === null ? null : c.encoder.mapToDriverValue(c.value);
    if (mapped instanceof SQL) chunks(out, [mapped], inlineParams);
    else if (inlineParams) out.text.push(inline(config, mapped));
    else param(out, mapped);
  } else if (c instanceof Placeholder) {
    param(out, c);
  } else if (c instanceof SQL.Aliased && c.fieldAlias !== undefined) {
    out.text.push(quote(config, c.fieldAlias));
  } else if (c instanceof Subquery) {
    const { _: sub } = c as unknown as { _: { isWith: boolean; alias: string; sql: SQL } };
    if (sub.isWith) {
      out.text.push(quote(config, sub.alias));
    } else {
      out.text.push('(');
      chunk(out, sub.sql, inlineParams);
      out.text.push(`) ${quote(config, sub.alias)}`);
    }
  } else if (isPgEnum(c)) {
    out.text.push(
      c.schema ? `${quote(config, c.schema)}.${quote(config, c.enumName)}` : quote(config, c.enumName),
    );
  } else if (isSQLWrapper(c)) {
    const wrapper = c as { getSQL(): SQL; shouldOmitSQLParens?: () => boolean };
    if (wrapper.shouldOmitSQLParens?.()) {
      chunk(out, wrapper.getSQL(), inlineParams);
    } else {
      out.text.push('(');
      chunk(out, wrapper.getSQL(), inlineParams);
      out.text.push(')');
    }
  } else if (inlineParams) {
    out.text.push(inline(config, c));
  } else {
    param(out, c);
  }
}

function chunks(out: Output, list: readonly unknown[], inlineParams: boolean): void {
  for (const c of list) chunk(out, c, inlineParams);
}

/** Drizzle's `ViewBaseConfig` key (drizzle-orm/view-common.js, not exported). */
const VIEW_CONFIG = Symbol.for('drizzle:ViewBaseConfig');

function viewConfig(view: View): { schema: string | undefined; name: string; isAlias: boolean } {
  return (view as unknown as Record<symbol, { schema: string | undefined; name: string; isAlias: boolean }>)[
    VIEW_CONFIG
  ] as { schema: string | undefined; name: string; isAlias: boolean };
}

/** The text and parameters of `query`, as Drizzle's `query.toQuery(config)` gives them. */
export function compileSql(query: SQL, config: BuildConfig): Query {
  const out: Output = { text: [], params: [], config };
  chunks(out, query.queryChunks, Boolean(config.inlineParams) || inlines(query));
  return { sql: out.text.join(''), params: out.params };
}

let checking = false;
const mismatches: string[] = [];

/**
 * Compiles every statement with Drizzle's own code as well, and throws when the two differ (and records
 * it, for code that catches errors): the test suite turns it on, so every statement the tests run
 * checks this compiler. What differed so far.
 */
export function checkSqlCompiler(on: boolean): readonly string[] {
  checking = on;
  return mismatches;
}

/** Makes `dialect` (one per database handle: its queries, transactions and builders) compile with compileSql. */
export function useSqlCompiler(dialect: PgDialect): void {
  const drizzleCompile = dialect.sqlToQuery.bind(dialect);
  dialect.sqlToQuery = (query, invokeSource) => {
    const compiled = compileSql(query, {
      casing: (dialect as unknown as { casing: BuildConfig['casing'] }).casing,
      escapeName: dialect.escapeName,
      escapeParam: dialect.escapeParam,
      escapeString: dialect.escapeString,
      invokeSource,
    });
    if (checking) {
      const expected = drizzleCompile(query, invokeSource);
      if (expected.sql !== compiled.sql || !isDeepStrictEqual(expected.params, compiled.params)) {
        const message = `sql-compiler differs from Drizzle:\n${compiled.sql}\nDrizzle:\n${expected.sql}`;
        mismatches.push(message);
        throw new Error(message);
      }
    }
    return compiled;
  };
}

/** A Drizzle database's dialect (a constructor argument Drizzle types as internal). */
export function dialectOf(db: object): PgDialect {
  return (db as { dialect: PgDialect }).dialect;
}
