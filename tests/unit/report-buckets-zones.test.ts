import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type BucketUnit, reportBuckets } from '../../src/modules/reporting/report-buckets.js';
import { createRng } from '../../src/seed/seeded-random.js';

/**
 * The buckets' calendar arithmetic (plain dates plus one offset lookup per bucket) against luxon's
 * startOf/plus in the zone, an independent implementation, for random periods in zones with
 * daylight-saving changes at 02:00, at midnight (skipping it), of 30 minutes, and none.
 */
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago', // skips midnight in spring
  'America/Havana', // changes at midnight too
  'Asia/Beirut', // changes at midnight
  'Australia/Lord_Howe', // a 30-minute change
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kolkata', // no change, half-hour offset
  'Pacific/Kiritimati', // +14
  'UTC',
];
const UNITS: BucketUnit[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const LUXON_UNIT = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

function viaLuxon(from: string, to: string, unit: BucketUnit, zone: string) {
  const start = DateTime.fromISO(from, { zone }).startOf('day');
  const end = DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day');
  const buckets: { start: string; end: string }[] = [];
  let cursor = start.startOf(LUXON_UNIT[unit]);
  while (cursor < end) {
    const next = cursor.plus({ [`${LUXON_UNIT[unit]}s`]: 1 }).startOf(LUXON_UNIT[unit]);
    buckets.push({
      start: new Date(Math.max(cursor.toMillis(), start.toMillis())).toISOString(),
      end: new Date(Math.min(next.toMillis(), end.toMillis())).toISOString(),
    });
    cursor = next;
  }
  return buckets;
}

describe('report buckets across time zones', () => {
  it('match luxon for random periods, units and zones', () => {
    const next = createRng(20261203);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let i = 0; i < 400; i++) {
      const zone = ZONES[Math.floor(next() * ZONES.length)] as string;
      const unit = UNITS[Math.floor(next() * UNITS.length)] as BucketUnit;
      const from = Date.UTC(2012, 0, 1) + Math.floor(next() * 15 * 365) * 86_400_000;
      const length = Math.floor(next() * (unit === 'DAY' ? 400 : 1200)) * 86_400_000;
      const period = { from: day(from), to: day(from + length), timeZone: zone };
      const got = reportBuckets(period, unit);
      if (!Array.isArray(got)) throw new Error(got.message);
      const simple = got.map((b) => ({ start: b.start.toISOString(), end: b.end.toISOString() }));
      expect(simple, `${JSON.stringify(period)} by ${unit}`).toEqual(
        viaLuxon(period.from, period.to, unit, zone),
      );
    }
  });

  it('labels ISO weeks by their week-year, including week 53', () => {
    const got = reportBuckets({ from: '2026-12-28', to: '2027-01-10', timeZone: 'Europe/Berlin' }, 'WEEK');
    if (!Array.isArray(got)) throw new Error(got.message);
    expect(got.map((b) => b.label)).toEqual(['2026-W53', '2027-W01']);
    const early = reportBuckets({ from: '2024-12-30', to: '2025-01-05', timeZone: 'UTC' }, 'WEEK');
    if (!Array.isArray(early)) throw new Error(early.message);
    expect(early.map((b) => b.label)).toEqual(['2025-W01']);
  });
});
