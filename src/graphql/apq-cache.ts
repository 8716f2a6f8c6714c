import type { PersistedQueryOptions } from '@apollo/server';
import type { Redis } from 'ioredis';
import { lazyRequire } from '../lazy-require.js';
import type { Logger } from '../logger.js';
import { RedisOutageLog } from './redis-outage-log.js';

/** ioredis, loaded only where REDIS_URL is set (see lazy-require.ts). */
const ioredis = lazyRequire<typeof import('ioredis')>('ioredis');

export type ApqCache = NonNullable<PersistedQueryOptions['cache']>;

/**
 * The automatic persisted queries cache shared by every instance through Redis, so a query one
 * instance registered is found by the others. Apollo prefixes its keys with `apq:` and passes
 * APQ_TTL with each `set`.
 *
 * Written over ioredis (already the project's Redis client) rather than `@apollo/utils.keyvadapter`
 * + `keyv` + `@keyv/redis`: those three packages would bring a second Redis client library and
 * connection for three commands, and their batching of `get`s buys nothing for one key per request.
 *
 * The cache never fails a request: while Redis is unreachable a lookup misses (the client then
 * sends the text, which runs as usual) and a registration is dropped. The outage is logged once,
 * and so is the recovery.
 */
export class RedisApqCache implements ApqCache {
  private readonly redis: Redis;
  private readonly outages: RedisOutageLog;

  constructor(
    url: string,
    private readonly prefix: string,
    logger: Logger,
  ) {
    // One retry and a bounded command time: a lookup waits a little for a reconnect, never long.
    this.redis = new (ioredis().Redis)(url, { maxRetriesPerRequest: 1, commandTimeout: 2000 });
    this.outages = new RedisOutageLog(logger, 'persisted query cache', 'hashes miss until it is back');
    this.redis.on('error', (err: Error) => this.outages.failed(err));
  }

  async get(key: string): Promise<string | undefined> {
    try {
      const value = await this.redis.get(this.prefix + key);
      this.outages.succeeded();
      return value ?? undefined;
    } catch (err) {
      this.outages.failed(err as Error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    try {
      const ttl = options?.ttl;
      if (ttl) await this.redis.set(this.prefix + key, value, 'EX', ttl);
      else await this.redis.set(this.prefix + key, value);
      this.outages.succeeded();
    } catch (err) {
      this.outages.failed(err as Error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch (err) {
      this.outages.failed(err as Error);
      return false;
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
