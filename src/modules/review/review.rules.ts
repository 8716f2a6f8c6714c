import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';

/**
 * Pure rules of reviews: input limits, plain-text checks, what a new or edited review's status is,
 * and the author's public name. Unit-tested without a database (tests/review/review-rules.test.ts).
 */

export const REVIEW_TITLE_MAX = 150;
export const REVIEW_BODY_MAX = 5000;
export const REVIEW_REPLY_MAX = 5000;
export const REVIEW_REASON_MAX = 500;

/** Whether the store publishes reviews at once (`off`) or holds them for approval (`hold`). */
export type ReviewModeration = 'off' | 'hold';

/**
 * Control characters other than tab, line feed and carriage return (C0, DEL, C1): never part of a
 * review a person typed, and trouble for whatever displays or exports it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * A text as it is stored: trimmed, line breaks as \n, otherwise exactly as given (no HTML is
 * stripped or escaped: the API returns plain text and clients escape it where they display it).
 */
export function normalizeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/** The problem with a plain-text field, or null: length in characters (code points) and control characters. */
export function textProblem(value: string, max: number, label: string): string | null {
  if ([...value].length > max) return `${label} is at most ${max} characters.`;
  if (CONTROL_CHARACTERS.test(value)) return `${label} must not contain control characters.`;
  return null;
}

export interface ReviewTextInput {
  rating?: number | null;
  title?: string | null;
  body?: string | null;
}

/** Problems of a review's rating, title and body (those given), as payload errors under `input`. */
export function reviewInputErrors(input: ReviewTextInput): UserError[] {
  const errors: UserError[] = [];
  if (input.rating !== undefined && input.rating !== null) {
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
      errors.push(userError(['input', 'rating'], ErrorCode.INVALID_INPUT, 'A rating is 1 to 5 whole stars.'));
  }
  const fields: [keyof ReviewTextInput, number, string][] = [
    ['title', REVIEW_TITLE_MAX, 'The title'],
    ['body', REVIEW_BODY_MAX, 'The review'],
  ];
  for (const [field, max, label] of fields) {
    const value = input[field];
    if (typeof value !== 'string') continue;
    const problem = textProblem(normalizeText(value), max, label);
    if (problem) errors.push(userError(['input', field], ErrorCode.INVALID_INPUT, problem));
  }
  return errors;
}

/** The status a review gets when written or edited by its author. */
export function submittedStatus(moderation: ReviewModeration): 'PUBLISHED' | 'PENDING' {
  return moderation === 'hold' ? 'PENDING' : 'PUBLISHED';
}

/** What the public sees of an author: first name and the initial of the last ("Jane D."), never an email. */
export function authorDisplayName(name: string | null | undefined): string {
  if (name === null || name === undefined) return 'Former customer';
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  // A name that is (or holds) an email address shows none of it.
  if (!first || words.some((w) => w.includes('@'))) return 'Customer';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = last ? [...last][0]?.toUpperCase() : undefined;
  return initial ? `${first} ${initial}.` : first;
}

/** Keeps a histogram exact: counts of 1..5 stars from (rating, count) rows. */
export function histogramOf(rows: readonly { rating: number; count: number }[]): number[] {
  const histogram = [0, 0, 0, 0, 0];
  for (const row of rows) histogram[row.rating - 1] = (histogram[row.rating - 1] ?? 0) + Number(row.count);
  return histogram;
}
