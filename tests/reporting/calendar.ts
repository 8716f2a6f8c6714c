import { DateTime } from 'luxon';
import { expect } from 'vitest';
import type { GqlResponse } from '../support/gql-client.js';

/**
 * Calendar and checking helpers of the customer and inventory report tests. The expected figures are computed here
 * from raw rows with luxon's calendar of each instant (its local date, ISO week, month), not through
 * the server's bucket boundaries: a second, independent way to the same answer.
 */

export type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISODate() as string;
}

/** The label of the bucket an instant falls in: 2026-03-29, 2026-W53, 2026-03, 2026. */
export function bucketLabel(at: Date, zone: string, unit: Unit): string {
  const local = DateTime.fromJSDate(at, { zone });
  switch (unit) {
    case 'DAY':
      return local.toISODate() as string;
    case 'WEEK':
      return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
    case 'MONTH':
      return local.toFormat('yyyy-MM');
    case 'YEAR':
      return local.toFormat('yyyy');
  }
}

/** Whether an instant's local date lies in [from, to] (both included). */
export function inPeriod(at: Date, zone: string, from: string, to: string): boolean {
  const date = localDate(at, zone);
  return date >= from && date <= to;
}

/** Integer minor units as the API's decimal amount (2 digits: the test store's USD). */
export function amount(minor: number | bigint): string {
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Parses "12.50" back into minor units. */
export function minor(decimal: string): number {
  const [whole, fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** The response failed with one top-level error of this code (and field, when given); no data. */
export function expectTopLevelError(response: GqlResponse, code: string, field?: string): string {
  expect(response.errors, JSON.stringify(response.data)).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (field) expect(error.extensions?.field).toBe(field);
  expect(error.message).not.toMatch(/\bselect\b.*\bfrom\b|stack|\.ts:\d/i);
  return error.message;
}

/** Group-and-count: how many items of `items` share each key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** An instant given as local wall time in a zone: `at('2026-03-29T01:30', 'Europe/Berlin')`. */
export function at(local: string, zone: string): Date {
  const time = DateTime.fromISO(local, { zone });
  if (!time.isValid) throw new Error(`bad local time ${local} in ${zone}`);
  return time.toJSDate();
}

/** Every local calendar date from `from` to `to`, both included. */
export function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = DateTime.fromISO(from); (day.toISODate() as string) <= to; day = day.plus({ days: 1 })) {
    dates.push(day.toISODate() as string);
  }
  return dates;
}

/** The labels of every bucket of a period, in order: the buckets of each local day's noon. */
export function bucketLabels(from: string, to: string, zone: string, unit: Unit): string[] {
  const noon = (date: string) => DateTime.fromISO(`${date}T12:00`, { zone }).toJSDate();
  return [...new Set(datesOf(from, to).map((date) => bucketLabel(noon(date), zone, unit)))];
}
