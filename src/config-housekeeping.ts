import type { Reader } from './config-reader.js';

/**
 * How long rows nobody needs any more are kept, and how often they are purged (README "Housekeeping").
 * Durations in seconds. Guest carts follow GUEST_CART_TTL (`Config.guestCartTtl`).
 */
export interface HousekeepingConfig {
  /** Time between two passes of the housekeeping task. */
  intervalSeconds: number;
  /** Most rows one DELETE statement removes. */
  batchSize: number;
  /**
   * An ended login (expired, or revoked) is deleted with its refresh tokens this long after it ended;
   * until then a replayed refresh token of an expired login is still recognized as reuse.
   */
  sessionRetention: number;
  /** Email verification and password reset tokens, this long after they were used or expired. */
  oneTimeTokenRetention: number;
  /** Sent emails (outbox rows SENT), this long after they were sent. */
  outboxRetention: number;
  /** Finished webhook deliveries (SUCCEEDED or FAILED) and their attempts, this long after they were queued. */
  webhookDeliveryRetention: number;
}

export function readHousekeepingConfig(r: Reader): HousekeepingConfig {
  return {
    intervalSeconds: r.duration('HOUSEKEEPING_INTERVAL', 3600),
    batchSize: r.int('HOUSEKEEPING_BATCH_SIZE', 500, 1, 100_000),
    sessionRetention: r.duration('SESSION_RETENTION', 30 * 86400),
    oneTimeTokenRetention: r.duration('ONE_TIME_TOKEN_RETENTION', 7 * 86400),
    outboxRetention: r.duration('OUTBOX_RETENTION', 30 * 86400),
    webhookDeliveryRetention: r.duration('WEBHOOK_DELIVERY_RETENTION', 30 * 86400),
  };
}
