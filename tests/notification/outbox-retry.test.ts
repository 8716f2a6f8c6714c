import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { retryDelayMs } from '../../src/modules/notification/outbox.worker.js';
import { REGISTER, uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { opened, outboxRowsTo } from './outbox-rows.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

/** Makes the row due now, as if its back-off had elapsed. */
async function makeDue(db: Database, id: string): Promise<void> {
  await db.update(outboxMessages).set({ nextAttemptAt: sql`now()` }).where(eq(outboxMessages.id, id));
}

async function register(t: TestApp, email: string): Promise<void> {
  const reg = await t.client().ok(REGISTER, { input: { email, name: 'Retry Rob', password: 'secret123' } });
  expect(reg.accountRegister.errors).toEqual([]);
}

async function onlyRow(t: TestApp, email: string) {
  const rows = await outboxRowsTo(t.database.db, email);
  expect(rows).toHaveLength(1);
  return rows[0] as NonNullable<(typeof rows)[0]>;
}

/** Whether the database itself sees the row's next attempt in the future. */
async function notDueYet(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.id, id), gt(outboxMessages.nextAttemptAt, sql`now()`)));
  return rows.length === 1;
}

// The app's own worker is off: each delivery attempt is one explicit runOnce().
describe('outbox retries with back-off', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpSink({ reject: (attempt) => (attempt === 1 ? 'mailbox busy, try later' : null) });
    t = await startTestApp({ SMTP_URL: smtp.url }, { idleWorkers: ['outbox'] });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('keeps a rejected email PENDING with a back-off, then delivers it on the next due run', async () => {
    const email = uniqueEmail('retry');
    await register(t, email);
    const queued = await onlyRow(t, email);
    expect(queued).toMatchObject({ status: 'PENDING', attempts: 0, lastError: null });

    const before = Date.now();
    expect(await t.app.context.outbox.runOnce()).toBe(1);
    const after = Date.now();
    expect(smtp.dataAttempts).toBe(1);
    expect(smtp.received).toHaveLength(0);

    const failed = await onlyRow(t, email);
    expect(failed.status).toBe('PENDING');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('mailbox busy, try later');
    expect(failed.sentAt).toBeNull();
    // The first retry waits retryDelayMs(1) = 5 s from the failed attempt.
    expect(retryDelayMs(1)).toBe(5000);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 5000);
    expect(failed.nextAttemptAt.getTime()).toBeLessThanOrEqual(after + 5000);
    expect(await notDueYet(t.database.db, failed.id)).toBe(true);
    // Bodies are kept (sealed) while the message still has to go out.
    expect(failed.payload.sealed).toBeTypeOf('string');
    expect(opened(failed).payload.text).toContain('token=');

    // Not due yet: another run leaves it alone.
    expect(await t.app.context.outbox.runOnce()).toBe(0);
    expect(smtp.dataAttempts).toBe(1);

    await makeDue(t.database.db, failed.id);
    expect(await t.app.context.outbox.runOnce()).toBe(1);
    expect(smtp.dataAttempts).toBe(2);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.envelopeTo).toEqual([email]);
    expect(smtp.received[0]?.headers.get('subject')).toBe('Confirm your email address');

    const sent = await onlyRow(t, email);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.payload).toEqual({ to: email, subject: 'Confirm your email address' });

    // Delivered once: later runs send nothing more.
    await makeDue(t.database.db, sent.id);
    expect(await t.app.context.outbox.runOnce()).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });
});

describe('outbox gives up after OUTBOX_MAX_ATTEMPTS', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpSink({ reject: () => 'mailbox unavailable' });
    t = await startTestApp({ SMTP_URL: smtp.url, OUTBOX_MAX_ATTEMPTS: '2' }, { idleWorkers: ['outbox'] });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('marks the email FAILED after the last allowed attempt and never tries again', async () => {
    const email = uniqueEmail('fail');
    await register(t, email);

    expect(await t.app.context.outbox.runOnce()).toBe(1);
    const first = await onlyRow(t, email);
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(first.lastError).toContain('mailbox unavailable');

    await makeDue(t.database.db, first.id);
    expect(await t.app.context.outbox.runOnce()).toBe(1);
    const second = await onlyRow(t, email);
    expect(second).toMatchObject({ status: 'FAILED', attempts: 2, sentAt: null });
    expect(second.lastError).toContain('mailbox unavailable');
    expect(smtp.dataAttempts).toBe(2);

    // A FAILED message is not picked up again, even once its retry time has passed.
    await makeDue(t.database.db, second.id);
    expect(await t.app.context.outbox.runOnce()).toBe(0);
    expect(smtp.dataAttempts).toBe(2);
    expect(smtp.received).toHaveLength(0);
    expect(await onlyRow(t, email)).toMatchObject({ status: 'FAILED', attempts: 2 });
  });
});
