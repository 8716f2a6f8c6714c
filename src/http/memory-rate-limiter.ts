import {
  allowed,
  assertValidTake,
  type BucketLimit,
  type BucketResult,
  EPSILON,
  msUntilFull,
  type RateLimiter,
  refilled,
  refused,
} from './token-bucket.js';

interface Bucket {
  level: number;
  /** performance.now() when `level` was measured: monotonic, so a clock change moves nothing. */
  at: number;
  /** When the bucket is full again; from then on it is the same as no entry, and is swept. */
  fullAt: number;
}

export interface MemoryRateLimiterOptions {
  /** Most buckets kept; past it the least recently used one is dropped (that client starts full). */
  maxBuckets?: number;
  /** How often buckets that are full again are dropped. */
  sweepIntervalMs?: number;
}

/**
 * Buckets of this process only (no REDIS_URL). A full bucket is never stored: a key is absent
 * until its first take and dropped once refilled, so memory follows the clients that are still
 * paying back, not every address ever seen; `maxBuckets` bounds even those (Map order is kept as
 * least recently used first by re-inserting each touched key).
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxBuckets: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: MemoryRateLimiterOptions = {}) {
    this.maxBuckets = options.maxBuckets ?? 100_000;
    this.sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 60_000).unref();
  }

  /** Buckets held now (not yet full again, or not yet swept). */
  get size(): number {
    return this.buckets.size;
  }

  async take(key: string, amount: number, limit: BucketLimit): Promise<BucketResult> {
    assertValidTake(amount, limit);
    const now = performance.now();
    const bucket = this.buckets.get(key);
    const level = bucket ? refilled(bucket.level, now - bucket.at, limit) : limit.capacity;
    if (amount > level + EPSILON) {
      if (bucket) this.touch(key, bucket);
      return refused(level, amount, limit);
    }
    const left = Math.max(0, level - amount);
    if (left >= limit.capacity) this.buckets.delete(key);
    else this.touch(key, { level: left, at: now, fullAt: now + msUntilFull(left, limit) });
    return allowed(left);
  }

  sweep(): void {
    const now = performance.now();
    for (const [key, bucket] of this.buckets) if (bucket.fullAt <= now) this.buckets.delete(key);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.buckets.clear();
  }

  private touch(key: string, bucket: Bucket): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxBuckets) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}
