import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Housekeeping } from '../../src/graphql/housekeeping.js';
import { oneTimeTokens, refreshTokens, sessions } from '../../src/modules/account/account.tables.js';
import { cartPurges } from '../../src/modules/cart/cart.purges.js';
import { cartLines, carts } from '../../src/modules/cart/cart.tables.js';
import { catalogFacetChanges } from '../../src/modules/catalog/catalog-facets.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import {
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEndpoints,
} from '../../src/modules/webhook/webhook.tables.js';
import { LOGOUT, RELAXED_LIMITS, RESET_REQUEST, refreshWith, sha256 } from '../account/fixtures.js';
import { backdateCart, newGuest, Shopper, variant } from '../cart/support.js';
import { adminClient, login, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';
import { holdRowLock } from '../support/row-lock.js';
import { waitFor } from '../support/wait-for.js';

/**
 * Housekeeping (README "Housekeeping"): each domain's purge deletes what is past its retention and
 * keeps the rest; counts go to the log and to `housekeeping_purged_total`. The task is idle here and
 * the tests run its passes (`app.context.housekeeping.runOnce()`), except the one about its schedule.
 */
const DAY = 86400;
const KINDS = [
  'sessions',
  'one_time_tokens',
  'oidc_authorizations',
  'outbox_messages',
  'guest_carts',
  'webhook_deliveries',
  'catalog_facet_changes',
];
const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));
const logs = captureLogs();
let t: TestApp;
let admin: SignedIn;
let mugId: string;

beforeAll(async () => {
  // Batches of 2 rows: a purge with more due rows takes several statements.
  t = await startTestApp(
    { ...RELAXED_LIMITS, HOUSEKEEPING_BATCH_SIZE: '2' },
    { idleWorkers: ['housekeeping'], logger: logs.logger },
  );
  admin = await adminClient(t);
  mugId = (await variant(admin.client, 'Housekeeping Mug', '9.00', 50)).id;
});
afterAll(() => t?.close());

const db = () => t.database.db;
const ago = (seconds: number) => sql`now() - ${seconds}::float8 * interval '1 second'`;

async function scrape(app: TestApp = t): Promise<string> {
  const response = await fetch(`${app.url}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

function purgedMetric(text: string, kind: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`housekeeping_purged_total{kind="${kind}"} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

async function sessionOf(refreshToken: string): Promise<string> {
  const [row] = await db()
    .select({ sessionId: refreshTokens.sessionId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, sha256(refreshToken)));
  if (!row) throw new Error('no refresh token row');
  return row.sessionId;
}

const sessionIds = async (ids: string[]) =>
  (await db().select({ id: sessions.id }).from(sessions).where(inArray(sessions.id, ids))).map((r) => r.id);

async function newWebhookDelivery(
  endpointId: string,
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED',
  ageSeconds: number,
): Promise<string> {
  const [row] = await db()
    .insert(webhookDeliveries)
    .values({
      endpointId,
      eventId: randomUUID(),
      eventType: 'ORDER_CREATED',
      payload: {},
      status,
      attempts: status === 'PENDING' ? 0 : 1,
      createdAt: ago(ageSeconds),
    })
    .returning({ id: webhookDeliveries.id });
  await db()
    .insert(webhookDeliveryAttempts)
    .values({ deliveryId: row!.id, attempt: 1, responseStatus: 200, durationMs: 5 });
  return row!.id;
}

describe('a housekeeping pass', () => {
  it('purges each kind past its retention, keeps the rest, and reports the counts', async () => {
    const before = await scrape();
    for (const kind of KINDS) expect(purgedMetric(before, kind)).toBe(0);

    // Logins: two ended long ago (one expired, one revoked), two recent enough to stay.
    const expiredLong = await registerAndLogin(t);
    const revokedLong = await login(t.client(), expiredLong.email);
    const expiredRecently = await login(t.client(), expiredLong.email);
    const live = await login(t.client(), expiredLong.email);
    const expiredLongId = await sessionOf(expiredLong.refreshToken);
    const revokedLongId = await sessionOf(revokedLong.refreshToken);
    const expiredRecentlyId = await sessionOf(expiredRecently.refreshToken);
    const liveId = await sessionOf(live.refreshToken);
    await revokedLong.client.ok(LOGOUT, { input: { refreshToken: revokedLong.refreshToken } });
    await db()
      .update(sessions)
      .set({ expiresAt: ago(31 * DAY) })
      .where(eq(sessions.id, expiredLongId));
    await db()
      .update(sessions)
      .set({ revokedAt: ago(31 * DAY) })
      .where(eq(sessions.id, revokedLongId));
    await db()
      .update(sessions)
      .set({ expiresAt: ago(29 * DAY) })
      .where(eq(sessions.id, expiredRecentlyId));

    // One-time tokens: one expired 8 days ago, one used 8 days ago, one used yesterday, one still valid.
    const resetUser = await registerAndLogin(t);
    for (let i = 0; i < 4; i++) {
      const payload = (await t.client().ok(RESET_REQUEST, { input: { email: resetUser.email } }))
        .accountPasswordResetRequest;
      expect(payload.errors).toEqual([]);
    }
    const tokens = await db()
      .select({ id: oneTimeTokens.id })
      .from(oneTimeTokens)
      .where(sql`${oneTimeTokens.userId} = ${resetUser.id} AND ${oneTimeTokens.purpose} = 'PASSWORD_RESET'`)
      .orderBy(oneTimeTokens.createdAt);
    expect(tokens).toHaveLength(4);
    const [expiredToken, usedLongToken, usedRecentlyToken, validToken] = tokens.map((r) => r.id) as [
      string,
      string,
      string,
      string,
    ];
    await db().execute(
      sql`UPDATE one_time_tokens SET expires_at = ${ago(8 * DAY)} WHERE id = ${expiredToken}`,
    );
    await db().execute(sql`UPDATE one_time_tokens SET used_at = ${ago(8 * DAY)} WHERE id = ${usedLongToken}`);
    await db().execute(sql`UPDATE one_time_tokens SET used_at = ${ago(DAY)} WHERE id = ${usedRecentlyToken}`);

    // Pending provider sign-ins never completed: one expired 8 days ago goes, one expired yesterday stays.
    for (const [hash, expired] of [
      ['housekeeping-old-state', ago(8 * DAY)],
      ['housekeeping-recent-state', ago(DAY)],
    ] as const) {
      await db().execute(sql`INSERT INTO oidc_authorizations (state_hash, provider, purpose, redirect_uri, sealed, expires_at)
        VALUES (${hash}, 'test', 'SIGN_IN', 'https://shop.example/callback', 'sealed', ${expired})`);
    }

    // Emails: the registrations' and resets' are sent by the outbox worker; one sent 31 days ago goes.
    // A FAILED one and a PENDING one of the same age stay.
    const sent = await waitFor('the reset emails sent', async () => {
      const rows = await db()
        .select({ id: outboxMessages.id })
        .from(outboxMessages)
        .where(sql`${outboxMessages.recipient} = ${resetUser.email} AND ${outboxMessages.status} = 'SENT'`);
      return rows.length >= 4 ? rows : undefined;
    });
    const [oldSent, failed, pending] = sent.map((r) => r.id) as [string, string, string];
    await db().execute(sql`UPDATE outbox_messages SET sent_at = ${ago(31 * DAY)} WHERE id = ${oldSent}`);
    await db().execute(
      sql`UPDATE outbox_messages SET status = 'FAILED', sent_at = NULL, created_at = ${ago(60 * DAY)} WHERE id = ${failed}`,
    );
    await db().execute(
      sql`UPDATE outbox_messages SET status = 'PENDING', sent_at = NULL, created_at = ${ago(60 * DAY)},
          next_attempt_at = now() + interval '1 day' WHERE id = ${pending}`,
    );

    // Guest carts: one idle past GUEST_CART_TTL (with a line), one recent; a customer's cart a year idle.
    const oldGuest = await newGuest(t);
    await oldGuest.add(mugId, 2);
    const oldGuestCartId = (await oldGuest.cart())!.id;
    const recentGuest = await newGuest(t);
    await recentGuest.add(mugId, 1);
    const recentGuestCartId = (await recentGuest.cart())!.id;
    const customer = new Shopper(live.client);
    await customer.add(mugId, 1);
    const customerCartId = (await customer.cart())!.id;
    await backdateCart(t, oldGuestCartId, t.config.guestCartTtl + 60);
    await backdateCart(t, recentGuestCartId, t.config.guestCartTtl - DAY);
    await backdateCart(t, customerCartId, 365 * DAY);

    // The webhook delivery log: finished deliveries 31 days old go (with their attempts); a pending one
    // of that age and a finished one of yesterday stay. The endpoint is inactive: the webhook worker
    // leaves its deliveries as they are.
    const [endpoint] = await db()
      .insert(webhookEndpoints)
      .values({
        url: 'https://example.com/hook',
        events: ['ORDER_CREATED'],
        secretCiphertext: 'x',
        active: false,
      })
      .returning({ id: webhookEndpoints.id });
    const oldSucceeded = await newWebhookDelivery(endpoint!.id, 'SUCCEEDED', 31 * DAY);
    const oldFailed = await newWebhookDelivery(endpoint!.id, 'FAILED', 31 * DAY);
    const oldPending = await newWebhookDelivery(endpoint!.id, 'PENDING', 31 * DAY);
    const recentSucceeded = await newWebhookDelivery(endpoint!.id, 'SUCCEEDED', DAY);

    // The facet change log: a row past its retention (an hour) goes; the products made here stay logged.
    const [oldChange] = await db()
      .insert(catalogFacetChanges)
      .values({ productId: randomUUID(), createdAt: sql`now() - interval '2 hours'` })
      .returning({ version: catalogFacetChanges.version });
    const recentChanges = await db()
      .select({ version: catalogFacetChanges.version })
      .from(catalogFacetChanges);
    expect(recentChanges.length).toBeGreaterThan(1);

    const logged = logs.lines.length;
    const purged = await t.app.context.housekeeping.runOnce();
    expect(purged).toEqual({
      catalog_facet_changes: 1,
      sessions: 2,
      one_time_tokens: 2,
      oidc_authorizations: 1,
      outbox_messages: 1,
      guest_carts: 1,
      webhook_deliveries: 2,
    });

    // Logins: the ended ones are gone with their refresh tokens; presenting one is an unknown token.
    expect((await sessionIds([expiredLongId, revokedLongId, expiredRecentlyId, liveId])).sort()).toEqual(
      [expiredRecentlyId, liveId].sort(),
    );
    const orphanTokens = await db()
      .select({ id: refreshTokens.id })
      .from(refreshTokens)
      .where(inArray(refreshTokens.sessionId, [expiredLongId, revokedLongId]));
    expect(orphanTokens).toEqual([]);
    expect((await refreshWith(t, expiredLong.refreshToken)).errors[0]?.code).toBe('INVALID_TOKEN');
    expect((await refreshWith(t, live.refreshToken)).errors).toEqual([]);

    const tokenIds = (
      await db()
        .select({ id: oneTimeTokens.id })
        .from(oneTimeTokens)
        .where(eq(oneTimeTokens.userId, resetUser.id))
    ).map((r) => r.id);
    expect(tokenIds).toEqual(expect.arrayContaining([usedRecentlyToken, validToken]));
    expect(tokenIds).not.toContain(expiredToken);
    expect(tokenIds).not.toContain(usedLongToken);

    const outboxIds = (
      await db()
        .select({ id: outboxMessages.id })
        .from(outboxMessages)
        .where(
          inArray(
            outboxMessages.id,
            sent.map((r) => r.id),
          ),
        )
    ).map((r) => r.id);
    expect(outboxIds).toHaveLength(sent.length - 1);
    expect(outboxIds).toEqual(expect.arrayContaining([failed, pending]));
    expect(outboxIds).not.toContain(oldSent);

    expect(await db().select().from(carts).where(eq(carts.id, oldGuestCartId))).toEqual([]);
    expect(await db().select().from(cartLines).where(eq(cartLines.cartId, oldGuestCartId))).toEqual([]);
    expect((await recentGuest.cart())?.itemCount).toBe(1);
    expect((await customer.cart())?.id).toBe(customerCartId);

    const deliveryIds = (
      await db()
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.endpointId, endpoint!.id))
    ).map((r) => r.id);
    expect(deliveryIds.sort()).toEqual([oldPending, recentSucceeded].sort());
    const attempts = await db()
      .select({ id: webhookDeliveryAttempts.id })
      .from(webhookDeliveryAttempts)
      .where(inArray(webhookDeliveryAttempts.deliveryId, [oldSucceeded, oldFailed]));
    expect(attempts).toEqual([]);

    const changesLeft = (
      await db().select({ version: catalogFacetChanges.version }).from(catalogFacetChanges)
    ).map((r) => r.version);
    expect(changesLeft).toHaveLength(recentChanges.length - 1);
    expect(changesLeft).not.toContain(oldChange!.version);

    // The counts, in the log (one structured line at info) and in the metrics.
    const lines = logs.lines.slice(logged).filter((l) => l.msg === 'housekeeping purged rows');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, purged });
    const after = await scrape();
    for (const kind of KINDS) expect(purgedMetric(after, kind)).toBe(purged[kind]);
  });

  it('keeps a rotated refresh token inside the reuse window: reuse is still detected after a pass', async () => {
    const user = await registerAndLogin(t);
    const rotated = await refreshWith(t, user.refreshToken);
    expect(rotated.errors).toEqual([]);
    // Another login that expired 29 days ago (inside SESSION_RETENTION), after one rotation.
    const other = await login(t.client(), user.email);
    expect((await refreshWith(t, other.refreshToken)).errors).toEqual([]);
    await db()
      .update(sessions)
      .set({ expiresAt: ago(29 * DAY) })
      .where(eq(sessions.id, await sessionOf(other.refreshToken)));

    await t.app.context.housekeeping.runOnce();

    const replay = await refreshWith(t, user.refreshToken);
    expect(replay.errors[0]).toMatchObject({ code: 'TOKEN_REUSED', field: ['input', 'refreshToken'] });
    // The login was ended for safety: its current token no longer works either.
    expect((await refreshWith(t, rotated.refreshToken!)).errors[0]?.code).toBe('INVALID_TOKEN');
    const replayExpired = await refreshWith(t, other.refreshToken);
    expect(replayExpired.errors[0]?.code).toBe('TOKEN_REUSED');
  });

  it('purges what a later clock finds due, and then nothing: no log line, metrics unchanged', async () => {
    const guest = await newGuest(t);
    await guest.add(mugId, 1);
    const cartId = (await guest.cart())!.id;
    expect((await t.app.context.housekeeping.runOnce()).guest_carts).toBeUndefined();
    // Seen from a clock GUEST_CART_TTL later, every guest cart is idle past it (and only those go).
    const guestCarts = await db().select({ id: carts.id }).from(carts).where(sql`${carts.userId} IS NULL`);
    expect(guestCarts.map((c) => c.id)).toContain(cartId);
    const later = new Date(Date.now() + (t.config.guestCartTtl + 60) * 1000);
    expect((await t.app.context.housekeeping.runOnce(later)).guest_carts).toBe(guestCarts.length);
    expect(await db().select().from(carts).where(eq(carts.id, cartId))).toEqual([]);
    expect(
      await db().select({ id: carts.id }).from(carts).where(sql`${carts.userId} IS NOT NULL`),
    ).not.toEqual([]);

    const metricsBefore = purgedMetric(await scrape(), 'guest_carts');
    const logged = logs.lines.length;
    expect(await t.app.context.housekeeping.runOnce()).toEqual({});
    expect(logs.lines.slice(logged).filter((l) => l.msg === 'housekeeping purged rows')).toEqual([]);
    expect(purgedMetric(await scrape(), 'guest_carts')).toBe(metricsBefore);
  });

  it.runIf(onPostgres)(
    'skips a guest cart another transaction holds, and purges it once released',
    async () => {
      const guest = await newGuest(t);
      await guest.add(mugId, 1);
      const cartId = (await guest.cart())!.id;
      await backdateCart(t, cartId, t.config.guestCartTtl + 60);
      const release = await holdRowLock(db(), (tx) =>
        tx.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId)).for('update'),
      );
      try {
        expect((await t.app.context.housekeeping.runOnce()).guest_carts).toBeUndefined();
        expect(await db().select({ id: carts.id }).from(carts).where(eq(carts.id, cartId))).toHaveLength(1);
      } finally {
        await release();
      }
      expect((await t.app.context.housekeeping.runOnce()).guest_carts).toBe(1);
    },
  );

  it('logs a purge that fails and goes on with the others', async () => {
    const guest = await newGuest(t);
    await guest.add(mugId, 1);
    const cartId = (await guest.cart())!.id;
    await backdateCart(t, cartId, t.config.guestCartTtl + 60);
    const { logger, lines } = captureLogs();
    const broken = { kind: 'broken', purgeBatch: () => Promise.reject(new Error('no such table')) };
    const housekeeping = new Housekeeping([broken, ...cartPurges(t.config.guestCartTtl)], {
      db: db(),
      logger,
      intervalMs: 3_600_000,
      batchSize: 10,
    });
    expect(await housekeeping.runOnce()).toEqual({ guest_carts: 1 });
    expect(lines.filter((l) => l.level === 50)).toEqual([
      expect.objectContaining({ kind: 'broken', msg: 'housekeeping purge failed' }),
    ]);
    expect(lines.filter((l) => l.level === 30)).toEqual([
      expect.objectContaining({ purged: { guest_carts: 1 }, msg: 'housekeeping purged rows' }),
    ]);
  });
});

describe('two instances', () => {
  it('passing at the same time purge every due row once between them', async () => {
    const second = await startSecondInstance(t, { idleWorkers: ['housekeeping'] });
    try {
      const due: string[] = [];
      for (let i = 0; i < 5; i++) {
        const guest = await newGuest(t);
        await guest.add(mugId, 1);
        const cartId = (await guest.cart())!.id;
        await backdateCart(t, cartId, t.config.guestCartTtl + 60);
        due.push(cartId);
      }
      // Batches of 2: each instance takes several, skipping the rows the other holds.
      const [mine, theirs] = await Promise.all([
        t.app.context.housekeeping.runOnce(),
        second.context.housekeeping.runOnce(),
      ]);
      expect((mine.guest_carts ?? 0) + (theirs.guest_carts ?? 0)).toBe(due.length);
      expect(await db().select({ id: carts.id }).from(carts).where(inArray(carts.id, due))).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});

describe('the housekeeping task', () => {
  it('runs on its own every HOUSEKEEPING_INTERVAL', async () => {
    const scheduled = await startTestApp({ HOUSEKEEPING_INTERVAL: '1s' });
    try {
      const own = await adminClient(scheduled);
      const mug = await variant(own.client, 'Scheduled Mug', '9.00', 5);
      const guest = await newGuest(scheduled);
      await guest.add(mug.id, 1);
      const cartId = (await guest.cart())!.id;
      await backdateCart(scheduled, cartId, scheduled.config.guestCartTtl + 60);
      await waitFor('the idle guest cart purged', async () => {
        const rows = await scheduled.database.db.select().from(carts).where(eq(carts.id, cartId));
        return rows.length === 0 ? true : undefined;
      });
      expect(purgedMetric(await scrape(scheduled), 'guest_carts')).toBe(1);
    } finally {
      await scheduled.close();
    }
  });
});
