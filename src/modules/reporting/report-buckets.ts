import { DateTime, IANAZone } from 'luxon';

/** How a report divides its period: calendar days, ISO weeks (Monday start), months or years. */
export type BucketUnit = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/**
 * One bucket of a report: the instants [start, end) it covers, both on a boundary of the report's
 * time zone (a day across a daylight-saving change is 23 or 25 hours long and still one bucket).
 * The first and last buckets are clipped to the report's period when `from`/`to` fall inside a
 * week, month or year.
 */
export interface Bucket {
  start: Date;
  end: Date;
  /** The calendar period in the report's time zone: 2026-03-29, 2026-W13 (ISO week-year), 2026-03, 2026. */
  label: string;
}

/** A report period: local calendar dates, both included, in an IANA time zone. */
export interface ReportPeriod {
  from: string;
  to: string;
  timeZone: string;
}

/** Most buckets one report may have (four years of days). */
export const MAX_BUCKETS = 1500;

/** Why a period cannot be bucketed; the field is the input field to blame. */
export interface PeriodProblem {
  field: 'from' | 'to' | 'timeZone' | 'bucket';
  message: string;
}

const LUXON_UNIT = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

/** The instants [start, end) of a period: from the start of `from` to the end of `to`, local time. */
export function periodBounds(period: ReportPeriod): { start: Date; end: Date } | PeriodProblem {
  if (!IANAZone.isValidZone(period.timeZone)) {
    return {
      field: 'timeZone',
      message: `"${period.timeZone}" is not an IANA time zone such as Europe/Berlin`,
    };
  }
  const from = localDay(period.from, period.timeZone);
  if (from === undefined)
    return { field: 'from', message: 'from must be a calendar date such as 2026-01-31' };
  const to = localDay(period.to, period.timeZone);
  if (to === undefined) return { field: 'to', message: 'to must be a calendar date such as 2026-12-31' };
  if (to < from) return { field: 'to', message: 'to must not be before from' };
  return { start: from.toJSDate(), end: to.plus({ days: 1 }).toJSDate() };
}

/** The buckets of a period, in order, every one present (a report shows empty ones as zeros). */
export function reportBuckets(period: ReportPeriod, unit: BucketUnit): Bucket[] | PeriodProblem {
  const bounds = periodBounds(period);
  if ('field' in bounds) return bounds;
  const zone = period.timeZone;
  const periodEnd = DateTime.fromJSDate(bounds.end, { zone });
  const buckets: Bucket[] = [];
  let cursor = DateTime.fromJSDate(bounds.start, { zone }).startOf(LUXON_UNIT[unit]);
  while (cursor < periodEnd) {
    if (buckets.length === MAX_BUCKETS) {
      return {
        field: 'bucket',
        message: `a report has at most ${MAX_BUCKETS} buckets; choose a longer bucket`,
      };
    }
    const next = cursor.plus({ [`${LUXON_UNIT[unit]}s`]: 1 }).startOf(LUXON_UNIT[unit]);
    buckets.push({
      start: new Date(Math.max(cursor.toMillis(), bounds.start.getTime())),
      end: new Date(Math.min(next.toMillis(), bounds.end.getTime())),
      label: bucketLabel(cursor, unit),
    });
    cursor = next;
  }
  return buckets;
}

function bucketLabel(start: DateTime, unit: BucketUnit): string {
  switch (unit) {
    case 'DAY':
      return start.toISODate() ?? '';
    case 'WEEK':
      return `${start.weekYear}-W${String(start.weekNumber).padStart(2, '0')}`;
    case 'MONTH':
      return start.toFormat('yyyy-MM');
    case 'YEAR':
      return start.toFormat('yyyy');
  }
}

/** Local midnight of a YYYY-MM-DD date (the first instant of that day, even when midnight is skipped). */
function localDay(date: string, zone: string): DateTime | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const day = DateTime.fromISO(date, { zone });
  return day.isValid ? day.startOf('day') : undefined;
}
