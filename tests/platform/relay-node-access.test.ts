import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productImages } from '../../src/modules/catalog/catalog.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { createAddress } from '../address/address-support.js';
import { graphql } from '../generated/gql.js';
import { newCustomer, placeOrder } from '../orders/transitions-support.js';
import { createCoupon, newCode } from '../promotion/coupon-support.js';
import { REFUND } from '../refunds/support.js';
import { deliveredOrder, requestReturn } from '../returns/support.js';
import { createRate } from '../shipping/support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';
import { waitFor } from '../support/wait-for.js';

/**
 * `node(id)` for the Node types relay-node.test.ts leaves out: each answers whoever may see the object
 * through its typed query, and null to anyone else (the kernel answers null, never an error, for what
 * the viewer may not see: missing and forbidden look the same). `nodes(ids)` answers the same.
 */

const NODE = graphql(`query RelayAccessNode($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Return { returnStatus: status }
    ... on ReturnLine { returnQuantity: quantity }
    ... on Shipment { trackingNumber }
    ... on Refund { refundAmount: amount { amount } }
    ... on ProductImage { alt }
    ... on Category { slug }
    ... on StockMovement { delta }
    ... on Address { city }
    ... on WishlistItem { addedAt }
    ... on Coupon { code }
    ... on TaxRate { rate }
    ... on WebhookEndpoint { url }
    ... on WebhookDelivery { eventType }
    ... on MailMessage { subject }
  } }`);

const NODES = graphql(`query RelayAccessNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`);

const ORDER_PARTS = graphql(`query RelayAccessOrderParts($id: ID!) {
  order(id: $id) { id payments { id } shipments { id } returns { id lines { id } } refunds { id } } }`);

const PRODUCT_IMAGES = graphql(`query RelayAccessImages($id: ID!) { product(id: $id) { id images { id } } }`);

const DRAFT_CREATE = graphql(`mutation RelayAccessDraft($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id } errors { code } } }`);

const CATEGORY_CREATE = graphql(`mutation RelayAccessCategory($input: CategoryCreateInput!) {
  categoryCreate(input: $input) { category { id } errors { code } } }`);

const CATEGORY = graphql(`query RelayAccessCategoryById($id: ID!) { category(id: $id) { id slug } }`);

const MOVEMENTS = graphql(`query RelayAccessMovements($variantId: ID!) {
  stockMovements(filter: { variantId: $variantId }, first: 1) { nodes { id } } }`);

const ADDRESSES = graphql(`query RelayAccessAddresses { addresses { id } }`);

const WISHLIST_ADD = graphql(`mutation RelayAccessWishlistAdd($input: WishlistAddInput!) {
  wishlistAdd(input: $input) { item { id } errors { code } } }`);

const WISHLIST = graphql(`query RelayAccessWishlist { wishlist(first: 10) { nodes { id } } }`);

const WEBHOOK_CREATE = graphql(`mutation RelayAccessWebhookCreate($input: WebhookCreateInput!) {
  webhookCreate(input: $input) { webhook { id } errors { code message } } }`);

const WEBHOOK_DELIVERIES = graphql(`query RelayAccessDeliveries($endpointId: ID!) {
  webhookDeliveries(filter: { endpointId: $endpointId }, first: 10) { nodes { id } } }`);

const MAILBOX = graphql(
  `query RelayAccessMailbox($to: String) { devMailbox(filter: { to: $to }, first: 1) { nodes { id } } }`,
);

type Viewer = readonly [who: string, client: GqlClient];

let t: TestApp;
let store: Store;
let buyer: SignedIn;
let other: SignedIn;
let anonymous: Viewer;
let admin: Viewer;
let customer: Viewer;
let stranger: Viewer;

beforeAll(async () => {
  ({ t, store } = await withStore(
    startTestApp(
      { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' },
      // Deliveries stay queued and emails in the mailbox: nothing is sent.
      { idleWorkers: ['reservation-sweeper', 'webhooks', 'outbox'] },
    ),
  ));
  buyer = await newCustomer(t);
  other = await newCustomer(t);
  anonymous = ['the anonymous', t.client()];
  admin = ['an admin', store.admin.client];
  customer = ['the owner', buyer.client];
  stranger = ['another customer', other.client];
});
afterAll(() => t?.close());

const nodeOf = async (client: GqlClient, id: string) => (await client.ok(NODE, { id })).node;

/** node(id) and nodes(ids) answer `typename` to each of `sees`, and null to each of `blind`. */
async function expectVisible(
  typename: string,
  id: string | undefined,
  sees: readonly Viewer[],
  blind: readonly Viewer[],
) {
  expect(id, `an id of a ${typename}`).toBeTruthy();
  const ids = [id as string];
  for (const [who, client] of sees) {
    expect(await nodeOf(client, ids[0] as string), `${typename} to ${who}`).toMatchObject({
      __typename: typename,
      id,
    });
    expect((await client.ok(NODES, { ids })).nodes, `${typename} in nodes() to ${who}`).toEqual([
      { __typename: typename, id },
    ]);
  }
  for (const [who, client] of blind) {
    expect(await nodeOf(client, ids[0] as string), `${typename} to ${who}`).toBeNull();
    expect((await client.ok(NODES, { ids })).nodes, `${typename} in nodes() to ${who}`).toEqual([null]);
  }
}

describe('parts of an order: seen by its buyer and admins', () => {
  it('Shipment, Return, ReturnLine and Refund', async () => {
    const { order, shirt } = await deliveredOrder(t, store, buyer);
    const requested = await requestReturn(buyer, {
      orderId: order.id,
      reason: 'Too small',
      lines: [{ orderLineId: shirt.id, quantity: 1 }],
    });
    expect(requested.errors).toEqual([]);
    const paymentId = (await buyer.client.ok(ORDER_PARTS, { id: order.id })).order?.payments[0]?.id;
    const refund = (
      await store.admin.client.ok(REFUND, { input: { paymentId: paymentId as string, amount: '1.00' } })
    ).paymentRefund;
    expect(refund.errors).toEqual([]);

    // What the typed query shows the buyer, and not another customer.
    const parts = (await buyer.client.ok(ORDER_PARTS, { id: order.id })).order;
    expect(parts?.shipments).toHaveLength(1);
    expect(parts?.returns).toHaveLength(1);
    expect(parts?.refunds).toHaveLength(1);
    const foreign = await other.client.request(ORDER_PARTS, { id: order.id });
    expect(foreign.data?.order ?? null).toBeNull();

    const ids = {
      Shipment: parts?.shipments[0]?.id,
      Return: parts?.returns[0]?.id,
      ReturnLine: parts?.returns[0]?.lines[0]?.id,
      Refund: parts?.refunds[0]?.id,
    };
    for (const [typename, id] of Object.entries(ids)) {
      await expectVisible(typename, id, [customer, admin], [stranger, anonymous]);
    }
    expect(await nodeOf(buyer.client, ids.Return as string)).toMatchObject({ returnStatus: 'REQUESTED' });
    expect(await nodeOf(buyer.client, ids.ReturnLine as string)).toMatchObject({ returnQuantity: 1 });
    expect(await nodeOf(buyer.client, ids.Refund as string)).toMatchObject({
      refundAmount: { amount: '1.00' },
    });
  });
});

describe('the catalog', () => {
  it('a Category is public', async () => {
    const created = (
      await store.admin.client.ok(CATEGORY_CREATE, { input: { name: 'Relay Access', slug: 'relay-access' } })
    ).categoryCreate;
    expect(created.errors).toEqual([]);
    const id = created.category?.id as string;
    expect((await anonymous[1].ok(CATEGORY, { id })).category).toEqual({ id, slug: 'relay-access' });
    await expectVisible('Category', id, [anonymous, customer, admin], []);
    expect(await nodeOf(anonymous[1], id)).toMatchObject({ slug: 'relay-access' });
  });

  it("a ProductImage is seen by whoever sees its product: everyone's for an ACTIVE one, admins' for a draft", async () => {
    const draft = (
      await store.admin.client.ok(DRAFT_CREATE, {
        input: {
          title: 'Relay Access Draft',
          status: 'DRAFT',
          variants: [{ sku: 'RA-DRAFT', price: '1.00' }],
        },
      })
    ).productCreate;
    expect(draft.errors).toEqual([]);
    const draftId = draft.product?.id as string;
    // Uploads are tested in tests/catalog/images.test.ts; here only who reads them counts.
    await t.database.db.insert(productImages).values(
      [store.mug.productId, draftId].map((productId) => ({
        productId,
        position: 0,
        alt: 'relay access',
        width: 800,
        height: 600,
        renditions: [{ width: 800, height: 600, path: `products/${productId}/0-800.webp` }],
      })),
    );
    const active = (await anonymous[1].ok(PRODUCT_IMAGES, { id: store.mug.productId })).product;
    await expectVisible('ProductImage', active?.images[0]?.id, [anonymous, customer, admin], []);

    expect((await anonymous[1].ok(PRODUCT_IMAGES, { id: draftId })).product).toBeNull();
    const hidden = (await store.admin.client.ok(PRODUCT_IMAGES, { id: draftId })).product;
    await expectVisible('ProductImage', hidden?.images[0]?.id, [admin], [anonymous, customer]);
  });

  it('a StockMovement is seen by admins only', async () => {
    const ledger = (await store.admin.client.ok(MOVEMENTS, { variantId: store.mug.id })).stockMovements;
    const refused = await buyer.client.request(MOVEMENTS, { variantId: store.mug.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await expectVisible('StockMovement', ledger.nodes[0]?.id, [admin], [anonymous, customer]);
  });
});

describe("a customer's own objects: seen by their owner only", () => {
  it('an Address', async () => {
    const address = await createAddress(buyer.client, { city: 'Relay City' });
    expect((await buyer.client.ok(ADDRESSES)).addresses.map((a) => a.id)).toContain(address.id);
    expect((await other.client.ok(ADDRESSES)).addresses.map((a) => a.id)).not.toContain(address.id);
    // No typed query shows an administrator another person's address book.
    await expectVisible('Address', address.id, [customer], [stranger, anonymous, admin]);
    expect(await nodeOf(buyer.client, address.id)).toMatchObject({ city: 'Relay City' });
  });

  it('a WishlistItem', async () => {
    const added = (await buyer.client.ok(WISHLIST_ADD, { input: { productId: store.mug.productId } }))
      .wishlistAdd;
    expect(added.errors).toEqual([]);
    const id = added.item?.id as string;
    expect((await buyer.client.ok(WISHLIST)).wishlist.nodes.map((n) => n.id)).toContain(id);
    expect((await other.client.ok(WISHLIST)).wishlist.nodes.map((n) => n.id)).not.toContain(id);
    await expectVisible('WishlistItem', id, [customer], [stranger, anonymous, admin]);
  });
});

describe('administration objects: seen by admins only', () => {
  it('a Coupon and a TaxRate', async () => {
    const coupon = await createCoupon(store.admin.client, {
      code: newCode('RELAY'),
      type: 'PERCENTAGE',
      value: '10',
    });
    await expectVisible('Coupon', coupon.id, [admin], [anonymous, customer]);
    expect(await nodeOf(store.admin.client, coupon.id)).toMatchObject({ code: coupon.code });
    const rate = await createRate(store.admin.client, { country: 'DE', taxClass: 'STANDARD', rate: '19' });
    await expectVisible('TaxRate', rate.id, [admin], [anonymous, customer]);
  });

  it('a WebhookEndpoint and its WebhookDelivery', async () => {
    const created = (
      await store.admin.client.ok(WEBHOOK_CREATE, {
        input: { url: 'http://127.0.0.1:9/relay-access', events: ['PLACED'] },
      })
    ).webhookCreate;
    expect(created.errors).toEqual([]);
    const endpointId = created.webhook?.id as string;
    await placeOrder(await newCustomer(t), [{ variant: store.mug, quantity: 1 }]);
    const deliveryId = await waitFor(
      'the delivery of the PLACED event',
      async () =>
        (await store.admin.client.ok(WEBHOOK_DELIVERIES, { endpointId })).webhookDeliveries.nodes[0]?.id,
    );
    await expectVisible('WebhookEndpoint', endpointId, [admin], [anonymous, customer]);
    await expectVisible('WebhookDelivery', deliveryId, [admin], [anonymous, customer]);
    expect(await nodeOf(store.admin.client, deliveryId)).toMatchObject({ eventType: 'PLACED' });
  });

  it('a MailMessage of the development mailbox', async () => {
    const mailbox = (await store.admin.client.ok(MAILBOX, { to: buyer.email })).devMailbox;
    await expectVisible('MailMessage', mailbox.nodes[0]?.id, [admin], [anonymous, customer]);
    // An outbox row of another kind is no email: devMailbox lists only emails, and so does node(id).
    const [other] = await t.database.db
      .insert(outboxMessages)
      .values({
        kind: 'push',
        template: 'relay.access',
        recipient: buyer.email,
        payload: { to: '', subject: 'x' },
      })
      .returning({ id: outboxMessages.id });
    await expectVisible('MailMessage', other?.id, [], [admin]);
    const listed = (await store.admin.client.ok(MAILBOX, { to: buyer.email })).devMailbox.nodes;
    expect(listed.map((n) => n.id)).not.toContain(other?.id);
  });
});

describe('the mailbox with SMTP on', () => {
  let smtp: TestApp;
  beforeAll(async () => {
    // Never connected to: the outbox worker stays idle.
    smtp = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:9' }, { idleWorkers: ['outbox'] });
  });
  afterAll(() => smtp?.close());

  it('devMailbox is FORBIDDEN to admins, and node(id) answers none of its emails', async () => {
    const smtpAdmin = await adminClient(smtp);
    const registered = await registerAndLogin(smtp);
    const [row] = await smtp.database.db
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, registered.email.toLowerCase()));
    expect(row, 'the verification email in the outbox').toBeDefined();
    const refused = await smtpAdmin.client.request(MAILBOX, {});
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await nodeOf(smtpAdmin.client, row?.id as string)).toBeNull();
    expect((await smtpAdmin.client.ok(NODES, { ids: [row?.id as string] })).nodes).toEqual([null]);
  });
});
