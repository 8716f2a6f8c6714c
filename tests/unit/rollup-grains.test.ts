import { describe, expect, it } from 'vitest';
import { type BucketUnit, reportBuckets } from '../../src/modules/reporting/report-buckets.js';
import { GRAINS, type GrainRange, grainRanges } from '../../src/modules/reporting/rollup-grains.js';
import { between, createRng } from '../../src/seed/seeded-random.js';

/**
 * The cover of a report's buckets by rollup grains, checked slot by slot: every 15-minute slot of the
 * period is read exactly once (through the one range row that contains it), every range row lies
 * inside one bucket, and ranges start and end on their grain. Buckets come from the real calendar in
 * zones whose boundaries fall on the day, on the hour, and on the half and quarter hour.
 */
const SLOT = 15 * 60_000;
const WIDTH = new Map<number, number>(GRAINS.map((g) => [g.grain, g.ms]));
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // +10:30 / +11 (a 30-minute change)
  'Pacific/Chatham', // +12:45 / +13:45
  'America/Santiago', // skips midnight
];
const UNITS: BucketUnit[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

function check(boundaries: number[], ranges: GrainRange[]) {
  const bucketOf = (at: number) => {
    let lo = 0;
    let hi = boundaries.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((boundaries[mid] as number) <= at) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const problems: string[] = [];
  const readBy = new Map<number, number>();
  for (const r of ranges) {
    const width = WIDTH.get(r.grain) as number;
    if (r.start % width !== 0 || r.end % width !== 0 || r.start >= r.end)
      problems.push(`bad range ${JSON.stringify(r)}`);
    for (let row = r.start; row < r.end; row += width) {
      if (bucketOf(row) !== bucketOf(row + width - 1))
        problems.push(`row ${row} (grain ${r.grain}) spans buckets`);
      for (let slot = row; slot < row + width; slot += SLOT) readBy.set(slot, (readBy.get(slot) ?? 0) + 1);
    }
  }
  const first = boundaries[0] as number;
  const last = boundaries[boundaries.length - 1] as number;
  let slots = 0;
  for (let slot = first; slot < last; slot += SLOT) {
    if (readBy.get(slot) !== 1)
      problems.push(`slot ${new Date(slot).toISOString()} read ${readBy.get(slot) ?? 0} times`);
    slots++;
  }
  if (readBy.size !== slots) problems.push(`${readBy.size - slots} slots read outside the period`);
  expect(problems.slice(0, 5)).toEqual([]);
}

describe('rollup grains', () => {
  it('covers random periods in zones off the hour exactly once, rows inside one bucket', () => {
    const rng = createRng(7);
    for (let i = 0; i < 120; i++) {
      const timeZone = ZONES[i % ZONES.length] as string;
      const unit = UNITS[between(rng, 0, UNITS.length - 1)] as BucketUnit;
      const start = Date.UTC(2023, 0, 1) + between(rng, 0, 900) * 86_400_000;
      const days =
        unit === 'DAY' ? between(rng, 1, 40) : unit === 'WEEK' ? between(rng, 1, 120) : between(rng, 1, 500);
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const buckets = reportBuckets(
        { from: day(start), to: day(start + (days - 1) * 86_400_000), timeZone },
        unit,
      );
      if (!Array.isArray(buckets)) throw new Error(buckets.message);
      const boundaries = [
        ...buckets.map((b) => b.start.getTime()),
        (buckets.at(-1) as { end: Date }).end.getTime(),
      ];
      check(boundaries, grainRanges(boundaries));
    }
  });

  it('reads a Berlin year by day as hours and a New York span of weeks mostly as days', () => {
    const berlin = reportBuckets({ from: '2025-01-01', to: '2025-12-31', timeZone: 'Europe/Berlin' }, 'DAY');
    const york = reportBuckets(
      { from: '2024-01-01', to: '2025-12-31', timeZone: 'America/New_York' },
      'WEEK',
    );
    if (!Array.isArray(berlin) || !Array.isArray(york)) throw new Error('bad period');
    const rows = (buckets: { start: Date; end: Date }[]) => {
      const ranges = grainRanges([
        ...buckets.map((b) => b.start.getTime()),
        (buckets.at(-1) as { end: Date }).end.getTime(),
      ]);
      const count = new Map<number, number>();
      for (const r of ranges) {
        count.set(r.grain, (count.get(r.grain) ?? 0) + (r.end - r.start) / (WIDTH.get(r.grain) as number));
      }
      return Object.fromEntries(count);
    };
    // Every local midnight in Berlin is 22:00 or 23:00 UTC: no whole UTC day inside a day bucket.
    expect(rows(berlin)).toEqual({ 1: 8760 });
    const weeks = rows(york);
    expect(weeks[0]).toBeUndefined();
    expect(weeks[2]).toBeGreaterThan(600);
    expect(weeks[1]).toBeLessThan(3000);
  });
});
