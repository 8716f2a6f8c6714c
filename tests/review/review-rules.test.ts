import { describe, expect, it } from 'vitest';
import { ratingAverage } from '../../src/modules/catalog/product-rating.js';
import {
  authorDisplayName,
  histogramOf,
  normalizeText,
  reviewInputErrors,
  submittedStatus,
  textProblem,
} from '../../src/modules/review/review.rules.js';

/** The pure rules of reviews, without a database. */
describe('review rules', () => {
  it('shows first name and last initial, never an email address', () => {
    expect(authorDisplayName('Jane Doe')).toBe('Jane D.');
    expect(authorDisplayName('  jane   van der berg ')).toBe('jane B.');
    expect(authorDisplayName('Cher')).toBe('Cher');
    expect(authorDisplayName('Émile Ørsted')).toBe('Émile Ø.');
    expect(authorDisplayName('jane@example.com')).toBe('Customer');
    expect(authorDisplayName('Jane jane@example.com')).toBe('Customer');
    expect(authorDisplayName('   ')).toBe('Customer');
    expect(authorDisplayName(null)).toBe('Former customer');
  });

  it('averages to one decimal, rounding half up exactly', () => {
    expect(ratingAverage([0, 0, 0, 0, 0])).toBe(0);
    expect(ratingAverage([0, 0, 0, 3, 1])).toBe(4.3); // 4.25
    expect(ratingAverage([2, 1, 0, 0, 0])).toBe(1.3); // 1.333
    expect(ratingAverage([0, 0, 1, 0, 1])).toBe(4);
    expect(ratingAverage([1, 0, 0, 0, 1])).toBe(3);
    expect(ratingAverage([0, 0, 0, 1, 1])).toBe(4.5);
  });

  it('counts a histogram from grouped rows', () => {
    expect(
      histogramOf([
        { rating: 5, count: 2 },
        { rating: 1, count: 1 },
      ]),
    ).toEqual([1, 0, 0, 0, 2]);
  });

  it('keeps text as written but for trimming and line breaks', () => {
    expect(normalizeText('  <b>hi</b>\r\nthere\r ')).toBe('<b>hi</b>\nthere');
    expect(textProblem('a\tb\nc', 10, 'X')).toBeNull();
    expect(textProblem('a\u0008b', 10, 'X')).toMatch(/control/);
    expect(textProblem('a\u0085b', 10, 'X')).toMatch(/control/);
    expect(textProblem('😀'.repeat(10), 10, 'X')).toBeNull();
    expect(textProblem('😀'.repeat(11), 10, 'X')).toMatch(/at most 10/);
  });

  it('checks the rating and text of an input', () => {
    expect(reviewInputErrors({ rating: 3.5 }).map((e) => e.field)).toEqual([['input', 'rating']]);
    expect(reviewInputErrors({ rating: 5, title: 'ok', body: 'fine' })).toEqual([]);
  });

  it('publishes at once, or holds when the store moderates', () => {
    expect(submittedStatus('off')).toBe('PUBLISHED');
    expect(submittedStatus('hold')).toBe('PENDING');
  });
});
