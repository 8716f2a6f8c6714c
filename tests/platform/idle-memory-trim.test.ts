import { afterAll, beforeAll, expect, it } from 'vitest';
import { type IdleMemoryTrim, trimMemoryWhenIdle } from '../../src/http/idle-memory-trim.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { sleep } from '../support/wait-for.js';
import {
  freePort,
  killIfRunning,
  PROCESS_TEST_TIMEOUT,
  spawnTsx,
  waitForHttp,
  watchBudget,
} from './process-helpers.js';

/**
 * IDLE_TRIM_SECONDS (src/http/idle-memory-trim.ts, wired by main.ts): once no API request has run for
 * an interval, the server collects twice and V8 gives its young generation back; requests in flight
 * and requests an interval apart keep it from collecting; probes do not. When it collects is checked
 * on the app, in this test's process; that V8 then gives the memory back, in a process of its own
 * (tests/platform/idle-trim-server.ts), as a shared test worker allocates too much for V8 to shrink.
 */

// Long enough that back-to-back requests on a loaded machine never leave a whole interval empty. The
// second collection of an idle period comes 6 s after the first, whatever the interval.
const INTERVAL_MS = 1500;
const MIB = 1024 * 1024;

let t: TestApp;
let trim: IdleMemoryTrim;

beforeAll(async () => {
  t = await startTestApp();
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
  await sleep(250);
}

it('does not collect while API requests keep coming, then collects twice once idle (probes do not count)', async () => {
  const collectionsBefore = trim.collections();
  // Back to back for three intervals: a request is always starting or in flight.
  const until = Date.now() + 3 * INTERVAL_MS;
  while (Date.now() < until) expect((await apiRequest()).status).toBe(200);
  expect(trim.collections()).toBe(collectionsBefore);

  // One more request: the idle period starts after it.
  expect((await apiRequest()).status).toBe(200);
  while (trim.collections() < collectionsBefore + 2) await probe();

  // Two per idle period: more probes add none.
  const until2 = Date.now() + 3 * INTERVAL_MS;
  while (Date.now() < until2) await probe();
  expect(trim.collections()).toBe(collectionsBefore + 2);

  // A request starts a new busy period: two more once it is over.
  expect((await apiRequest()).status).toBe(200);
  while (trim.collections() < collectionsBefore + 4) await probe();
}, 120_000);

it('gives the young generation back to the system once the server is idle', {
  timeout: PROCESS_TEST_TIMEOUT,
}, async () => {
  const port = await freePort();
  const server = spawnTsx('tests/platform/idle-trim-server.ts', [], {
    PORT: String(port),
    INTERVAL_MS: String(INTERVAL_MS),
  });
  const url = `http://127.0.0.1:${port}/healthz`;
  try {
    await waitForHttp(url, server);
    // Its two collections take a few intervals of an idle process: a bounded CPU budget, no clock.
    const watch = watchBudget(server, 'the idle trim server', { cpuMs: 60_000, stalledMs: 600_000 });
    try {
      let heap: { grownBytes: number; nowBytes: number; collections: number };
      for (;;) {
        heap = (await Promise.race([(await fetch(url)).json(), watch.exceeded])) as typeof heap;
        if (heap.collections >= 2) break;
        await sleep(250);
      }
      expect(heap.grownBytes).toBeGreaterThan(8 * MIB);
      expect(heap.nowBytes).toBeLessThanOrEqual(4 * MIB);
    } finally {
      watch.stop();
    }
  } finally {
    await killIfRunning(server);
  }
});
