import { createServer } from 'node:http';
import { getHeapSpaceStatistics } from 'node:v8';
import { trimMemoryWhenIdle } from '../../src/http/idle-memory-trim.js';

/**
 * A process whose only work is an HTTP server with the idle trim (tests/platform/idle-memory-trim.test.ts):
 * its young generation is grown at the start, and `/healthz` (a probe: no activity to the trim) answers
 * the young generation's size then and now, and the trim's collections. A process of its own, because
 * V8 shrinks only after seconds of little allocation, which a shared test worker does not give.
 */

const youngGeneration = () =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.physical_space_size ?? 0;

// Garbage that survives a scavenge or two, as a busy server's does: V8 grows the young generation.
let kept: object[] = [];
for (let i = 0; i < 3_000_000; i++) {
  kept.push({ i, text: `item ${i}` });
  if (kept.length > 200_000) kept = [];
}
kept = [];
const grownBytes = youngGeneration();

const server = createServer((req, res) => {
  const body =
    req.url === '/healthz'
      ? { grownBytes, nowBytes: youngGeneration(), collections: trim.collections() }
      : {};
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
});
const trim = trimMemoryWhenIdle(server, Number(process.env.INTERVAL_MS));
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  trim.stop();
  server.close(() => process.exit(0));
});
