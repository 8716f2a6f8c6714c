import './production-env.js';
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { categories, products, variants } from '../src/modules/catalog/catalog.tables.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoShippingAndTax } from '../src/seed/demo-shipping.js';
import { createBenchDatabase, onInterrupt } from './common.js';
import { loadTest, log, type Scenario } from './measure.js';
import { CART, CART_ADD_ITEM, FILTERED, PRODUCT_BY_SLUG, PRODUCTS_PAGE, SEARCH } from './operations.js';
import { rssMiB, SERVER_FLAGS, startServerProcess } from './server-process.js';

/**
 * `npm run bench:soak [-- --minutes 10] [--products 2000] [--connections 10] [--tsx]`
 *
 * Memory of the server over a long mixed load (issue 17: RSS idle under 150 MiB, no growth over a
 * 10-minute soak). Seeds a fresh PostgreSQL database (the demo catalog), compiles the server
 * (`npm run build`), starts it in a child process of its own (production settings and flags) and reads
 * its RSS: 5 s after the start, then idle once the server has trimmed its memory (IDLE_TRIM_SECONDS, 10 s by
 * default: both of an idle period's collections are done 35 s after the last request), then every 15 s
 * under a mix of storefront reads and cart writes (products pages in every sort, product pages of 50
 * products, searches, filtered and faceted listings, cart reads and adds over 100 guest carts), then
 * idle again. Prints the curve and writes bench/results/<timestamp>-soak.json.
 */
const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    products: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '10' },
    /** Run the sources under tsx instead of the compiled server (which production should run). */
    tsx: { type: 'boolean', default: false },
  },
});
const MINUTES = Number(args.minutes);
const SAMPLE_SECONDS = 15;
/** An idle server's two trimming collections (src/http/idle-memory-trim.ts) are done by then. */
const IDLE_TRIMMED_MS = 35_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(url: string, query: string, variables: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (json.errors?.length) throw new Error(`set-up failed: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data as Record<string, Record<string, unknown>>;
}

async function main(): Promise<void> {
  const startLoad = loadavg().map((n) => Math.round(n * 100) / 100);
  const database = await createBenchDatabase('storefront_soak', { pglite: false });
  let stop = async () => {};
  onInterrupt(async () => {
    await stop();
    await database.drop();
  });
  try {
    const { db } = database.handle;
    const seeded = await seedDemoCatalog(db, { products: Number(args.products), seed: 1, images: false });
    await seedDemoShippingAndTax(db);
    if (!args.tsx) {
      log(`seeded ${seeded.products} products; compiling the server (npm run build)...`);
      execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    }
    const server = await startServerProcess(
      database.url,
      { THROTTLE_CAPACITY: '1000000000', THROTTLE_RESTORE_RATE: '1000000000', GRAPHQL_EXPLORER: 'off' },
      !args.tsx,
    );
    stop = server.stop;
    await sleep(5000);
    const atStart = rssMiB(server.pid);
    await sleep(IDLE_TRIMMED_MS - 5000);
    const idleCold = rssMiB(server.pid);
    log(`RSS 5 s after start: ${atStart} MiB; idle (trimmed): ${idleCold} MiB`);

    const popular = await db
      .select({ slug: products.slug })
      .from(products)
      .where(eq(products.status, 'ACTIVE'))
      .orderBy(desc(products.unitsSold))
      .limit(50);
    const [clothing] = await db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.slug, 'clothing'), isNull(categories.parentId)));
    const sellable = await db
      .select({ id: variants.id })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(products.status, 'ACTIVE'))
      .orderBy(variants.id)
      .limit(500);
    await db.update(variants).set({ stock: 1_000_000 });
    const carts: string[] = [];
    for (let i = 0; i < 100; i++) {
      const made = await call(server.url, 'mutation { cartCreate { cartToken } }', {});
      carts.push(made.cartCreate?.cartToken as string);
    }
    const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
    const requests: NonNullable<Scenario['load']> = [];
    for (let i = 0; i < 100; i++) {
      const cart = { 'x-cart-token': carts[i] as string };
      requests.push(
        { body: body(PRODUCTS_PAGE) },
        { body: body(PRODUCT_BY_SLUG, { slug: popular[i % popular.length]?.slug }) },
        {
          body: body(SEARCH, {
            query: ['wireless headphones', 'cotton shirt', 'copmact', 'lamp', 'running shoes'][i % 5],
          }),
        },
        {
          body: body(FILTERED, {
            filter: {
              ...(clothing ? { categoryIds: [clothing.id] } : {}),
              priceMin: `${10 + (i % 5) * 10}.00`,
              priceMax: '150.00',
              inStock: i % 2 === 0,
            },
          }),
        },
        {
          body: body(CART_ADD_ITEM, {
            input: { variantId: sellable[(i * 7) % sellable.length]?.id, quantity: 1 },
          }),
          headers: cart,
        },
        { body: body(CART), headers: cart },
      );
    }
    const curve: { seconds: number; rssMiB: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      curve.push({ seconds: Math.round((Date.now() - started) / 1000), rssMiB: rssMiB(server.pid) });
    }, SAMPLE_SECONDS * 1000);
    log(
      `soaking for ${MINUTES} min at ${args.connections} connections (load average ${startLoad.join(' ')})...`,
    );
    const result = await loadTest(
      { name: 'soak', description: 'mixed', url: server.url, body: '', load: requests, target: 'app' },
      MINUTES * 60,
      Number(args.connections),
    );
    clearInterval(sampler);
    await sleep(IDLE_TRIMMED_MS);
    const idleAfter = rssMiB(server.pid);
    const minute = (from: number, to: number) => {
      const inRange = curve.filter((p) => p.seconds > from && p.seconds <= to).map((p) => p.rssMiB);
      return Math.round((inRange.reduce((a, b) => a + b, 0) / Math.max(1, inRange.length)) * 10) / 10;
    };
    const second = minute(60, 120);
    const last = minute(MINUTES * 60 - 60, MINUTES * 60);
    log(`RSS (MiB) every ${SAMPLE_SECONDS} s: ${curve.map((p) => p.rssMiB).join(' ')}`);
    log(
      `requests ${result.requests.total} (${Math.round(result.requests.average)}/s), errors ${result.errors + result.non2xx}; RSS ${atStart} MiB 5 s after start, idle ${idleCold}, minute 2 mean ${second}, last minute mean ${last} (${last - second >= 0 ? '+' : ''}${Math.round((last - second) * 10) / 10}), idle after ${idleAfter}`,
    );
    const report = {
      date: new Date().toISOString(),
      scenario: 'soak',
      database: `${database.kind} ${database.version}`,
      node: process.version,
      cpus: cpus().length,
      loadAverageAtStart: startLoad,
      products: seeded.products,
      server: `node ${SERVER_FLAGS.join(' ')} ${args.tsx ? '--import tsx src/main.ts' : 'dist/main.js'}`,
      minutes: MINUTES,
      connections: Number(args.connections),
      requests: result.requests.total,
      errors: result.errors + result.non2xx,
      rssFiveSecondsAfterStartMiB: atStart,
      rssIdleAtStartMiB: idleCold,
      rssMinute2MeanMiB: second,
      rssLastMinuteMeanMiB: last,
      rssIdleAfterMiB: idleAfter,
      curve,
    };
    const dir = new URL('./results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL(`${report.date.replace(/[:.]/g, '-')}-soak.json`, dir);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${file.pathname}`);
  } finally {
    await stop();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
