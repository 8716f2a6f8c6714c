import { Writable } from 'node:stream';
import { type Logger, pino } from 'pino';
import postgres from 'postgres';
import { expect } from 'vitest';
import type { TestApp } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/** Helpers for the request deadline tests: holding the database, reading the app's log, raw requests. */

/** A logger for the app that keeps every line it writes (warn and above), parsed. */
export function capturingLogger(): { logger: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'warn', base: undefined }, stream), lines };
}

/** Waits until `lines` holds a line matching `match` (the app logs it when something happens). */
export async function waitForLogLine(
  lines: Record<string, any>[],
  match: (line: Record<string, any>) => boolean,
  what: string,
): Promise<Record<string, any>> {
  return waitFor(`a log line: ${what}`, () => lines.find(match), { timeoutMs: 30_000, intervalMs: 10 });
}

export interface Hold {
  release(): Promise<void>;
}

/**
 * Makes the app's statements on `tables` wait until `release()`. PGlite has one connection: an open
 * transaction on the app's own database handle makes every other statement of the app wait. On
 * PostgreSQL a connection of the test's own holds `lock` on the tables (ACCESS EXCLUSIVE: even
 * reads wait), or runs `statement` (e.g. a `SELECT ... FOR UPDATE`) in an open transaction.
 */
export async function holdDatabase(
  t: TestApp,
  on: { tables: string[] } | { statement: (sql: postgres.Sql) => Promise<unknown> },
): Promise<Hold> {
  if (t.database.kind === 'pglite') {
    let entered!: () => void;
    let release!: () => void;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const done = t.database.db.transaction(async () => {
      entered();
      await released;
    });
    await inside;
    return {
      async release() {
        release();
        await done;
      },
    };
  }
  const sql = postgres(t.config.databaseUrl as string, { max: 1, onnotice: () => {} });
  const connection = await sql.reserve();
  await connection`BEGIN`;
  if ('tables' in on) await connection.unsafe(`LOCK TABLE ${on.tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  else await on.statement(connection);
  return {
    async release() {
      await connection`ROLLBACK`;
      connection.release();
      await sql.end();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, any> }[];
  };
}

/** POSTs an operation and returns status, headers and the parsed body as they are. */
export async function post(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const response = await fetch(t.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: JSON.parse(await response.text()) };
}

/** What a request stopped before it changed anything answers (see src/graphql/request-deadline.ts). */
export function expectTimedOut(response: RawResponse): void {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('2');
  expect(response.body).not.toHaveProperty('data');
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'REQUEST_TIMEOUT', retryAfter: 2 });
  expect(response.body.errors?.[0]?.message).toMatch(/ran out of time.*before it changed anything/);
}
