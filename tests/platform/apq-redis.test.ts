import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/client.js';
import { MemoryRateLimiter } from '../../src/http/rate-limiter.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';
import { persisted, postGraphql, refusal, sha256 } from '../support/persisted-requests.js';
import { waitFor } from '../support/wait-for.js';

/**
 * The APQ cache shared through Redis (REDIS_URL): a query registered on instance A is answered by
 * hash on instance B. On PostgreSQL both instances use one database, as in production; PGlite
 * cannot be shared, so there B has its own (the cache is all they need to share here).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Every key of this run lives under its own prefix: parallel runs on one Redis do not collide. */
const PREFIX = `test:${randomBytes(6).toString('hex')}:`;
const TTL = 600;

let redis: Redis;
let a: TestApp;
let b: RunningApp;
let bDatabase: TestDatabase | undefined;

beforeAll(async () => {
  redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  await redis.connect().catch((err: Error) => {
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (${err.message}): start redis-server or set TEST_REDIS_URL.`,
    );
  });
  const env = { REDIS_URL, REDIS_KEY_PREFIX: PREFIX, APQ_TTL: String(TTL) };
  // Sign-in is not used here: keep the rate limiter out of the shared Redis.
  a = await startTestApp(env, { rateLimiter: new MemoryRateLimiter() });
  if (!process.env.DATABASE_URL) bDatabase = await createTestDatabase();
  const database = bDatabase
    ? await bDatabase.open()
    : await openDatabase({ url: a.config.databaseUrl, dataDir: '' });
  b = await startApp(a.config, {
    database,
    rateLimiter: new MemoryRateLimiter(),
    idleWorkers: ['outbox', 'reservation-sweeper', 'webhooks'],
  });
});
afterAll(async () => {
  await b?.stop();
  await bDatabase?.drop();
  await a?.close();
  if (redis?.status === 'ready') {
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
});

const QUERY = 'query SharedApq { products(first: 3) { totalCount } }';

describe('APQ cache in Redis', () => {
  it('a query registered on instance A is answered by hash on instance B, and kept APQ_TTL seconds', async () => {
    const hash = sha256(QUERY);
    const bUrl = `${b.url}/graphql`;
    expect(refusal(await postGraphql(bUrl, { extensions: persisted(hash) }))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
      200,
    ]);
    expect(await postGraphql(a.graphqlUrl, { query: QUERY, extensions: persisted(hash) })).toEqual({
      status: 200,
      body: { data: { products: { totalCount: 0 } } },
    });
    // Apollo does not wait for its cache write before answering: wait for the key to appear.
    const key = `${PREFIX}apq:${hash}`;
    await waitFor(`the cache key ${key}`, async () => (await redis.exists(key)) === 1, { intervalMs: 10 });
    expect(await redis.get(key)).toBe(QUERY);
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(TTL);

    expect(await postGraphql(bUrl, { extensions: persisted(hash) })).toEqual({
      status: 200,
      body: { data: { products: { totalCount: 0 } } },
    });
  });

  it('an unreachable Redis fails no request: hashes miss, texts run, one warning is logged', async () => {
    const captured = captureLogs();
    // A port nothing listens on: every Redis command fails.
    const down = await startTestApp(
      { REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: PREFIX },
      { rateLimiter: new MemoryRateLimiter(), logger: captured.logger },
    );
    try {
      const hash = sha256(QUERY);
      for (let i = 0; i < 2; i += 1) {
        expect(refusal(await postGraphql(down.graphqlUrl, { extensions: persisted(hash) }))).toEqual([
          'PERSISTED_QUERY_NOT_FOUND',
          200,
        ]);
        expect(await postGraphql(down.graphqlUrl, { query: QUERY, extensions: persisted(hash) })).toEqual({
          status: 200,
          body: { data: { products: { totalCount: 0 } } },
        });
      }
      const warnings = captured.lines.filter((line) => line.level >= 40);
      expect(warnings.map((line) => line.msg)).toEqual([
        'persisted query cache (Redis) unavailable: hashes miss until it is back',
      ]);
    } finally {
      await down.close();
    }
  });
});
