import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { stockMovements } from '../../src/modules/catalog/catalog.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { orderEvents, orders, payments } from '../../src/modules/order/order.tables.js';
import type { PaymentProvider, RefundRequest } from '../../src/modules/payment/payment-provider.js';
import { createPaymentProviders } from '../../src/modules/payment/payment-providers.js';
import { SimulatedCardProvider } from '../../src/modules/payment/simulated-card.provider.js';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import { APPLY_COUPON, COUPON_CREATE, type TestVariant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import { opened } from '../notification/outbox-rows.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { fillCart, GOOD_CARD, type Store, stockOf, withStore } from '../support/store.js';

/** Operations and helpers shared by tests/orders/transitions-*.test.ts. */

export const TRANSITION_ORDER_FIELDS_FRAGMENT = graphql(`fragment TransitionOrderFields on Order {
  id number status paymentStatus paymentMethod carrier trackingNumber reservedUntil }`);

export const CHECKOUT = graphql(`mutation TransitionCheckout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }`);
export const CANCEL = graphql(`mutation TransitionCancel($input: OrderCancelInput!) {
  orderCancel(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }`);
export const PAY = graphql(`mutation TransitionPay($input: OrderPayInput!) {
  orderPay(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }`);
export const SHIPMENT_CREATE = graphql(`mutation TransitionShipmentCreate($input: ShipmentCreateInput!) {
  shipmentCreate(input: $input) {
    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }
    order { ...TransitionOrderFields } errors { field code message } } }`);
export const SHIPMENT_UPDATE_STATUS =
  graphql(`mutation TransitionShipmentUpdateStatus($input: ShipmentUpdateStatusInput!) {
  shipmentUpdateStatus(input: $input) {
    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }
    order { ...TransitionOrderFields } errors { field code message } } }`);
export const MARK_COLLECTED = graphql(`mutation TransitionMarkCollected($input: OrderIdInput!) {
  paymentMarkCollected(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }`);

/**
 * A card provider that behaves like the simulated gateway, but whose refunds can be made to throw
 * (a provider that gives no answer), and which counts the refunds it made.
 */
export class SwitchableCardProvider implements PaymentProvider {
  readonly name = 'simulated-card';
  readonly inner = new SimulatedCardProvider();
  failRefunds = false;
  readonly refunds: RefundRequest[] = [];

  charge(request: Parameters<PaymentProvider['charge']>[0]) {
    return this.inner.charge(request);
  }

  async refund(request: RefundRequest) {
    if (this.failRefunds) throw new Error('gateway timeout');
    const result = await this.inner.refund(request);
    if (result.status === 'SUCCEEDED') this.refunds.push(request);
    return result;
  }
}

/**
 * The app an order test file starts, with the store in it: the reservation sweeper idle (a test
 * expires an order when it means to), and card payments through `card` when given (a
 * SwitchableCardProvider, to count refunds or make them fail).
 * `({ t, store } = await startOrderStore(card))` in the file's beforeAll.
 */
export function startOrderStore(card?: PaymentProvider): Promise<{ t: TestApp; store: Store }> {
  return withStore(
    startTestApp(
      {},
      {
        idleWorkers: ['reservation-sweeper'],
        ...(card ? { services: { paymentProviders: createPaymentProviders({ card }) } } : {}),
      },
    ),
  );
}

/** Creates a coupon through the admin API; returns its id. */
export async function createCoupon(store: Store, code: string): Promise<string> {
  const payload = (
    await store.admin.client.ok(COUPON_CREATE, { input: { code, type: 'PERCENTAGE', value: '10' } })
  ).couponCreate;
  expect(payload.errors).toEqual([]);
  return payload.coupon!.id;
}

export interface PlaceOptions {
  paymentMethod?: 'CARD' | 'CASH_ON_DELIVERY';
  card?: typeof GOOD_CARD;
  coupon?: string;
}

/** Fills the customer's cart and checks out through the API (checkoutComplete); returns the order. */
export async function placeOrder(
  customer: SignedIn,
  lines: { variant: TestVariant; quantity: number }[],
  options: PlaceOptions = {},
) {
  const c = customer.client;
  await fillCart(
    c,
    lines.map((line) => ({ variantId: line.variant.id, quantity: line.quantity })),
  );
  if (options.coupon) {
    const applied = (await c.ok(APPLY_COUPON, { input: { code: options.coupon } })).cartApplyCoupon;
    expect(applied.errors).toEqual([]);
  }
  const paymentMethod = options.paymentMethod ?? 'CARD';
  const payload = (
    await c.ok(CHECKOUT, {
      input: {
        idempotencyKey: randomUUID(),
        paymentMethod,
        ...(paymentMethod === 'CARD' ? { card: options.card ?? GOOD_CARD } : {}),
      },
    })
  ).checkoutComplete;
  expect(payload.order, JSON.stringify(payload)).not.toBeNull();
  return payload.order!;
}

export function newCustomer(t: TestApp): Promise<SignedIn> {
  return registerAndLogin(t);
}

// ---- reading the database (outcomes, not status codes) ----

export async function movementsFor(t: TestApp, orderNumber: string, reason: 'ORDER' | 'CANCEL') {
  return t.database.db
    .select()
    .from(stockMovements)
    .where(and(eq(stockMovements.reference, orderNumber), eq(stockMovements.reason, reason)))
    .orderBy(asc(stockMovements.createdAt));
}

export async function orderRow(t: TestApp, orderId: string) {
  const [row] = await t.database.db.select().from(orders).where(eq(orders.id, orderId));
  if (!row) throw new Error(`no order ${orderId}`);
  return row;
}

export async function eventsOf(t: TestApp, orderId: string) {
  return t.database.db
    .select()
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id));
}

export async function paymentsOf(t: TestApp, orderId: string) {
  return t.database.db
    .select()
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(asc(payments.createdAt), asc(payments.id));
}

export async function cancellationCount(t: TestApp, userId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: users.cancellationCount })
    .from(users)
    .where(eq(users.id, userId));
  return row?.n ?? Number.NaN;
}

export async function couponState(t: TestApp, couponId: string, orderNumber: string) {
  const [coupon] = await t.database.db.select().from(coupons).where(eq(coupons.id, couponId));
  const redemptions = await t.database.db
    .select()
    .from(couponRedemptions)
    .where(eq(couponRedemptions.orderReference, orderNumber));
  return { usedCount: coupon?.usedCount ?? Number.NaN, redemptions: redemptions.length };
}

/** Outbox rows to `to` from `template`, their sealed bodies opened. */
export async function emailsTo(t: TestApp, to: string, template: string) {
  const rows = await t.database.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.recipient, to), eq(outboxMessages.template, template)));
  return rows.map((row) => opened(row, t.config.jwtSecret));
}

/** Everything an order mutation may touch, to prove a refused or rolled-back one changed nothing. */
export async function snapshot(t: TestApp, orderId: string, userId: string, variantIds: string[]) {
  const order = await orderRow(t, orderId);
  return {
    order,
    events: await eventsOf(t, orderId),
    payments: await paymentsOf(t, orderId),
    stock: await Promise.all(variantIds.map((id) => stockOf(t, id))),
    cancel: await movementsFor(t, order.number, 'CANCEL'),
    cancellations: await cancellationCount(t, userId),
    coupons: await t.database.db.select().from(coupons).orderBy(asc(coupons.id)),
    redemptions: await t.database.db.select().from(couponRedemptions).orderBy(asc(couponRedemptions.id)),
    outbox: (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(outboxMessages))[0]?.n,
  };
}

/** Moves an order's reservation window into the past, as if the customer had not paid in time. */
export async function expireReservation(t: TestApp, orderId: string): Promise<void> {
  await t.database.db
    .update(orders)
    .set({ reservedUntil: sql`now() - interval '1 minute'` })
    .where(eq(orders.id, orderId));
}

/** Expects exactly one payload error with this code. */
export function expectError(
  payload: { errors: readonly { code: string; message: string }[] },
  code: string,
): void {
  expect(payload.errors, JSON.stringify(payload)).toHaveLength(1);
  expect(payload.errors[0]!.code).toBe(code);
  expect(payload.errors[0]!.message.length).toBeGreaterThan(0);
}

/**
 * Ships every unit of the order in one parcel that leaves at once (shipmentCreate, IN_TRANSIT): the order
 * becomes SHIPPED. For tests that need an order in SHIPPED or DELIVERED (returns, refunds after
 * delivery). The one place that knows how that is done. Returns the shipment's id.
 */
export async function shipWholeOrder(store: Store, orderId: string): Promise<string> {
  const shipped = (
    await store.admin.client.ok(SHIPMENT_CREATE, {
      input: {
        orderId,
        carrier: 'UPS',
        trackingNumber: `1Z${randomUUID().slice(0, 12)}`,
        status: 'IN_TRANSIT',
      },
    })
  ).shipmentCreate;
  expect(shipped.errors, JSON.stringify(shipped.errors)).toEqual([]);
  expect(shipped.order!.status).toBe('SHIPPED');
  return shipped.shipment!.id;
}

/** Ships the whole order, then marks its parcel DELIVERED (shipmentUpdateStatus): the order is DELIVERED. */
export async function deliverWholeOrder(store: Store, orderId: string): Promise<void> {
  const shipmentId = await shipWholeOrder(store, orderId);
  const delivered = (
    await store.admin.client.ok(SHIPMENT_UPDATE_STATUS, { input: { shipmentId, status: 'DELIVERED' } })
  ).shipmentUpdateStatus;
  expect(delivered.errors, JSON.stringify(delivered.errors)).toEqual([]);
  expect(delivered.order!.status).toBe('DELIVERED');
}
