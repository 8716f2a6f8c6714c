import './production-env.js';
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import type { Result as AutocannonResult } from 'autocannon';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import postgres from 'postgres';
import { type RunningApp, startApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import type { Database, DatabaseHandle } from '../src/db/client.js';
import { categories, products, variants } from '../src/modules/catalog/catalog.tables.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoShippingAndTax } from '../src/seed/demo-shipping.js';
import { type BenchDatabase, createBenchDatabase, onInterrupt } from './common.js';
import { FLOOR_SQL, type FloorServer, startFloorServer } from './floor-server.js';
import type { LoadSpec } from './load-generator.js';
import { postgresCpuMs } from './postgres-cpu.js';
import { adminToken, prepareReportsHistory, reportRequests } from './reports.js';

/**
 * `npm run bench [-- --pglite] [--products N] [--duration S] [--warmup S] [--connections C] [--only NAME]`
 * `npm run bench -- --only reports`: the sales reports on a kept order history (bench/reports.ts, runReports).
 *
 * Creates a fresh database (PostgreSQL through DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres,
 * or an in-memory PGlite with --pglite), seeds the demo catalog, starts the real app in-process,
 * and loads four storefront scenarios with autocannon, then a minimal hand-written server (the
 * floor) on the same data. Prints a table, writes bench/results/<timestamp>.json and drops the
 * database. See bench/README.md.
 */
const { values: args } = parseArgs({
  options: {
    pglite: { type: 'boolean', default: false },
    products: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    /** Run only the scenarios whose name contains this, or one of these comma-separated names (e.g. for `node --cpu-prof`); skips the report file. */
    only: { type: 'string' },
  },
});
const PRODUCTS = Number(args.products);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);

const CARD = `fragment Card on Product {
  id slug title brand inStock
  priceRange { min { amount currencyCode } max { amount currencyCode } }
  compareAtPriceRange { min { amount } max { amount } }
  rating { average count }
  categories { id name slug }
  images { url alt width height }
  variants { id sku title inStock price { amount } compareAtPrice { amount } options { name value } }
}`;

const PRODUCTS_PAGE = `query ProductsPage {
  products(first: 20) { edges { cursor node { ...Card } } pageInfo { hasNextPage endCursor } }
}
${CARD}`;

const PRODUCT_BY_SLUG = `query ProductBySlug($slug: String!) {
  product(slug: $slug) {
    id slug title description brand tags status taxClass createdAt updatedAt unitsSold inStock
    priceRange { min { amount currencyCode } max { amount currencyCode } }
    compareAtPriceRange { min { amount } max { amount } }
    rating { average count }
    categories { id name slug ancestors { id name slug } }
    images { id url alt width height renditions { width height url } }
    variants {
      id sku title position weightGrams inStock quantityAvailable
      options { name value } price { amount currencyCode } compareAtPrice { amount }
    }
  }
}`;

const SEARCH = `query Search($query: String!) {
  products(first: 20, filter: { query: $query }) { totalCount nodes { ...Card } pageInfo { hasNextPage endCursor } }
}
${CARD}`;

const FILTERED = `query Filtered($filter: ProductFilterInput!) {
  products(first: 20, filter: $filter, sort: POPULARITY) {
    totalCount
    facets {
      categories { category { id name slug } count }
      brands { value count }
      priceBuckets { min { amount } max { amount } count }
      ratings { minRating count }
      inStock
    }
    nodes { ...Card }
    pageInfo { hasNextPage endCursor }
  }
}
${CARD}`;

const CART = `query Cart {
  cart {
    id itemCount hasBlockingWarnings
    lines {
      id quantity unitPrice { amount currencyCode } subtotal { amount } discount { amount } tax { amount } total { amount }
      variant { id sku title quantityAvailable options { name value } price { amount } }
      product { id slug title images { url alt width height } }
    }
    coupon { code applied }
    shippingAddress { name city country }
    shippingMethod { code name price { amount } }
    availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }
    totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate }
    warnings { code lineId message blocking }
  }
}`;

const CART_ADD_ITEM = `mutation AddToCart($input: CartAddItemInput!) {
  cartAddItem(input: $input) {
    line { id quantity }
    cart { id itemCount totals { subtotal { amount } total { amount currencyCode } } }
    errors { field code message }
  }
}`;

/** Runs one GraphQL operation against the app during set-up and fails loudly on any error. */
async function call(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (!response.ok || /"errors":\[\{/.test(text)) throw new Error(`set-up failed: ${text.slice(0, 1000)}`);
  return (JSON.parse(text) as { data: unknown }).data;
}

const CHECKOUT = `mutation Checkout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order { id number status paymentStatus totals { total { amount currencyCode } } lines { sku quantity total { amount } } }
    payment { id status cardBrand cardLast4 }
    errors { field code message }
  }
}`;

/** Runs `task` for 0..count-1, `parallel` at a time, keeping the results in order. */
async function inBatches<T>(count: number, parallel: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, k) => task(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

const SHOPPER_ADDRESS = {
  name: 'Ada Shopper',
  line1: '1 Main St',
  city: 'Los Angeles',
  region: 'CA',
  postalCode: '90001',
  country: 'US',
};

/**
 * Checkout: 1,000 signed-in customers, each with a ready cart (address, STANDARD shipping): every
 * other one buys the hot variant plus another, the rest two of the other 1,999 variants. Each
 * checkout pays by card (4242...) and is sent exactly once, so req/s are orders per second.
 */
async function checkoutScenario(graphql: string, picked: { id: string }[]): Promise<Scenario> {
  const [hot, ...others] = picked.map((v) => v.id);
  const other = (n: number) => others[n % others.length] as string;
  const customers = await inBatches(1002, 10, async (i) => {
    const email = `bench-shopper-${i}@example.com`;
    const password = 'bench password 1';
    await call(
      graphql,
      'mutation($input: AccountRegisterInput!) { accountRegister(input: $input) { errors { code } } }',
      {
        input: { email, name: 'Bench Shopper', password },
      },
    );
    const login = (await call(
      graphql,
      'mutation($input: AccountLoginInput!) { accountLogin(input: $input) { accessToken errors { code } } }',
      { input: { email, password } },
    )) as { accountLogin: { accessToken: string } };
    const headers = { authorization: `Bearer ${login.accountLogin.accessToken}` };
    const items = i % 2 === 0 ? [hot as string, other(i * 13)] : [other(i * 7), other(i * 7 + 1)];
    for (const variantId of items)
      await call(graphql, CART_ADD_ITEM, { input: { variantId, quantity: 1 } }, headers);
    await call(
      graphql,
      'mutation($input: CartSetShippingAddressInput!) { cartSetShippingAddress(input: $input) { errors { code } } }',
      { input: { address: SHOPPER_ADDRESS } },
      headers,
    );
    await call(
      graphql,
      'mutation { cartSetShippingMethod(input: { code: "STANDARD" }) { errors { code } } }',
      {},
      headers,
    );
    const card = { number: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' };
    const input = { idempotencyKey: `bench-checkout-${i}`, paymentMethod: 'CARD', card };
    return { body: JSON.stringify({ query: CHECKOUT, variables: { input } }), headers };
  });
  const [first, counted, ...rest] = customers;
  return {
    name: 'checkout',
    description:
      '1,000 customers check out once each by card (half of them buying one hot variant); req/s = orders/s',
    url: graphql,
    body: first?.body ?? '',
    headers: first?.headers,
    load: rest,
    once: true,
    countWith: counted,
    target: 'app',
  };
}

/**
 * Cart scenarios: one guest cart of 5 lines with a destination and a shipping method to read, and
 * 200 guest carts that adds are spread over (round-robin over 2,000 variants given ample stock, so
 * adds never run into the stock or line limits and always take the full path).
 */
async function cartScenarios(db: Database, graphql: string): Promise<Scenario[]> {
  await seedDemoShippingAndTax(db);
  const picked = await db
    .select({ id: variants.id })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(products.status, 'ACTIVE'))
    .orderBy(variants.id)
    .limit(2000);
  await db
    .update(variants)
    .set({ stock: 1_000_000 })
    .where(
      inArray(
        variants.id,
        picked.map((v) => v.id),
      ),
    );
  const createCart = async () =>
    (
      (await call(graphql, 'mutation { cartCreate { cartToken } }', {})) as {
        cartCreate: { cartToken: string };
      }
    ).cartCreate.cartToken;

  const readToken = await createCart();
  const asReader = { 'x-cart-token': readToken };
  for (const variant of picked.slice(0, 5)) {
    await call(graphql, CART_ADD_ITEM, { input: { variantId: variant.id, quantity: 2 } }, asReader);
  }
  const address = SHOPPER_ADDRESS;
  await call(
    graphql,
    'mutation($input: CartSetShippingAddressInput!) { cartSetShippingAddress(input: $input) { errors { code } } }',
    { input: { address } },
    asReader,
  );
  await call(
    graphql,
    'mutation { cartSetShippingMethod(input: { code: "STANDARD" }) { errors { code } } }',
    {},
    asReader,
  );

  const tokens: string[] = [];
  for (let i = 0; i < 200; i++) tokens.push(await createCart());
  const adds = Array.from({ length: 1000 }, (_, i) => ({
    body: JSON.stringify({
      query: CART_ADD_ITEM,
      variables: { input: { variantId: picked[(i * 7) % picked.length]?.id, quantity: 1 } },
    }),
    headers: { 'x-cart-token': tokens[i % tokens.length] as string },
  }));
  return [
    await checkoutScenario(graphql, picked),
    {
      name: 'cart read',
      description:
        'cart of 5 lines with a destination and method: lines, availableShippingMethods, totals, warnings',
      url: graphql,
      body: JSON.stringify({ query: CART }),
      headers: asReader,
      target: 'app',
    },
    {
      name: 'cartAddItem',
      description:
        'adds 1 unit, round-robin over 200 guest carts and 2,000 variants; returns the line and cart totals',
      url: graphql,
      body: adds[0]?.body ?? '',
      headers: adds[0]?.headers,
      load: adds,
      target: 'app',
    },
  ];
}

interface Scenario {
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
}

interface Measurement {
  name: string;
  description: string;
  reqPerSec: number;
  /** p95 lies between p90 and p97.5 (autocannon's histogram has no p95). */
  latencyMs: { p50: number; p90: number; p97_5: number; p99: number; average: number };
  sqlPerRequest: number | null;
  /**
   * CPU time of this process (the server and its database driver; the load generator runs in a
   * child process) per request: the server's own cost, much less sensitive than req/s to other
   * work on the machine.
   */
  cpuMsPerRequest: number;
  /** CPU of the local PostgreSQL server's processes per request (null on PGlite, which runs in-process, or when unreadable). */
  dbCpuMsPerRequest: number | null;
  requests: number;
  errors: number;
  non2xx: number;
  responseBytes: number;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

async function probe(scenario: Scenario, url = scenario.url): Promise<{ sql: number | null; bytes: number }> {
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
function loadTest(scenario: Scenario, seconds: number): Promise<AutocannonResult> {
  const spec: LoadSpec = {
    url: scenario.url,
    connections: CONNECTIONS,
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
      else resolve(JSON.parse(stdout) as AutocannonResult);
    });
  });
}

/** Whether PostgreSQL runs on this machine, so its processes' CPU can be read (set once the database is up). */
let measureDbCpu = false;

async function measure(scenario: Scenario): Promise<Measurement> {
  // A one-shot scenario's probe is its first request: the load starts from the second one.
  const { bytes } = await probe(scenario);
  if (!scenario.once) await loadTest(scenario, WARMUP);
  const before = process.cpuUsage();
  const dbBefore = measureDbCpu ? postgresCpuMs() : null;
  const result = await loadTest(scenario, DURATION);
  const cpu = process.cpuUsage(before);
  const dbAfter = dbBefore === null ? null : postgresCpuMs();
  const requests = Math.max(1, result.requests.total);
  const m: Measurement = {
    name: scenario.name,
    description: scenario.description,
    reqPerSec: Math.round(result.requests.average * 10) / 10,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      average: result.latency.average,
    },
    sqlPerRequest: scenario.target === 'floor' ? 1 : null, // counted afterwards, see countSql()
    cpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / requests) * 100) / 100,
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
    `  ${scenario.name.padEnd(16)} ${String(m.reqPerSec).padStart(8)} req/s  p50 ${m.latencyMs.p50} ms  p90 ${m.latencyMs.p90} ms  p97.5 ${m.latencyMs.p97_5} ms  p99 ${m.latencyMs.p99} ms  CPU ${m.cpuMsPerRequest} ms/req${m.dbCpuMsPerRequest === null ? '' : ` (PostgreSQL ${m.dbCpuMsPerRequest})`}${m.errors || m.non2xx ? `  errors ${m.errors} non-2xx ${m.non2xx}` : ''}`,
  );
  return m;
}

/**
 * SQL statements per request, from the X-SQL-Query-Count header of a second app instance on the
 * same database started only now: counting enables async context tracking for the whole
 * process, which must not tax the measurements above.
 */
async function countSql(
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

function table(rows: Measurement[]): string {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
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

/** The app's settings under load: production mode, no throttling of the one load generator. */
function benchConfig(databaseUrl: string, dataDir: string): Config {
  return loadConfig({
    NODE_ENV: 'production',
    // As in production: counting SQL per request costs async context tracking; countSql() counts afterwards.
    QUERY_COUNT_HEADER: 'false',
    // The checkout scenario signs up 1,000 customers from one address; sign-in is not what is measured.
    BCRYPT_COST: '4',
    RATE_LIMIT_LOGIN_PER_IP: '1000000',
    // One load generator is one client: its cost budget must not be what is measured (the cost
    // analysis and the bucket take still run on every request).
    THROTTLE_CAPACITY: '1000000000',
    THROTTLE_RESTORE_RATE: '1000000000',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    JWT_SECRET: 'benchmark-secret-that-is-at-least-32-bytes',
    LOG_LEVEL: 'silent',
    GRAPHQL_EXPLORER: 'off',
    GRAPHQL_INTROSPECTION: 'false',
    SEED_DEMO: 'false',
  });
}

/**
 * The "reports" scenario: salesReport on a kept PostgreSQL order history (bench/reports.ts; seeded
 * once, reused while its sizes stay the same), a year by DAY and two years by WEEK in one category.
 */
async function runReports(startLoad: number[]): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-bench-'));
  const history = await prepareReportsHistory((url) => benchConfig(url, dataDir), log);
  const app = await startApp(benchConfig(history.url, dataDir), {
    database: history.handle,
    idleWorkers: ['outbox'],
  });
  try {
    measureDbCpu = postgresCpuMs() !== null;
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
    log(
      `measuring: ${WARMUP} s warm-up + ${DURATION} s at ${CONNECTIONS} connections per scenario (${cpus().length} CPUs, load average ${startLoad.join(' ')})`,
    );
    const results: Measurement[] = [];
    for (const scenario of scenarios) results.push(await measure(scenario));
    for (const r of results) {
      log(
        `  ${r.name}: ${r.reqPerSec} req/s, p50 ${r.latencyMs.p50} ms, p90 ${r.latencyMs.p90} ms, p97.5 ${r.latencyMs.p97_5} ms (p95 between), p99 ${r.latencyMs.p99} ms`,
      );
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
        lines: history.lines,
        days: history.days,
        seed: history.seed,
        seededAt: history.seededAt.toISOString(),
        seedSeconds: history.seedSeconds,
        ordersPerSecond: history.ordersPerSecond,
        reused: history.reused,
      },
      connections: CONNECTIONS,
      warmupSeconds: WARMUP,
      durationSeconds: DURATION,
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

async function main(): Promise<void> {
  const started = Date.now();
  const startLoad = loadavg().map((n) => Math.round(n * 100) / 100);
  if (args.only === 'reports') return runReports(startLoad);
  let database: BenchDatabase | undefined;
  let app: RunningApp | undefined;
  let floor: FloorServer | undefined;
  let floorClient: postgres.Sql | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-bench-'));
  const cleanup = async () => {
    await floor?.close();
    await floorClient?.end({ timeout: 5 });
    await app?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  onInterrupt(cleanup);
  try {
    log(`creating a fresh ${args.pglite ? 'in-memory PGlite' : 'PostgreSQL'} database...`);
    database = await createBenchDatabase('storefront_bench', { pglite: args.pglite });
    measureDbCpu =
      database.kind === 'postgres' &&
      ['localhost', '127.0.0.1', '[::1]'].includes(new URL(database.url).hostname) &&
      postgresCpuMs() !== null;
    const seeded = await seedDemoCatalog(database.handle.db, { products: PRODUCTS, seed: 1, images: false });
    log(
      `seeded ${seeded.products} products, ${seeded.variants} variants in ${(seeded.ms / 1000).toFixed(1)} s (${database.kind} ${database.version})`,
    );

    const config = benchConfig(database.url, dataDir);
    app = await startApp(config, { database: database.handle, idleWorkers: ['outbox'] });
    const graphql = `${app.url}/graphql`;

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
      },
      {
        name: 'product by slug',
        description: 'product(slug) with every field, category ancestors, images and variants',
        url: graphql,
        body: JSON.stringify({ query: PRODUCT_BY_SLUG, variables: { slug: popular.slug } }),
        target: 'app',
      },
      {
        name: 'search',
        description: `products(filter: { query: "${searchQuery}" }) by relevance, with totalCount`,
        url: graphql,
        body: JSON.stringify({ query: SEARCH, variables: { query: searchQuery } }),
        target: 'app',
      },
      {
        name: 'filtered+facets',
        description:
          'products in Clothing (and below), 20.00-150.00, in stock, by popularity, with totalCount and every facet',
        url: graphql,
        body: JSON.stringify({ query: FILTERED, variables: { filter } }),
        target: 'app',
      },
      ...(await cartScenarios(db, graphql)),
    ];

    // The floor: one hand-written statement through the driver, no GraphQL.
    let runFloor: () => Promise<unknown[]>;
    if (database.kind === 'postgres') {
      const client = postgres(database.url, { max: 10, onnotice: () => {} });
      floorClient = client;
      runFloor = () => client.unsafe(FLOOR_SQL) as Promise<unknown[]>;
    } else {
      const pglite = (db as unknown as { $client: PGlite }).$client;
      runFloor = async () => (await pglite.query(FLOOR_SQL)).rows;
    }
    floor = await startFloorServer(runFloor);
    const floorScenario: Scenario = {
      name: 'floor',
      description: 'node:http + one json_agg SQL statement for the same 20 newest products',
      url: floor.url,
      body: JSON.stringify({ query: PRODUCTS_PAGE }),
      target: 'floor',
    };

    log(
      `measuring: ${WARMUP} s warm-up + ${DURATION} s at ${CONNECTIONS} connections per scenario (${cpus().length} CPUs, load average ${startLoad.join(' ')})`,
    );
    const results: Measurement[] = [];
    if (args.only !== undefined) {
      const names = args.only.split(',');
      for (const scenario of [...scenarios, floorScenario].filter((s) =>
        names.some((n) => s.name.includes(n)),
      )) {
        await measure(scenario);
      }
      return;
    }
    for (const scenario of [...scenarios, floorScenario]) results.push(await measure(scenario));
    await countSql(config, database.handle, scenarios, app.url, results);

    const page = results[0] as Measurement;
    const floorResult = results[results.length - 1] as Measurement;
    const percent = Math.round((page.reqPerSec / floorResult.reqPerSec) * 1000) / 10;
    log('');
    log(table(results));
    log('');
    log(
      `products page: ${page.reqPerSec} req/s = ${percent}% of the floor (${floorResult.reqPerSec} req/s); total ${Math.round((Date.now() - started) / 1000)} s`,
    );

    const report = {
      date: new Date().toISOString(),
      database: `${database.kind} ${database.version}`,
      node: process.version,
      cpus: cpus().length,
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

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
