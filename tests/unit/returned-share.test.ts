import { describe, expect, it } from 'vitest';
import { returnedShare } from '../../src/modules/returns/returns.rules.js';

describe('returnedShare', () => {
  it("is the returned units' share of the line total, in whole minor units", () => {
    expect(returnedShare(6000, 3, 0, 2)).toBe(4000);
    expect(returnedShare(6000, 3, 0, 3)).toBe(6000);
    expect(returnedShare(999, 1, 0, 1)).toBe(999);
  });

  it('never loses or adds a cent when a line comes back in several returns', () => {
    // 10.00 over 3 units: 3.33 + 3.33 + 3.34 in some order, always 10.00 together.
    const one = [0, 1, 2].map((before) => returnedShare(1000, 3, before, 1));
    expect(one.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(one).toEqual([333, 333, 334]);
    expect(returnedShare(1000, 3, 0, 2) + returnedShare(1000, 3, 2, 1)).toBe(1000);
    expect(returnedShare(1000, 3, 0, 1) + returnedShare(1000, 3, 1, 2)).toBe(1000);
    for (let units = 1; units <= 7; units++) {
      let sum = 0;
      for (let before = 0; before < units; before++) sum += returnedShare(1234, units, before, 1);
      expect(sum).toBe(1234);
    }
  });
});
