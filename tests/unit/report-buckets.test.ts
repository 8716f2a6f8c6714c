import { describe, expect, it } from 'vitest';
import {
  type Bucket,
  MAX_BUCKETS,
  periodBounds,
  reportBuckets,
} from '../../src/modules/reporting/report-buckets.js';

const HOUR = 3_600_000;

function buckets(
  from: string,
  to: string,
  unit: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR',
  timeZone: string,
): Bucket[] {
  const result = reportBuckets({ from, to, timeZone }, unit);
  if (!Array.isArray(result)) throw new Error(result.message);
  return result;
}

const hours = (bucket: Bucket) => (bucket.end.getTime() - bucket.start.getTime()) / HOUR;

describe('report buckets', () => {
  it('makes one bucket per local day, 23 and 25 hours long across daylight-saving changes', () => {
    const spring = buckets('2026-03-28', '2026-03-30', 'DAY', 'Europe/Berlin');
    expect(spring.map((b) => b.label)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(spring.map(hours)).toEqual([24, 23, 24]);
    expect(spring[0]?.start.toISOString()).toBe('2026-03-27T23:00:00.000Z');
    expect(spring[2]?.end.toISOString()).toBe('2026-03-30T22:00:00.000Z');

    const autumn = buckets('2026-10-25', '2026-10-25', 'DAY', 'Europe/Berlin');
    expect(autumn.map(hours)).toEqual([25]);
  });

  it('starts a day at its first instant when the zone skips midnight', () => {
    // Chile moves its clocks from 00:00 to 01:00 on 2026-09-06.
    const [day] = buckets('2026-09-06', '2026-09-06', 'DAY', 'America/Santiago');
    expect(day?.start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(hours(day as Bucket)).toBe(23);
  });

  it('uses ISO weeks starting on Monday, with week 53 at a year boundary, clipped to the period', () => {
    const weeks = buckets('2026-12-30', '2027-01-12', 'WEEK', 'UTC');
    expect(weeks.map((b) => b.label)).toEqual(['2026-W53', '2027-W01', '2027-W02']);
    expect(weeks[0]?.start.toISOString()).toBe('2026-12-30T00:00:00.000Z');
    expect(weeks[1]?.start.toISOString()).toBe('2027-01-04T00:00:00.000Z');
    expect(weeks[2]?.end.toISOString()).toBe('2027-01-13T00:00:00.000Z');
  });

  it('covers the period without gaps or overlaps for months and years', () => {
    const months = buckets('2025-11-15', '2026-02-10', 'MONTH', 'America/New_York');
    expect(months.map((b) => b.label)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    for (let i = 1; i < months.length; i++) expect(months[i]?.start).toEqual(months[i - 1]?.end);
    expect(months[1]?.start.toISOString()).toBe('2025-12-01T05:00:00.000Z');

    const years = buckets('2025-06-01', '2027-01-01', 'YEAR', 'Asia/Kolkata');
    expect(years.map((b) => b.label)).toEqual(['2025', '2026', '2027']);
    expect(years[1]?.start.toISOString()).toBe('2025-12-31T18:30:00.000Z');
  });

  it('puts every boundary of a modern zone on a 15-minute step of UTC', () => {
    for (const zone of ['Asia/Kathmandu', 'Australia/Eucla', 'Pacific/Chatham', 'America/St_Johns']) {
      for (const bucket of buckets('2026-01-01', '2026-12-31', 'DAY', zone)) {
        expect(bucket.start.getTime() % (15 * 60_000)).toBe(0);
      }
    }
  });

  it('refuses a bad zone, bad dates, a reversed period and too many buckets', () => {
    expect(periodBounds({ from: '2026-01-01', to: '2026-01-02', timeZone: 'Mars/Olympus' })).toMatchObject({
      field: 'timeZone',
    });
    expect(periodBounds({ from: '2026-02-30', to: '2026-03-02', timeZone: 'UTC' })).toMatchObject({
      field: 'from',
    });
    expect(periodBounds({ from: '2026-01-01', to: '01/02/2026', timeZone: 'UTC' })).toMatchObject({
      field: 'to',
    });
    expect(periodBounds({ from: '2026-01-02', to: '2026-01-01', timeZone: 'UTC' })).toMatchObject({
      field: 'to',
    });
    expect(reportBuckets({ from: '2020-01-01', to: '2026-01-01', timeZone: 'UTC' }, 'DAY')).toMatchObject({
      field: 'bucket',
    });
    expect(buckets('2020-01-01', '2024-02-08', 'DAY', 'UTC')).toHaveLength(MAX_BUCKETS);
  });
});
