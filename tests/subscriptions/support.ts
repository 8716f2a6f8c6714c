import { type Client, createClient } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { RunningApp } from '../../src/app.js';
import { graphql } from '../generated/gql.js';
import { eventsOf } from '../orders/transitions-support.js';
import type { TypedOperation, VariablesOf } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/** Helpers for tests/subscriptions: real graphql-ws clients against the real server. */

export const UPDATE_FIELDS_FRAGMENT = graphql(`fragment SubscriptionUpdateFields on OrderUpdate {
  event { id type fromStatus toStatus toPaymentStatus actorKind }
  order { id number status paymentStatus customerId events { type } } }`);

export const ORDER_UPDATED = graphql(`subscription SubscriptionOrderUpdated($orderId: ID!) {
  orderUpdated(orderId: $orderId) { ...SubscriptionUpdateFields } }`);
export const ORDER_EVENTS = graphql(`subscription SubscriptionOrderEvents {
  orderEvents { ...SubscriptionUpdateFields } }`);

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

/** One result of a subscription: its data has the operation's result type. */
export interface SubscriptionResult<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** What one subscription received, in order. */
export interface Collected<TResult = unknown> {
  results: SubscriptionResult<TResult>[];
  /** Set when the server sent `error` (or the socket failed). */
  error: unknown;
  completed: boolean;
  /** Waits for the n-th result (from 0). */
  result(n: number): Promise<SubscriptionResult<TResult>>;
  /** Waits for the n-th result (from 0), which must be data without errors, and returns its data. */
  data(n: number): Promise<TResult>;
  /** Waits until the server has completed or errored the operation. */
  finished(): Promise<void>;
  unsubscribe(): void;
}

/**
 * Subscribes with a typed operation (sent as its printed text), or with a plain text when the text is
 * the point (a malformed operation, variables of the wrong type).
 */
export function collect<TResult, TVariables>(
  client: Client,
  document: TypedOperation<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Collected<TResult>;
export function collect(client: Client, query: string, variables?: Record<string, unknown>): Collected;
export function collect(
  client: Client,
  document: string | TypedOperation<unknown, unknown>,
  variables: unknown = {},
): Collected {
  const query = document.toString();
  const collected: Collected = {
    results: [],
    error: undefined,
    completed: false,
    result: async (n) => {
      await waitFor(`result #${n} of ${query}`, () => collected.results.length > n);
      return collected.results[n] as SubscriptionResult<unknown>;
    },
    data: async (n) => {
      const result = await collected.result(n);
      expect(result.errors, `result #${n} of ${query}`).toBeUndefined();
      expect(result.data, `result #${n} of ${query}`).toBeTruthy();
      return result.data;
    },
    finished: async () => {
      await waitFor(`end of ${query}`, () => collected.completed || collected.error !== undefined);
    },
    unsubscribe: () => {},
  };
  collected.unsubscribe = client.subscribe(
    { query, variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        collected.results.push(value as SubscriptionResult<unknown>);
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
export async function subscribeReady<TResult, TVariables>(
  app: RunningApp,
  client: Client,
  document: TypedOperation<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Promise<Collected<TResult>> {
  const hub = app.context.orderEvents;
  const before = hub.subscriberCount;
  const collected = collect(client, document.toString(), variables ?? {}) as Collected<TResult>;
  await waitFor(
    `subscription ${document} registered`,
    () => hub.subscriberCount > before || collected.completed || collected.error !== undefined,
  );
  if (collected.completed || collected.error !== undefined) {
    throw new Error(`subscription refused: ${JSON.stringify(collected.results)} ${String(collected.error)}`);
  }
  return collected;
}

/**
 * Runs `act` (which places or changes an order), then waits until the app's order event hub has handed
 * out every event of that order recorded so far. A NOTIFY reaches the hub a moment after its commit: a
 * subscription opened in that moment would otherwise also receive the events that came just before it.
 */
export async function heardBy<T extends { id: string }>(t: TestApp, act: () => Promise<T>): Promise<T> {
  const heard = new Map<string, number>();
  const stopListening = t.app.context.orderEvents.onNotice((notice) =>
    heard.set(notice.orderId, (heard.get(notice.orderId) ?? 0) + 1),
  );
  try {
    const order = await act();
    const recorded = (await eventsOf(t, order.id)).length;
    await waitFor(
      `the hub heard the ${recorded} events of order ${order.id}`,
      () => (heard.get(order.id) ?? 0) >= recorded,
    );
    return order;
  } finally {
    stopListening();
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
