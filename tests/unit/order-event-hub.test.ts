import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { mapNotices, OrderEventHub, parseNotice } from '../../src/modules/order/order-event-hub.js';
import { ORDER_EVENTS_CHANNEL } from '../../src/modules/order/order-events.js';

/** The in-process fan-out of order event notices, driven through a stand-in LISTEN. */

function fakeDatabase() {
  const listeners = new Map<string, (payload: string) => void>();
  const database = {
    async listen(channel: string, onPayload: (payload: string) => void) {
      listeners.set(channel, onPayload);
      return async () => {
        listeners.delete(channel);
      };
    },
  } as unknown as DatabaseHandle;
  return { database, listeners };
}

const notice = (n: number, orderId = 'o1') =>
  JSON.stringify({ eventId: `e${n}`, orderId, userId: 'u1', type: 'CANCELLED' });

async function startedHub(queueLimit = 3) {
  const { database, listeners } = fakeDatabase();
  const hub = new OrderEventHub({ database, logger: createLogger('silent'), queueLimit });
  await hub.start();
  const notify = listeners.get(ORDER_EVENTS_CHANNEL);
  if (!notify) throw new Error('the hub did not LISTEN on the order events channel');
  return { hub, notify, listeners };
}

describe('OrderEventHub', () => {
  it('hands each notice to the subscribers whose filter accepts it, in order', async () => {
    const { hub, notify } = await startedHub();
    const mine = hub.subscribe((n) => n.orderId === 'o1');
    const all = hub.subscribe(() => true);
    notify(notice(1));
    notify(notice(2, 'o2'));
    notify(notice(3));
    expect((await mine.next()).value?.eventId).toBe('e1');
    expect((await mine.next()).value?.eventId).toBe('e3');
    expect(
      [(await all.next()).value, (await all.next()).value, (await all.next()).value].map((n) => n?.eventId),
    ).toEqual(['e1', 'e2', 'e3']);
  });

  it('wakes a waiting reader, and ending it while it waits removes it at once', async () => {
    const { hub, notify } = await startedHub();
    const sub = hub.subscribe(() => true);
    const waiting = sub.next();
    notify(notice(1));
    expect((await waiting).value?.eventId).toBe('e1');
    const stillWaiting = sub.next();
    expect(hub.subscriberCount).toBe(1);
    await sub.return?.();
    expect(await stillWaiting).toEqual({ value: undefined, done: true });
    expect(hub.subscriberCount).toBe(0);
    notify(notice(2));
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a subscriber that falls behind its bounded queue with SUBSCRIPTION_OVERFLOW, freeing it', async () => {
    const { hub, notify } = await startedHub(3);
    const slow = hub.subscribe(() => true);
    const fast = hub.subscribe(() => true);
    const fastSeen: string[] = [];
    for (let n = 1; n <= 3; n++) {
      notify(notice(n));
      fastSeen.push((await fast.next()).value?.eventId ?? '');
    }
    // The slow one holds 3 (its limit); the 4th overflows it, and it leaves the hub at once.
    notify(notice(4));
    expect(hub.subscriberCount).toBe(1);
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_OVERFLOW' } });
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    // Others are not affected.
    expect((await fast.next()).value?.eventId).toBe('e4');
    expect(fastSeen).toEqual(['e1', 'e2', 'e3']);
  });

  it('ignores malformed notices', async () => {
    const { hub, notify } = await startedHub();
    const sub = hub.subscribe(() => true);
    notify('not json');
    notify(JSON.stringify({ eventId: 'e1', orderId: 'o1', userId: 'u1', type: 'NOT_A_TYPE' }));
    notify(JSON.stringify({ eventId: 1, orderId: 'o1', userId: 'u1', type: 'CANCELLED' }));
    notify(notice(2));
    expect((await sub.next()).value?.eventId).toBe('e2');
    expect(parseNotice('null')).toBeNull();
  });

  it('stop() ends every subscription and UNLISTENs', async () => {
    const { hub, listeners } = await startedHub();
    const sub = hub.subscribe(() => true);
    const waiting = sub.next();
    await hub.stop();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(hub.subscriberCount).toBe(0);
    expect(listeners.size).toBe(0);
  });
});

describe('mapNotices', () => {
  it('skips notices loaded as null, and return() reaches the source even while a read waits', async () => {
    const { hub, notify } = await startedHub();
    const mapped = mapNotices(
      hub.subscribe(() => true),
      async (n) => (n.eventId === 'e1' ? null : n.eventId),
    );
    notify(notice(1));
    notify(notice(2));
    expect(await mapped.next()).toEqual({ value: 'e2', done: false });
    const waiting = mapped.next();
    await mapped.return?.();
    expect(hub.subscriberCount).toBe(0);
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it('unsubscribes when loading fails (graphql-ws forgets a failed operation without ending it)', async () => {
    const { hub, notify } = await startedHub();
    const mapped = mapNotices(
      hub.subscribe(() => true),
      async () => {
        throw new Error('database down');
      },
    );
    notify(notice(1));
    await expect(mapped.next()).rejects.toThrow('database down');
    expect(hub.subscriberCount).toBe(0);
  });
});
