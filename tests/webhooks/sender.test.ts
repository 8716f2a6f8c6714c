import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from '../../src/modules/webhook/webhook-sender.js';
import { Receiver } from './support.js';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await new Receiver((i) => (i === 0 ? 200 : 302)).start();
});
afterAll(async () => {
  await receiver?.close();
});

const port = () => new URL(receiver.url).port;

describe('postWebhook', () => {
  it('connects to the address the guard checked, never resolving the name again', async () => {
    const checked: string[] = [];
    // "hooks.invalid" resolves nowhere: the request can only arrive through the pinned address.
    const outcome = await postWebhook(
      {
        url: `http://hooks.invalid:${port()}/pinned`,
        headers: { 'content-type': 'application/json', 'x-webhook-id': 'evt-1' },
        body: '{"a":1}',
        timeoutMs: 5000,
        allowPrivateUrls: false,
      },
      async (host) => {
        checked.push(host);
        return { ok: true, addresses: [{ address: '127.0.0.1', family: 4 }] };
      },
    );
    expect(outcome).toMatchObject({ status: 200, error: null });
    expect(checked).toEqual(['hooks.invalid']);
    expect(receiver.requests[0]).toMatchObject({
      method: 'POST',
      url: '/pinned',
      body: '{"a":1}',
      headers: { host: `hooks.invalid:${port()}`, 'x-webhook-id': 'evt-1', 'content-length': '7' },
    });
  });

  it('does not connect when the guard refuses, and does not follow redirects', async () => {
    const before = receiver.requests.length;
    const refused = await postWebhook(
      { url: receiver.url, headers: {}, body: '{}', timeoutMs: 5000, allowPrivateUrls: false },
      async () => ({ ok: false, reason: 'NOT_PUBLIC', message: 'loopback' }),
    );
    expect(refused).toMatchObject({ status: null, error: 'loopback' });
    expect(receiver.requests).toHaveLength(before);

    const redirected = await postWebhook({
      url: receiver.url,
      headers: {},
      body: '{}',
      timeoutMs: 5000,
      allowPrivateUrls: true,
    });
    expect(redirected).toMatchObject({ status: 302, error: 'HTTP 302: failure number 2' });
    expect(receiver.requests).toHaveLength(before + 1);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const silent = await new Receiver(() => 200, 2000).start();
    try {
      const outcome = await postWebhook({
        url: silent.url,
        headers: {},
        body: '{}',
        timeoutMs: 200,
        allowPrivateUrls: true,
      });
      expect(outcome).toMatchObject({ status: null, error: 'no answer within 200 ms' });
    } finally {
      await silent.close();
    }
  });
});
