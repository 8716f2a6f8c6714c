import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/modules/notification/outbox.worker.js';

describe('retryDelayMs', () => {
  it('doubles from 5 seconds', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
  });

  it('is capped at one hour', () => {
    expect(retryDelayMs(10)).toBe(2_560_000);
    expect(retryDelayMs(11)).toBe(3_600_000);
    expect(retryDelayMs(100)).toBe(3_600_000);
    expect(retryDelayMs(10_000)).toBe(3_600_000);
  });

  it('never decreases', () => {
    for (let attempt = 1; attempt < 60; attempt++) {
      expect(retryDelayMs(attempt + 1)).toBeGreaterThanOrEqual(retryDelayMs(attempt));
    }
  });
});
