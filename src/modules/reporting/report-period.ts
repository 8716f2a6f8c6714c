import { type SQL, sql } from 'drizzle-orm';
import type { Bucket, BucketUnit } from './report-buckets.js';
import { type PeriodInput, type ResolvedPeriod, resolveBuckets, resolvePeriod } from './report-input.js';
import { bucketStarts } from './sales-report.service.js';

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
 * The 1-based bucket of each row's instant, `width_bucket(at, bucket starts)`: a query reads the
 * period's rows in one index range and groups them by this, whatever the number of buckets (the zone's
 * arithmetic stays in report-buckets.ts, so PostgreSQL and PGlite answer alike).
 */
export function bucketOf(at: SQL, buckets: readonly Bucket[]): SQL {
  return sql`width_bucket(${at}, ${bucketStarts(buckets)})`;
}

/** The start of the 1-based bucket `index` (an SQL expression), to compare instants with it. */
export function bucketStartOf(index: SQL, buckets: readonly Bucket[]): SQL {
  return sql`(${bucketStarts(buckets)})[${index}]`;
}
