import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderEvents } from '../../src/modules/order/order.tables.js';
import { returnRequests } from '../../src/modules/returns/returns.tables.js';
import {
  emailsTo,
  eventsOf,
  expectError,
  newCustomer,
  placeOrder,
  SwitchableCardProvider,
  startOrderStore,
} from '../orders/transitions-support.js';
import { moneySnapshot } from '../refunds/support.js';
import type { TestApp } from '../support/harness.js';
import { type Store } from '../support/store.js';
import {
  APPROVE,
  approveReturn,
  deliveredOrder,
  linesOf,
  ORDER_RETURNS,
  RECEIVE,
  REJECT,
  RETURNS,
  receiveReturn,
  rejectReturn,
  requestReturn,
  returnCount,
} from './support.js';

/** Returns rejected or refused (window, quantities, ownership, roles), and the admin list of returns. */

let t: TestApp;
let store: Store;
const card = new SwitchableCardProvider();

beforeAll(async () => {
  ({ t, store } = await startOrderStore(card));
});
afterAll(() => t?.close());

describe('rejections and refusals', () => {
  it('reject: REJECTED with its note and email, units free to request again; wrong steps refused', async () => {
    const customer = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(t, store, customer);
    const r = await requestReturn(customer, {
      orderId: order.id,
      reason: 'Meh',
      lines: [{ orderLineId: shirt.id, quantity: 3 }],
    });
    expect(r.errors).toEqual([]);
    expectError(await receiveReturn(store, { returnId: r.return!.id }), 'INVALID_TRANSITION');

    const rejected = await rejectReturn(store, { returnId: r.return!.id, note: 'Worn items' });
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
    for (const decide of [approveReturn, rejectReturn]) {
      expectError(await decide(store, { returnId: r.return!.id }), 'INVALID_TRANSITION');
    }
    expectError(await receiveReturn(store, { returnId: r.return!.id }), 'INVALID_TRANSITION');
    expectError(await approveReturn(store, { returnId: randomUUID() }), 'NOT_FOUND');
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);

    // The rejected units may be asked for again.
    expect(
      (
        await requestReturn(customer, {
          orderId: order.id,
          reason: 'Again',
          lines: [{ orderLineId: shirt.id, quantity: 3 }],
        })
      ).errors,
    ).toEqual([]);
  });

  it('refuses after the return window, with nothing created', async () => {
    const customer = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(t, store, customer);
    await t.database.db
      .update(orderEvents)
      .set({ createdAt: sql`now() - interval '31 days'` })
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, 'DELIVERED')));
    const before = await moneySnapshot(t, order.id, customer.id, [store.shirt.id]);
    expectError(
      await requestReturn(customer, {
        orderId: order.id,
        reason: 'Late',
        lines: [{ orderLineId: shirt.id, quantity: 1 }],
      }),
      'RETURN_WINDOW_CLOSED',
    );
    expect(await returnCount(t, order.id)).toBe(0);
    expect(await moneySnapshot(t, order.id, customer.id, [store.shirt.id])).toEqual(before);

    // Just inside the window it is accepted.
    await t.database.db
      .update(orderEvents)
      .set({ createdAt: sql`now() - interval '29 days'` })
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, 'DELIVERED')));
    expect(
      (
        await requestReturn(customer, {
          orderId: order.id,
          reason: 'In time',
          lines: [{ orderLineId: shirt.id, quantity: 1 }],
        })
      ).errors,
    ).toEqual([]);
  });

  it('refuses more units than delivered, counting other open returns; bad lines and input', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(t, store, customer);
    const over = await requestReturn(customer, {
      orderId: order.id,
      reason: 'Too many',
      lines: [{ orderLineId: shirt.id, quantity: 4 }],
    });
    expectError(over, 'RETURN_QUANTITY_EXCEEDED');
    expect(over.errors[0]!.field).toEqual(['input', 'lines', '0', 'quantity']);
    expect(over.return).toBeNull();

    expect(
      (
        await requestReturn(customer, {
          orderId: order.id,
          reason: 'Two',
          lines: [{ orderLineId: shirt.id, quantity: 2 }],
        })
      ).errors,
    ).toEqual([]);
    expectError(
      await requestReturn(customer, {
        orderId: order.id,
        reason: 'Two more',
        lines: [{ orderLineId: shirt.id, quantity: 2 }],
      }),
      'RETURN_QUANTITY_EXCEEDED',
    );
    const other = await deliveredOrder(t, store, customer);
    expectError(
      await requestReturn(customer, {
        orderId: order.id,
        reason: 'x',
        lines: [{ orderLineId: other.shirt.id, quantity: 1 }],
      }),
      'NOT_FOUND',
    );
    expectError(
      await requestReturn(customer, {
        orderId: order.id,
        reason: 'x',
        lines: [
          { orderLineId: mug.id, quantity: 1 },
          { orderLineId: mug.id, quantity: 1 },
        ],
      }),
      'INVALID_INPUT',
    );
    expectError(
      await requestReturn(customer, { orderId: order.id, reason: 'x', lines: [] }),
      'INVALID_INPUT',
    );
    expectError(
      await requestReturn(customer, {
        orderId: order.id,
        reason: '  ',
        lines: [{ orderLineId: mug.id, quantity: 1 }],
      }),
      'INVALID_INPUT',
    );
    expectError(
      await requestReturn(customer, {
        orderId: order.id,
        reason: 'x',
        lines: [{ orderLineId: mug.id, quantity: 0 }],
      }),
      'INVALID_INPUT',
    );
    expect(await returnCount(t, order.id)).toBe(1);
  });

  it("another customer's order is not found; an order not delivered cannot be returned", async () => {
    const owner = await newCustomer(t);
    const stranger = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(t, store, owner);
    const payload = await requestReturn(stranger, {
      orderId: order.id,
      reason: 'Mine now',
      lines: [{ orderLineId: shirt.id, quantity: 1 }],
    });
    expectError(payload, 'NOT_FOUND');
    expect(payload.errors[0]!.message).toBe('No order with this id.');
    expectError(
      await requestReturn(stranger, {
        orderId: randomUUID(),
        reason: 'x',
        lines: [{ orderLineId: shirt.id, quantity: 1 }],
      }),
      'NOT_FOUND',
    );
    // The stranger cannot read them either.
    expect((await stranger.client.ok(ORDER_RETURNS, { id: order.id })).order).toBeNull();

    const confirmed = await placeOrder(owner, [{ variant: store.mug, quantity: 1 }]);
    const [line] = await linesOf(t, confirmed.id);
    expectError(
      await requestReturn(owner, {
        orderId: confirmed.id,
        reason: 'x',
        lines: [{ orderLineId: line!.id, quantity: 1 }],
      }),
      'RETURN_NOT_ALLOWED',
    );
    expect(await returnCount(t, order.id)).toBe(0);
  });

  it('customers may not approve, reject, receive or list returns', async () => {
    const customer = await newCustomer(t);
    const { order, shirt } = await deliveredOrder(t, store, customer);
    const r = await requestReturn(customer, {
      orderId: order.id,
      reason: 'x',
      lines: [{ orderLineId: shirt.id, quantity: 1 }],
    });
    // The admin operations' texts, sent as they are (their payload types differ; only the refusal is read).
    for (const query of [APPROVE, REJECT, RECEIVE].map((operation) => operation.toString())) {
      const own = await customer.client.request(query, { input: { returnId: r.return!.id } });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.client().request(query, { input: { returnId: r.return!.id } });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await customer.client.request(RETURNS, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.database.db
      .select()
      .from(returnRequests)
      .where(eq(returnRequests.id, r.return!.id));
    expect(row?.status).toBe('REQUESTED');
  });
});

describe('returns (admin list)', () => {
  it('lists every return newest first, by status, page by page', async () => {
    const customer = await newCustomer(t);
    const { order, shirt, mug } = await deliveredOrder(t, store, customer);
    const a = await requestReturn(customer, {
      orderId: order.id,
      reason: 'a',
      lines: [{ orderLineId: shirt.id, quantity: 1 }],
    });
    const b = await requestReturn(customer, {
      orderId: order.id,
      reason: 'b',
      lines: [{ orderLineId: mug.id, quantity: 1 }],
    });
    await rejectReturn(store, { returnId: a.return!.id });
    const requested = (await store.admin.client.ok(RETURNS, { filter: { status: 'REQUESTED' }, first: 100 }))
      .returns;
    expect(requested.edges.map((e) => e.node.id)).toContain(b.return!.id);
    expect(requested.edges.every((e) => e.node.status === 'REQUESTED')).toBe(true);
    const first = (await store.admin.client.ok(RETURNS, { first: 1 })).returns;
    expect(first.edges).toHaveLength(1);
    expect(first.edges[0]!.node).toMatchObject({ id: b.return!.id, order: { id: order.id } });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await store.admin.client.ok(RETURNS, { first: 1, after: first.pageInfo.endCursor }))
      .returns;
    expect(next.edges[0]!.node.id).toBe(a.return!.id);
    expect(next.totalCount).toBeGreaterThanOrEqual(2);
  });
});
