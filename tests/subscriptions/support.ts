import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningApp } from '../../src/app.js';
import type { TestApp } from '../support/harness.js';

/** Helpers for tests/subscriptions: real graphql-ws clients against the real server. */

export const UPDATE_FIELDS = `
  event { id type fromStatus toStatus toPaymentStatus actorKind }
  order { id number status paymentStatus customerId events { type } }`;

export const ORDER_UPDATED = `subscription($orderId: ID!) { orderUpdated(orderId: $orderId) { ${UPDATE_FIELDS} } }`;
export const ORDER_EVENTS = `subscription { orderEvents { ${UPDATE_FIELDS} } }`;

/** A graphql-ws client for an app (its base URL), with the given connectionParams; no retries. */
export function wsClient(baseUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    ...(connectionParams ? { connectionParams } : {}),
    retryAttempts: 0,
    lazy: true,
  });
}

/** What one subscription received, in order. */
export interface Collected {
  results: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] }[];
  /** Set when the server sent `error` (or the socket failed). */
  error: unknown;
  completed: boolean;
  /** Waits for the n-th result (from 0). */
  result(n: number): Promise<Collected['results'][number]>;
  /** Waits until the server has completed or errored the operation. */
  finished(): Promise<void>;
  unsubscribe(): void;
}

export function collect(client: Client, query: string, variables: Record<string, unknown> = {}): Collected {
  const collected: Collected = {
    results: [],
    error: undefined,
    completed: false,
    result: async (n) => {
      await waitFor(() => collected.results.length > n, `result #${n} of ${query}`);
      return collected.results[n] as Collected['results'][number];
    },
    finished: () => waitFor(() => collected.completed || collected.error !== undefined, `end of ${query}`),
    unsubscribe: () => {},
  };
  collected.unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        collected.results.push(value as Collected['results'][number]);
      },
      error: (error) => {
        collected.error = error ?? 'error';
      },
      complete: () => {
        collected.completed = true;
      },
    },
  );
  return collected;
}

/**
 * Subscribes and waits until the server has registered the subscription with its order event hub,
 * so events committed from now on are delivered (the protocol itself gives no "subscribed" ack).
 */
export async function subscribeReady(
  app: RunningApp,
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Collected> {
  const hub = app.context.orderEvents;
  const before = hub.subscriberCount;
  const collected = collect(client, query, variables);
  await waitFor(
    () => hub.subscriberCount > before || collected.completed || collected.error !== undefined,
    `subscription ${query} registered`,
  );
  if (collected.completed || collected.error !== undefined) {
    throw new Error(`subscription refused: ${JSON.stringify(collected.results)} ${String(collected.error)}`);
  }
  return collected;
}

/** Polls `condition` until it holds, with a generous deadline. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Closes clients, ignoring those already closed. */
export async function disposeAll(clients: Client[]): Promise<void> {
  await Promise.all(clients.map((c) => c.dispose()));
}

/** Every client a test file opened, to dispose after it. */
export function clientPool(t: () => TestApp) {
  const clients: Client[] = [];
  return {
    open(connectionParams?: Record<string, unknown>, baseUrl = t().url): Client {
      const client = wsClient(baseUrl, connectionParams);
      clients.push(client);
      return client;
    },
    async disposeAll() {
      await disposeAll(clients.splice(0));
    },
  };
}
