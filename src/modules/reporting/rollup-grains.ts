/**
 * The grains of the rollups (reporting.tables.ts) and how a report's buckets are covered by them.
 *
 * Every change is added to the rollups at three grains at once (15-minute slots, hours, days; UTC, on
 * the epoch), so a report reads each bucket as the whole days inside it, the whole hours at its edges
 * and 15-minute slots only where the bucket starts or ends off the hour (zones such as Asia/Kolkata or
 * Australia/Adelaide). A year by day in Europe/Berlin reads 8,760 hour rows instead of 35,040 slots;
 * two years by week in America/New_York about 730 days and 2,500 hours instead of 70,080 slots
 * (bench/README.md, "reports").
 */
import { type SQL, sql } from 'drizzle-orm';

export const MINUTE_MS = 60_000;

/** The grains, coarsest first: the number stored in the rollups' `grain` column and its width. */
export const GRAINS = [
  { grain: 2, ms: 24 * 60 * MINUTE_MS, interval: '1 day' },
  { grain: 1, ms: 60 * MINUTE_MS, interval: '1 hour' },
  { grain: 0, ms: 15 * MINUTE_MS, interval: '15 minutes' },
] as const;

/** The grains as an SQL row source `g(grain, width)`, to add one change at every grain. */
export const GRAIN_VALUES = sql.raw(
  `(VALUES ${GRAINS.map((g) => `(${g.grain}, interval '${g.interval}')`).join(', ')}) AS g(grain, width)`,
);

/** Rollup rows of one grain whose slot starts in [start, end) (epoch ms, both on the grain). */
export interface GrainRange {
  grain: number;
  start: number;
  end: number;
}

const floorTo = (at: number, ms: number) => Math.floor(at / ms) * ms;
const ceilTo = (at: number, ms: number) => Math.ceil(at / ms) * ms;

/** Covers [start, end) with the coarsest grains whose slots lie inside it, from grain index `level` down. */
function cover(start: number, end: number, level: number, out: GrainRange[]): void {
  if (start >= end) return;
  const grain = GRAINS[level];
  if (!grain) return;
  if (level === GRAINS.length - 1) {
    out.push({ grain: grain.grain, start, end });
    return;
  }
  const inner = { start: ceilTo(start, grain.ms), end: floorTo(end, grain.ms) };
  if (inner.start >= inner.end) {
    cover(start, end, level + 1, out);
    return;
  }
  cover(start, inner.start, level + 1, out);
  out.push({ grain: grain.grain, ...inner });
  cover(inner.end, end, level + 1, out);
}

/**
 * The rollup rows that make up buckets [b0, b1), [b1, b2) … (boundaries in epoch ms, ascending, on
 * 15-minute steps): per bucket the whole days, then hours, then slots inside it, adjacent ranges of a
 * grain merged (they may span buckets: every row in them still lies inside one bucket, which
 * `width_bucket` over the bucket starts finds).
 */
export function grainRanges(boundaries: readonly number[]): GrainRange[] {
  const pieces: GrainRange[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    cover(boundaries[i] as number, boundaries[i + 1] as number, 0, pieces);
  }
  pieces.sort((a, b) => a.grain - b.grain || a.start - b.start);
  const merged: GrainRange[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.grain === piece.grain && last.end === piece.start) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged;
}

const isoArray = (values: readonly number[]) =>
  `{${values.map((v) => `"${new Date(v).toISOString()}"`).join(',')}}`;

/**
 * `unnest(…) AS r(grain, s, e) CROSS JOIN LATERAL (…) <alias>`: the rows of a rollup table in these
 * ranges, one index range scan per range (the table's index leads with grain and slot, after any
 * equality columns the caller puts in `extra`, written against `alias`). OFFSET 0 keeps the subquery
 * from being flattened into a join: flattened, PostgreSQL merge-joined the ranges with every row of
 * the category (2 million rows filtered out, 340 ms, against 3,000 rows read per range).
 */
export function rollupRowsIn(table: string, alias: string, ranges: readonly GrainRange[], extra?: SQL): SQL {
  const grains = `{${ranges.map((r) => r.grain).join(',')}}`;
  const t = sql.raw(`${table} ${alias}`);
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  return sql`unnest(${grains}::int[], ${isoArray(ranges.map((r) => r.start))}::timestamptz[],
      ${isoArray(ranges.map((r) => r.end))}::timestamptz[]) AS r(grain, s, e)
    CROSS JOIN LATERAL (
      SELECT * FROM ${t}
      WHERE ${extra ? sql`${extra} AND ` : sql``}${col('grain')} = r.grain AND ${col('slot')} >= r.s AND ${col('slot')} < r.e
      OFFSET 0
    ) ${sql.raw(alias)}`;
}
