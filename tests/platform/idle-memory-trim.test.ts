import { getHeapSpaceStatistics } from 'node:v8';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type IdleMemoryTrim, trimMemoryWhenIdle } from '../../src/http/idle-memory-trim.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/**
 * IDLE_TRIM_SECONDS (src/http/idle-memory-trim.ts, wired by main.ts): once no API request has run for
 * an interval, the server collects twice and V8 gives its young generation back; requests in flight
 * and requests an interval apart keep it from collecting; probes do not. The app runs in this test's
 * process, so its heap is the one measured.
 */

// Long enough that back-to-back requests on a loaded machine never leave a whole interval empty. The
// second collection of an idle period comes 6 s after the first, whatever the interval.
const INTERVAL_MS = 1500;
const MIB = 1024 * 1024;

let t: TestApp;
let trim: IdleMemoryTrim;

beforeAll(async () => {
  // The harness polls the outbox every 50 ms (20 statements a second: a busy server by V8's measure);
  // production polls it every second, and its server shrinks with it running (bench/README.md).
  t = await startTestApp({}, { idleWorkers: ['outbox'] });
  trim = trimMemoryWhenIdle(t.app.server, INTERVAL_MS);
});
afterAll(async () => {
  trim?.stop();
  await t?.close();
});

function apiRequest(): Promise<Response> {
  return fetch(t.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ products(first: 3) { nodes { id title } } }' }),
  });
}

async function probe(): Promise<void> {
  const res = await fetch(`${t.url}/healthz`);
  expect(res.status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 250));
}

function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.physical_space_size ?? 0;
}

/** Garbage that survives a scavenge or two, as a busy server's does: V8 grows the young generation. */
function churn(): void {
  let kept: object[] = [];
  for (let i = 0; i < 3_000_000; i++) {
    kept.push({ i, text: `item ${i}` });
    if (kept.length > 200_000) kept = [];
  }
}

it('does not collect while API requests keep coming, then collects twice once idle (probes do not count) and gives the young generation back', async () => {
  const collectionsBefore = trim.collections;
  // Back to back for three intervals: a request is always starting or in flight.
  const until = Date.now() + 3 * INTERVAL_MS;
  while (Date.now() < until) expect((await apiRequest()).status).toBe(200);
  expect(trim.collections).toBe(collectionsBefore);

  churn();
  const grown = youngGenerationBytes();
  expect(grown).toBeGreaterThan(8 * MIB);
  // One more request: the idle period starts after it.
  expect((await apiRequest()).status).toBe(200);
  while (trim.collections < collectionsBefore + 2) await probe();
  expect(youngGenerationBytes()).toBeLessThanOrEqual(4 * MIB);

  // Two per idle period: more probes add none.
  const until2 = Date.now() + 3 * INTERVAL_MS;
  while (Date.now() < until2) await probe();
  expect(trim.collections).toBe(collectionsBefore + 2);

  // A request starts a new busy period: two more once it is over.
  expect((await apiRequest()).status).toBe(200);
  while (trim.collections < collectionsBefore + 4) await probe();
}, 120_000);
