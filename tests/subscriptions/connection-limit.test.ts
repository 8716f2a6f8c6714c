import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATIONS_PER_CONNECTION } from '../../src/graphql/websocket.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';
import { clientPool, collect, ORDER_EVENTS, subscribeReady } from './support.js';

/** One WebSocket connection runs at most MAX_OPERATIONS_PER_CONNECTION operations at once. */

let t: TestApp;
let admin: SignedIn;
const ws = clientPool(() => t);

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});
afterAll(async () => {
  await ws.disposeAll();
  await t?.close();
});

describe('operations per WebSocket connection', () => {
  it('refuses the one over the limit with TOO_MANY_SUBSCRIPTIONS, and accepts again once one ends', async () => {
    const client = ws.open({ accessToken: admin.accessToken });
    const hub = t.app.context.orderEvents;
    const open = [];
    for (let i = 0; i < MAX_OPERATIONS_PER_CONNECTION; i++) {
      open.push(await subscribeReady(t.app, client, ORDER_EVENTS));
    }
    expect(hub.subscriberCount).toBe(MAX_OPERATIONS_PER_CONNECTION);

    const refused = collect(client, ORDER_EVENTS);
    await refused.finished();
    const errors = refused.error as { extensions?: { code?: string }; message: string }[];
    expect(errors.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(errors[0]?.message).toContain(String(MAX_OPERATIONS_PER_CONNECTION));
    expect(hub.subscriberCount).toBe(MAX_OPERATIONS_PER_CONNECTION);

    // Another connection has its own allowance; this one gets a slot back when one ends.
    await subscribeReady(t.app, ws.open({ accessToken: admin.accessToken }), ORDER_EVENTS);
    open[0]?.unsubscribe();
    await waitFor('the ended subscription gone', () => hub.subscriberCount === MAX_OPERATIONS_PER_CONNECTION);
    await subscribeReady(t.app, client, ORDER_EVENTS);
    expect(hub.subscriberCount).toBe(MAX_OPERATIONS_PER_CONNECTION + 1);
  });
});
