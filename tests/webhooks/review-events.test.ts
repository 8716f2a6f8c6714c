import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/http/hmac-signature.js';
import { orders } from '../../src/modules/order/order.tables.js';
import { reviews } from '../../src/modules/review/review.tables.js';
import { variant } from '../cart/support.js';
import type { WebhookEventType } from '../generated/graphql.js';
import {
  APPROVE,
  createOk,
  deliveredBuyer,
  REJECT,
  REPLY,
  CREATE as REVIEW_CREATE,
  DELETE as REVIEW_DELETE,
  UPDATE as REVIEW_UPDATE,
  startReviewApp,
} from '../review/support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import { waitFor } from '../support/wait-for.js';
import { createEndpoint, DELIVERIES, deliveryRows, FAST_WEBHOOKS, Receiver } from './support.js';

/**
 * Review changes as outgoing webhooks: every change queues its REVIEW_* event for the endpoints
 * subscribed to it, in the change's transaction, and the instance that committed it wakes its worker.
 */

const REVIEW_EVENTS: WebhookEventType[] = [
  'REVIEW_CREATED',
  'REVIEW_UPDATED',
  'REVIEW_PUBLISHED',
  'REVIEW_REJECTED',
  'REVIEW_REPLIED',
  'REVIEW_DELETED',
];
const ORDER_EVENTS: WebhookEventType[] = [
  'PLACED',
  'PAYMENT_SUCCEEDED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'REFUNDED',
];

const receivers: Receiver[] = [];
afterAll(() => Promise.all(receivers.map((r) => r.close())));

async function receiver(): Promise<Receiver> {
  const r = await new Receiver().start();
  receivers.push(r);
  return r;
}

/**
 * The n-th request (1-based) the receiver got, checked as a delivery of `type`: signed with the
 * endpoint's secret, its id the body's id, and no trace of the author's email or full name.
 */
async function nthDelivery(
  r: Receiver,
  n: number,
  type: WebhookEventType,
  secret: string,
  author: SignedIn,
  fullName: string,
) {
  const request = await waitFor(`delivery ${n} (${type})`, () => r.requests[n - 1]);
  expect(request.headers['x-webhook-event']).toBe(type);
  const check = verifySignature(
    request.headers['x-webhook-signature'] as string,
    secret,
    request.body,
    Math.floor(Date.now() / 1000),
  );
  expect(check).toMatchObject({ ok: true, timestamp: Number(request.headers['x-webhook-timestamp']) });
  expect(request.body).not.toContain(author.email);
  expect(request.body).not.toContain(fullName);
  const body = JSON.parse(request.body);
  expect(body).toMatchObject({
    id: request.headers['x-webhook-id'],
    type,
    createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
  });
  return body;
}

async function orderNumber(t: TestApp, orderId: string): Promise<string> {
  const [row] = await t.database.db
    .select({ number: orders.number })
    .from(orders)
    .where(eq(orders.id, orderId));
  return row!.number;
}

async function orderLineOf(t: TestApp, reviewId: string): Promise<string | null> {
  const [row] = await t.database.db
    .select({ line: reviews.orderLineId })
    .from(reviews)
    .where(eq(reviews.id, reviewId));
  return row?.line ?? null;
}

describe('review webhooks in a store that moderates reviews', () => {
  let t: TestApp;
  let store: Store;
  let productId: string;
  let author: SignedIn & { orderId: string };
  let reviewHook: { id: string; secret: string };
  let orderHook: { id: string; secret: string };
  let reviewReceiver: Receiver;
  let orderReceiver: Receiver;
  let reviewId: string;
  let review: Record<string, unknown>;
  const fullName = 'Alice Author';

  beforeAll(async () => {
    // A ten-minute poll: a delivery arriving within the waits below was sent on the commit's wake-up.
    ({ t, store } = await startReviewApp({
      ...FAST_WEBHOOKS,
      WEBHOOK_POLL_INTERVAL_MS: '600000',
      REVIEW_MODERATION: 'hold',
    }));
    const v = await variant(store.admin.client, 'Webhook Kettle', '25.00', 50);
    productId = v.productId;
    author = await deliveredBuyer(t, store, [v], fullName);
    // Registered after the order was delivered: only review changes happen from here on.
    reviewReceiver = await receiver();
    orderReceiver = await receiver();
    reviewHook = await createEndpoint(store.admin.client, reviewReceiver.url, REVIEW_EVENTS);
    orderHook = await createEndpoint(store.admin.client, orderReceiver.url, ORDER_EVENTS);
  });
  afterAll(() => t?.close());

  const delivery = (n: number, type: WebhookEventType) =>
    nthDelivery(reviewReceiver, n, type, reviewHook.secret, author, fullName);

  it('sends REVIEW_CREATED for a review held for approval, with the review and no email', async () => {
    const created = await createOk(author.client, {
      productId,
      rating: 2,
      title: 'Leaks',
      body: 'It leaks.',
    });
    reviewId = created.id;
    const body = await delivery(1, 'REVIEW_CREATED');
    review = {
      id: reviewId,
      productId,
      customerId: author.id,
      authorName: 'Alice A.',
      rating: 2,
      title: 'Leaks',
      body: 'It leaks.',
      verifiedPurchase: true,
      orderLineId: await orderLineOf(t, reviewId),
      orderNumber: await orderNumber(t, author.orderId),
      reply: null,
      createdAt: created.createdAt,
    };
    expect(review.orderLineId).toEqual(expect.any(String));
    expect(body).toEqual({
      id: expect.any(String),
      type: 'REVIEW_CREATED',
      createdAt: expect.any(String),
      review: { ...review, status: 'PENDING', rejectionReason: null, updatedAt: created.updatedAt },
      fromStatus: null,
      toStatus: 'PENDING',
      actorKind: 'CUSTOMER',
    });
  });

  it('sends REVIEW_PUBLISHED when an admin approves it', async () => {
    const approved = (await store.admin.client.ok(APPROVE, { input: { reviewId } })).reviewApprove;
    expect(approved.errors).toEqual([]);
    const body = await delivery(2, 'REVIEW_PUBLISHED');
    expect(body).toMatchObject({
      review: { ...review, status: 'PUBLISHED', rejectionReason: null },
      fromStatus: 'PENDING',
      toStatus: 'PUBLISHED',
      actorKind: 'ADMIN',
    });
    // Approving a published review changes nothing, so nothing is queued.
    await store.admin.client.ok(APPROVE, { input: { reviewId } });
    expect(await deliveryRows(t, reviewHook.id)).toHaveLength(2);
  });

  it('sends REVIEW_REJECTED with the reason', async () => {
    const rejected = (
      await store.admin.client.ok(REJECT, { input: { reviewId, reason: 'Mentions a competitor.' } })
    ).reviewReject;
    expect(rejected.errors).toEqual([]);
    const body = await delivery(3, 'REVIEW_REJECTED');
    expect(body).toMatchObject({
      review: { ...review, status: 'REJECTED', rejectionReason: 'Mentions a competitor.' },
      fromStatus: 'PUBLISHED',
      toStatus: 'REJECTED',
      actorKind: 'ADMIN',
    });
  });

  it('sends REVIEW_REPLIED with the reply', async () => {
    const replied = (
      await store.admin.client.ok(REPLY, { input: { reviewId, body: 'A new seal is on its way.' } })
    ).reviewReply;
    expect(replied.errors).toEqual([]);
    const body = await delivery(4, 'REVIEW_REPLIED');
    expect(body).toMatchObject({
      review: {
        id: reviewId,
        status: 'REJECTED',
        reply: { body: 'A new seal is on its way.', repliedAt: replied.review!.reply!.repliedAt },
      },
      fromStatus: 'REJECTED',
      toStatus: 'REJECTED',
      actorKind: 'ADMIN',
    });
  });

  it('sends REVIEW_UPDATED for an edit, back in moderation (not published)', async () => {
    const edited = (await author.client.ok(REVIEW_UPDATE, { input: { reviewId, rating: 4, body: 'Fixed.' } }))
      .reviewUpdate;
    expect(edited.errors).toEqual([]);
    const body = await delivery(5, 'REVIEW_UPDATED');
    expect(body).toMatchObject({
      review: {
        id: reviewId,
        rating: 4,
        title: 'Leaks',
        body: 'Fixed.',
        status: 'PENDING',
        rejectionReason: null,
      },
      fromStatus: 'REJECTED',
      toStatus: 'PENDING',
      actorKind: 'CUSTOMER',
    });
  });

  it('queues nothing for a change that fails', async () => {
    const again = (await author.client.ok(REVIEW_CREATE, { input: { productId, rating: 5 } })).reviewCreate;
    expect(again.errors.map((e) => e.code)).toEqual(['ALREADY_REVIEWED']);
    const blank = (await store.admin.client.ok(REJECT, { input: { reviewId, reason: ' ' } })).reviewReject;
    expect(blank.errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    const unknown = (
      await store.admin.client.ok(REPLY, { input: { reviewId: crypto.randomUUID(), body: 'Hello' } })
    ).reviewReply;
    expect(unknown.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    // Deliveries are queued in the change's transaction: none exists now, none can come later.
    expect((await deliveryRows(t, reviewHook.id)).map((d) => d.eventType).sort()).toEqual(
      ['REVIEW_CREATED', 'REVIEW_PUBLISHED', 'REVIEW_REJECTED', 'REVIEW_REPLIED', 'REVIEW_UPDATED'].sort(),
    );
  });

  it('sends REVIEW_DELETED with the review as it was', async () => {
    const deleted = (await author.client.ok(REVIEW_DELETE, { input: { reviewId } })).reviewDelete;
    expect(deleted).toEqual({ deletedId: reviewId, errors: [] });
    const body = await delivery(6, 'REVIEW_DELETED');
    expect(body).toMatchObject({
      review: {
        ...review,
        rating: 4,
        body: 'Fixed.',
        status: 'PENDING',
        reply: { body: 'A new seal is on its way.', repliedAt: expect.any(String) },
      },
      fromStatus: 'PENDING',
      toStatus: null,
      actorKind: 'CUSTOMER',
    });
  });

  it('lists the deliveries with their review event types; the order endpoint got none', async () => {
    // The receiver has had the sixth request; the delivery is marked once its answer is back.
    await waitFor('six settled deliveries', async () => {
      const rows = await deliveryRows(t, reviewHook.id);
      return rows.length === 6 && rows.every((d) => d.status !== 'PENDING') ? rows : undefined;
    });
    const listed = (await store.admin.client.ok(DELIVERIES, { filter: { endpointId: reviewHook.id } }))
      .webhookDeliveries;
    expect(listed.nodes.map((d) => [d.eventType, d.status])).toEqual(
      [
        'REVIEW_DELETED',
        'REVIEW_UPDATED',
        'REVIEW_REPLIED',
        'REVIEW_REJECTED',
        'REVIEW_PUBLISHED',
        'REVIEW_CREATED',
      ].map((type) => [type, 'SUCCEEDED']),
    );
    expect(reviewReceiver.requests).toHaveLength(6);
    expect(await deliveryRows(t, orderHook.id)).toEqual([]);
    expect(orderReceiver.requests).toEqual([]);
  });
});

describe('review webhooks in a store that publishes reviews at once', () => {
  let t: TestApp;
  let store: Store;

  beforeAll(async () => {
    ({ t, store } = await startReviewApp(FAST_WEBHOOKS));
  });
  afterAll(() => t?.close());

  it('sends REVIEW_CREATED then REVIEW_PUBLISHED for a new review, and an admin delete as ADMIN', async () => {
    const v = await variant(store.admin.client, 'Webhook Teapot', '30.00', 50);
    const author = await deliveredBuyer(t, store, [v], 'Bob Buyer');
    const r = await receiver();
    const hook = await createEndpoint(store.admin.client, r.url, REVIEW_EVENTS);
    const created = await createOk(author.client, { productId: v.productId, rating: 5, title: 'Great' });
    expect(created.status).toBe('PUBLISHED');
    const types = await waitFor('two deliveries', async () => {
      const rows = await deliveryRows(t, hook.id);
      return rows.length === 2 && rows.every((d) => d.status === 'SUCCEEDED') ? rows : undefined;
    });
    expect(types.map((d) => d.eventType).sort()).toEqual(['REVIEW_CREATED', 'REVIEW_PUBLISHED']);
    for (const d of types) {
      expect(d.payload).toMatchObject({
        id: d.eventId,
        type: d.eventType,
        review: { id: created.id, status: 'PUBLISHED', authorName: 'Bob B.', customerId: author.id },
        fromStatus: null,
        toStatus: 'PUBLISHED',
        actorKind: 'CUSTOMER',
      });
    }
    // Two events, two ids: receivers deduplicate by id without losing one.
    expect(new Set(types.map((d) => d.eventId)).size).toBe(2);

    const deleted = (await store.admin.client.ok(REVIEW_DELETE, { input: { reviewId: created.id } }))
      .reviewDelete;
    expect(deleted.errors).toEqual([]);
    const request = await nthDelivery(r, 3, 'REVIEW_DELETED', hook.secret, author, 'Bob Buyer');
    expect(request).toMatchObject({
      review: { id: created.id, status: 'PUBLISHED' },
      fromStatus: 'PUBLISHED',
      toStatus: null,
      actorKind: 'ADMIN',
    });
  });
});
