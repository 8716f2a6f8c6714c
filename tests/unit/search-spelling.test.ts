import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  correctionsFor,
  editDistance,
  MAX_CORRECTIONS,
} from '../../src/modules/catalog/search-spelling.js';

/** The search's spelling correction, without a database (src/modules/catalog/search-spelling.ts). */
describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['compact', 'compact', 0],
    ['copmact', 'compact', 1], // adjacent swap: one edit (Levenshtein counts two)
    ['dorobell', 'doorbell', 1],
    ['iphnoe', 'iphone', 1],
    ['skilet', 'skillet', 1], // a missing letter
    ['hedphones', 'headphones', 1],
    ['kettel', 'kettle', 1],
    ['lmap', 'lamp', 1],
    ['lantren', 'lantern', 1],
    ['cmopcat', 'compact', 2],
    ['abc', 'xyz', 3],
    ['', 'abc', 3],
    ['café', 'cafe', 1],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(b, a, 5)).toBe(d);
  });

  it('stops at max + 1', () => {
    expect(editDistance('compact', 'doorbell', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('copmact', 'compact', 0)).toBe(1);
  });
});

describe('allowedEdits', () => {
  it('none under 3 characters, 1 up to 4, 2 from 5', () => {
    expect(['a', 'tv', 'pro', 'lamp', 'lmapy', 'copmact'].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('correctionsFor', () => {
  // Candidates as the trigram index would list them for the word looked up.
  const words = ['compact', 'compass', 'copper', 'coat', 'doorbell', 'door', 'headphones', 'headlamp'];

  it('a catalog word needs no correction', () => {
    expect(correctionsFor('compact', words)).toEqual([]);
  });

  it('picks the nearest words within the allowed edits', () => {
    expect(correctionsFor('copmact', words)).toEqual(['compact']);
    expect(correctionsFor('dorobell', words)).toEqual(['doorbell']);
    expect(correctionsFor('compacs', words)).toEqual(['compact', 'compass']); // both one edit away
  });

  it('completes a fragment of four letters or more, before looking for near words', () => {
    expect(correctionsFor('headph', words)).toEqual(['headphones']);
    expect(correctionsFor('headph', ['head', ...words])).toEqual(['headphones']); // "head" is 2 edits away
    expect(correctionsFor('doorb', words)).toEqual(['doorbell']);
    expect(correctionsFor('head', words)).toEqual(['headphones', 'headlamp']);
    expect(correctionsFor('hea', words)).toEqual([]);
  });

  it('leaves nonsense and short words alone', () => {
    expect(correctionsFor('xqzvy', words)).toEqual([]);
    expect(correctionsFor('qqqqqqqq', words)).toEqual([]);
    expect(correctionsFor('co', words)).toEqual([]);
  });

  it(`keeps at most ${MAX_CORRECTIONS}, nearest first`, () => {
    expect(correctionsFor('cat', ['bat', 'hat', 'mat', 'rat'])).toEqual(['bat', 'hat', 'mat']);
  });
});
