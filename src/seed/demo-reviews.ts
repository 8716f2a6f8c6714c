import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.js';
import { queryRows } from '../db/client.js';
import { inTransaction } from '../db/transact.js';
import { users } from '../modules/account/account.tables.js';
import { hashPassword } from '../modules/account/password-hashing.js';
import { products, variants } from '../modules/catalog/catalog.tables.js';
import { lockProductForRating } from '../modules/catalog/product-rating.js';
import { formatOrderNumber } from '../modules/checkout/checkout-order.js';
import { orderLines, orders } from '../modules/order/order.tables.js';
import { writeReview } from '../modules/review/review.service.js';
import { refreshProductRating } from '../modules/review/review-aggregate.js';
import { createRng, pick, pickSome, type Rng } from './seeded-random.js';

/**
 * Demo reviews for the first start: the demo catalog has no orders, so this writes a few demo
 * customers (who cannot sign in: their password is random and thrown away), one DELIVERED order each
 * of some ACTIVE products, and reviews of most of those lines through the review domain's own rules
 * (`writeReview`: purchase check, one review per product, the product's rating in the same
 * transaction). Then every product's rating is recomputed from the reviews, replacing the generated
 * numbers of the demo catalog: the seeded store shows only real ratings.
 */

const FIRST_NAMES = ['Alex', 'Sam', 'Jordan', 'Taylor'];
const LAST_NAMES = ['Morgan', 'Patel', 'García', 'Kim', 'Novak', 'Okafor'];
/** 24 demo customers, "Alex Morgan" … "Taylor Okafor": enough for a lively demo, few enough for a quick first start. */
const NAMES = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`));

const TEXTS: Record<number, [string, string][]> = {
  5: [
    ['Love it', 'Exactly as described and arrived quickly. Would buy again.'],
    ['Excellent quality', 'Feels well made. Very happy with this purchase.'],
    ['Perfect', ''],
  ],
  4: [
    ['Very good', 'Does the job well; a small detail could be better, but I recommend it.'],
    ['Good value', 'Solid for the price.'],
  ],
  3: [['It is okay', 'Average. Some things I like, some I do not.']],
  2: [['Disappointed', 'Smaller than I expected from the photos.']],
  1: [['Not for me', 'Stopped working after a few days.']],
};

/** Mostly positive, like real stores: 5★ 45 %, 4★ 30 %, 3★ 13 %, 2★ 7 %, 1★ 5 %. */
function stars(rng: Rng): number {
  const roll = rng();
  return roll < 0.45 ? 5 : roll < 0.75 ? 4 : roll < 0.88 ? 3 : roll < 0.95 ? 2 : 1;
}

const ADDRESS = {
  name: 'Demo Customer',
  line1: '1 Demo Street',
  line2: null,
  city: 'Springfield',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
  phone: null,
};

export interface SeedDemoReviewsResult {
  customers: number;
  orders: number;
  reviews: number;
}

export async function seedDemoReviews(
  db: Database,
  currency: string,
  seed = 7,
): Promise<SeedDemoReviewsResult> {
  const rng = createRng(seed);
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'), 4);
  return inTransaction(db, async (tx) => {
    const forSale = await tx
      .select({ productId: products.id, title: products.title, variant: variants })
      .from(products)
      .innerJoin(variants, eq(variants.productId, products.id))
      .where(and(eq(products.status, 'ACTIVE'), eq(variants.position, 0)));
    let orderCount = 0;
    let reviewCount = 0;
    for (const name of NAMES) {
      const [user] = await tx
        .insert(users)
        .values({
          email: `demo.customer.${NAMES.indexOf(name) + 1}@example.com`,
          name,
          passwordHash,
          emailVerifiedAt: new Date(),
        })
        .returning({ id: users.id });
      if (!user || forSale.length === 0) continue;
      const bought = pickSome(rng, forSale, Math.min(forSale.length, 3 + Math.floor(rng() * 4)));
      await deliveredOrder(tx, user.id, currency, bought);
      orderCount += 1;
      for (const line of bought) {
        if (rng() < 0.2) continue;
        const rating = stars(rng);
        const [title, body] = pick(rng, TEXTS[rating] ?? [['', '']]);
        const written = await writeReview(
          tx,
          user.id,
          { productId: line.productId, rating, title, body },
          'PUBLISHED',
        );
        if (written.review) reviewCount += 1;
      }
    }
    // Every product's rating from its reviews (none: 0), replacing the generated numbers.
    for (const { id } of await tx.select({ id: products.id }).from(products).orderBy(products.id)) {
      await lockProductForRating(tx, id);
      await refreshProductRating(tx, id);
    }
    return { customers: NAMES.length, orders: orderCount, reviews: reviewCount };
  });
}

async function deliveredOrder(
  tx: Executor,
  userId: string,
  currency: string,
  bought: { productId: string; title: string; variant: typeof variants.$inferSelect }[],
): Promise<void> {
  const [seq] = await queryRows<{ n: string }>(tx, sql`SELECT nextval('order_number_seq')::text AS n`);
  const subtotal = bought.reduce((sum, line) => sum + line.variant.price, 0);
  const [order] = await tx
    .insert(orders)
    .values({
      number: formatOrderNumber(seq?.n ?? '0'),
      userId,
      status: 'DELIVERED',
      paymentStatus: 'SUCCEEDED',
      paymentMethod: 'CARD',
      idempotencyKey: randomUUID(),
      requestFingerprint: 'demo',
      currency,
      subtotal,
      discount: 0,
      shipping: 0,
      tax: 0,
      total: subtotal,
      shippingAddress: ADDRESS,
      billingAddress: ADDRESS,
      shippingMethod: {
        code: 'DEMO',
        name: 'Demo delivery',
        price: 0,
        minDeliveryDays: 1,
        maxDeliveryDays: 3,
      },
    })
    .returning({ id: orders.id });
  if (!order) throw new Error('demo order insert returned nothing');
  await tx.insert(orderLines).values(
    bought.map((line, i) => ({
      orderId: order.id,
      position: i + 1,
      productId: line.productId,
      variantId: line.variant.id,
      productTitle: line.title,
      variantTitle: line.variant.title,
      sku: line.variant.sku,
      options: line.variant.options,
      taxClass: 'STANDARD' as const,
      unitPrice: line.variant.price,
      quantity: 1,
      subtotal: line.variant.price,
      discount: 0,
      tax: 0,
      total: line.variant.price,
    })),
  );
}
