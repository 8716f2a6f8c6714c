import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import type { AppContext } from '../../src/graphql/app-context.js';
import { orders } from '../../src/modules/order/order.tables.js';
import { sweepExpiredReservations } from '../../src/modules/order/reservation-sweeper.js';
import { type TestApp } from '../support/harness.js';
import { holdRowLock } from '../support/row-lock.js';
import { DECLINED_CARD, type Store, stockOf } from '../support/store.js';
import {
  CANCEL,
  cancellationCount,
  couponState,
  createCoupon,
  emailsTo,
  eventsOf,
  expireReservation,
  movementsFor,
  newCustomer,
  orderRow,
  placeOrder,
  startOrderStore,
} from './transitions-support.js';

/** The reservation sweeper: unpaid orders past their window are cancelled and restocked, exactly once. */

const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));

let t: TestApp;
let store: Store;
/** A second instance's database: its own pool on PostgreSQL, the one PGlite otherwise. */
let second: DatabaseHandle;
let secondApp: AppContext;

beforeAll(async () => {
  ({ t, store } = await startOrderStore());
  second =
    t.database.kind === 'postgres'
      ? await openDatabase({ url: t.config.databaseUrl, dataDir: '', poolSize: 3 })
      : t.database;
  secondApp = { ...t.app.context, database: second, db: second.db };
});
afterAll(async () => {
  if (second && second !== t?.database) await second.close();
  await t?.close();
});

async function unpaidOrder(quantity = 1) {
  const customer = await newCustomer(t);
  const order = await placeOrder(customer, [{ variant: store.shirt, quantity }], { card: DECLINED_CARD });
  expect(order.status).toBe('PENDING_PAYMENT');
  return { customer, order };
}

/** Sweeps until nothing is left; returns how many orders this sweeper cancelled. */
async function drain(app: AppContext, limit: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sweepExpiredReservations(app, limit);
    total += n;
    if (n === 0) return total;
  }
}

describe('sweepExpiredReservations', () => {
  it('cancels an unpaid order past its reservation: stock back, coupon released, emailed, SYSTEM event', async () => {
    const couponId = await createCoupon(store, 'SWEEP10');
    const before = await stockOf(t, store.shirt.id);
    const customer = await newCustomer(t);
    const order = await placeOrder(customer, [{ variant: store.shirt, quantity: 3 }], {
      card: DECLINED_CARD,
      coupon: 'SWEEP10',
    });
    const fresh = await unpaidOrder();
    expect(await stockOf(t, store.shirt.id)).toBe(before - 4);

    // Nothing is due yet.
    expect(await sweepExpiredReservations(t.app.context)).toBe(0);
    expect((await orderRow(t, order.id)).status).toBe('PENDING_PAYMENT');

    await expireReservation(t, order.id);
    expect(await sweepExpiredReservations(t.app.context)).toBe(1);

    const row = await orderRow(t, order.id);
    expect(row).toMatchObject({ status: 'CANCELLED', paymentStatus: 'FAILED', reservedUntil: null });
    expect(await stockOf(t, store.shirt.id)).toBe(before - 1);
    const movements = await movementsFor(t, order.number, 'CANCEL');
    expect(movements.map((m) => [m.delta, m.actorId])).toEqual([[3, null]]);
    expect(await couponState(t, couponId, order.number)).toEqual({ usedCount: 0, redemptions: 0 });
    // The system cancelled it, not the customer.
    expect(await cancellationCount(t, customer.id)).toBe(0);
    const mails = await emailsTo(t, customer.email, 'order.cancelled');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.payload.text).toContain('not completed in time');
    expect((await eventsOf(t, order.id)).at(-1)).toMatchObject({
      type: 'RESERVATION_EXPIRED',
      fromStatus: 'PENDING_PAYMENT',
      toStatus: 'CANCELLED',
      actorKind: 'SYSTEM',
      actorId: null,
    });

    // The other order still waits for payment; a second sweep finds nothing.
    expect((await orderRow(t, fresh.order.id)).status).toBe('PENDING_PAYMENT');
    expect(await sweepExpiredReservations(t.app.context)).toBe(0);

    // The customer can no longer pay or cancel the expired order.
    const payload = (await customer.client.ok(CANCEL, { input: { orderId: order.id, reason: null } }))
      .orderCancel;
    expect(payload.errors[0]?.code).toBe('INVALID_TRANSITION');
  });

  it('two instances sweeping at once process every order exactly once', async () => {
    const before = await stockOf(t, store.shirt.id);
    const placed = [];
    for (let i = 0; i < 8; i++) placed.push(await unpaidOrder(2));
    for (const { order } of placed) await expireReservation(t, order.id);
    expect(await stockOf(t, store.shirt.id)).toBe(before - 16);

    const [a, b, c, d] = await Promise.all([
      drain(t.app.context, 2),
      drain(secondApp, 2),
      drain(t.app.context, 3),
      drain(secondApp, 1),
    ]);
    expect(a + b + c + d).toBe(8);

    expect(await stockOf(t, store.shirt.id)).toBe(before);
    for (const { order, customer } of placed) {
      expect((await orderRow(t, order.id)).status).toBe('CANCELLED');
      const events = (await eventsOf(t, order.id)).filter((e) => e.type === 'RESERVATION_EXPIRED');
      expect(events).toHaveLength(1);
      expect(await movementsFor(t, order.number, 'CANCEL')).toHaveLength(1);
      expect(await emailsTo(t, customer.email, 'order.cancelled')).toHaveLength(1);
    }
  });

  it.runIf(onPostgres)('skips an order another transaction holds, and takes it once released', async () => {
    const { order: held } = await unpaidOrder();
    const { order: free } = await unpaidOrder();
    await expireReservation(t, held.id);
    await expireReservation(t, free.id);

    // Instance A holds the row (as a customer paying it would); instance B sweeps meanwhile.
    const release = await holdRowLock(t.database.db, (tx) =>
      tx.select({ id: orders.id }).from(orders).where(eq(orders.id, held.id)).for('update'),
    );
    try {
      expect(await sweepExpiredReservations(secondApp, 10)).toBe(1);
      expect((await orderRow(t, free.id)).status).toBe('CANCELLED');
      expect((await orderRow(t, held.id)).status).toBe('PENDING_PAYMENT');
    } finally {
      await release();
    }
    expect(await sweepExpiredReservations(secondApp, 10)).toBe(1);
    expect((await orderRow(t, held.id)).status).toBe('CANCELLED');
    const stillDue = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(sql`${orders.status} = 'PENDING_PAYMENT' AND ${orders.reservedUntil} < now()`);
    expect(stillDue[0]?.n).toBe(0);
  });
});
