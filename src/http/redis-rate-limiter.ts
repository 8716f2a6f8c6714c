import { Redis } from 'ioredis';
import {
  allowed,
  assertValidTake,
  type BucketLimit,
  type BucketResult,
  EPSILON,
  type RateLimiter,
  refused,
} from './token-bucket.js';

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

/** Buckets shared by every instance on one Redis (REDIS_URL). */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private readonly takeCommand: TakeCommand;

  constructor(
    url: string,
    private readonly prefix = 'throttle:',
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
    // ioredis sends the script by its SHA and loads it again after a Redis restart (NOSCRIPT).
    this.redis.defineCommand('bucketTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    const commands = this.redis as unknown as { bucketTake: TakeCommand };
    this.takeCommand = commands.bucketTake.bind(this.redis);
  }

  async take(key: string, amount: number, limit: BucketLimit): Promise<BucketResult> {
    assertValidTake(amount, limit);
    const [ok, level] = await this.takeCommand(
      this.prefix + key,
      amount,
      limit.capacity,
      limit.restorePerSecond,
      EPSILON,
    );
    return ok === 1 ? allowed(Number(level)) : refused(Number(level), amount, limit);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
