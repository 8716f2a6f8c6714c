import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';

/** A database error on a real request is logged in full, without the values of its statement. */

const { logger, raw: logLines } = captureLogs();

let t: TestApp;

beforeAll(async () => {
  // A test-supplied logger, as an operator's would be: the app wraps it.
  t = await startTestApp({}, { logger: logger });
  // Refuses one name only, so the registration's INSERT (email, name, password hash) fails in the database.
  await t.database.db.execute(
    sql`ALTER TABLE users ADD CONSTRAINT users_name_probe CHECK (name <> 'Refused Probe')`,
  );
});

afterAll(() => t?.close());

describe('statement values never reach the log', () => {
  it('a failing INSERT of an account: logged with its SQL and request id, without email, name or hash', async () => {
    const email = uniqueEmail('logged');
    const password = 'Secret123 never logged';
    const response = await t
      .client()
      .request(
        REGISTER,
        { input: { email, name: 'Refused Probe', password } },
        { 'x-request-id': 'log-probe-0001' },
      );
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    const lines = logLines.filter((line) => line.includes('log-probe-0001'));
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0] as string);
    // Still useful to whoever reads it: the statement, the cause and its constraint.
    expect(logged.err.message).toMatch(/^Failed query: insert into "users"/);
    expect(logged.err.message).toMatch(/users_name_probe/);
    const text = logLines.join('');
    expect(text).not.toContain(email);
    expect(text).not.toContain('Refused Probe');
    expect(text).not.toContain(password);
    expect(text).not.toMatch(/\$2[aby]\$\d\d\$/); // a bcrypt hash
    expect(text).not.toMatch(/params|Failing row/);
  });
});
