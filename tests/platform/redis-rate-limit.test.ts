import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { RedisRateLimiter } from '../../src/http/rate-limiter.js';
import { graphql } from '../generated/gql.js';
import { GqlClient, type GqlResponse } from '../support/gql-client.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { connectTestRedis, dropTestKeys, REDIS_URL, uniquePrefix } from '../support/redis.js';
import { sleep, waitFor } from '../support/wait-for.js';

/** Two server instances on one database share the sign-in buckets through Redis. */

const PREFIX = uniquePrefix();
let redis: Redis;
beforeAll(async () => {
  redis = await connectTestRedis();
});
afterAll(async () => {
  await dropTestKeys(redis, PREFIX);
});

/**
 * 3 sign-in attempts per 15 s window per email: one restored every 5 s. A restore period is what a
 * loaded machine may take between two of the test's requests, so it is not short (at 2 s, a slow
 * sign-in once let a restored attempt through where the test expects a refusal).
 */
const PER_EMAIL = 3;
const WINDOW_SECONDS = 15;
const POINT_MS = (WINDOW_SECONDS / PER_EMAIL) * 1000;

describe('sign-in buckets shared by two instances through Redis', () => {
  let a: TestApp;
  let b: RunningApp;

  beforeAll(async () => {
    const env = {
      REDIS_URL,
      RATE_LIMIT_WINDOW: String(WINDOW_SECONDS),
      RATE_LIMIT_LOGIN_PER_EMAIL: String(PER_EMAIL),
      RATE_LIMIT_LOGIN_PER_IP: '1000',
    };
    a = await startTestApp(env, { rateLimiter: new RedisRateLimiter(REDIS_URL, PREFIX) });
    b = await startSecondInstance(a, { rateLimiter: new RedisRateLimiter(REDIS_URL, PREFIX) });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  const LOGIN = graphql(`mutation RedisLimitLogin($input: AccountLoginInput!) {
    accountLogin(input: $input) { accessToken user { email } errors { code } }
  }`);
  const REGISTER = graphql(`mutation RedisLimitRegister($input: AccountRegisterInput!) {
    accountRegister(input: $input) { user { id } errors { code } }
  }`);

  function expectRefused(response: GqlResponse): void {
    expect(response.status).toBe(200);
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The wait is for one attempt, at most one restore period, not the rest of a window.
    const retryAfter = response.errors?.[0]?.extensions?.retryAfter;
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(POINT_MS / 1000);
    expect(response.headers.get('retry-after')).toBe(String(retryAfter));
  }

  it('allows three attempts across both instances, refuses the fourth on either, and gives back one at a time', async () => {
    const clientA = a.client();
    const clientB = new GqlClient(`${b.url}/graphql`);
    const email = `limited-${randomBytes(4).toString('hex')}@example.com`;
    const right = { input: { email, password: 'secret123' } };
    const wrong = { input: { email, password: 'wrong password' } };
    // Registered on A, visible to B: the instances really share one database.
    const reg = await clientA.ok(REGISTER, { input: { email, name: 'Limited Lu', password: 'secret123' } });
    expect(reg.accountRegister.errors).toEqual([]);
    expect((await clientB.ok(LOGIN, right)).accountLogin).toMatchObject({ user: { email }, errors: [] });

    // Attempts 2 and 3 (one on each instance) are still allowed.
    expect((await clientA.ok(LOGIN, wrong)).accountLogin.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await clientB.ok(LOGIN, wrong)).accountLogin.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);

    // The fourth is refused on either instance, even with the right password.
    expectRefused(await clientA.request(LOGIN, right));
    expectRefused(await clientB.request(LOGIN, right));

    // The bucket is the shared one, under this run's prefix, kept until it would be full again.
    const ttl = await redis.pttl(`${PREFIX}login:email:${email}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(WINDOW_SECONDS * 1000);
    expect(await redis.exists(`throttle:login:email:${email}`)).toBe(0);

    // One attempt comes back after one restore period (refused attempts take nothing, so
    // asking again until then costs nothing), and it is one only, on both instances.
    await sleep(POINT_MS);
    const restored = await waitFor(
      'a restored attempt',
      async () => {
        const attempt = await clientB.request(LOGIN, right);
        if (!attempt.errors) return attempt;
        expectRefused(attempt);
        return undefined;
      },
      { timeoutMs: 20 * POINT_MS, intervalMs: POINT_MS / 10 },
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data?.accountLogin).toMatchObject({ user: { email }, errors: [] });
    expectRefused(await clientA.request(LOGIN, right));

    // Other accounts are not affected.
    const otherEmail = `unlimited-${randomBytes(4).toString('hex')}@example.com`;
    await clientB.ok(REGISTER, { input: { email: otherEmail, name: 'Free Fay', password: 'secret123' } });
    const other = await clientA.ok(LOGIN, { input: { email: otherEmail, password: 'secret123' } });
    expect(other.accountLogin).toMatchObject({ user: { email: otherEmail }, errors: [] });
  });
});
