import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { MemoryRateLimiter, type RateLimiter, RedisRateLimiter } from '../../src/http/rate-limiter.js';
import { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Every key of this run lives under its own prefix: parallel runs on one Redis do not collide. */
const PREFIX = `test:${randomBytes(6).toString('hex')}:`;

let redis: Redis;

beforeAll(async () => {
  redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (${(err as Error).message}). ` +
        'These tests need a running Redis: CI provides one; locally start `redis-server` ' +
        '(or point TEST_REDIS_URL at one).',
    );
  }
});
afterAll(async () => {
  if (redis?.status !== 'ready') return;
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function expectWindowBehaviour(limiter: RateLimiter, key: string): Promise<void> {
  expect(await limiter.hit(key, 2, 1)).toEqual({ allowed: true, retryAfter: 0 });
  expect(await limiter.hit(key, 2, 1)).toEqual({ allowed: true, retryAfter: 0 });
  expect(await limiter.hit(key, 2, 1)).toEqual({ allowed: false, retryAfter: 1 });
  expect(await limiter.hit(key, 2, 1)).toEqual({ allowed: false, retryAfter: 1 });
  // Another key has its own counter.
  expect(await limiter.hit(`${key}:other`, 2, 1)).toEqual({ allowed: true, retryAfter: 0 });
  // Once the one-second window is over, the key starts afresh.
  await sleep(1100);
  expect(await limiter.hit(key, 2, 1)).toEqual({ allowed: true, retryAfter: 0 });
  expect(await limiter.hit(key, 2, 1)).toEqual({ allowed: true, retryAfter: 0 });
  expect((await limiter.hit(key, 2, 1)).allowed).toBe(false);
}

describe('rate limiters', () => {
  it('MemoryRateLimiter: counts per key in fixed windows that expire', async () => {
    const limiter = new MemoryRateLimiter();
    try {
      await expectWindowBehaviour(limiter, 'memory-window');
    } finally {
      await limiter.close();
    }
  });

  it('MemoryRateLimiter: allows exactly the limit under concurrent hits', async () => {
    const limiter = new MemoryRateLimiter();
    try {
      const results = await Promise.all(Array.from({ length: 20 }, () => limiter.hit('burst', 5, 60)));
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
      for (const denied of results.filter((r) => !r.allowed)) {
        expect(denied.retryAfter).toBeGreaterThan(0);
        expect(denied.retryAfter).toBeLessThanOrEqual(60);
      }
    } finally {
      await limiter.close();
    }
  });

  it('RedisRateLimiter: counts per key in fixed windows that expire', async () => {
    const limiter = new RedisRateLimiter(REDIS_URL, PREFIX);
    try {
      await expectWindowBehaviour(limiter, 'redis-window');
      // The counter lives under the given prefix, with an expiry.
      expect(await redis.pttl(`${PREFIX}redis-window`)).toBeGreaterThan(0);
      expect(await redis.exists('ratelimit:redis-window')).toBe(0);
    } finally {
      await limiter.close();
    }
  });

  it('RedisRateLimiter: two instances share one counter and allow exactly the limit', async () => {
    const one = new RedisRateLimiter(REDIS_URL, PREFIX);
    const two = new RedisRateLimiter(REDIS_URL, PREFIX);
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? one : two).hit('shared-burst', 5, 60)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
      for (const denied of results.filter((r) => !r.allowed)) {
        expect(denied.retryAfter).toBeGreaterThan(0);
        expect(denied.retryAfter).toBeLessThanOrEqual(60);
      }
    } finally {
      await one.close();
      await two.close();
    }
  });
});

describe('login rate limit shared by two instances through Redis', () => {
  let a: TestApp;
  let b: RunningApp;

  beforeAll(async () => {
    const env = { REDIS_URL, RATE_LIMIT_LOGIN_PER_EMAIL: '3' };
    a = await startTestApp(env, { rateLimiter: new RedisRateLimiter(REDIS_URL, PREFIX) });
    // Instance B on the same database: its own pool on PostgreSQL; on PGlite the one
    // in-process database, through a handle whose close() leaves it to instance A.
    b = await startApp(a.config, {
      rateLimiter: new RedisRateLimiter(REDIS_URL, PREFIX),
      ...(a.database.kind === 'pglite' ? { database: { ...a.database, close: async () => {} } } : {}),
    });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  const LOGIN = `mutation($input: AccountLoginInput!) {
    accountLogin(input: $input) { accessToken user { email } errors { code } }
  }`;
  const REGISTER = `mutation($input: AccountRegisterInput!) {
    accountRegister(input: $input) { user { id } errors { code } }
  }`;

  it('allows three attempts across both instances and refuses the fourth on either', async () => {
    const clientA = a.client();
    const clientB = new GqlClient(`${b.url}/graphql`);
    const email = `limited-${randomBytes(4).toString('hex')}@example.com`;
    // Registered on A, visible to B: the instances really share one database.
    const reg = await clientA.ok(REGISTER, { input: { email, name: 'Limited Lu', password: 'secret123' } });
    expect(reg.accountRegister.errors).toEqual([]);
    expect((await clientB.ok(LOGIN, { input: { email, password: 'secret123' } })).accountLogin).toMatchObject(
      { user: { email }, errors: [] },
    );

    // Attempts 2 and 3 (one on each instance) are still allowed.
    const second = await clientA.ok(LOGIN, { input: { email, password: 'wrong password' } });
    expect(second.accountLogin.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    const third = await clientB.ok(LOGIN, { input: { email, password: 'wrong password' } });
    expect(third.accountLogin.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);

    // The fourth is refused on either instance, even with the right password.
    for (const client of [clientA, clientB]) {
      const refused = await client.request(LOGIN, { input: { email, password: 'secret123' } });
      expect(refused.data).toBeNull();
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      const retryAfter = refused.errors?.[0]?.extensions?.retryAfter;
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(a.config.rateLimit.windowSeconds);
    }

    // The counter is the shared one, under this run's prefix.
    expect(await redis.pttl(`${PREFIX}login:email:${email}`)).toBeGreaterThan(0);
    expect(await redis.exists(`ratelimit:login:email:${email}`)).toBe(0);

    // Other accounts are not affected.
    const otherEmail = `unlimited-${randomBytes(4).toString('hex')}@example.com`;
    await clientB.ok(REGISTER, { input: { email: otherEmail, name: 'Free Fay', password: 'secret123' } });
    const other = await clientA.ok(LOGIN, { input: { email: otherEmail, password: 'secret123' } });
    expect(other.accountLogin).toMatchObject({ user: { email: otherEmail }, errors: [] });
  });
});
