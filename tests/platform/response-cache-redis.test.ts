import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { MemoryRateLimiter } from '../../src/http/rate-limiter.js';
import { product } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { connectTestRedis, dropTestKeys, REDIS_URL, uniquePrefix } from '../support/redis.js';
import { waitFor } from '../support/wait-for.js';

/**
 * The response cache in Redis (RESPONSE_CACHE=true with REDIS_URL): two instances on one database
 * share its entries, expiring after their max age; a catalog change on either drops them for both.
 */

const CARD = graphql(`query SharedCachedProduct($slug: String!) {
  product(slug: $slug) { id title variants { inStock price { amount } } } }`);
const RENAME = graphql(`mutation SharedCachedRename($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { id title } errors { code } } }`);

const PREFIX = uniquePrefix();
let redis: Redis;
let a: TestApp;
let b: RunningApp;
let admin: SignedIn;
let item: { id: string; slug: string };

async function read(url: string, slug: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CARD.toString(), variables: { slug } }),
  });
  const body = (await response.json()) as { data: { product: { title: string } } };
  return { cache: response.headers.get('x-cache'), title: body.data.product.title, body };
}

beforeAll(async () => {
  redis = await connectTestRedis();
  const env = { RESPONSE_CACHE: 'true', REDIS_URL, REDIS_KEY_PREFIX: PREFIX };
  a = await startTestApp(env, { rateLimiter: new MemoryRateLimiter() });
  b = await startSecondInstance(a, {
    rateLimiter: new MemoryRateLimiter(),
    idleWorkers: ['outbox', 'reservation-sweeper', 'webhooks'],
  });
  admin = await adminClient(a);
  item = (await product(admin.client, 'Shared Cached Kettle', [{ price: '30.00', stock: 4 }])) as typeof item;
});
afterAll(async () => {
  await b?.stop();
  await a?.close();
  await dropTestKeys(redis, PREFIX);
});

describe('response cache in Redis', () => {
  it('an answer stored by instance A is served by instance B, and expires after its max age', async () => {
    const bUrl = `${b.url}/graphql`;
    // Both instances follow the same generation once B's start notice has reached A.
    const stored = await waitFor('an answer A stored and B serves', async () => {
      const onA = await read(a.graphqlUrl, item.slug);
      const onB = await read(bUrl, item.slug);
      return onB.cache === 'HIT' ? { onA, onB } : undefined;
    });
    expect(stored.onB.body).toEqual(stored.onA.body);
    const keys = await redis.keys(`${PREFIX}rc:*`);
    expect(keys.length).toBeGreaterThan(0);
    const ttl = await redis.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('a change through A is visible at once on A, and on B once its notice arrives', async () => {
    const bUrl = `${b.url}/graphql`;
    await waitFor('a shared entry', async () => (await read(bUrl, item.slug)).cache === 'HIT');
    const renamed = (await admin.client.ok(RENAME, { input: { id: item.id, title: 'Shared Kettle 2' } }))
      .productUpdate;
    expect(renamed.errors).toEqual([]);
    expect((await read(a.graphqlUrl, item.slug)).title).toBe('Shared Kettle 2');
    await waitFor(
      'the new title on B',
      async () => (await read(bUrl, item.slug)).title === 'Shared Kettle 2',
    );
  });
});
