import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type BucketLimit,
  type BucketResult,
  MemoryRateLimiter,
  type RateLimiter,
  RedisRateLimiter,
} from '../../src/http/rate-limiter.js';
import { connectTestRedis, dropTestKeys, REDIS_URL, uniquePrefix } from '../support/redis.js';
import { sleep, waitFor } from '../support/wait-for.js';

/** The token bucket through its interface, for both implementations (memory and Redis). */

const PREFIX = uniquePrefix();
let redis: Redis;
beforeAll(async () => {
  redis = await connectTestRedis();
});
afterAll(async () => {
  await dropTestKeys(redis, PREFIX);
});

/** An allowed take that left `available` points. */
const took = (available: number): BucketResult => ({ allowed: true, available, retryAfter: 0 });
/** So slow that nothing worth a point comes back while a test runs. */
const perMinute = (capacity: number): BucketLimit => ({ capacity, restorePerSecond: 1 / 60 });

/**
 * A refusal's wait: `secondsNeeded` counted from `since` (taken before the bucket was last drained),
 * less whatever has been restored since: never more, never less than that allows.
 */
function expectRefused(result: BucketResult, available: number, secondsNeeded: number, since: number): void {
  const elapsed = (Date.now() - since) / 1000;
  expect(result.allowed).toBe(false);
  expect(result.available).toBe(available);
  expect(Number.isInteger(result.retryAfter)).toBe(true);
  expect(result.retryAfter).toBeLessThanOrEqual(Math.max(1, Math.ceil(secondsNeeded)));
  expect(result.retryAfter).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(secondsNeeded - elapsed)));
}

/** Takes one point until one is allowed (a refused take takes nothing, so polling spends nothing). */
async function takeOneWhenRestored(limiter: RateLimiter, key: string, limit: BucketLimit) {
  const pointMs = 1000 / limit.restorePerSecond;
  await sleep(pointMs);
  return waitFor(
    'a restored point',
    async () => {
      const result = await limiter.take(key, 1, limit);
      return result.allowed ? result : undefined;
    },
    { timeoutMs: 50 * pointMs, intervalMs: pointMs / 10 },
  );
}

const implementations: [string, () => RateLimiter[]][] = [
  ['MemoryRateLimiter', () => [new MemoryRateLimiter()]],
  // Two clients on one Redis: every step alternates between them, as two server instances would.
  [
    'RedisRateLimiter',
    () => [new RedisRateLimiter(REDIS_URL, PREFIX), new RedisRateLimiter(REDIS_URL, PREFIX)],
  ],
];

describe.each(implementations)('%s', (name, create) => {
  let limiters: RateLimiter[] = [];
  /** The limiter for step `i`: alternates when there are two. */
  const at = (i: number) => limiters[i % limiters.length]!;
  const key = (what: string) => `${name}:${what}`;
  beforeAll(() => {
    limiters = create();
  });
  afterAll(async () => {
    for (const limiter of limiters) await limiter.close();
  });

  it('takes until the bucket is empty; a refused take takes nothing', async () => {
    const since = Date.now();
    const limit = perMinute(5);
    expect(await at(0).take(key('drain'), 2, limit)).toEqual(took(3));
    expect(await at(1).take(key('drain'), 2, limit)).toEqual(took(1));
    // Two points asked, one there: refused, and the one point is still there afterwards.
    expectRefused(await at(0).take(key('drain'), 2, limit), 1, 60, since);
    expectRefused(await at(1).take(key('drain'), 2, limit), 1, 60, since);
    expect(await at(0).take(key('drain'), 1, limit)).toEqual(took(0));
    expectRefused(await at(1).take(key('drain'), 1, limit), 0, 60, since);
    expectRefused(await at(0).take(key('drain'), 3, limit), 0, 180, since);
  });

  it('always refuses more than the capacity, with the wait until the bucket is full', async () => {
    const since = Date.now();
    const limit = perMinute(3);
    // A full bucket: nothing to wait for, but a refusal still says at least one second.
    expectRefused(await at(0).take(key('over'), 4, limit), 3, 0, since);
    // Nothing was taken by it: all three points are there.
    expect(await at(1).take(key('over'), 3, limit)).toEqual(took(0));
    expectRefused(await at(0).take(key('over'), 4, limit), 0, 180, since);
    expectRefused(await at(1).take(key('over'), 1000, limit), 0, 180, since);
  });

  it('keeps one bucket per key', async () => {
    const limit = perMinute(2);
    expect((await at(0).take(key('one'), 2, limit)).allowed).toBe(true);
    expect((await at(1).take(key('one'), 1, limit)).allowed).toBe(false);
    expect(await at(0).take(key('two'), 2, limit)).toEqual(took(0));
  });

  it('restores points one at a time at the restore rate, never the whole bucket at once', async () => {
    const limit: BucketLimit = { capacity: 2, restorePerSecond: 5 }; // one point per 200 ms
    const pointMs = 1000 / limit.restorePerSecond;
    const drainedAt = Date.now();
    expect(await at(0).take(key('restore'), 2, limit)).toEqual(took(0));
    expectRefused(await at(1).take(key('restore'), 1, limit), 0, 0.2, drainedAt);

    const restored = await takeOneWhenRestored(at(0), key('restore'), limit);
    expect(restored).toEqual(took(0));
    // Not before one point's time (a few ms of slack: the two clocks read here are not the same call).
    expect(Date.now() - drainedAt).toBeGreaterThanOrEqual(pointMs - 5);
    // Exactly one point came back: the next take is refused.
    expect((await at(1).take(key('restore'), 1, limit)).allowed).toBe(false);

    // Two points' time later the bucket is full again, and no fuller than its capacity.
    await sleep(2 * pointMs);
    await takeOneWhenRestored(at(1), key('restore'), limit);
    expect(await at(0).take(key('restore'), 1, limit)).toEqual(took(0));
    await sleep(4 * pointMs);
    expectRefused(await at(1).take(key('restore'), 3, limit), 2, 0.2, Date.now());
  });

  it('allows exactly the capacity under concurrent takes', async () => {
    const limit = perMinute(5);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => at(i).take(key('burst'), 1, limit)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    for (const denied of results.filter((r) => !r.allowed)) {
      expect(denied.available).toBe(0);
      expect(denied.retryAfter).toBeGreaterThanOrEqual(1);
      expect(denied.retryAfter).toBeLessThanOrEqual(60);
    }
  });

  it('rejects a limit or an amount that makes no sense', async () => {
    await expect(at(0).take(key('bad'), 1, { capacity: 0, restorePerSecond: 1 })).rejects.toThrow(RangeError);
    await expect(at(0).take(key('bad'), 1, { capacity: 1, restorePerSecond: 0 })).rejects.toThrow(RangeError);
    await expect(at(0).take(key('bad'), -1, perMinute(1))).rejects.toThrow(RangeError);
    await expect(at(0).take(key('bad'), Number.NaN, perMinute(1))).rejects.toThrow(RangeError);
  });
});

describe('MemoryRateLimiter memory', () => {
  let limiter: MemoryRateLimiter | undefined;
  afterEach(async () => {
    await limiter?.close();
  });

  it('keeps no bucket that is full: refused on a fresh key, or refilled and swept', async () => {
    limiter = new MemoryRateLimiter({ sweepIntervalMs: 20 });
    expect((await limiter.take('fresh', 5, perMinute(3))).allowed).toBe(false);
    expect(limiter.size).toBe(0);

    const fast: BucketLimit = { capacity: 1, restorePerSecond: 20 }; // full again after 50 ms
    for (let i = 0; i < 200; i += 1) expect((await limiter.take(`ip-${i}`, 1, fast)).allowed).toBe(true);
    expect((await limiter.take('slow', 1, perMinute(1))).allowed).toBe(true);
    expect(limiter.size).toBe(201);
    await waitFor('the refilled buckets to go', () => limiter!.size <= 1);
    // The 200 refilled buckets are gone; the one still paying back stays, still empty.
    expect(limiter.size).toBe(1);
    expect((await limiter.take('slow', 1, perMinute(1))).allowed).toBe(false);
  });

  it('holds at most maxBuckets, dropping the least recently used', async () => {
    limiter = new MemoryRateLimiter({ maxBuckets: 10 });
    const limit = perMinute(1);
    for (let i = 0; i < 15; i += 1) expect((await limiter.take(`k${i}`, 1, limit)).allowed).toBe(true);
    expect(limiter.size).toBe(10);
    // k5..k14 are kept, still empty; refusing k5 makes it the most recently used.
    expect((await limiter.take('k5', 1, limit)).allowed).toBe(false);
    // k0 was dropped, so it is full again; storing it drops the least recently used: k6, not k5.
    expect((await limiter.take('k0', 1, limit)).allowed).toBe(true);
    expect((await limiter.take('k5', 1, limit)).allowed).toBe(false);
    expect((await limiter.take('k6', 1, limit)).allowed).toBe(true);
    expect(limiter.size).toBe(10);
  });
});

describe('RedisRateLimiter storage', () => {
  let limiter: RedisRateLimiter;
  beforeAll(() => {
    limiter = new RedisRateLimiter(REDIS_URL, PREFIX);
  });
  afterAll(async () => {
    await limiter.close();
    vi.useRealTimers();
  });

  it('stores a bucket under the prefix with an expiry of its time to refill, and nothing for a full one', async () => {
    const limit: BucketLimit = { capacity: 4, restorePerSecond: 2 };
    expect((await limiter.take('ttl', 1, limit)).allowed).toBe(true);
    const ttlOfOne = await redis.pttl(`${PREFIX}ttl`);
    expect(ttlOfOne).toBeGreaterThan(0);
    expect(ttlOfOne).toBeLessThanOrEqual(500); // one point at 2 per second
    expect((await limiter.take('ttl', 3, limit)).allowed).toBe(true);
    const ttlOfFour = await redis.pttl(`${PREFIX}ttl`);
    expect(ttlOfFour).toBeGreaterThan(0);
    expect(ttlOfFour).toBeLessThanOrEqual(2000);
    expect(await redis.exists('throttle:ttl')).toBe(0);

    // Refused or taking nothing from a full bucket: no key is written.
    expect((await limiter.take('untouched', 5, limit)).allowed).toBe(false);
    expect((await limiter.take('untouched', 0, limit)).allowed).toBe(true);
    expect(await redis.exists(`${PREFIX}untouched`)).toBe(0);

    // Once the key has expired the bucket is full again.
    await waitFor('the key to expire', async () => (await redis.exists(`${PREFIX}ttl`)) === 0, {
      timeoutMs: 20_000,
      intervalMs: 100,
    });
    expect(await limiter.take('ttl', 4, limit)).toEqual(took(0));
  });

  it("refills by Redis's clock, not this process's", async () => {
    const limit = perMinute(2);
    expect((await limiter.take('clock', 2, limit)).allowed).toBe(true);
    // This instance's clock jumps a day ahead: a limiter reading it would see a full bucket.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 86_400_000);
    const result = await limiter.take('clock', 1, limit);
    vi.useRealTimers();
    expect(result.allowed).toBe(false);
    expect(result.retryAfter).toBeGreaterThan(1);
  });
});

describe('RedisRateLimiter without Redis', () => {
  it('limits with buckets of its own and reports the outage once, instead of failing every take', async () => {
    const reports: unknown[] = [];
    // Nothing listens on port 1: every connection attempt fails at once.
    const limiter = new RedisRateLimiter('redis://127.0.0.1:1', PREFIX, (err) => reports.push(err));
    try {
      const limit = perMinute(2);
      expect(await limiter.take('down', 1, limit)).toEqual(took(1));
      expect(await limiter.take('down', 1, limit)).toEqual(took(0));
      expect((await limiter.take('down', 1, limit)).allowed).toBe(false);
      await waitFor('a report of the failure', () => reports.length > 0);
      // Reconnection attempts keep failing; the log hears of it once a minute at most.
      await sleep(300);
      expect(reports).toHaveLength(1);
    } finally {
      await limiter.close();
    }
  });
});
