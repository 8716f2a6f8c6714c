import { MemoryRateLimiter } from './memory-rate-limiter.js';
import { RedisRateLimiter } from './redis-rate-limiter.js';
import type { RateLimiter } from './token-bucket.js';

export { MemoryRateLimiter, type MemoryRateLimiterOptions } from './memory-rate-limiter.js';
export { RedisRateLimiter } from './redis-rate-limiter.js';
export { attemptsPerWindow, type BucketLimit, type BucketResult, type RateLimiter } from './token-bucket.js';

/**
 * Buckets shared through Redis when REDIS_URL is set, else this process's own. `onUnavailable`
 * hears (at most once a minute) that Redis cannot be reached and per-instance buckets stand in.
 */
export function createRateLimiter(
  redisUrl: string | undefined,
  keyPrefix: string,
  onUnavailable?: (err: unknown) => void,
): RateLimiter {
  return redisUrl
    ? new RedisRateLimiter(redisUrl, `${keyPrefix}throttle:`, onUnavailable)
    : new MemoryRateLimiter();
}
