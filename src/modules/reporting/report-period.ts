import { type SQL, sql } from 'drizzle-orm';
import type { Bucket, BucketUnit } from './report-buckets.js';
import { type PeriodInput, type ResolvedPeriod, resolveBuckets, resolvePeriod } from './report-input.js';

/** A checked period with its buckets in order (one covering the whole period when no unit is asked). */
export interface BucketedPeriod extends ResolvedPeriod {
  buckets: Bucket[];
}

/**
 * Checks a period (report-input.ts: a bad zone, date, reversed period or too many buckets is a
 * BAD_USER_INPUT naming the `input` field) and divides it.
 */
export function bucketedPeriod(
  input: PeriodInput,
  unit: BucketUnit | null,
  storeTimeZone: string,
): BucketedPeriod {
  const period = resolvePeriod(input, storeTimeZone);
  const buckets = unit
    ? resolveBuckets(period, unit)
    : [{ start: period.start, end: period.end, label: `${period.from}..${period.to}` }];
  return { ...period, buckets };
}

/**
 * The buckets as an SQL row source `b(i, bucket_start, bucket_end)`, to join facts on
 * `at >= bucket_start and at < bucket_end` (one index range per bucket): the zone's arithmetic stays
 * in report-buckets.ts, so PostgreSQL and PGlite answer alike whatever time zone data they carry.
 */
export function bucketRows(buckets: readonly Bucket[]): SQL {
  const rows = buckets.map(
    (b, i) => sql`(${i}::int, ${b.start.toISOString()}::timestamptz, ${b.end.toISOString()}::timestamptz)`,
  );
  return sql`(values ${sql.join(rows, sql`, `)}) as b(i, bucket_start, bucket_end)`;
}
