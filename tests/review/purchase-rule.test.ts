import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviews } from '../../src/modules/review/review.tables.js';
import { product, type TestVariant, variant } from '../cart/support.js';
import { placeOrder, shipWholeOrder } from '../orders/transitions-support.js';
import type { SignedIn } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import type { Store } from '../support/store.js';
import {
  createOk,
  createReview,
  deliveredBuyer,
  expectExactRating,
  ORDER_CANCEL,
  refundWholeOrder,
  registerNamed,
  startReviewApp,
} from './support.js';

/** Who may review what: the purchase rule, one review per product, text rules, the rate limit. */
let t: TestApp;
let store: Store;
let lamp: { id: string; variants: TestVariant[] };

beforeAll(async () => {
  ({ t, store } = await startReviewApp({ RATE_LIMIT_REVIEW_WRITES_PER_CUSTOMER: '12' }));
  lamp = await product(store.admin.client, 'Review Lamp', [
    { price: '30.00', stock: 50 },
    { price: '35.00', stock: 50 },
  ]);
});
afterAll(() => t?.close());

const reviewCount = async () => (await t.database.db.select().from(reviews)).length;

describe('the purchase rule', () => {
  it('refuses a customer who never bought the product (NOT_PURCHASED), changing nothing', async () => {
    const stranger = await registerNamed(t, 'Sam Stranger');
    const before = await reviewCount();
    const payload = await createReview(stranger.client, { productId: lamp.id, rating: 5, title: 'Great' });
    expect(payload.review).toBeNull();
    expect(payload.errors.map((e) => e.code)).toEqual(['NOT_PURCHASED']);
    expect(await reviewCount()).toBe(before);
  });

  it('refuses a buyer whose order is paid or shipped but not delivered yet', async () => {
    const buyer = await registerNamed(t, 'Pat Patient');
    const order = await placeOrder(buyer, [{ variant: lamp.variants[0]!, quantity: 1 }]);
    let payload = await createReview(buyer.client, { productId: lamp.id, rating: 4 });
    expect(payload.errors.map((e) => e.code)).toEqual(['NOT_PURCHASED']);
    expect(payload.errors[0]!.message).toMatch(/delivered/);
    await shipWholeOrder(store, order.id);
    payload = await createReview(buyer.client, { productId: lamp.id, rating: 4 });
    expect(payload.errors.map((e) => e.code)).toEqual(['NOT_PURCHASED']);
  });

  it('accepts a buyer of any variant once the order is DELIVERED, recording the order line', async () => {
    const buyer = await deliveredBuyer(t, store, [lamp.variants[1]!], 'Dana Delivered');
    const review = await createOk(buyer.client, {
      productId: lamp.id,
      rating: 4,
      title: ' Bright ',
      body: 'Nice\r\nlamp',
    });
    expect(review).toMatchObject({
      rating: 4,
      title: 'Bright',
      body: 'Nice\nlamp',
      status: 'PUBLISHED',
      verifiedPurchase: true,
      authorName: 'Dana D.',
    });
    await expectExactRating(t, lamp.id);
  });

  it('does not count a cancelled order', async () => {
    const buyer = await registerNamed(t, 'Cory Cancel');
    const order = await placeOrder(buyer, [{ variant: lamp.variants[0]!, quantity: 1 }]);
    const cancelled = (await buyer.client.ok(ORDER_CANCEL, { input: { orderId: order.id } })).orderCancel;
    expect(cancelled.order!.status).toBe('CANCELLED');
    const payload = await createReview(buyer.client, { productId: lamp.id, rating: 1 });
    expect(payload.errors.map((e) => e.code)).toEqual(['NOT_PURCHASED']);
  });

  it('does not count an order refunded in full after delivery, but keeps a review written before', async () => {
    const late = await deliveredBuyer(t, store, [lamp.variants[0]!], 'Rita Refund');
    await refundWholeOrder(t, store, late.orderId);
    const payload = await createReview(late.client, { productId: lamp.id, rating: 1 });
    expect(payload.errors.map((e) => e.code)).toEqual(['NOT_PURCHASED']);
    expect(payload.errors[0]!.message).toMatch(/refunded/);

    const early = await deliveredBuyer(t, store, [lamp.variants[0]!], 'Eli Early');
    const review = await createOk(early.client, { productId: lamp.id, rating: 2 });
    await refundWholeOrder(t, store, early.orderId);
    const [row] = (await t.database.db.select().from(reviews)).filter((r) => r.id === review.id);
    expect(row?.status).toBe('PUBLISHED');
    await expectExactRating(t, lamp.id);
  });
});

describe('one review per product', () => {
  let buyer: SignedIn;
  let mugReviewId: string;
  beforeAll(async () => {
    buyer = await deliveredBuyer(t, store, [store.mug], 'Olga One');
    mugReviewId = (await createOk(buyer.client, { productId: store.mug.productId, rating: 5 })).id;
  });

  it('refuses a second review of the same product (ALREADY_REVIEWED), even after another delivered order', async () => {
    const again = await placeOrder(buyer, [{ variant: store.mug, quantity: 1 }]);
    const { deliverWholeOrder } = await import('../orders/transitions-support.js');
    await deliverWholeOrder(store, again.id);
    const payload = await createReview(buyer.client, { productId: store.mug.productId, rating: 1 });
    expect(payload.errors.map((e) => e.code)).toEqual(['ALREADY_REVIEWED']);
    const mine = (await t.database.db.select().from(reviews)).filter((r) => r.authorId === buyer.id);
    expect(mine.map((r) => r.id)).toEqual([mugReviewId]);
  });

  it('answers NOT_FOUND for an unknown product or a malformed id', async () => {
    let payload = await createReview(buyer.client, { productId: randomUUID(), rating: 3 });
    expect(payload.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    payload = await createReview(buyer.client, { productId: 'not-an-id', rating: 3 });
    expect(payload.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});

describe('text and rating rules', () => {
  let buyer: SignedIn;
  let productId: string;
  beforeAll(async () => {
    const v = await variant(store.admin.client, 'Review Text Product', '5.00', 50);
    productId = v.productId;
    buyer = await deliveredBuyer(t, store, [v], 'Tess Text');
  });

  it.each([
    [{ rating: 0 }, 'rating'],
    [{ rating: 6 }, 'rating'],
    [{ rating: 4, title: 'x'.repeat(151) }, 'title'],
    [{ rating: 4, body: 'x'.repeat(5001) }, 'body'],
    [{ rating: 4, body: 'bell \u0007 here' }, 'body'],
    [{ rating: 4, title: 'escape \u001b[31m red' }, 'title'],
  ])('refuses %j with INVALID_INPUT on %s', async (input, field) => {
    const payload = await createReview(buyer.client, { productId, ...input });
    expect(payload.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', ['input', field]]]);
  });

  it('stores HTML as plain text, unchanged, and returns it as text', async () => {
    const body = '<script>alert("x")</script> <b>bold</b> & “quotes”\n\tindented';
    const review = await createOk(buyer.client, { productId, rating: 3, title: '<i>Fine</i>', body });
    expect(review.body).toBe(body);
    expect(review.title).toBe('<i>Fine</i>');
  });
});

describe('rate limit', () => {
  it('refuses review writes past RATE_LIMIT_REVIEW_WRITES_PER_CUSTOMER with RATE_LIMITED', async () => {
    const v = await variant(store.admin.client, 'Review Limit Product', '5.00', 50);
    const buyer = await deliveredBuyer(t, store, [v], 'Lee Limit');
    const review = await createOk(buyer.client, { productId: v.productId, rating: 3 });
    const { UPDATE } = await import('./support.js');
    for (let i = 0; i < 11; i += 1) {
      const edited = (await buyer.client.ok(UPDATE, { input: { reviewId: review.id, rating: (i % 5) + 1 } }))
        .reviewUpdate;
      expect(edited.errors).toEqual([]);
    }
    const refused = await buyer.client.request(UPDATE, { input: { reviewId: review.id, rating: 5 } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    await expectExactRating(t, v.productId);
  });
});
