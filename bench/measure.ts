import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result as AutocannonResult } from 'autocannon';
import { startApp } from '../src/app.js';
import type { Config } from '../src/config.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { startCpuProfile } from './cpu-profile.js';
import type { LoadSpec } from './load-generator.js';
import { postgresCpuMs, processCpuMs } from './postgres-cpu.js';

/** autocannon's result with the exact p95 the load generator adds. */
/** `seconds`: from the first request sent to the last response received (see load-generator.ts). */
type LoadResult = AutocannonResult & { p95: number; seconds: number };

/** Measuring one scenario: a probe, autocannon load in a child process, CPU per request, SQL per request. */

export interface Scenario {
  name: string;
  description: string;
  url: string;
  /** The request probed first (and counted); also the load when `load` is absent. */
  body: string;
  headers?: Record<string, string>;
  /** Requests sent round-robin under load (e.g. adds spread over many carts and variants). */
  load?: LoadSpec['requests'];
  /** Each request of `load` is sent exactly once, without warm-up (e.g. checkouts: a cart is bought once). */
  once?: boolean;
  /** The request SQL is counted with, when `body` can only be sent once. */
  countWith?: LoadSpec['requests'][number];
  /** Our GraphQL server (reports SQL per request) or the floor. */
  target: 'app' | 'floor';
  /** The server's process when it runs in one of its own (bench/server-process.ts): its CPU is counted, not this process's. */
  pid?: number;
}

export interface Measurement {
  name: string;
  description: string;
  reqPerSec: number;
  /** p95 is exact, from every response time (autocannon's histogram summary has none). */
  latencyMs: { p50: number; p90: number; p95: number; p97_5: number; p99: number; average: number };
  sqlPerRequest: number | null;
  /**
   * CPU time of the server's process (the server and its database driver; the load generator runs in
   * a child process) per request: the server's own cost, much less sensitive than req/s to other
   * work on the machine. The floors and in-process apps: this process's.
   */
  cpuMsPerRequest: number;
  /** CPU of the local PostgreSQL server's processes per request (null on PGlite, which runs in-process, or when unreadable). */
  dbCpuMsPerRequest: number | null;
  requests: number;
  errors: number;
  non2xx: number;
  responseBytes: number;
}

export const log = (line: string) => process.stdout.write(`${line}\n`);

const cpuUsageMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

export async function probe(
  scenario: Scenario,
  url = scenario.url,
): Promise<{ sql: number | null; bytes: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...scenario.headers },
    body: scenario.body,
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${scenario.name}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (json.errors?.length || !json.data) {
    throw new Error(`${scenario.name}: GraphQL errors: ${JSON.stringify(json.errors).slice(0, 1000)}`);
  }
  // A mutation payload's own errors (e.g. INSUFFICIENT_STOCK) would measure the wrong path.
  if (/"errors":\[\{/.test(text)) throw new Error(`${scenario.name}: payload errors: ${text.slice(0, 1000)}`);
  const header = response.headers.get('x-sql-query-count');
  return {
    sql: header === null ? (scenario.target === 'floor' ? 1 : null) : Number(header),
    bytes: text.length,
  };
}

/**
 * autocannon in a child process, so the load generator's CPU is not counted as the server's
 * (process.cpuUsage covers worker threads too) and does not share its event loop.
 */
export function loadTest(scenario: Scenario, seconds: number, connections: number): Promise<LoadResult> {
  const spec: LoadSpec = {
    url: scenario.url,
    connections,
    duration: seconds,
    requests: scenario.load ?? [{ body: scenario.body, headers: scenario.headers }],
    amount: scenario.once ? scenario.load?.length : undefined,
  };
  const specFile = join(mkdtempSync(join(tmpdir(), 'storefront-load-')), 'spec.json');
  writeFileSync(specFile, JSON.stringify(spec));
  const argv = ['--import', 'tsx', fileURLToPath(new URL('./load-generator.ts', import.meta.url)), specFile];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, argv, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      rmSync(dirname(specFile), { recursive: true, force: true });
      if (err) reject(err);
      else resolve(JSON.parse(stdout) as LoadResult);
    });
  });
}

/** How each scenario is loaded, from the command line. */
export interface LoadSettings {
  connections: number;
  /** Seconds measured, after `warmup` seconds of unmeasured load. */
  duration: number;
  warmup: number;
  /** Whether PostgreSQL runs on this machine, so its processes' CPU can be read. */
  dbCpu: boolean;
  /** The benchmark's database: only its backends' CPU is counted (see postgresCpuMs). */
  dbName?: string;
}

export async function measure(scenario: Scenario, settings: LoadSettings): Promise<Measurement> {
  // A one-shot scenario's probe is its first request: the load starts from the second one.
  const { bytes } = await probe(scenario);
  if (!scenario.once) await loadTest(scenario, settings.warmup, settings.connections);
  const stopProfile = await startCpuProfile(scenario.name);
  const { pid } = scenario;
  const cpuMs = () => (pid === undefined ? cpuUsageMs(process.cpuUsage()) : processCpuMs(pid));
  const before = cpuMs();
  const dbBefore = settings.dbCpu ? postgresCpuMs(settings.dbName) : null;
  const result = await loadTest(scenario, settings.duration, settings.connections);
  const cpu = cpuMs() - before;
  const dbAfter = dbBefore === null ? null : postgresCpuMs(settings.dbName);
  await stopProfile();
  const requests = Math.max(1, result.requests.total);
  const m: Measurement = {
    name: scenario.name,
    description: scenario.description,
    // A fixed amount of requests (checkouts) takes a few seconds: autocannon's average of whole-second
    // samples is total / whole seconds (1,000 checkouts read 52.6, 55.6 or 58.8), and its own duration
    // ends at the sampling tick after the last response (998 checkouts read 83.2, 90.7 or 99.8: 12, 11
    // or 10 s), so divide by the time from the first request to the last response instead.
    reqPerSec:
      Math.round((scenario.once ? requests / Math.max(0.01, result.seconds) : result.requests.average) * 10) /
      10,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p95: result.p95,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      average: result.latency.average,
    },
    sqlPerRequest: scenario.target === 'floor' ? 1 : null, // counted afterwards, see countSql()
    cpuMsPerRequest: Math.round((cpu / requests) * 100) / 100,
    dbCpuMsPerRequest:
      dbBefore === null || dbAfter === null
        ? null
        : Math.round(((dbAfter - dbBefore) / requests) * 100) / 100,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    responseBytes: bytes,
  };
  log(
    `  ${scenario.name.padEnd(16)} ${String(m.reqPerSec).padStart(8)} req/s  p50 ${m.latencyMs.p50} ms  p95 ${m.latencyMs.p95} ms  p99 ${m.latencyMs.p99} ms  CPU ${m.cpuMsPerRequest} ms/req${m.dbCpuMsPerRequest === null ? '' : ` (PostgreSQL ${m.dbCpuMsPerRequest})`}${m.errors || m.non2xx ? `  errors ${m.errors} non-2xx ${m.non2xx}` : ''}`,
  );
  return m;
}

/**
 * SQL statements per request, from the X-SQL-Query-Count header of a second app instance on the
 * same database started only now: counting enables async context tracking for the whole
 * process, which must not tax the measurements above.
 */
export async function countSql(
  config: Config,
  handle: DatabaseHandle,
  scenarios: Scenario[],
  measuredUrl: string,
  results: Measurement[],
): Promise<void> {
  const counting = await startApp(
    { ...config, queryCountHeader: true },
    { database: { ...handle, close: async () => {} }, idleWorkers: ['outbox'] },
  );
  try {
    for (const scenario of scenarios) {
      const counted = scenario.countWith ? { ...scenario, ...scenario.countWith } : scenario;
      const { sql } = await probe(counted, scenario.url.replace(measuredUrl, counting.url));
      const result = results.find((r) => r.name === scenario.name);
      if (result) result.sqlPerRequest = sql;
    }
  } finally {
    await counting.stop();
  }
}

export function table(rows: Measurement[]): string {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'SQL/req',
    'CPU ms/req',
    'PG CPU ms/req',
    'errors',
  ];
  const lines = rows.map((r) => [
    r.name,
    r.reqPerSec.toFixed(1),
    String(r.latencyMs.p50),
    String(r.latencyMs.p95),
    String(r.latencyMs.p99),
    r.sqlPerRequest === null ? '-' : String(r.sqlPerRequest),
    r.cpuMsPerRequest.toFixed(2),
    r.dbCpuMsPerRequest === null ? '-' : r.dbCpuMsPerRequest.toFixed(2),
    String(r.errors + r.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    format(header),
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...lines.map(format),
  ].join('\n');
}
