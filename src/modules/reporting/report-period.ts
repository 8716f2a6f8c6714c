import { type SQL, sql } from 'drizzle-orm';
import { registerEnumType } from 'type-graphql';
import { badUserInput } from '../../graphql/errors.js';
import { type Bucket, type BucketUnit, periodBounds, reportBuckets } from './report-buckets.js';

/** The bucket sizes of a report, as GraphQL sees them (report-buckets.ts does the arithmetic). */
export enum ReportBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(ReportBucket, {
  name: 'ReportBucket',
  description:
    "How a report divides its period, in the report's time zone. Every bucket of the period is present " +
    '(empty ones as zeros); the first and last are clipped to the period.',
  valuesConfig: {
    DAY: { description: 'Calendar days, midnight to midnight (a daylight-saving day is 23 or 25 hours).' },
    WEEK: { description: 'ISO weeks, Monday to Sunday (labelled with the ISO week-year, e.g. 2026-W01).' },
    MONTH: { description: 'Calendar months.' },
    YEAR: { description: 'Calendar years.' },
  },
});

/** A report period as asked for: local dates (both included) and an optional IANA zone. */
export interface PeriodInput {
  from: string;
  to: string;
  timeZone?: string | null;
}

/** A checked period: its zone, its instants [start, end) and its buckets in order. */
export interface ResolvedPeriod {
  from: string;
  to: string;
  timeZone: string;
  start: Date;
  end: Date;
  buckets: Bucket[];
}

/**
 * Checks a period and divides it (one bucket covering it all when `unit` is null); a bad zone, date,
 * reversed period or too many buckets is a BAD_USER_INPUT naming the input field (`path.field`).
 */
export function resolvePeriod(
  input: PeriodInput,
  unit: BucketUnit | null,
  defaultTimeZone: string,
  path: string,
): ResolvedPeriod {
  const period = { from: input.from, to: input.to, timeZone: input.timeZone?.trim() || defaultTimeZone };
  const bounds = periodBounds(period);
  if ('field' in bounds) throw badUserInput(bounds.message, `${path}.${bounds.field}`);
  let buckets: Bucket[];
  if (unit === null) {
    buckets = [{ ...bounds, label: `${period.from}..${period.to}` }];
  } else {
    const divided = reportBuckets(period, unit);
    if ('field' in divided) throw badUserInput(divided.message, `${path}.${divided.field}`);
    buckets = divided;
  }
  return { ...period, ...bounds, buckets };
}

/**
 * The buckets as an SQL row source `(i, bucket_start, bucket_end)`, to join facts on
 * `at >= bucket_start and at < bucket_end`: the zone's arithmetic stays in report-buckets.ts, so
 * PostgreSQL and PGlite answer alike whatever time zone data they carry.
 */
export function bucketRows(buckets: readonly Bucket[]): SQL {
  const rows = buckets.map(
    (b, i) => sql`(${i}::int, ${b.start.toISOString()}::timestamptz, ${b.end.toISOString()}::timestamptz)`,
  );
  return sql`(values ${sql.join(rows, sql`, `)}) as b(i, bucket_start, bucket_end)`;
}
