import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/app.js';
import { benchConfig } from './bench-config.js';
import { type LoadSettings, log, type Measurement, measure, type Scenario } from './measure.js';
import { postgresCpuMs } from './postgres-cpu.js';
import { adminToken, prepareReportsHistory, reportRequests } from './reports.js';

/**
 * The "reports" scenario (`npm run bench -- --only reports`): salesReport on a kept PostgreSQL order
 * history (bench/reports.ts; made once, reused while its sizes stay the same), a year by DAY and two
 * years by WEEK in one category, at the command line's connections and at one connection (a dashboard
 * user's own latency). Writes bench/results/<timestamp>-reports.json.
 */
export async function runReports(settings: Omit<LoadSettings, 'dbCpu'>, startLoad: number[]): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-bench-'));
  const history = await prepareReportsHistory((url) => benchConfig(url, dataDir), log);
  const app = await startApp(benchConfig(history.url, dataDir), {
    database: history.handle,
    idleWorkers: ['outbox'],
  });
  try {
    const graphql = `${app.url}/graphql`;
    const requests = await reportRequests(history, await adminToken(graphql));
    const scenarios: Scenario[] = [
      {
        name: 'report year/day',
        description: `salesReport: 365 days by DAY (Europe/Berlin), totals and every bucket; ${history.orders} orders, ${history.lines} lines over ${history.days} days`,
        url: graphql,
        ...requests.yearByDay,
        target: 'app',
      },
      {
        name: 'report 2y/week',
        description: `salesReport: 730 days by WEEK (America/New_York) in category ${requests.category.name} (and below)`,
        url: graphql,
        ...requests.twoYearsByWeek,
        target: 'app',
      },
    ];
    const dbCpu = postgresCpuMs() !== null;
    const results: (Measurement & { connections: number })[] = [];
    for (const connections of [...new Set([settings.connections, 1])]) {
      log(
        `measuring: ${settings.warmup} s warm-up + ${settings.duration} s at ${connections} connection(s) per scenario (${cpus().length} CPUs, load average ${startLoad.join(' ')})`,
      );
      for (const scenario of scenarios) {
        results.push({ ...(await measure(scenario, { ...settings, connections, dbCpu })), connections });
      }
    }
    const report = {
      date: new Date().toISOString(),
      scenario: 'reports',
      database: 'postgres',
      node: process.version,
      cpus: cpus().length,
      loadAverageAtStart: startLoad,
      history: {
        orders: history.orders,
        baseOrders: history.baseOrders,
        lines: history.lines,
        days: history.days,
        seed: history.seed,
        seededAt: history.seededAt.toISOString(),
        seedSeconds: history.seedSeconds,
        baseOrdersPerSecond: history.ordersPerSecond,
        reused: history.reused,
      },
      warmupSeconds: settings.warmup,
      durationSeconds: settings.duration,
      scenarios: results,
    };
    const dir = new URL('./results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL(`${report.date.replace(/[:.]/g, '-')}-reports.json`, dir);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${file.pathname}`);
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
