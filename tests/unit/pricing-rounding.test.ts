import { describe, expect, it } from 'vitest';
import { allocateProRata, roundHalfEven } from '../../src/modules/pricing/pricing.js';

// Every expected figure below is worked out by hand in the comment next to it.

describe('roundHalfEven', () => {
  it.each([
    [1, 2, 0n], // 0.5 -> 0
    [3, 2, 2n], // 1.5 -> 2
    [5, 2, 2n], // 2.5 -> 2
    [7, 2, 4n], // 3.5 -> 4
    [-1, 2, 0n], // -0.5 -> 0
    [-3, 2, -2n], // -1.5 -> -2
    [-5, 2, -2n], // -2.5 -> -2
    [1, 3, 0n], // 0.33 -> 0
    [2, 3, 1n], // 0.67 -> 1
    [-2, 3, -1n], // -0.67 -> -1
    [10, 5, 2n], // exact
    [0, 7, 0n],
    [1005, 10, 100n], // 100.5 -> 100
    [1015, 10, 102n], // 101.5 -> 102
    [12_345, 10_000, 1n], // 1.2345 -> 1
    [15_000, 10_000, 2n], // 1.5 -> 2
    [25_000, 10_000, 2n], // 2.5 -> 2
    [25_001, 10_000, 3n], // just above the half
  ])('%d / %d -> %s', (n, d, expected) => {
    expect(roundHalfEven(n, d)).toBe(expected);
  });

  it('is exact far beyond 2^53', () => {
    // (10^30 + 5) / 10 = 10^29 + 0.5 -> 10^29 (even); (10^30 + 15) / 10 = 10^29 + 1.5 -> 10^29 + 2
    expect(roundHalfEven(10n ** 30n + 5n, 10n)).toBe(10n ** 29n);
    expect(roundHalfEven(10n ** 30n + 15n, 10n)).toBe(10n ** 29n + 2n);
  });

  it('refuses a zero or negative denominator and fractional numbers', () => {
    expect(() => roundHalfEven(1, 0)).toThrow();
    expect(() => roundHalfEven(1, -2)).toThrow();
    expect(() => roundHalfEven(1.5, 2)).toThrow();
  });
});

describe('allocateProRata', () => {
  it('splits exactly in proportion when it divides evenly', () => {
    // 100 over 100:200:100 -> 25, 50, 25
    expect(allocateProRata(100n, [100n, 200n, 100n])).toEqual([25n, 50n, 25n]);
  });

  it('gives a positive remainder to the largest weight, the first one on ties', () => {
    // 100 / 3 = 33.33 each -> 33 + 33 + 33 = 99; the missing 1 goes to the first of the equal weights
    expect(allocateProRata(100n, [100n, 100n, 100n])).toEqual([34n, 33n, 33n]);
    // 10 over 10:30:10 -> 2, 6, 2 = 10 exact; 11 -> 2.2, 6.6, 2.2 -> 2, 7, 2 = 11
    expect(allocateProRata(11n, [10n, 30n, 10n])).toEqual([2n, 7n, 2n]);
    // 5 over 10:30:10 -> 1, 3, 1 exact; 4 -> 0.8, 2.4, 0.8 -> 1, 2, 1 = 4
    expect(allocateProRata(4n, [10n, 30n, 10n])).toEqual([1n, 2n, 1n]);
    // 2 over 10:30:10 -> 0.4, 1.2, 0.4 -> 0, 1, 0 = 1; +1 to the largest (the middle one)
    expect(allocateProRata(2n, [10n, 30n, 10n])).toEqual([0n, 2n, 0n]);
  });

  it('takes a negative remainder from the largest weight', () => {
    // 200 / 3 = 66.67 each -> 67 * 3 = 201; one too many, taken from the first of the equal weights
    expect(allocateProRata(200n, [100n, 100n, 100n])).toEqual([66n, 67n, 67n]);
    // 3 over 100:300:100 -> 0.6, 1.8, 0.6 -> 1, 2, 1 = 4; one too many, taken from the largest
    expect(allocateProRata(3n, [100n, 300n, 100n])).toEqual([1n, 1n, 1n]);
  });

  it('spills a remainder the largest weight cannot absorb onto the next ones, keeping 0..weight', () => {
    const tenOnes = Array.from({ length: 10 }, () => 1n);
    // 6 over ten 1s: 0.6 each -> 1 each = 10; four too many, one from each of the first four
    expect(allocateProRata(6n, tenOnes)).toEqual([0n, 0n, 0n, 0n, 1n, 1n, 1n, 1n, 1n, 1n]);
    // 4 over ten 1s: 0.4 each -> 0 each; four missing, one to each of the first four
    expect(allocateProRata(4n, tenOnes)).toEqual([1n, 1n, 1n, 1n, 0n, 0n, 0n, 0n, 0n, 0n]);
  });

  it('handles nothing to split and the whole amount', () => {
    expect(allocateProRata(0n, [])).toEqual([]);
    expect(allocateProRata(0n, [0n, 0n])).toEqual([0n, 0n]);
    expect(allocateProRata(7n, [3n, 4n])).toEqual([3n, 4n]);
  });

  it('refuses a total outside 0..sum of weights', () => {
    expect(() => allocateProRata(8n, [3n, 4n])).toThrow();
    expect(() => allocateProRata(-1n, [3n, 4n])).toThrow();
    expect(() => allocateProRata(1n, [])).toThrow();
  });
});
