import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { enqueueEmail } from '../../src/modules/notification/outbox.js';
import { OutboxWorker } from '../../src/modules/notification/outbox.worker.js';
import { REGISTER, uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { CountingTransport } from './counting-transport.js';
import { outboxRowsTo } from './outbox-rows.js';

let t: TestApp;
beforeAll(async () => {
  // The app's own worker is off; these tests deliver with a counting worker.
  t = await startTestApp({}, { idleWorkers: ['outbox'] });
});
afterAll(() => t?.close());

function deliverAll(transport: CountingTransport): Promise<number> {
  return new OutboxWorker({
    db: t.database.db,
    transport,
    logger: t.app.context.logger,
    serverSecret: t.config.jwtSecret,
    pollIntervalMs: 50,
    maxAttempts: 5,
  }).runOnce();
}

const mail = (to: string) => ({ to, subject: 'Atomic', text: 'hello\n', html: '<p>hello</p>' });

describe('transactional outbox', () => {
  it('never sends an email enqueued in a transaction that rolls back', async () => {
    const rolledBack = uniqueEmail('rollback');
    const committed = uniqueEmail('commit');
    await expect(
      t.database.db.transaction(async (tx) => {
        await enqueueEmail({ app: t.app.context }, tx, 'test.atomic', mail(rolledBack));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.database.db.transaction(async (tx) => {
      await enqueueEmail({ app: t.app.context }, tx, 'test.atomic', mail(committed));
    });

    expect(await outboxRowsTo(t.database.db, rolledBack)).toEqual([]);
    expect(await outboxRowsTo(t.database.db, committed)).toHaveLength(1);

    const transport = new CountingTransport();
    expect(await deliverAll(transport)).toBe(1);
    expect(transport.sent).toEqual([committed]);
    expect(await outboxRowsTo(t.database.db, rolledBack)).toEqual([]);
  });

  it('writes one verification email when concurrent registrations race for one address', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.client().ok(REGISTER, { input: { email, name: 'Racy Rae', password: 'secret123' } }),
      ),
    );
    const winners = results.filter((r) => r.accountRegister.errors.length === 0);
    const losers = results.filter((r) => r.accountRegister.errors.length > 0);
    expect(winners).toHaveLength(1);
    for (const loser of losers) {
      expect(loser.accountRegister.errors.map((e: { code: string }) => e.code)).toEqual(['EMAIL_TAKEN']);
      expect(loser.accountRegister.user).toBeNull();
    }
    const [userCount] = await t.database.db.select({ n: count() }).from(users).where(eq(users.email, email));
    expect(userCount?.n).toBe(1);

    const rows = await outboxRowsTo(t.database.db, email);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.template).toBe('account.email-verification');
    const transport = new CountingTransport();
    await deliverAll(transport);
    expect(transport.sent).toEqual([email]);
    const [sent] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, email));
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1 });
  });
});
