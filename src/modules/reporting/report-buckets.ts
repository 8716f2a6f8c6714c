import { IANAZone } from 'luxon';

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

const DAY_MS = 86_400_000;

/**
 * Calendar arithmetic is done on "local dates": the UTC midnight of the calendar date (Date.UTC), which
 * has no daylight saving. Only turning a local midnight into an instant needs the zone: one offset
 * lookup per bucket in the usual case. (Luxon's startOf/plus did the same job with six to eight
 * lookups per bucket, each an Intl formatToParts call: measured at 11 ms of a 365-day report's 28 ms
 * of server CPU; bench/README.md, "reports".)
 */
type LocalDate = number;

/** Minutes east of UTC in the zone at an instant (luxon's IANAZone, itself Intl). */
type OffsetAt = (instant: number) => number;

/**
 * Offsets already looked up, per zone and instant: a dashboard asks for the same buckets again and
 * again, and each lookup is an Intl formatToParts call (luxon's partsOffset was 9 % of the server's
 * CPU for a year by day, bench "report year/day"). Bounded: a zone's map is emptied when it is full.
 */
const knownOffsets = new Map<string, Map<number, number>>();
const OFFSETS_PER_ZONE = 20_000;

function offsetsOf(timeZone: string): OffsetAt {
  const zone = IANAZone.create(timeZone);
  let known = knownOffsets.get(timeZone);
  if (!known) {
    // Zone names are checked but not canonical (any letter case passes): bound their number too.
    if (knownOffsets.size >= 1000) knownOffsets.clear();
    known = new Map();
    knownOffsets.set(timeZone, known);
  }
  const cache = known;
  return (instant) => {
    let offset = cache.get(instant);
    if (offset === undefined) {
      offset = zone.offset(instant);
      if (cache.size >= OFFSETS_PER_ZONE) cache.clear();
      cache.set(instant, offset);
    }
    return offset;
  };
}

/**
 * The first instant of a local calendar day: its midnight, or, when a daylight-saving change skips
 * midnight, the change itself (where the day's clock starts). `hint` is the offset tried first (the
 * one of the day before, so a day without a change costs one lookup). Where midnight happens twice
 * (a change back at midnight), the earlier one.
 */
function dayStart(day: LocalDate, offsetAt: OffsetAt, hint: number): { instant: number; offset: number } {
  const first = day - hint * 60_000;
  const offset = offsetAt(first);
  if (offset === hint) return { instant: first, offset };
  const second = day - offset * 60_000;
  const before = offsetAt(second);
  if (before === offset) return { instant: second, offset };
  // Midnight does not exist (the clocks jump forward over it): the day starts at the jump, where the
  // clock on the earlier, smaller offset reaches midnight.
  const instant = day - Math.min(offset, before) * 60_000;
  return { instant, offset: offsetAt(instant) };
}

/** A YYYY-MM-DD calendar date as a local date, or undefined when it is not a real date. */
function parseDate(date: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const local = Date.UTC(year, month - 1, day);
  const back = new Date(local);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return undefined;
  return local;
}

/** The first local date of the bucket holding `day`: itself, its ISO week's Monday, its month's or year's first day. */
function bucketOf(day: LocalDate, unit: BucketUnit): LocalDate {
  const date = new Date(day);
  switch (unit) {
    case 'DAY':
      return day;
    case 'WEEK':
      return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
    case 'MONTH':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    case 'YEAR':
      return Date.UTC(date.getUTCFullYear(), 0, 1);
  }
}

function nextBucket(start: LocalDate, unit: BucketUnit): LocalDate {
  const date = new Date(start);
  switch (unit) {
    case 'DAY':
      return start + DAY_MS;
    case 'WEEK':
      return start + 7 * DAY_MS;
    case 'MONTH':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    case 'YEAR':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  }
}

function bucketLabel(start: LocalDate, unit: BucketUnit): string {
  const iso = new Date(start).toISOString();
  switch (unit) {
    case 'DAY':
      return iso.slice(0, 10);
    case 'WEEK': {
      // The ISO week-year is the year of the week's Thursday; week 1 holds the year's first Thursday.
      const thursday = new Date(start + 3 * DAY_MS);
      const weekYear = thursday.getUTCFullYear();
      const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS));
      return `${weekYear}-W${String(week).padStart(2, '0')}`;
    }
    case 'MONTH':
      return iso.slice(0, 7);
    case 'YEAR':
      return iso.slice(0, 4);
  }
}

interface Bounds {
  start: Date;
  end: Date;
  first: LocalDate;
  offsetAt: OffsetAt;
  /** The offset at the period's start. */
  offset: number;
}

function bounds(period: ReportPeriod): Bounds | PeriodProblem {
  // A zone with offsets looked up is valid; the check builds an Intl formatter (0.4 ms).
  if (!knownOffsets.has(period.timeZone) && !IANAZone.isValidZone(period.timeZone)) {
    return {
      field: 'timeZone',
      message: `"${period.timeZone}" is not an IANA time zone such as Europe/Berlin`,
    };
  }
  const from = parseDate(period.from);
  if (from === undefined)
    return { field: 'from', message: 'from must be a calendar date such as 2026-01-31' };
  const to = parseDate(period.to);
  if (to === undefined) return { field: 'to', message: 'to must be a calendar date such as 2026-12-31' };
  if (to < from) return { field: 'to', message: 'to must not be before from' };
  const offsetAt = offsetsOf(period.timeZone);
  const start = dayStart(from, offsetAt, offsetAt(from));
  const end = dayStart(to + DAY_MS, offsetAt, offsetAt(to + DAY_MS));
  return {
    start: new Date(start.instant),
    end: new Date(end.instant),
    first: from,
    offsetAt,
    offset: start.offset,
  };
}

/** The instants [start, end) of a period: from the start of `from` to the end of `to`, local time. */
export function periodBounds(period: ReportPeriod): { start: Date; end: Date } | PeriodProblem {
  const found = bounds(period);
  return 'field' in found ? found : { start: found.start, end: found.end };
}

/** The buckets of a period, in order, every one present (a report shows empty ones as zeros). */
export function reportBuckets(period: ReportPeriod, unit: BucketUnit): Bucket[] | PeriodProblem {
  const found = bounds(period);
  if ('field' in found) return found;
  const { offsetAt } = found;
  const periodStart = found.start.getTime();
  const periodEnd = found.end.getTime();
  const buckets: Bucket[] = [];
  let local = bucketOf(found.first, unit);
  let start = dayStart(local, offsetAt, found.offset);
  while (start.instant < periodEnd) {
    if (buckets.length === MAX_BUCKETS) {
      return {
        field: 'bucket',
        message: `a report has at most ${MAX_BUCKETS} buckets; choose a longer bucket`,
      };
    }
    const nextLocal = nextBucket(local, unit);
    const next = dayStart(nextLocal, offsetAt, start.offset);
    buckets.push({
      start: new Date(Math.max(start.instant, periodStart)),
      end: new Date(Math.min(next.instant, periodEnd)),
      label: bucketLabel(local, unit),
    });
    local = nextLocal;
    start = next;
  }
  return buckets;
}
