import './production-env.js';
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { HEAP_FLAGS } from '../src/heap-flags.js';
import { categories, products } from '../src/modules/catalog/catalog.tables.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { BENCH_SETTINGS, benchConfig, benchEnv } from './bench-config.js';
import { cartScenarios, checkoutFloorLoad } from './cart-scenarios.js';
import { type BenchDatabase, createBenchDatabase, onInterrupt } from './common.js';
import {
  FLOOR_CHECKOUT_SQL,
  type FloorCheckout,
  type FloorQuery,
  type FloorServer,
  startFloorServer,
} from './floor-server.js';
import { countSql, log, type Measurement, measure, type Scenario, table } from './measure.js';
import { FILTERED, PRODUCT_BY_SLUG, PRODUCTS_PAGE, SEARCH } from './operations.js';
import { postgresCpuMs } from './postgres-cpu.js';
import { runReports } from './reports-run.js';
import { serverFlags, startServerProcess } from './server-process.js';

/**
 * `npm run bench [-- --pglite] [--in-process] [--products N] [--duration S] [--warmup S] [--connections C] [--only NAME]`
 * `npm run bench -- --only reports`: the sales reports on a kept order history (bench/reports.ts, runReports).
 *
 * Creates a fresh database (PostgreSQL through DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres,
 * or an in-memory PGlite with --pglite), seeds the demo catalog, starts the real server (on PostgreSQL
 * in a process of its own, started as `npm start` starts it; in this one on PGlite, with --in-process,
 * or when profiling), and loads four storefront scenarios with autocannon, then a minimal hand-written
 * server (the floor) on the same data. Prints a table, writes bench/results/<timestamp>.json and drops the
 * database. See bench/README.md.
 */
const { values: args } = parseArgs({
  options: {
    pglite: { type: 'boolean', default: false },
    products: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    /** Run the measured servers in this process even on PostgreSQL (as before 2026-12-05). */
    'in-process': { type: 'boolean', default: false },
    /** Run only the scenarios whose name contains this, or one of these comma-separated names (e.g. for `node --cpu-prof`); skips the report file. */
    only: { type: 'string' },
  },
});
const PRODUCTS = Number(args.products);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);

async function main(): Promise<void> {
  const started = Date.now();
  const startLoad = loadavg().map((n) => Math.round(n * 100) / 100);
  const settings = { connections: CONNECTIONS, duration: DURATION, warmup: WARMUP };
  if (args.only === 'reports') return runReports(settings, startLoad);
  let database: BenchDatabase | undefined;
  let app: MeasuredServer | undefined;
  let cachedApp: MeasuredServer | undefined;
  let floor: FloorServer | undefined;
  let floorClient: postgres.Sql | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-bench-'));
  const cleanup = async () => {
    await floor?.close();
    await floorClient?.end({ timeout: 5 });
    await cachedApp?.stop();
    await app?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  onInterrupt(cleanup);
  try {
    log(`creating a fresh ${args.pglite ? 'in-memory PGlite' : 'PostgreSQL'} database...`);
    database = await createBenchDatabase('storefront_bench', { pglite: args.pglite });
    const dbCpu =
      database.kind === 'postgres' &&
      ['localhost', '127.0.0.1', '[::1]'].includes(new URL(database.url).hostname) &&
      postgresCpuMs() !== null;
    const dbName = dbCpu ? new URL(database.url).pathname.slice(1) : undefined;
    const seeded = await seedDemoCatalog(database.handle.db, { products: PRODUCTS, seed: 1, images: false });
    log(
      `seeded ${seeded.products} products, ${seeded.variants} variants in ${(seeded.ms / 1000).toFixed(1)} s (${database.kind} ${database.version})`,
    );

    // A bulk load leaves work autovacuum would soon do on a live catalog: the full-text index's pending
    // list (fastupdate), which every search scans until it is merged (search at 100,000 products cost
    // PostgreSQL 12.4 ms per request before this, against 2-3 ms of its statements once merged), and
    // the visibility map index-only scans need. Measure the steady state, not the minute after a load.
    if (database.kind === 'postgres') await database.handle.db.execute(sql`VACUUM ANALYZE`);
    const config = benchConfig(database.url, dataDir);
    // In a process of its own the server's heap shares nothing with this one's (the seeding, the floor,
    // the set-up's requests): in this process it kept 9 MB of request data through every young
    // collection where the same server alone kept 1 (bench/README.md, "Query results outliving
    // scavenges"). Profiles (cpu-profile.ts) are taken of this process, so profiling keeps it here.
    const inProcess =
      database.kind === 'pglite' ||
      args['in-process'] ||
      Boolean(process.env.BENCH_CPU_PROFILE || process.env.BENCH_HEAP_PROFILE);
    const { handle, url } = database;
    const startServer = async (extra: Record<string, string>): Promise<MeasuredServer> => {
      if (!inProcess) {
        // Every task runs, the outbox included, as in production.
        const child = await startServerProcess(url, { ...BENCH_SETTINGS, ...extra });
        return { url: child.url.replace(/\/graphql$/, ''), pid: child.pid, stop: child.stop };
      }
      const started = await startApp(loadConfig({ ...benchEnv(url, dataDir), ...extra }), {
        database: { ...handle, close: async () => {} },
        idleWorkers: ['outbox'],
      });
      return { url: started.url, stop: started.stop };
    };
    app = await startServer({});
    log(`server: ${inProcess ? 'in this process' : `a process of its own (pid ${app.pid})`}`);
    const graphql = `${app.url}/graphql`;
    // The response cache is off on `app` (RESPONSE_CACHE defaults to false), so every other scenario
    // measures uncached work; a second instance on the same database has it on (in-process store).
    cachedApp = await startServer({ RESPONSE_CACHE: 'true', QUERY_COUNT_HEADER: 'true' });

    const { db } = database.handle;
    const [popular] = await db
      .select({ slug: products.slug })
      .from(products)
      .where(eq(products.status, 'ACTIVE'))
      .orderBy(desc(products.unitsSold))
      .limit(1);
    const [clothing] = await db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.slug, 'clothing'), isNull(categories.parentId)));
    if (!popular || !clothing) throw new Error('the demo catalog is missing products or categories');

    const searchQuery = 'wireless headphones';
    const filter = { categoryIds: [clothing.id], priceMin: '20.00', priceMax: '150.00', inStock: true };
    const scenarios: Scenario[] = [
      {
        name: 'products page',
        description:
          'products(first: 20), newest first, with categories, variants, images, priceRange, rating',
        url: graphql,
        body: JSON.stringify({ query: PRODUCTS_PAGE }),
        target: 'app',
        pid: app.pid,
      },
      {
        name: 'product by slug',
        description: 'product(slug) with every field, category ancestors, images and variants',
        url: graphql,
        body: JSON.stringify({ query: PRODUCT_BY_SLUG, variables: { slug: popular.slug } }),
        target: 'app',
        pid: app.pid,
      },
      {
        name: 'search',
        description: `products(filter: { query: "${searchQuery}" }) by relevance, with totalCount`,
        url: graphql,
        body: JSON.stringify({ query: SEARCH, variables: { query: searchQuery } }),
        target: 'app',
        pid: app.pid,
      },
      {
        name: 'filtered+facets',
        description:
          'products in Clothing (and below), 20.00-150.00, in stock, by popularity, with totalCount and every facet',
        url: graphql,
        body: JSON.stringify({ query: FILTERED, variables: { filter } }),
        target: 'app',
        pid: app.pid,
      },
      {
        name: 'cached products page',
        description:
          'the products page on an instance with RESPONSE_CACHE=true: every request after the first is a hit',
        url: `${cachedApp.url}/graphql`,
        body: JSON.stringify({ query: PRODUCTS_PAGE }),
        target: 'app',
        pid: cachedApp.pid,
      },
      ...(await cartScenarios(db, graphql)).map((scenario) => ({ ...scenario, pid: app?.pid })),
    ];

    // Only: the names of the scenarios to run (--only), or all.
    const only = args.only?.split(',');
    const runs = (name: string) => only === undefined || only.some((n) => name.includes(n));
    const floorCheckouts = runs('checkout floor') ? await checkoutFloorLoad(db, graphql) : [];
    // The set-up above wrote thousands of users, carts and cart lines: their statistics, as autovacuum's
    // analyze would have them in production (this machine's PostgreSQL runs without autovacuum). Plans
    // chosen from an empty table's statistics measured a different server.
    if (database.kind === 'postgres') await db.execute(sql`ANALYZE`);

    // The floors: one hand-written statement through the driver, no GraphQL.
    let runFloor: FloorQuery;
    let runFloorCheckout: FloorCheckout;
    type FloorOrder = { taken: number; lines: number };
    const short = (order: FloorOrder | undefined) => !order || order.taken !== order.lines;
    if (database.kind === 'postgres') {
      const client = postgres(database.url, { max: 10, onnotice: () => {} });
      floorClient = client;
      // The products page's floor as first measured (sent unprepared); the product page's prepared,
      // as our server's product-by-slug statement is.
      runFloor = (text, params) =>
        (params.length === 0
          ? client.unsafe(text)
          : client.unsafe(text, params as string[], { prepare: true })) as Promise<unknown[]>;
      const soldOut = new Error('sold out');
      runFloorCheckout = (userId, key) =>
        client
          .begin(async (tx) => {
            const [order] = await tx.unsafe<FloorOrder[]>(FLOOR_CHECKOUT_SQL, [userId, key], {
              prepare: true,
            });
            if (short(order)) throw soldOut; // rolls back
            return order;
          })
          .catch((err: unknown) => {
            if (err === soldOut) return null;
            throw err;
          });
    } else {
      const pglite = (db as unknown as { $client: PGlite }).$client;
      runFloor = async (text, params) => (await pglite.query(text, params)).rows;
      runFloorCheckout = (userId, key) =>
        pglite.transaction(async (tx) => {
          const [order] = (await tx.query<FloorOrder>(FLOOR_CHECKOUT_SQL, [userId, key])).rows;
          if (!short(order)) return order;
          await tx.rollback();
          return null;
        });
    }
    floor = await startFloorServer(runFloor, runFloorCheckout);
    const floorScenarios: Scenario[] = [
      {
        name: 'floor',
        description: 'node:http + one json_agg SQL statement for the same 20 newest products',
        url: floor.url,
        body: JSON.stringify({ query: PRODUCTS_PAGE }),
        target: 'floor',
      },
      {
        name: 'slug floor',
        description: 'node:http + one prepared json_agg SQL statement for the same product page',
        url: `${floor.url}product/${encodeURIComponent(popular.slug)}`,
        body: '{}',
        target: 'floor',
      },
      {
        name: 'checkout floor',
        description:
          "node:http + one hand-written statement per order (checkout's durable writes), same carts, each once",
        url: `${floor.url}checkout`,
        body: floorCheckouts[0]?.body ?? '',
        load: floorCheckouts.slice(1),
        once: true,
        target: 'floor',
      },
    ];

    log(
      `measuring: ${WARMUP} s warm-up + ${DURATION} s at ${CONNECTIONS} connections per scenario (${cpus().length} CPUs, load average ${startLoad.join(' ')})`,
    );
    const results: Measurement[] = [];
    if (only !== undefined) {
      for (const scenario of [...scenarios, ...floorScenarios].filter((s) => runs(s.name))) {
        await measure(scenario, { ...settings, dbCpu, dbName });
      }
      return;
    }
    for (const scenario of [...scenarios, ...floorScenarios])
      results.push(await measure(scenario, { ...settings, dbCpu, dbName }));
    await countSql(config, database.handle, scenarios, app.url, results);

    const named = (name: string) => results.find((r) => r.name === name) as Measurement;
    const page = named('products page');
    const floorResult = named('floor');
    const percent = Math.round((page.reqPerSec / floorResult.reqPerSec) * 1000) / 10;
    // Server and PostgreSQL CPU per request, against the same for the floors (issue 17's ratios).
    const cpuRatio = (ours: Measurement, floorOf: Measurement) =>
      Math.round(
        ((ours.cpuMsPerRequest + (ours.dbCpuMsPerRequest ?? 0)) /
          (floorOf.cpuMsPerRequest + (floorOf.dbCpuMsPerRequest ?? 0))) *
          10,
      ) / 10;
    const pageCpuRatio = cpuRatio(page, floorResult);
    const slugCpuRatio = cpuRatio(named('product by slug'), named('slug floor'));
    // Issue 17 asks search and the filtered listing for at least half the products page's req/s.
    const ofPage = (name: string) => Math.round((named(name).reqPerSec / page.reqPerSec) * 1000) / 10;
    // Checkout against its floor (one hand-written statement per order): orders/s and CPU per order.
    const checkout = named('checkout');
    const checkoutFloor = named('checkout floor');
    const checkoutPercentOfFloor = Math.round((checkout.reqPerSec / checkoutFloor.reqPerSec) * 1000) / 10;
    const checkoutCpuRatio = cpuRatio(checkout, checkoutFloor);
    const searchPercentOfPage = ofPage('search');
    const filteredPercentOfPage = ofPage('filtered+facets');
    log('');
    log(table(results));
    log('');
    log(
      `products page: ${page.reqPerSec} req/s = ${percent}% of the floor (${floorResult.reqPerSec} req/s), ${pageCpuRatio}x its CPU per request (server + PostgreSQL); product by slug: ${slugCpuRatio}x the slug floor's CPU; search ${searchPercentOfPage}% and filtered+facets ${filteredPercentOfPage}% of the products page's req/s; checkout ${checkout.reqPerSec} orders/s = ${checkoutPercentOfFloor}% of its floor (${checkoutFloor.reqPerSec}), ${checkoutCpuRatio}x its CPU per order; total ${Math.round((Date.now() - started) / 1000)} s`,
    );

    const report = {
      date: new Date().toISOString(),
      database: `${database.kind} ${database.version}`,
      node: process.version,
      // The measured server's V8 heap flags, those main.ts applies included: the young generation's size
      // and pretenuring change every figure (bench/README.md, "given back when idle", "Pretenured request objects").
      heapFlags: [
        ...(inProcess
          ? [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
          : serverFlags()),
        ...HEAP_FLAGS,
      ].filter((flag) => /^--(max|min|no-allocation)-/.test(flag)),
      cpus: cpus().length,
      // Where the measured server ran: its own process (npm start's command), or this one.
      serverProcess: inProcess ? 'bench' : 'own',
      cpuModel: cpus()[0]?.model ?? 'unknown',
      // Load generator, server and database share these CPUs; other work on the machine skews results.
      loadAverageAtStart: startLoad,
      products: seeded.products,
      variants: seeded.variants,
      seedSeconds: Math.round(seeded.ms / 100) / 10,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP,
      durationSeconds: DURATION,
      scenarios: results,
      productsPagePercentOfFloor: percent,
      productsPageCpuTimesFloor: pageCpuRatio,
      productBySlugCpuTimesSlugFloor: slugCpuRatio,
      searchPercentOfProductsPage: searchPercentOfPage,
      filteredPercentOfProductsPage: filteredPercentOfPage,
      checkoutPercentOfFloor,
      checkoutCpuTimesFloor: checkoutCpuRatio,
    };
    const dir = new URL('./results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL(
      `${report.date.replace(/[:.]/g, '-')}${database.kind === 'pglite' ? '-pglite' : ''}.json`,
      dir,
    );
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${file.pathname}`);
  } finally {
    await cleanup();
  }
}

/** A server the scenarios load: in a process of its own (`pid`), or in this one. */
interface MeasuredServer {
  url: string;
  pid?: number;
  stop(): Promise<void>;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
