import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, openDatabase, queryRows } from '../../src/db/client.js';
import { graphql } from '../generated/gql.js';
import { REGISTER, tokenFromMail, uniqueEmail } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp, testEnv } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

/**
 * After a verification and a password-reset email went out through SMTP, neither token can be read
 * from what the database keeps: on PGlite, in any file of its data directory (heap, WAL, ...) after a
 * CHECKPOINT; on PostgreSQL, in any page of the outbox table (live and superseded row versions alike)
 * and in the write-ahead log written meanwhile. The recipient's address, stored in clear, is found
 * in the same places: the search reads what was written.
 */
const onPostgres = !!process.env.DATABASE_URL;

let smtp: SmtpSink;
let database: DatabaseHandle;
let app: RunningApp;
let client: GqlClient;
let cleanup: () => Promise<void>;
/** PGlite: the data directory; PostgreSQL: where the WAL stood before the emails were written. */
let pgliteDir = '';
let walBefore = '';

beforeAll(async () => {
  smtp = await startSmtpSink();
  if (onPostgres) {
    const t: TestApp = await startTestApp({ SMTP_URL: smtp.url });
    ({ database, app } = t);
    client = t.client();
    cleanup = () => t.close();
    const [row] = await queryRows<{ lsn: string }>(
      database.db,
      sql`SELECT pg_current_wal_lsn()::text AS lsn`,
    );
    walBefore = row?.lsn ?? '';
  } else {
    // A PGlite on a real directory, started from the migrated test snapshot.
    const dataDir = mkdtempSync(join(tmpdir(), 'storefront-at-rest-'));
    pgliteDir = join(dataDir, 'db');
    const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
    database = await openDatabase({ url: undefined, dataDir, loadDataDir: snapshot });
    app = await startApp(loadConfig(testEnv({ DATA_DIR: dataDir, SMTP_URL: smtp.url })), { database });
    client = new GqlClient(`${app.url}/graphql`);
    cleanup = async () => {
      await app.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
});
afterAll(async () => {
  await cleanup?.();
  await smtp?.close();
});

const RESET_REQUEST = graphql(`mutation AtRestResetRequest($input: AccountPasswordResetRequestInput!) {
  accountPasswordResetRequest(input: $input) { errors { code } } }`);
const RESET = graphql(`mutation AtRestReset($input: AccountPasswordResetInput!) {
  accountPasswordReset(input: $input) { errors { code } } }`);

/** Polls until `count` outbox rows to `to` are SENT (the worker records it after the SMTP answer). */
async function sentRows(to: string, count: number) {
  return waitFor(`${count} SENT outbox rows to ${to}`, async () => {
    const rows = await queryRows<{ status: string; payload: unknown }>(
      database.db,
      sql`SELECT status, payload FROM outbox_messages WHERE recipient = ${to} AND status = 'SENT' ORDER BY created_at`,
    );
    return rows.length >= count && rows;
  });
}

/** Files under `dir` holding `needle`, by path relative to `dir`. */
function filesHolding(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(bytes))
    .map((file) => file.slice(dir.length + 1));
}

/** PostgreSQL: how many pages of `relation` (heap, every row version in it) hold `needle`. */
async function pagesHolding(relation: string, needle: string): Promise<number> {
  const [row] = await queryRows<{ pages: number }>(
    database.db,
    sql`SELECT count(*)::int AS pages
        FROM generate_series(0, pg_relation_size(${relation}::regclass) / current_setting('block_size')::int - 1) AS block
        WHERE position(convert_to(${needle}, 'UTF8') IN get_raw_page(${relation}, block::int)) > 0`,
  );
  return row?.pages ?? Number.NaN;
}

/** PostgreSQL: how many WAL segments written since the test began hold `needle`. */
async function walSegmentsHolding(needle: string): Promise<number> {
  const [row] = await queryRows<{ segments: number }>(
    database.db,
    sql`SELECT count(*)::int AS segments FROM pg_ls_waldir() AS wal
        WHERE wal.name BETWEEN pg_walfile_name(${walBefore}::pg_lsn) AND pg_walfile_name(pg_current_wal_lsn())
          AND position(convert_to(${needle}, 'UTF8') IN pg_read_binary_file('pg_wal/' || wal.name)) > 0`,
  );
  return row?.segments ?? Number.NaN;
}

describe('one-time tokens sent by email', () => {
  it('are readable nowhere in what the database stores, once the emails are sent', async () => {
    const email = uniqueEmail('at-rest');
    const registered = await client.request(REGISTER, {
      input: { email, name: 'Rest Ray', password: 'secret123' },
    });
    expect(registered.data?.accountRegister.errors).toEqual([]);
    await client.request(RESET_REQUEST, { input: { email } });
    const mails = await smtp.waitForMessages(2);
    const tokenOf = (subject: string) => {
      const mail = mails.find((m) => m.headers.get('subject') === subject);
      return tokenFromMail(mail?.parts.find((p) => p.contentType === 'text/plain')?.body ?? '');
    };
    const tokens = [tokenOf('Confirm your email address'), tokenOf('Reset your password')];
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Settled in the outbox: both SENT, only their envelopes left.
    const settled = await sentRows(email, 2);
    expect(settled).toEqual([
      { status: 'SENT', payload: { to: email, subject: 'Confirm your email address' } },
      { status: 'SENT', payload: { to: email, subject: 'Reset your password' } },
    ]);

    if (onPostgres) {
      await database.db.execute(sql`CREATE EXTENSION IF NOT EXISTS pageinspect`);
      const [toast] = await queryRows<{ name: string | null }>(
        database.db,
        sql`SELECT nullif(reltoastrelid, 0)::regclass::text AS name FROM pg_class WHERE oid = 'outbox_messages'::regclass`,
      );
      expect(await pagesHolding('outbox_messages', email)).toBeGreaterThan(0);
      expect(await walSegmentsHolding(email)).toBeGreaterThan(0);
      for (const token of tokens) {
        expect(await pagesHolding('outbox_messages', token)).toBe(0);
        if (toast?.name) expect(await pagesHolding(toast.name, token)).toBe(0);
        expect(await walSegmentsHolding(token)).toBe(0);
      }
    } else {
      await database.db.execute(sql`CHECKPOINT`);
      expect(filesHolding(pgliteDir, email).length).toBeGreaterThan(0);
      for (const token of tokens) expect(filesHolding(pgliteDir, token)).toEqual([]);
    }

    // They are the real tokens: the reset link still works.
    const reset = await client.request(RESET, {
      input: { token: tokens[1]!, newPassword: 'another secret 9' },
    });
    expect(reset.data?.accountPasswordReset.errors).toEqual([]);
  });
});
