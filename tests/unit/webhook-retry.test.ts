import { describe, expect, it } from 'vitest';
import { exponentialDelayMs } from '../../src/modules/notification/polling-worker.js';
import { webhookRetryDelayMs } from '../../src/modules/webhook/webhook.worker.js';

describe('webhook retry delays', () => {
  it('start at WEBHOOK_RETRY_BASE_MS and double, at most one hour', () => {
    expect([1, 2, 3, 4, 5].map((n) => webhookRetryDelayMs(n, 10_000))).toEqual([
      10_000, 20_000, 40_000, 80_000, 160_000,
    ]);
    expect(webhookRetryDelayMs(9, 10_000)).toBe(2_560_000);
    expect(webhookRetryDelayMs(10, 10_000)).toBe(3_600_000);
    expect(webhookRetryDelayMs(100, 10_000)).toBe(3_600_000);
    expect([1, 2, 3].map((n) => webhookRetryDelayMs(n, 50))).toEqual([50, 100, 200]);
  });

  it('share the outbox rule: the first attempt waits the base delay', () => {
    expect(exponentialDelayMs(1, 5000, 60_000)).toBe(5000);
    expect(exponentialDelayMs(0, 5000, 60_000)).toBe(5000);
    expect(exponentialDelayMs(5, 5000, 60_000)).toBe(60_000);
  });
});
