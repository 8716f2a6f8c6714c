/** Seeded randomness for the demo data: the same seed gives the same catalog. */

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for demo data. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed and an index into one 32-bit seed, so product i does not depend on products before it. */
export function mixSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
export const between = (rng: Rng, min: number, max: number): number =>
  min + Math.floor(rng() * (max - min + 1));

/** `n` distinct items in their original order. */
export function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const indexes = new Set<number>();
  while (indexes.size < Math.min(n, items.length)) indexes.add(Math.floor(rng() * items.length));
  return [...indexes].sort((a, b) => a - b).map((i) => items[i] as T);
}
