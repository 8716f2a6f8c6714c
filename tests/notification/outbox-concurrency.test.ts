import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { enqueueEmail } from '../../src/modules/notification/outbox.js';
import { OutboxWorker } from '../../src/modules/notification/outbox.worker.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { scaled } from '../support/wait-for.js';
import { CountingTransport } from './counting-transport.js';
import { opened } from './outbox-rows.js';

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

let t: TestApp;
/** The second instance's database: its own connection pool on PostgreSQL, the one PGlite otherwise. */
let second: DatabaseHandle;

beforeAll(async () => {
  t = await startTestApp({}, { idleWorkers: ['outbox'] });
  second =
    t.database.kind === 'postgres'
      ? await openDatabase({ url: t.config.databaseUrl, dataDir: '', poolSize: 2 })
      : t.database;
});
afterAll(async () => {
  if (second && second !== t?.database) await second.close();
  await t?.close();
});

function worker(database: DatabaseHandle, transport: CountingTransport): OutboxWorker {
  return new OutboxWorker({
    db: database.db,
    transport,
    logger: t.app.context.logger,
    serverSecret: t.config.jwtSecret,
    pollIntervalMs: 50,
    maxAttempts: 5,
  });
}

async function enqueueMany(prefix: string, count: number): Promise<string[]> {
  const recipients = Array.from({ length: count }, (_, i) => `${prefix}-${i}@example.com`);
  for (const to of recipients) {
    await enqueueEmail({ app: t.app.context }, t.database.db, 'test.bulk', {
      to,
      subject: `Message for ${to}`,
      text: `Hello ${to}\n`,
      html: `<p>Hello ${to}</p>`,
    });
  }
  return recipients;
}

async function rowsFor(recipients: string[]) {
  return t.database.db.select().from(outboxMessages).where(inArray(outboxMessages.recipient, recipients));
}

describe('outbox workers on one database', () => {
  it('deliver every message exactly once when two instances run at the same time', async () => {
    const recipients = await enqueueMany('race', 30);
    const transportA = new CountingTransport({ delayMs: 3 });
    const transportB = new CountingTransport({ delayMs: 3 });
    const [a, b] = await Promise.all([
      worker(t.database, transportA).runOnce(),
      worker(second, transportB).runOnce(),
    ]);

    const all = [...transportA.sent, ...transportB.sent];
    expect(all).toHaveLength(30);
    expect(new Set(all)).toEqual(new Set(recipients));
    expect(a).toBe(transportA.sent.length);
    expect(b).toBe(transportB.sent.length);

    const rows = await rowsFor(recipients);
    expect(rows).toHaveLength(30);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
      expect(row.sentAt).toBeInstanceOf(Date);
      // Only a real (SMTP) send blanks the bodies: the development mailbox still shows them.
      expect(opened(row).payload.text).toBe(`Hello ${row.recipient}\n`);
    }

    // Nothing left for anyone.
    const transportC = new CountingTransport();
    expect(await worker(second, transportC).runOnce()).toBe(0);
    expect(transportC.sent).toEqual([]);
  });

  it.runIf(onPostgres)(
    'skip the batch another instance holds instead of waiting for it or sending it again',
    async () => {
      const recipients = await enqueueMany('skip', 30);
      let aHoldsBatch!: () => void;
      const aHoldsBatchNow = new Promise<void>((resolve) => {
        aHoldsBatch = resolve;
      });
      let bDelivered!: () => void;
      const bDeliveredOne = new Promise<void>((resolve) => {
        bDelivered = resolve;
      });
      let bProgressedWhileAHeld = false;
      // A claims its first batch, then stalls on its first message until B has delivered one
      // (at most 10 s, so a broken lock strategy fails the assertion below instead of hanging).
      const transportA = new CountingTransport({
        before: async (_message, index) => {
          if (index !== 0) return;
          aHoldsBatch();
          bProgressedWhileAHeld = await Promise.race([
            bDeliveredOne.then(() => true),
            new Promise<boolean>((r) => setTimeout(() => r(false), scaled(10_000))),
          ]);
        },
      });
      const transportB = new CountingTransport({ after: () => bDelivered() });

      const runA = worker(t.database, transportA).runOnce();
      await aHoldsBatchNow;
      const runB = worker(second, transportB).runOnce();
      await Promise.all([runA, runB]);

      expect(bProgressedWhileAHeld).toBe(true);
      expect(transportA.sent.length).toBeGreaterThan(0);
      expect(transportB.sent.length).toBeGreaterThan(0);
      const all = [...transportA.sent, ...transportB.sent];
      expect(all).toHaveLength(30);
      expect(new Set(all)).toEqual(new Set(recipients));
      const rows = await rowsFor(recipients);
      expect(rows.map((r) => `${r.status}/${r.attempts}`)).toEqual(Array(30).fill('SENT/1'));
    },
  );

  it('do not let one failing message hold back the rest of its batch', async () => {
    const recipients = await enqueueMany('partial', 5);
    const transport = new CountingTransport({
      before: (message) => {
        if (message.to === 'partial-2@example.com') throw new Error('recipient refused');
      },
    });
    expect(await worker(t.database, transport).runOnce()).toBe(5);
    expect(transport.sent.sort()).toEqual(recipients.filter((r) => r !== 'partial-2@example.com'));
    const rows = await rowsFor(recipients);
    const byRecipient = new Map(rows.map((r) => [r.recipient, r]));
    expect(byRecipient.get('partial-2@example.com')).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'recipient refused',
    });
    for (const to of recipients.filter((r) => r !== 'partial-2@example.com')) {
      expect(byRecipient.get(to)).toMatchObject({ status: 'SENT', attempts: 1 });
    }
  });
});
