import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  ApolloClient,
  ApolloLink,
  gql,
  HttpLink,
  InMemoryCache,
  type TypedDocumentNode,
} from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../generated/gql.js';
import type { StorefrontOrderUpdatedSubscription } from '../generated/graphql.js';
import { newCustomer } from '../orders/transitions-support.js';
import { type SignedIn } from '../support/accounts.js';
import type { TypedOperation } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { GOOD_CARD, type Store, US_ADDRESS, withStore } from '../support/store.js';
import { waitFor } from '../support/wait-for.js';

/**
 * The README's storefront flow through Apollo Client's normalized cache, configured as the README
 * says (possible-types.json, type-policies.json, relayStylePagination on `products`): no operation
 * may make the cache warn ("Cache data may be lost when replacing…", missing fields, unknown types).
 */

const possibleTypes = JSON.parse(readFileSync(new URL('../../possible-types.json', import.meta.url), 'utf8'));
const typePolicies = JSON.parse(readFileSync(new URL('../../type-policies.json', import.meta.url), 'utf8'));

let t: TestApp;
let store: Store;
let shopper: SignedIn;
const warnings: unknown[][] = [];

beforeAll(async () => {
  ({ t, store } = await withStore(startTestApp()));
  shopper = await newCustomer(t);
});

beforeEach(() => {
  warnings.length = 0;
  vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args));
  vi.spyOn(console, 'error').mockImplementation((...args) => void warnings.push(args));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** An Apollo Client as a storefront builds it: HTTP for queries and mutations, WebSocket for subscriptions. */
function storefrontClient(accessToken?: string) {
  const headers: Record<string, string> = accessToken ? { authorization: `Bearer ${accessToken}` } : {};
  const ws = createClient({
    url: `${t.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: accessToken ? { accessToken } : {},
    retryAttempts: 0,
  });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    new HttpLink({ uri: `${t.url}/graphql`, headers }),
  );
  const cache = new InMemoryCache({
    possibleTypes,
    typePolicies: {
      ...typePolicies,
      Query: { fields: { products: relayStylePagination(['filter', 'sort']) } },
    },
  });
  return { client: new ApolloClient({ link, cache }), cache, ws };
}

const clients: ReturnType<typeof storefrontClient>[] = [];
afterAll(async () => {
  for (const { client, ws } of clients) {
    client.stop();
    await ws.dispose();
  }
  await t?.close();
});

/** A typed operation (tests/generated) as the parsed document Apollo Client takes, with its types. */
function apolloDocument<TResult, TVariables>(
  operation: TypedOperation<TResult, TVariables>,
): TypedDocumentNode<TResult, TVariables> {
  return gql(operation.toString());
}

const PRODUCTS = apolloDocument(
  graphql(`
  query StorefrontProducts($first: Int!, $after: String) {
    products(first: $first, after: $after, sort: NEWEST) {
      edges { cursor node { id slug title priceRange { min { amount currencyCode } max { amount currencyCode } } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`),
);

const PRODUCT = apolloDocument(
  graphql(`
  query StorefrontProduct($slug: String!) {
    product(slug: $slug) {
      id title description
      priceRange { min { amount } max { amount currencyCode } }
      rating { average count }
      variants { id sku price { amount currencyCode } quantityAvailable }
    }
  }`),
);

graphql(`
  fragment StorefrontCart on Cart {
    id itemCount
    lines { id quantity unitPrice { amount currencyCode } subtotal { amount } total { amount } variant { id } }
    totals { subtotal { amount currencyCode } shipping { amount } tax { amount } total { amount currencyCode } }
  }`);

const ADD = apolloDocument(
  graphql(`
  mutation StorefrontAdd($input: CartAddItemInput!) {
    cartAddItem(input: $input) { cart { ...StorefrontCart } errors { code message } }
  }`),
);

const CART = apolloDocument(
  graphql(`
  query StorefrontCartView {
    cart { ...StorefrontCart totals { discount { amount } taxIsEstimate } shippingMethod { code price { amount } } }
  }`),
);

const SHIP_TO = apolloDocument(
  graphql(`
  mutation StorefrontShipTo($address: AddressInput!) {
    cartSetShippingAddress(input: { address: $address }) {
      cart { id availableShippingMethods { code name price { amount } } } errors { code message }
    }
  }`),
);

const SHIP_BY = apolloDocument(
  graphql(`
  mutation StorefrontShipBy($code: String!) {
    cartSetShippingMethod(input: { code: $code }) {
      cart { ...StorefrontCart shippingMethod { code price { amount } } } errors { code message }
    }
  }`),
);

const CHECKOUT = apolloDocument(
  graphql(`
  mutation StorefrontCheckout($input: CheckoutCompleteInput!) {
    checkoutComplete(input: $input) {
      order { id number status totals { total { amount currencyCode } } lines { id quantity subtotal { amount } } }
      errors { code message }
    }
  }`),
);

const ORDER_UPDATED = apolloDocument(
  graphql(`
  subscription StorefrontOrderUpdated($orderId: ID!) {
    orderUpdated(orderId: $orderId) { event { id type } order { id status } }
  }`),
);

const CANCEL = apolloDocument(
  graphql(`
  mutation StorefrontCancel($orderId: ID!) {
    orderCancel(input: { orderId: $orderId }) { order { id status } errors { code message } }
  }`),
);

const NODE = apolloDocument(
  graphql(`
  query StorefrontNode($id: ID!) { node(id: $id) { id ... on Order { number status } } }`),
);

describe('Apollo Client InMemoryCache against the server', () => {
  it('pages the catalog with fetchMore into one list (relayStylePagination over edges)', async () => {
    const apollo = storefrontClient();
    clients.push(apollo);
    const first = await apollo.client.query({ query: PRODUCTS, variables: { first: 1 } });
    expect(first.data!.products.edges).toHaveLength(1);
    expect(first.data!.products.pageInfo.hasNextPage).toBe(true);
    const watched = apollo.client.watchQuery({ query: PRODUCTS, variables: { first: 1 } });
    const watching = watched.subscribe(() => {});
    await watched.fetchMore({ variables: { after: first.data!.products.pageInfo.endCursor } });
    watching.unsubscribe();
    const merged = apollo.cache.readQuery({ query: PRODUCTS, variables: { first: 1 } });
    expect(merged?.products.edges.map((e) => e.node.id)).toHaveLength(2);
    expect(new Set(merged?.products.edges.map((e) => e.node.id)).size).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('keeps one normalized product across a list and its page, with Money merged, not replaced', async () => {
    const apollo = storefrontClient();
    clients.push(apollo);
    const list = await apollo.client.query({ query: PRODUCTS, variables: { first: 5 } });
    const slug = list.data!.products.edges.find((e) => e.node.id === store.mug.productId)?.node.slug;
    expect(slug).toBeTruthy();
    const page = await apollo.client.query({ query: PRODUCT, variables: { slug: slug! } });
    expect(page.data!.product!.id).toBe(store.mug.productId);
    // Both selections of priceRange live in the one Product entry.
    const cached = apollo.cache.extract() as Record<string, any>;
    const entry = cached[`Product:${store.mug.productId}`];
    expect(entry.priceRange.min).toMatchObject({ amount: '7.50', currencyCode: 'USD' });
    expect(entry.priceRange.max).toMatchObject({ amount: '7.50', currencyCode: 'USD' });
    expect(warnings).toEqual([]);
  });

  it('runs cart, checkout and an order subscription, with the cache in step and no warning', async () => {
    const apollo = storefrontClient(shopper.accessToken);
    clients.push(apollo);
    const added = await apollo.client.mutate({
      mutation: ADD,
      variables: { input: { variantId: store.mug.id, quantity: 2 } },
    });
    expect(added.data!.cartAddItem.errors).toEqual([]);
    const cart = await apollo.client.query({ query: CART, fetchPolicy: 'network-only' });
    expect(cart.data!.cart!.itemCount).toBe(2);
    const shipTo = await apollo.client.mutate({ mutation: SHIP_TO, variables: { address: US_ADDRESS } });
    expect(shipTo.data!.cartSetShippingAddress.errors).toEqual([]);
    const shipBy = await apollo.client.mutate({ mutation: SHIP_BY, variables: { code: 'STANDARD' } });
    expect(shipBy.data!.cartSetShippingMethod.errors).toEqual([]);
    // The cart query's answer in the cache was updated by the mutation's (same Cart:id).
    const fromCache = apollo.cache.readQuery({ query: CART });
    expect(fromCache!.cart!.shippingMethod!.code).toBe('STANDARD');
    expect(fromCache!.cart!.totals.shipping.amount).toBe('5.00');

    const checkout = await apollo.client.mutate({
      mutation: CHECKOUT,
      variables: { input: { paymentMethod: 'CARD', card: GOOD_CARD, idempotencyKey: randomUUID() } },
    });
    expect(checkout.data!.checkoutComplete.errors).toEqual([]);
    const order = checkout.data!.checkoutComplete.order!;
    expect(order.status).toBe('CONFIRMED');

    const events: (StorefrontOrderUpdatedSubscription | undefined)[] = [];
    const subscription = apollo.client
      .subscribe({ query: ORDER_UPDATED, variables: { orderId: order.id } })
      .subscribe({ next: (result) => events.push(result.data) });
    const hub = t.app.context.orderEvents;
    await waitFor('the subscription is registered', () => hub.subscriberCount > 0);
    const cancelled = await apollo.client.mutate({ mutation: CANCEL, variables: { orderId: order.id } });
    expect(cancelled.data!.orderCancel.errors).toEqual([]);
    await waitFor('the cancellation reaches the subscription', () =>
      events.some((e) => e?.orderUpdated.event.type === 'CANCELLED'),
    );
    subscription.unsubscribe();
    // The subscription's order and the node query read the same cache entry.
    expect((apollo.cache.extract() as Record<string, any>)[`Order:${order.id}`].status).toBe('CANCELLED');
    const node = await apollo.client.query({
      query: NODE,
      variables: { id: order.id },
      fetchPolicy: 'network-only',
    });
    expect(node.data!.node).toMatchObject({ __typename: 'Order', number: order.number, status: 'CANCELLED' });
    expect(warnings).toEqual([]);
  });
});
