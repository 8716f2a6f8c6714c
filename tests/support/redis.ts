import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own per test file: parallel runs on one Redis do not collide. */
export function uniquePrefix(): string {
  return `test:${randomBytes(6).toString('hex')}:`;
}

/** A connection for inspecting keys; fails with a clear message when no Redis is running. */
export async function connectTestRedis(): Promise<Redis> {
  const redis = new Redis(REDIS_URL, {
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
  return redis;
}

/** Deletes this file's keys and closes the connection. */
export async function dropTestKeys(redis: Redis | undefined, prefix: string): Promise<void> {
  if (redis?.status !== 'ready') return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}
