import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { Counter, type Registry } from 'prom-client';
import type { DatabaseHandle } from '../db/client.js';
import { lazyRequire } from '../lazy-require.js';
import type { Logger } from '../logger.js';
import { RedisOutageLog } from './redis-outage-log.js';

/** ioredis, loaded only where REDIS_URL is set (see lazy-require.ts). */
const ioredis = lazyRequire<typeof import('ioredis')>('ioredis');

/**
 * PostgreSQL NOTIFY channel of the response cache. Its payloads:
 * - a transaction id, sent by the catalog's triggers (migration 0010) inside every transaction
 *   that changes what a cached answer may show, so it arrives when (and only if) that transaction
 *   commits;
 * - `reset:<random>`, sent by an instance when it starts listening (again): every instance moves
 *   to the same new generation, so instances sharing Redis agree from then on;
 * - `sync:<instance>:<n>`, sent after a mutation on this instance (see `sync`): changes nothing,
 *   its arrival proves every earlier committed notice has arrived too.
 * Every payload but a sync becomes the new generation, and entries are keyed by generation.
 */
export const RESPONSE_CACHE_CHANNEL = 'response_cache';

/** One cached answer: the `data` of a query that had no errors. */
export interface CachedAnswer {
  data: Record<string, unknown>;
  /** Epoch milliseconds when it was computed. */
  storedAt: number;
  /** Seconds it may be served (the operation's policy). */
  maxAge: number;
}

export interface ResponseCacheSettings {
  maxEntries: number;
  maxBytes: number;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
}

export interface ResponseCacheCounters {
  lookup(result: 'hit' | 'miss' | 'bypass'): void;
  invalidated(): void;
}

interface AnswerStore {
  get(key: string): Promise<CachedAnswer | undefined> | CachedAnswer | undefined;
  set(key: string, answer: CachedAnswer, json: string): Promise<void> | void;
  /** Drops everything (memory only: Redis entries are keyed by generation and expire). */
  clear(): void;
  close(): Promise<void>;
}

/**
 * The public response cache of one server instance: answers of anonymous catalog queries, keyed
 * by the catalog generation, the query, its operation name and variables. Entries live in Redis
 * (shared by every instance, expiring after their max age) when REDIS_URL is set, else in a
 * bounded in-process LRU (entries and bytes). The generation changes on every committed catalog
 * change, on every instance, through LISTEN/NOTIFY (RESPONSE_CACHE_CHANNEL).
 */
export class ResponseCache {
  private current = `local:${randomBytes(8).toString('hex')}`;
  private readonly store: AnswerStore;
  private readonly instanceId = randomBytes(6).toString('hex');
  private syncCounter = 0;
  private readonly syncWaiters = new Map<string, () => void>();
  private unlisten: (() => Promise<void>) | undefined;
  private listenedOnce = false;
  counters: ResponseCacheCounters | undefined;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly logger: Logger,
    settings: ResponseCacheSettings,
  ) {
    this.store =
      settings.redisUrl === undefined
        ? new MemoryStore(settings.maxEntries, settings.maxBytes)
        : new RedisStore(settings.redisUrl, `${settings.redisKeyPrefix}rc:`, logger);
  }

  /** The generation entries are read and written under now. */
  get generation(): string {
    return this.current;
  }

  /** LISTENs on the channel, then moves every instance to a new common generation. */
  async start(): Promise<void> {
    this.unlisten = await this.database.listen(
      RESPONSE_CACHE_CHANNEL,
      (payload) => this.onNotice(payload),
      () => {
        // A re-established LISTEN may have missed notices while it was down: start afresh.
        if (this.listenedOnce) void this.reset();
        this.listenedOnce = true;
      },
    );
    this.listenedOnce = true;
    await this.reset();
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    for (const release of this.syncWaiters.values()) release();
    this.syncWaiters.clear();
    try {
      await unlisten?.();
    } catch (err) {
      this.logger.warn({ err }, 'could not UNLISTEN the response cache channel');
    }
    await this.store.close();
  }

  key(generation: string, queryHash: string, operationName: string | undefined, variables: unknown): string {
    return createHash('sha256')
      .update(`${generation}\n${queryHash}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`)
      .digest('base64url');
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    const answer = await this.store.get(key);
    if (!answer) return undefined;
    // Redis expires by whole seconds: never serve past the max age.
    return Date.now() - answer.storedAt < answer.maxAge * 1000 ? answer : undefined;
  }

  /** Stores an answer computed under `generation`, unless the catalog changed meanwhile. */
  async set(key: string, generation: string, answer: CachedAnswer): Promise<void> {
    if (generation !== this.current) return;
    const json = JSON.stringify(answer);
    await this.store.set(key, answer, json);
  }

  /**
   * Resolves once every catalog change committed before the call has reached this instance: sends
   * a NOTIFY of its own and waits for it (PostgreSQL delivers notices in commit order). A mutation's
   * answer waits for it, so the next request to this instance sees what the mutation changed.
   * Should the notice not come back in time, the generation moves on locally (always safe).
   */
  async sync(timeoutMs = 2000): Promise<void> {
    if (!this.unlisten) return;
    const id = `sync:${this.instanceId}:${++this.syncCounter}`;
    const arrived = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.syncWaiters.delete(id);
        resolve(false);
      }, timeoutMs);
      this.syncWaiters.set(id, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    try {
      await this.database.db.execute(sql`SELECT pg_notify(${RESPONSE_CACHE_CHANNEL}, ${id})`);
    } catch (err) {
      this.logger.warn({ err }, 'response cache: could not send a sync notice');
      this.syncWaiters.get(id)?.();
    }
    if (!(await arrived)) this.moveTo(`local:${randomBytes(8).toString('hex')}`);
  }

  private async reset(): Promise<void> {
    this.moveTo(`local:${randomBytes(8).toString('hex')}`);
    try {
      await this.database.db.execute(
        sql`SELECT pg_notify(${RESPONSE_CACHE_CHANNEL}, ${`reset:${randomBytes(8).toString('hex')}`})`,
      );
    } catch (err) {
      this.logger.warn({ err }, 'response cache: could not announce a new generation');
    }
  }

  private onNotice(payload: string): void {
    if (payload.startsWith('sync:')) {
      this.syncWaiters.get(payload)?.();
      this.syncWaiters.delete(payload);
      return;
    }
    this.moveTo(payload.slice(0, 100));
  }

  private moveTo(generation: string): void {
    if (generation === this.current) return;
    this.current = generation;
    this.store.clear();
    this.counters?.invalidated();
  }
}

/** `graphql_response_cache_requests_total{result}` and `graphql_response_cache_invalidations_total`. */
export function responseCacheCounters(registry: Registry): ResponseCacheCounters {
  const lookups = new Counter({
    name: 'graphql_response_cache_requests_total',
    help: 'GraphQL operations over HTTP by response cache result: hit, miss (executed and stored) or bypass (not cacheable).',
    labelNames: ['result'],
    registers: [registry],
  });
  const invalidations = new Counter({
    name: 'graphql_response_cache_invalidations_total',
    help: 'Generations of the response cache this instance moved to (catalog changes, instance starts).',
    registers: [registry],
  });
  return {
    lookup: (result) => lookups.inc({ result }),
    invalidated: () => invalidations.inc(),
  };
}

/** Per-instance LRU, bounded by entries and by the bytes of the answers' JSON. */
class MemoryStore implements AnswerStore {
  private readonly lru: LRUCache<string, CachedAnswer>;
  private readonly sizes = new WeakMap<CachedAnswer, number>();

  constructor(maxEntries: number, maxBytes: number) {
    this.lru = new LRUCache<string, CachedAnswer>({
      max: maxEntries,
      maxSize: maxBytes,
      // The JSON's length stands for the answer's size (its objects take a few times more heap).
      sizeCalculation: (answer) => this.sizes.get(answer) ?? 1,
    });
  }

  get(key: string): CachedAnswer | undefined {
    return this.lru.get(key);
  }

  set(key: string, answer: CachedAnswer, json: string): void {
    this.sizes.set(answer, Math.max(1, json.length + key.length));
    this.lru.set(key, answer, { ttl: answer.maxAge * 1000 });
  }

  clear(): void {
    this.lru.clear();
  }

  async close(): Promise<void> {
    this.lru.clear();
  }
}

/** Shared by every instance; entries expire after their max age. Never fails a request. */
class RedisStore implements AnswerStore {
  private readonly redis: Redis;
  private readonly outages: RedisOutageLog;

  constructor(
    url: string,
    private readonly prefix: string,
    logger: Logger,
  ) {
    this.redis = new (ioredis().Redis)(url, { maxRetriesPerRequest: 1, commandTimeout: 1000 });
    this.outages = new RedisOutageLog(logger, 'response cache', 'every request misses until it is back');
    this.redis.on('error', (err: Error) => this.outages.failed(err));
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    try {
      const json = await this.redis.get(this.prefix + key);
      this.outages.succeeded();
      return json ? (JSON.parse(json) as CachedAnswer) : undefined;
    } catch (err) {
      this.outages.failed(err as Error);
      return undefined;
    }
  }

  async set(key: string, answer: CachedAnswer, json: string): Promise<void> {
    try {
      await this.redis.set(this.prefix + key, json, 'EX', Math.max(1, Math.ceil(answer.maxAge)));
      this.outages.succeeded();
    } catch (err) {
      this.outages.failed(err as Error);
    }
  }

  clear(): void {}

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
