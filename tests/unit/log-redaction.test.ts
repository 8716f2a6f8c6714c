import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger, withoutStatementValuesLogger } from '../../src/logger.js';

const EMAIL = 'ann@example.com';
const HASH = '$2b$04$B9DIAjVyZA046tiDHxVe5.NnobNWoHmHN3jbQ3akdlKkgYYw5HmLu';
const SQL = 'insert into "users" ("email", "password_hash") values ($1, $2)';

/** A PostgreSQL error as postgres.js raises it: values in `detail`, and in non-enumerable `parameters`. */
function postgresError(): Error {
  const err = Object.assign(
    new Error('duplicate key value violates unique constraint "users_email_lower_key"'),
    {
      code: '23505',
      constraint_name: 'users_email_lower_key',
      detail: `Key (lower(email))=(${EMAIL}) already exists.`,
    },
  );
  Object.defineProperties(err, {
    query: { value: SQL, enumerable: false },
    parameters: { value: [EMAIL, HASH], enumerable: false },
    args: { value: [EMAIL, HASH], enumerable: false },
  });
  return err;
}

/** Log lines written by `log` through a pino logger wrapped as the app wraps every logger. */
function captured(
  log: (logger: pino.Logger) => void,
  make: (destination: Writable) => pino.Logger = (destination) =>
    withoutStatementValuesLogger(pino({ base: undefined }, destination)),
): string {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  log(make(stream));
  return text;
}

describe('no statement values in logs', () => {
  const drizzle = () => new DrizzleQueryError(SQL, [EMAIL, HASH], postgresError());

  it('keeps the SQL text, the error type and the PostgreSQL code, drops every value', () => {
    const text = captured((logger) => logger.error({ err: drizzle(), requestId: 'r-1' }, 'failed'));
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(HASH);
    expect(text).not.toMatch(/params/);
    const line = JSON.parse(text);
    expect(line.err.type).toBe('DrizzleQueryError');
    expect(line.err.query).toBe(SQL);
    expect(line.err.message).toBe(`Failed query: ${SQL}: ${postgresError().message}`);
    expect(line.err.stack).toMatch(/^Error: Failed query: insert into "users"[^\n]*\n\s+at /);
    expect(line.requestId).toBe('r-1');
  });

  it('under any key, for a raw driver error, and in an aggregate', () => {
    const text = captured((logger) => {
      logger.warn({ error: postgresError(), cause: drizzle() }, 'two errors');
      logger.error({ err: new AggregateError([drizzle()], 'many') }, 'aggregate');
    });
    expect(text).not.toContain(HASH);
    expect(text).not.toContain(EMAIL);
    const [first] = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first.error).toMatchObject({ code: '23505', constraint_name: 'users_email_lower_key' });
    expect(first.error.detail).toBeUndefined();
  });

  it('createLogger applies the same rule by itself, also to an error logged alone', () => {
    const text = captured(
      (logger) => {
        logger.error({ err: drizzle() }, 'with a message');
        logger.error(drizzle());
      },
      (destination) => createLogger('info', destination),
    );
    expect(text).not.toContain(EMAIL);
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[1].msg).toBe(`Failed query: ${SQL}`);
  });
});
