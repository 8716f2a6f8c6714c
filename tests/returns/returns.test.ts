import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderEvents, orderLines } from '../../src/modules/order/order.tables.js';
import { createPaymentProviders } from '../../src/modules/payment/payment-providers.js';
import { returnRequests } from '../../src/modules/returns/returns.tables.js';
import {
  deliverWholeOrder,
  emailsTo,
  eventsOf,
  expectError,
  newCustomer,
  orderRow,
  paymentsOf,
  placeOrder,
  SwitchableCardProvider,
} from '../orders/transitions-support.js';
import { decimal, moneySnapshot, refundsOf, returnMovements } from '../refunds/support.js';
import type { SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, setUpStore, stockOf } from '../support/store.js';

/** Returns: request by the customer, approve / reject / receive by an admin, and what is refused. */

const ERRORS = 'errors { field code message }';
const RETURN_FIELDS = `id orderId customerId status reason note refundedAmount { amount currencyCode } createdAt updatedAt
  lines { id orderLineId quantity orderLine { id sku quantity } }`;
const REQUEST = `mutation($input: ReturnRequestInput!) { returnRequest(input: $input) { return { ${RETURN_FIELDS} } ${ERRORS} } }`;
const APPROVE = `mutation($input: ReturnDecisionInput!) { returnApprove(input: $input) { return { ${RETURN_FIELDS} } ${ERRORS} } }`;
const REJECT = `mutation($input: ReturnDecisionInput!) { returnReject(input: $input) { return { ${RETURN_FIELDS} } ${ERRORS} } }`;
const RECEIVE = `mutation($input: ReturnIdInput!) { returnReceive(input: $input) { return { ${RETURN_FIELDS} } ${ERRORS} } }`;
const RETURNS = `query($status: ReturnStatus, $first: Int, $after: String) {
  returns(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }`;
const ORDER_RETURNS = `query($id: ID!) { order(id: $id) { id returns { ${RETURN_FIELDS} } } }`;

let t: TestApp;
let store: Store;
const card = new SwitchableCardProvider();

beforeAll(async () => {
  t = await startTestApp(
    {},
    {
      services: { paymentProviders: createPaymentProviders({ card }) },
      idleWorkers: ['reservation-sweeper'],
    },
  );
  store = await setUpStore(t);
});
afterAll(() => t?.close());

async function linesOf(orderId: string) {
  return t.database.db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.position));
}

/** A delivered card order of 3 shirts and 2 mugs; returns it with its lines (shirt first). */
async function deliveredOrder(customer: SignedIn) {
  const order = await placeOrder(customer, [
    { variant: store.shirt, quantity: 3 },
    { variant: store.mug, quantity: 2 },
  ]);
  await deliverWholeOrder(store, order.id);
  const [shirt, mug] = await linesOf(order.id);
  if (!shirt || !mug) throw new Error('lines missing');
  return { order, shirt, mug };
}

async function request(customer: SignedIn, input: Record<string, unknown>) {
  return (await customer.client.ok(REQUEST, { input })).returnRequest;
}
async function admin(query: string, input: Record<string, unknown>) {
  const data = await store.admin.client.ok(query, { input });
  return Object.values(data)[0] as any;
}
async function returnCount(orderId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(returnRequests)
    .where(eq(returnRequests.orderId, orderId));
  return Number(row?.n);
}

describe('a return from request to refund', () => {
  it('request → approve → receive: stock back with RETURN movements, exact refund, statuses, emails, timeline', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(customer);
    const shirtStock = await stockOf(t, store.shirt.id);
    const [payment] = await paymentsOf(t, order.id);
    const calls = card.refunds.length;

    const requested = await request(customer, {
      orderId: order.id,
      reason: 'Too small',
      lines: [{ orderLineId: shirt.id, quantity: 2 }],
    });
    expect(requested.errors).toEqual([]);
    expect(requested.return).toMatchObject({
      orderId: order.id,
      customerId: customer.id,
      status: 'REQUESTED',
      reason: 'Too small',
      note: null,
      refundedAmount: { amount: '0.00', currencyCode: 'USD' },
      lines: [{ orderLineId: shirt.id, quantity: 2, orderLine: { id: shirt.id, quantity: 3 } }],
    });
    const returnId = requested.return.id;
    expect(await emailsTo(t, customer.email, 'return.requested')).toHaveLength(1);

    const approved = await admin(APPROVE, { returnId, note: 'Send them to our warehouse' });
    expect(approved.errors).toEqual([]);
    expect(approved.return).toMatchObject({ status: 'APPROVED', note: 'Send them to our warehouse' });
    const approvedMail = await emailsTo(t, customer.email, 'return.approved');
    expect(approvedMail).toHaveLength(1);
    expect(approvedMail[0]?.payload.text).toContain('Send them to our warehouse');
    // Nothing moved yet.
    expect(await stockOf(t, store.shirt.id)).toBe(shirtStock);
    expect(await refundsOf(t, order.id)).toEqual([]);

    const received = await admin(RECEIVE, { returnId });
    expect(received.errors).toEqual([]);
    const share = Math.floor((shirt.total * 2) / 3);
    expect(received.return).toMatchObject({ status: 'RECEIVED', refundedAmount: { amount: decimal(share) } });

    // Stock: +2 shirts, one RETURN movement referencing the order number, by the admin.
    expect(await stockOf(t, store.shirt.id)).toBe(shirtStock + 2);
    expect((await returnMovements(t, order.number)).map((m) => [m.variantId, m.delta, m.actorId])).toEqual([
      [store.shirt.id, 2, store.admin.id],
    ]);
    // Money: exactly the returned units' share, through the provider, as a RETURN refund.
    expect((await refundsOf(t, order.id)).map((r) => [r.amount, r.source, r.returnId, r.paymentId])).toEqual([
      [share, 'RETURN', returnId, payment?.id],
    ]);
    expect(card.refunds.slice(calls).map((r) => r.amount)).toEqual([share]);
    expect(await orderRow(t, order.id)).toMatchObject({
      status: 'DELIVERED',
      paymentStatus: 'PARTIALLY_REFUNDED',
    });
    expect((await paymentsOf(t, order.id))[0]).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: share,
    });

    // One email per step; the return's own email carries the amount (no separate refund email).
    const receivedMail = await emailsTo(t, customer.email, 'return.received');
    expect(receivedMail).toHaveLength(1);
    expect(receivedMail[0]?.payload.text).toContain(`${decimal(share)} USD`);
    expect(await emailsTo(t, customer.email, 'order.partially_refunded')).toHaveLength(0);

    // Timeline.
    const types = (await eventsOf(t, order.id)).map((e) => e.type);
    expect(types.slice(-4)).toEqual([
      'RETURN_REQUESTED',
      'RETURN_APPROVED',
      'PARTIALLY_REFUNDED',
      'RETURN_RECEIVED',
    ]);

    // The rest of the order comes back too: all shirt units together refund exactly the shirt line total.
    const second = await request(customer, {
      orderId: order.id,
      reason: 'Changed my mind',
      lines: [
        { orderLineId: shirt.id, quantity: 1 },
        { orderLineId: mug.id, quantity: 2 },
      ],
    });
    expect(second.errors).toEqual([]);
    expect((await admin(APPROVE, { returnId: second.return.id, note: null })).errors).toEqual([]);
    const secondReceived = await admin(RECEIVE, { returnId: second.return.id });
    expect(secondReceived.errors).toEqual([]);
    const secondShare = shirt.total - share + mug.total;
    expect(secondReceived.return.refundedAmount.amount).toBe(decimal(secondShare));
    const all = await refundsOf(t, order.id);
    expect(all.reduce((n, r) => n + r.amount, 0)).toBe(shirt.total + mug.total);
    // Shipping was not returned: still captured, the order stays delivered.
    expect(await orderRow(t, order.id)).toMatchObject({
      status: 'DELIVERED',
      paymentStatus: 'PARTIALLY_REFUNDED',
    });

    // The buyer reads their returns on the order.
    const seen = (await customer.client.ok(ORDER_RETURNS, { id: order.id })).order;
    expect(seen.returns.map((r: any) => [r.status, r.refundedAmount.amount])).toEqual([
      ['RECEIVED', decimal(share)],
      ['RECEIVED', decimal(secondShare)],
    ]);
    // Nothing more to return.
    expectError(
      await request(customer, {
        orderId: order.id,
        reason: 'More',
        lines: [{ orderLineId: mug.id, quantity: 1 }],
      }),
      'RETURN_QUANTITY_EXCEEDED',
    );
  });

  it('a return that brings the captured remainder to zero makes the order REFUNDED', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(customer);
    const [payment] = await paymentsOf(t, order.id);
    // Shipping is refunded by hand first; the return then takes the rest.
    const refundable = payment!.amount - shirt.total - mug.total;
    const refunded = await store.admin.client.ok(
      `mutation($input: PaymentRefundInput!) { paymentRefund(input: $input) { ${ERRORS} } }`,
      { input: { paymentId: payment?.id, amount: decimal(refundable) } },
    );
    expect(refunded.paymentRefund.errors).toEqual([]);
    const r = await request(customer, {
      orderId: order.id,
      reason: 'All of it',
      lines: [
        { orderLineId: shirt.id, quantity: 3 },
        { orderLineId: mug.id, quantity: 2 },
      ],
    });
    await admin(APPROVE, { returnId: r.return.id });
    const shirtStock = await stockOf(t, store.shirt.id);
    const received = await admin(RECEIVE, { returnId: r.return.id });
    expect(received.errors).toEqual([]);
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    // Restocked once, by the return (the full refund after delivery does not restock again).
    expect(await stockOf(t, store.shirt.id)).toBe(shirtStock + 3);
    expect((await paymentsOf(t, order.id))[0]?.refundedAmount).toBe(payment?.amount);
  });
});

describe('rejections and refusals', () => {
  it('reject: REJECTED with its note and email, units free to request again; wrong steps refused', async () => {
    const customer = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(customer);
    const r = await request(customer, {
      orderId: order.id,
      reason: 'Meh',
      lines: [{ orderLineId: shirt.id, quantity: 3 }],
    });
    expect(r.errors).toEqual([]);
    expectError(await admin(RECEIVE, { returnId: r.return.id }), 'INVALID_TRANSITION');

    const rejected = await admin(REJECT, { returnId: r.return.id, note: 'Worn items' });
    expect(rejected.errors).toEqual([]);
    expect(rejected.return).toMatchObject({ status: 'REJECTED', note: 'Worn items' });
    const mail = await emailsTo(t, customer.email, 'return.rejected');
    expect(mail).toHaveLength(1);
    expect(mail[0]?.payload.text).toContain('Worn items');
    expect((await eventsOf(t, order.id)).at(-1)).toMatchObject({
      type: 'RETURN_REJECTED',
      actorKind: 'ADMIN',
    });

    const before = await moneySnapshot(t, order.id, customer.id, [store.shirt.id]);
    for (const query of [APPROVE, REJECT]) {
      expectError(await admin(query, { returnId: r.return.id }), 'INVALID_TRANSITION');
    }
    expectError(await admin(RECEIVE, { returnId: r.return.id }), 'INVALID_TRANSITION');
    expectError(await admin(APPROVE, { returnId: randomUUID() }), 'NOT_FOUND');
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);

    // The rejected units may be asked for again.
    expect(
      (
        await request(customer, {
          orderId: order.id,
          reason: 'Again',
          lines: [{ orderLineId: shirt.id, quantity: 3 }],
        })
      ).errors,
    ).toEqual([]);
  });

  it('refuses after the return window, with nothing created', async () => {
    const customer = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(customer);
    await t.database.db
      .update(orderEvents)
      .set({ createdAt: sql`now() - interval '31 days'` })
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, 'DELIVERED')));
    const before = await moneySnapshot(t, order.id, customer.id, [store.shirt.id]);
    expectError(
      await request(customer, {
        orderId: order.id,
        reason: 'Late',
        lines: [{ orderLineId: shirt.id, quantity: 1 }],
      }),
      'RETURN_WINDOW_CLOSED',
    );
    expect(await returnCount(order.id)).toBe(0);
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);

    // Just inside the window it is accepted.
    await t.database.db
      .update(orderEvents)
      .set({ createdAt: sql`now() - interval '29 days'` })
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, 'DELIVERED')));
    expect(
      (
        await request(customer, {
          orderId: order.id,
          reason: 'In time',
          lines: [{ orderLineId: shirt.id, quantity: 1 }],
        })
      ).errors,
    ).toEqual([]);
  });

  it('refuses more units than delivered, counting other open returns; bad lines and input', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(customer);
    const over = await request(customer, {
      orderId: order.id,
      reason: 'Too many',
      lines: [{ orderLineId: shirt.id, quantity: 4 }],
    });
    expectError(over, 'RETURN_QUANTITY_EXCEEDED');
    expect(over.errors[0].field).toEqual(['input', 'lines', '0', 'quantity']);
    expect(over.return).toBeNull();

    expect(
      (
        await request(customer, {
          orderId: order.id,
          reason: 'Two',
          lines: [{ orderLineId: shirt.id, quantity: 2 }],
        })
      ).errors,
    ).toEqual([]);
    expectError(
      await request(customer, {
        orderId: order.id,
        reason: 'Two more',
        lines: [{ orderLineId: shirt.id, quantity: 2 }],
      }),
      'RETURN_QUANTITY_EXCEEDED',
    );
    const other = await deliveredOrder(customer);
    expectError(
      await request(customer, {
        orderId: order.id,
        reason: 'x',
        lines: [{ orderLineId: other.shirt.id, quantity: 1 }],
      }),
      'NOT_FOUND',
    );
    expectError(
      await request(customer, {
        orderId: order.id,
        reason: 'x',
        lines: [
          { orderLineId: mug.id, quantity: 1 },
          { orderLineId: mug.id, quantity: 1 },
        ],
      }),
      'INVALID_INPUT',
    );
    expectError(await request(customer, { orderId: order.id, reason: 'x', lines: [] }), 'INVALID_INPUT');
    expectError(
      await request(customer, {
        orderId: order.id,
        reason: '  ',
        lines: [{ orderLineId: mug.id, quantity: 1 }],
      }),
      'INVALID_INPUT',
    );
    expectError(
      await request(customer, {
        orderId: order.id,
        reason: 'x',
        lines: [{ orderLineId: mug.id, quantity: 0 }],
      }),
      'INVALID_INPUT',
    );
    expect(await returnCount(order.id)).toBe(1);
  });

  it("another customer's order is not found; an order not delivered cannot be returned", async () => {
    const owner = await newCustomer(t);
    const stranger = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(owner);
    const payload = await request(stranger, {
      orderId: order.id,
      reason: 'Mine now',
      lines: [{ orderLineId: shirt.id, quantity: 1 }],
    });
    expectError(payload, 'NOT_FOUND');
    expect(payload.errors[0].message).toBe('No order with this id.');
    expectError(
      await request(stranger, {
        orderId: randomUUID(),
        reason: 'x',
        lines: [{ orderLineId: shirt.id, quantity: 1 }],
      }),
      'NOT_FOUND',
    );
    // The stranger cannot read them either.
    expect((await stranger.client.ok(ORDER_RETURNS, { id: order.id })).order).toBeNull();

    const confirmed = await placeOrder(owner, [{ variant: store.mug, quantity: 1 }]);
    const [line] = await linesOf(confirmed.id);
    expectError(
      await request(owner, {
        orderId: confirmed.id,
        reason: 'x',
        lines: [{ orderLineId: line?.id, quantity: 1 }],
      }),
      'RETURN_NOT_ALLOWED',
    );
    expect(await returnCount(order.id)).toBe(0);
  });

  it('customers may not approve, reject, receive or list returns', async () => {
    const customer = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(customer);
    const r = await request(customer, {
      orderId: order.id,
      reason: 'x',
      lines: [{ orderLineId: shirt.id, quantity: 1 }],
    });
    for (const query of [APPROVE, REJECT, RECEIVE]) {
      const own = await customer.client.request(query, { input: { returnId: r.return.id } });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.client().request(query, { input: { returnId: r.return.id } });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await customer.client.request(RETURNS, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.database.db.select().from(returnRequests).where(eq(returnRequests.id, r.return.id));
    expect(row?.status).toBe('REQUESTED');
  });
});

describe('returns (admin list)', () => {
  it('lists every return newest first, by status, page by page', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(customer);
    const a = await request(customer, {
      orderId: order.id,
      reason: 'a',
      lines: [{ orderLineId: shirt.id, quantity: 1 }],
    });
    const b = await request(customer, {
      orderId: order.id,
      reason: 'b',
      lines: [{ orderLineId: mug.id, quantity: 1 }],
    });
    await admin(REJECT, { returnId: a.return.id });
    const requested = (await store.admin.client.ok(RETURNS, { status: 'REQUESTED', first: 100 })).returns;
    expect(requested.edges.map((e: any) => e.node.id)).toContain(b.return.id);
    expect(requested.edges.every((e: any) => e.node.status === 'REQUESTED')).toBe(true);
    const first = (await store.admin.client.ok(RETURNS, { first: 1 })).returns;
    expect(first.edges).toHaveLength(1);
    expect(first.edges[0].node).toMatchObject({ id: b.return.id, order: { id: order.id } });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await store.admin.client.ok(RETURNS, { first: 1, after: first.pageInfo.endCursor }))
      .returns;
    expect(next.edges[0].node.id).toBe(a.return.id);
    expect(next.totalCount).toBeGreaterThanOrEqual(2);
  });
});
