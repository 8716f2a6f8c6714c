import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { RedisRateLimiter } from '../../src/http/rate-limiter.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { connectTestRedis, dropTestKeys, REDIS_URL, uniquePrefix } from '../support/redis.js';

/**
 * Cost-based throttling: every client (a signed-in user, else an IP address) has a bucket of
 * points that operations pay their cost from, restored continuously; admins may run costlier
 * operations than customers.
 */

const PREFIX = uniquePrefix();

/** Costs 1 + 40 × (1 + 10) = 441 in the documented model. */
const Q441 = '{ products(first: 40) { nodes { id variants { id } } } }';
/** Costs 1 + 50 × (1 + 10) = 551. */
const Q551 = '{ products(first: 50) { nodes { id variants { id } } } }';

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: any;
    errors?: { message: string; extensions: Record<string, any> }[];
    extensions?: { cost: Record<string, any> };
  };
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

const from = (ip: string, token?: string) => ({
  'x-forwarded-for': ip,
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

describe('buckets per client', () => {
  let t: TestApp;
  let customer: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      THROTTLE_CAPACITY: '1000',
      THROTTLE_RESTORE_RATE: '1',
      QUERY_MAX_COST: '500',
      QUERY_MAX_COST_ADMIN: '5000',
    });
    customer = await registerAndLogin(t);
    admin = await adminClient(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes each operation from its IP bucket and refuses, 429 with Retry-After, once it is empty', async () => {
    const ip = from('198.51.100.20');
    const first = await post(t.graphqlUrl, Q441, ip);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions?.cost).toEqual({
      requestedQueryCost: 441,
      maximumAvailable: 500,
      throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 559, restoreRate: 1 },
    });
    const second = await post(t.graphqlUrl, Q441, ip);
    expect(second.body.extensions?.cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(118);

    const third = await post(t.graphqlUrl, Q441, ip);
    expect(third.status).toBe(429);
    expect(third.body.data).toBeUndefined();
    expect(third.headers.get('x-sql-query-count')).toBe('0');
    const [error] = third.body.errors ?? [];
    expect(error?.extensions.code).toBe('RATE_LIMITED');
    const available = error?.extensions.cost.throttleStatus.currentlyAvailable as number;
    expect(available).toBeGreaterThanOrEqual(118);
    expect(available).toBeLessThan(441);
    // One point a second: what is missing, in seconds (the level may hold part of a point more).
    expect(error?.extensions.retryAfter).toBeGreaterThanOrEqual(441 - available - 1);
    expect(error?.extensions.retryAfter).toBeLessThanOrEqual(441 - available);
    expect(third.headers.get('retry-after')).toBe(String(error?.extensions.retryAfter));
    expect(error?.extensions.cost.requestedQueryCost).toBe(441);

    // Cheap operations still fit in what is left.
    const cheap = await post(t.graphqlUrl, '{ products(first: 1) { nodes { id } } }', ip);
    expect(cheap.body.errors).toBeUndefined();

    // Another address has its own full bucket; so has a signed-in customer, whatever the address.
    const other = await post(t.graphqlUrl, Q441, from('198.51.100.21'));
    expect(other.body.extensions?.cost.throttleStatus.currentlyAvailable).toBe(559);
    const signedIn = await post(t.graphqlUrl, Q441, from('198.51.100.20', customer.accessToken));
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.extensions?.cost.throttleStatus.currentlyAvailable).toBe(559);
  });

  it('refuses an operation over QUERY_MAX_COST to anonymous callers and customers; admins get QUERY_MAX_COST_ADMIN', async () => {
    for (const headers of [from('198.51.100.30'), from('198.51.100.30', customer.accessToken)]) {
      const refused = await post(t.graphqlUrl, Q551, headers);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.map((e) => e.extensions)).toEqual([
        { code: 'QUERY_TOO_COMPLEX', cost: 551, maximum: 500 },
      ]);
    }
    const accepted = await post(t.graphqlUrl, Q551, from('198.51.100.30', admin.accessToken));
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.extensions?.cost).toEqual({
      requestedQueryCost: 551,
      maximumAvailable: 5000,
      // A bucket always holds one operation of the caller's maximum.
      throttleStatus: { maximumAvailable: 5000, currentlyAvailable: 5000 - 551, restoreRate: 1 },
    });
  });
});

describe('a shopper while other clients send the heaviest accepted operation in a loop', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true', THROTTLE_CAPACITY: '50000', THROTTLE_RESTORE_RATE: '100' });
    const admin = await adminClient(t);
    for (let i = 0; i < 5; i++) {
      await admin.client.ok(
        `mutation($input: ProductCreateInput!) { productCreate(input: $input) { errors { code } } }`,
        {
          input: {
            title: `Desk ${i}`,
            brand: i % 2 ? 'Oak' : 'Pine',
            status: 'ACTIVE',
            variants: [{ sku: `DESK-${i}`, price: `${100 + i}.00`, stock: 3 }],
          },
        },
      );
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('each heavy client is throttled; every listing of the shopper is answered in full', async () => {
    // 17 faceted searches with totalCount and a page each: 17 × 1,131 = 19,227, just under 20,000.
    const heavy = `{ ${Array.from(
      { length: 17 },
      (_, i) =>
        `s${i}: products(first: 20, filter: { query: "desk" }) { totalCount facets { inStock } nodes { id } }`,
    ).join(' ')} }`;
    const listing = '{ products(first: 20) { totalCount nodes { title variants { sku } } } }';
    const heavyLoop = async (ip: string) => {
      const codes: string[] = [];
      for (let i = 0; i < 50 && !codes.includes('RATE_LIMITED'); i++) {
        const answer = await post(t.graphqlUrl, heavy, from(ip));
        codes.push(answer.body.errors?.[0]?.extensions.code ?? 'OK');
        if (!answer.body.errors) expect(answer.body.extensions?.cost.requestedQueryCost).toBe(19_227);
      }
      return codes;
    };
    const shopper = async () => {
      for (let i = 0; i < 5; i++) {
        const answer = await post(t.graphqlUrl, listing, from('203.0.113.60'));
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
        expect(answer.body.data.products.totalCount).toBe(5);
        expect(answer.body.data.products.nodes).toHaveLength(5);
      }
    };
    const [first, second, third] = await Promise.all([
      heavyLoop('203.0.113.50'),
      heavyLoop('203.0.113.51'),
      heavyLoop('203.0.113.52'),
      shopper(),
    ]);
    for (const codes of [first, second, third]) {
      // A 50,000-point bucket holds two such operations; the third waits for its points.
      expect(codes?.slice(0, 2)).toEqual(['OK', 'OK']);
      expect(codes?.at(-1)).toBe('RATE_LIMITED');
      expect(new Set(codes)).toEqual(new Set(['OK', 'RATE_LIMITED']));
    }
  });
});

describe('one bucket for two instances through Redis', () => {
  let redis: Redis;
  let a: TestApp;
  let b: RunningApp;

  beforeAll(async () => {
    redis = await connectTestRedis();
    const env = {
      REDIS_URL,
      TRUST_PROXY: 'true',
      THROTTLE_CAPACITY: '1000',
      THROTTLE_RESTORE_RATE: '1',
      QUERY_MAX_COST: '1000',
    };
    a = await startTestApp(env, { rateLimiter: new RedisRateLimiter(REDIS_URL, PREFIX) });
    b = await startSecondInstance(a, { rateLimiter: new RedisRateLimiter(REDIS_URL, PREFIX) });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
    await dropTestKeys(redis, PREFIX);
  });

  it('drains one bucket from either instance', async () => {
    const ip = from('192.0.2.77');
    expect((await post(a.graphqlUrl, Q441, ip)).body.errors).toBeUndefined();
    const second = await post(`${b.url}/graphql`, Q441, ip);
    expect(second.body.errors).toBeUndefined();
    expect(second.body.extensions?.cost.throttleStatus.currentlyAvailable).toBeLessThan(1000 - 441);
    const third = await post(a.graphqlUrl, Q441, ip);
    expect(third.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    const fourth = await post(`${b.url}/graphql`, Q441, ip);
    expect(fourth.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(await redis.exists(`${PREFIX}cost:ip:192.0.2.77`)).toBe(1);
  });
});
