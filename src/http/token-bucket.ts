/**
 * Token buckets ("leaky buckets" in Shopify's words): a bucket holds up to `capacity` points and
 * gets them back continuously at `restorePerSecond`; a take needs that many points in it now.
 * A client that spent everything gets one point back every 1 / restorePerSecond seconds, never the
 * whole allowance at once at a window edge, so there is no burst of twice the limit across one.
 *
 * Why not rate-limiter-flexible (11.4.0): its memory and Redis limiters count points in fixed
 * windows (`points` per `duration`, a counter that resets when its key expires), which is the
 * burst-at-the-window-edge behaviour this replaces; `execEvenly` delays answers instead of
 * refusing them, `RateLimiterQueue` waits in one process only, a refused `consume` still adds its
 * points to the counter, and each limiter instance has one fixed `points`/`duration` where callers
 * here pass the limit with every take. The arithmetic below is a few lines, mirrored by the
 * Redis script in redis-rate-limiter.ts.
 */

export interface BucketLimit {
  capacity: number;
  restorePerSecond: number;
}

export interface BucketResult {
  allowed: boolean;
  /** Points in the bucket after this take (when refused: points there now; nothing was taken). */
  available: number;
  /** Whole seconds until `amount` points will be available (0 when allowed; at least 1 when refused). */
  retryAfter: number;
}

export interface RateLimiter {
  /** Takes `amount` points from `key`'s bucket if it holds that many; a refused take takes nothing. */
  take(key: string, amount: number, limit: BucketLimit): Promise<BucketResult>;
  close(): Promise<void>;
}

/** Absorbs floating-point dust: 0.2 s at 5 points per second must give back one whole point. */
export const EPSILON = 1e-9;

/** "N attempts per window" as a bucket: N at most, all N restored over one window, one at a time. */
export function attemptsPerWindow(attempts: number, windowSeconds: number): BucketLimit {
  return { capacity: attempts, restorePerSecond: attempts / windowSeconds };
}

/** A bad limit or amount is a programming error: refuse it loudly rather than allow everything. */
export function assertValidTake(amount: number, limit: BucketLimit): void {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`invalid amount ${amount}`);
  if (!Number.isFinite(limit.capacity) || limit.capacity <= 0)
    throw new RangeError(`invalid bucket capacity ${limit.capacity}`);
  if (!Number.isFinite(limit.restorePerSecond) || limit.restorePerSecond <= 0)
    throw new RangeError(`invalid restore rate ${limit.restorePerSecond}`);
}

/** The level of a bucket that held `level` points `elapsedMs` ago. */
export function refilled(level: number, elapsedMs: number, limit: BucketLimit): number {
  return Math.min(limit.capacity, level + (Math.max(0, elapsedMs) * limit.restorePerSecond) / 1000);
}

/** Milliseconds until a bucket at `level` is full again. */
export function msUntilFull(level: number, limit: BucketLimit): number {
  return Math.max(0, ((limit.capacity - level) * 1000) / limit.restorePerSecond);
}

export function allowed(levelAfter: number): BucketResult {
  return { allowed: true, available: wholePoints(levelAfter), retryAfter: 0 };
}

/** A refusal at `level`: more than the capacity waits for a full bucket (it can never be taken). */
export function refused(level: number, amount: number, limit: BucketLimit): BucketResult {
  const missing = Math.min(amount, limit.capacity) - level;
  const seconds = Math.ceil(missing / limit.restorePerSecond - EPSILON);
  return { allowed: false, available: wholePoints(level), retryAfter: Math.max(1, seconds) };
}

/** Callers see whole points: a point being restored is not there until it is whole. */
function wholePoints(level: number): number {
  return Math.max(0, Math.floor(level + EPSILON));
}
