import type { Redis } from 'ioredis';
import { lazyRequire } from '../lazy-require.js';
import { MemoryRateLimiter } from './memory-rate-limiter.js';
import {
  allowed,
  assertValidTake,
  type BucketLimit,
  type BucketResult,
  EPSILON,
  type RateLimiter,
  refused,
} from './token-bucket.js';

/** ioredis, loaded only where REDIS_URL is set (see lazy-require.ts). */
const ioredis = lazyRequire<typeof import('ioredis')>('ioredis');

/**
 * One bucket take, atomically: read the level and when it was measured, refill, take or refuse,
 * store. The clock is Redis's own (TIME), so instances whose clocks disagree still agree on every
 * bucket; time running backwards (a failover to a skewed replica) restores nothing rather than
 * taking points. The key is stored as "level time" with an expiry of the time until the bucket is
 * full again (a full bucket is the same as no key, so it is deleted). A refusal writes nothing.
 * Mirrors refilled()/msUntilFull() in token-bucket.ts; numbers come back as strings because
 * Redis truncates Lua numbers to integers.
 *
 * KEYS[1] the bucket; ARGV amount, capacity, restorePerSecond, epsilon.
 */
const TAKE_SCRIPT = `
-- Redis < 5 refuses a write after TIME unless the script replicates its effects (the default since 5).
if redis.replicate_commands then redis.replicate_commands() end
local amount = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local rate = tonumber(ARGV[3])
local epsilon = tonumber(ARGV[4])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local level = capacity
local stored = redis.call('GET', KEYS[1])
if stored then
  local storedLevel, storedAt = string.match(stored, '^(%S+) (%S+)$')
  storedLevel, storedAt = tonumber(storedLevel), tonumber(storedAt)
  if storedLevel and storedAt then
    level = math.min(capacity, storedLevel + math.max(0, now - storedAt) * rate / 1000)
  end
end
if amount > level + epsilon then return {0, string.format('%.17g', level)} end
level = math.max(0, level - amount)
if level >= capacity then
  redis.call('DEL', KEYS[1])
else
  local ttl = math.ceil((capacity - level) * 1000 / rate)
  redis.call('SET', KEYS[1], string.format('%.17g %.17g', level, now), 'PX', ttl)
end
return {1, string.format('%.17g', level)}
`;

type TakeCommand = (
  key: string,
  amount: number,
  capacity: number,
  rate: number,
  epsilon: number,
) => Promise<[number, string]>;

/** At most one "Redis unavailable" report per this many milliseconds: a dead Redis must not flood the log. */
const REPORT_INTERVAL_MS = 60_000;
const LOST = new Set(['reconnecting', 'close', 'end']);

/**
 * Buckets shared by every instance on one Redis (REDIS_URL). While Redis cannot be reached, each
 * instance falls back to buckets of its own (limits per instance instead of shared) and reports
 * it, rather than failing every request that pays a cost or letting every one through unlimited.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private readonly takeCommand: TakeCommand;
  private readonly fallback = new MemoryRateLimiter();
  private lastReport = 0;

  constructor(
    url: string,
    private readonly prefix = 'throttle:',
    private readonly onUnavailable: (err: unknown) => void = () => {},
  ) {
    this.redis = new (ioredis().Redis)(url, { maxRetriesPerRequest: 1, lazyConnect: false });
    this.redis.on('error', (err) => this.report(err));
    // ioredis sends the script by its SHA and loads it again after a Redis restart (NOSCRIPT).
    this.redis.defineCommand('bucketTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    const commands = this.redis as unknown as { bucketTake: TakeCommand };
    this.takeCommand = commands.bucketTake.bind(this.redis);
  }

  async take(key: string, amount: number, limit: BucketLimit): Promise<BucketResult> {
    assertValidTake(amount, limit);
    // Once a connection was lost, takes fall back at once instead of queueing for a reconnection;
    // while the first connection is being made they wait for it (queued by ioredis).
    if (!LOST.has(this.redis.status)) {
      try {
        const [ok, level] = await this.takeCommand(
          this.prefix + key,
          amount,
          limit.capacity,
          limit.restorePerSecond,
          EPSILON,
        );
        return ok === 1 ? allowed(Number(level)) : refused(Number(level), amount, limit);
      } catch (err) {
        this.report(err);
      }
    }
    return this.fallback.take(key, amount, limit);
  }

  private report(err: unknown): void {
    const now = Date.now();
    if (now - this.lastReport < REPORT_INTERVAL_MS) return;
    this.lastReport = now;
    this.onUnavailable(err);
  }

  async close(): Promise<void> {
    await this.fallback.close();
    // quit() waits for a connection that may never come; a broken one is simply cut.
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }
}
