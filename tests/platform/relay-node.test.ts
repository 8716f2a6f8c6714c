import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeNodeInterface, type NodeKind } from '../../src/graphql/node.js';
import { nodeKinds } from '../../src/modules/index.js';
import { graphql } from '../generated/gql.js';
import { newCustomer, placeOrder } from '../orders/transitions-support.js';
import { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';

/** Relay Global Object Identification: `node(id)` / `nodes(ids)` with the typed queries' access rules. */

const NODE = graphql(`query RelayNode($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Product { title productStatus: status }
    ... on ProductVariant { sku product { id } }
    ... on Order { number }
    ... on OrderLine { quantity }
    ... on OrderEvent { type }
    ... on Payment { amount { amount } }
    ... on User { email }
    ... on Cart { itemCount }
    ... on CartLine { quantity }
    ... on ShippingMethod { code }
  } }`);

const NODES = graphql(`query RelayNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`);

const ORDER_PARTS = graphql(`query RelayOrderParts($id: ID!) {
  order(id: $id) { id lines { id } events { id } payments { id } } }`);

const ADMIN_IDS = graphql(`query RelayAdminIds {
  shippingMethods { id code }
  me { id } }`);

const CART_IDS = graphql(`query RelayCartIds { cart { id lines { id } } }`);

const ADD_TO_CART = graphql(`mutation RelayAddToCart($input: CartAddItemInput!) {
  cartAddItem(input: $input) { errors { code } } }`);

const DRAFT_CREATE = graphql(`mutation RelayDraftCreate($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id } errors { code message } } }`);

let t: TestApp;
let store: Store;
let anonymous: GqlClient;

beforeAll(async () => {
  ({ t, store } = await withStore(startTestApp()));
  anonymous = t.client();
});
afterAll(() => t?.close());

const nodeOf = async (client: GqlClient, id: string) => (await client.ok(NODE, { id })).node;

describe('node(id)', () => {
  it('answers a product to anyone, a draft only to an admin', async () => {
    const admin = store.admin.client;
    expect(await nodeOf(anonymous, store.mug.productId)).toMatchObject({
      __typename: 'Product',
      id: store.mug.productId,
      title: 'Order Mug',
      productStatus: 'ACTIVE',
    });
    expect(await nodeOf(anonymous, store.mug.id)).toMatchObject({
      __typename: 'ProductVariant',
      sku: store.mug.sku,
      product: { id: store.mug.productId },
    });
    const draft = (
      await admin.ok(DRAFT_CREATE, {
        input: {
          title: 'Relay Draft',
          status: 'DRAFT',
          variants: [{ sku: `RELAY-${randomUUID()}`, price: '1.00' }],
        },
      })
    ).productCreate;
    expect(draft.errors).toEqual([]);
    const draftId = draft.product?.id as string;
    expect(await nodeOf(anonymous, draftId)).toBeNull();
    expect(await nodeOf((await newCustomer(t)).client, draftId)).toBeNull();
    expect(await nodeOf(admin, draftId)).toMatchObject({ __typename: 'Product', productStatus: 'DRAFT' });
  });

  it('answers an order and its parts to its buyer and admins, null to another customer and to the anonymous', async () => {
    const buyer = await newCustomer(t);
    const other = await newCustomer(t);
    const order = await placeOrder(buyer, [{ variant: store.mug, quantity: 2 }]);
    const parts = (await buyer.client.ok(ORDER_PARTS, { id: order.id })).order;
    const ids = {
      Order: order.id,
      OrderLine: parts?.lines[0]?.id as string,
      OrderEvent: parts?.events[0]?.id as string,
      Payment: parts?.payments[0]?.id as string,
    };
    for (const [typename, id] of Object.entries(ids)) {
      expect(id, typename).toBeTruthy();
      expect(await nodeOf(buyer.client, id)).toMatchObject({ __typename: typename, id });
      expect(await nodeOf(store.admin.client, id)).toMatchObject({ __typename: typename, id });
      expect(await nodeOf(other.client, id), `${typename} of another customer`).toBeNull();
      expect(await nodeOf(anonymous, id), `${typename} to the anonymous`).toBeNull();
    }
    expect(await nodeOf(buyer.client, order.id)).toMatchObject({ number: order.number });
  });

  it('answers a user to itself and to admins only, and admin-only objects to admins only', async () => {
    const customer = await newCustomer(t);
    const other = await newCustomer(t);
    expect(await nodeOf(customer.client, customer.id)).toMatchObject({ __typename: 'User', id: customer.id });
    expect(await nodeOf(other.client, customer.id)).toBeNull();
    expect(await nodeOf(store.admin.client, customer.id)).toMatchObject({ __typename: 'User' });
    const { shippingMethods } = await store.admin.client.ok(ADMIN_IDS);
    const method = shippingMethods[0];
    expect(method).toBeDefined();
    expect(await nodeOf(store.admin.client, method?.id as string)).toMatchObject({
      __typename: 'ShippingMethod',
      code: method?.code,
    });
    expect(await nodeOf(customer.client, method?.id as string)).toBeNull();
  });

  it("answers the caller's own cart and its lines, and no other cart", async () => {
    const shopper = await newCustomer(t);
    const other = await newCustomer(t);
    expect(
      (await shopper.client.ok(ADD_TO_CART, { input: { variantId: store.shirt.id, quantity: 3 } }))
        .cartAddItem.errors,
    ).toEqual([]);
    const cart = (await shopper.client.ok(CART_IDS)).cart;
    const lineId = cart?.lines[0]?.id as string;
    expect(await nodeOf(shopper.client, cart?.id as string)).toMatchObject({
      __typename: 'Cart',
      itemCount: 3,
    });
    expect(await nodeOf(shopper.client, lineId)).toMatchObject({ __typename: 'CartLine', quantity: 3 });
    expect(await nodeOf(other.client, cart?.id as string)).toBeNull();
    expect(await nodeOf(other.client, lineId)).toBeNull();
    expect(await nodeOf(store.admin.client, cart?.id as string)).toBeNull();
  });

  it('answers null for an unknown id and for a malformed one, without an error', async () => {
    expect(await nodeOf(anonymous, randomUUID())).toBeNull();
    expect(await nodeOf(anonymous, 'not-an-id')).toBeNull();
  });
});

describe('nodes(ids)', () => {
  it('answers in the order asked, null where there is nothing to see, in a fixed number of statements', async () => {
    const buyer = await newCustomer(t);
    const mine = await placeOrder(buyer, [{ variant: store.shirt, quantity: 1 }]);
    const theirs = await placeOrder(await newCustomer(t), [{ variant: store.shirt, quantity: 1 }]);
    const ids = [store.mug.productId, 'nope', randomUUID(), theirs.id, mine.id, store.shirt.id];
    const response = await buyer.client.request(NODES, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([
      { __typename: 'Product', id: store.mug.productId },
      null,
      null,
      null,
      { __typename: 'Order', id: mine.id },
      { __typename: 'ProductVariant', id: store.shirt.id },
    ]);
    // The viewer, the id lookup over every table, then one load per type found (products,
    // variants, orders, the variants' products): never one per id.
    const statements = Number(response.headers.get('x-sql-query-count'));
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(7);
  });
});

describe('the Node types', () => {
  it('are each loaded by exactly one domain (checked when the schema is built)', () => {
    const schema = buildSchema(`
      interface Node { id: ID! }
      type Product implements Node { id: ID! }
      type Order implements Node { id: ID! }
      type Query { node(id: ID!): Node }`);
    const kind = (typename: string) => ({ typename }) as NodeKind;
    expect(() => completeNodeInterface(schema, [kind('Product'), kind('Order')])).not.toThrow();
    expect(() => completeNodeInterface(schema, [kind('Product')])).toThrow(
      /Order implements Node but no domain loads it/,
    );
    expect(() => completeNodeInterface(schema, [kind('Product'), kind('Order'), kind('Order')])).toThrow(
      /two node kinds name Order/,
    );
    expect(nodeKinds.map((k) => k.typename)).toContain('WishlistItem');
  });
});
