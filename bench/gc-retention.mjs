import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import postgres from 'postgres';

/**
 * The retaining state of young collections (bench/README.md, "Query results outliving scavenges"),
 * reproduced with postgres.js alone: no app, no Drizzle, no table.
 *
 *   node --max-semi-space-size=64 --expose-gc bench/gc-retention.mjs [--database-url URL] [--layers 2]
 *
 * Ten loops query through one pool of ten connections, each query awaited through `--layers`
 * async functions, for three rounds. Per round: queries/s and the young collections' mean pause.
 * Then, with nothing in flight, what young collections keep of the dead query data (MB moved to
 * the old generation) and what a full collection then frees. In the retaining state a young
 * collection at rest keeps tens of MB that only a full collection frees; otherwise about nothing.
 * The state comes and goes between runs: run it a few times.
 *
 * Its cause in postgres.js: each `Query` (a `Promise` subclass) held an arrow of its own around its
 * promise's resolve. patches/postgres+3.4.9.patch (applied by `npm ci`) removes it, so with this
 * project's node_modules the script shows the fixed driver (pauses of about 1 ms); against the
 * published postgres@3.4.9 it shows the state (pauses of 35-85 ms).
 */
const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    layers: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '3' },
  },
});
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const collect = globalThis.gc;

// Rows like a product listing's: text, numbers, timestamps (parsed into Dates), a JSON part.
const TEXT = `SELECT g AS id, md5(g::text) AS slug, repeat(md5(g::text), 3) AS title, g * 1.5 AS price,
  now() AS created_at, now() AS updated_at, json_build_array(g, md5(g::text), g + 1) AS parts
  FROM generate_series(1, 80) AS g`;
const sql = postgres(args['database-url'], { max: 10, onnotice: () => {} });
const layers = Number(args.layers);
const query = () => sql.unsafe(TEXT);
const through = (depth) => (depth === 0 ? query() : (async () => await through(depth - 1))());

let pauses = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.detail?.kind === 1) pauses.push(entry.duration);
}).observe({ entryTypes: ['gc'] });

const mib = (bytes) => Math.round(bytes / 1e5) / 10;
const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
const keptAtRest = () => {
  const before = oldSpace();
  collect({ type: 'minor' });
  collect({ type: 'minor' });
  const kept = oldSpace() - before;
  const afterMinor = oldSpace();
  collect();
  return `at rest: young collections kept ${mib(kept)} MB, a full one then freed ${mib(afterMinor - oldSpace())} MB`;
};

for (let round = 0; round < 3; round++) {
  let done = 0;
  pauses = [];
  const started = performance.now();
  const stop = started + Number(args.seconds) * 1000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (performance.now() < stop) {
        await through(layers);
        done++;
      }
    }),
  );
  const mean = pauses.length ? pauses.reduce((a, b) => a + b, 0) / pauses.length : 0;
  console.log(
    `round ${round}: ${Math.round((done * 1000) / (performance.now() - started))} queries/s, ${pauses.length} young collections, mean pause ${mean.toFixed(1)} ms`,
  );
}
console.log(keptAtRest());
await sql.end();
