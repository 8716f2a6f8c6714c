import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { and, eq, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { loadConfig } from '../src/config.js';
import { type Database, SESSION_SETTINGS } from '../src/db/client.js';
import type { AppContext } from '../src/graphql/app-context.js';
import { createRequestContext, type RequestContext } from '../src/graphql/context.js';
import { loadersMaker } from '../src/graphql/loaders.js';
import { categories } from '../src/modules/catalog/catalog.tables.js';
import {
  type ProductFilter,
  type ProductSortKey,
  searchProducts,
} from '../src/modules/catalog/product-search.js';
import { loaderFactories } from '../src/modules/index.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { type BenchDatabase, createBenchDatabase, onInterrupt } from './common.js';

/**
 * `npm run bench:explain [-- --products N]`: seeds a fresh PostgreSQL database with 100,000 demo
 * products, runs the storefront's main listing queries through the real code path
 * (searchProducts), captures the SQL it sends through a Drizzle logger, and prints
 * `EXPLAIN (ANALYZE, BUFFERS)` of each statement. The plans go to bench/results/explain-100k.txt
 * (explain-<N>.txt for another size); a summary of the indexes used and any sequential scans is
 * printed at the end. The database is dropped afterwards.
 */
const { values: args } = parseArgs({ options: { products: { type: 'string', default: '100000' } } });
const PRODUCTS = Number(args.products);

interface Captured {
  query: string;
  params: unknown[];
}

interface Case {
  name: string;
  run: (ctx: RequestContext) => Promise<unknown>;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

function listing(filter: ProductFilter, sort: ProductSortKey | null, extra: 'count' | 'facets' | null) {
  return async (ctx: RequestContext) => {
    // As the resolver does: a connection that selects its count says so (a search then counts in its page).
    const result = await searchProducts(ctx, {
      filter,
      sort,
      page: { first: 20 },
      statuses: ['ACTIVE'],
      // As the bench's Card fragment does: variants, images and categories in the page's statement.
      withParts: true,
      withCount: extra === 'count',
    });
    if (extra === 'count') await result.totalCount;
    if (extra === 'facets') await result.facets;
    return result;
  };
}

function summarize(plan: string): { ms: number; indexes: string[]; seqScans: string[] } {
  const indexes = new Set<string>();
  for (const m of plan.matchAll(
    /(?:Index Scan|Index Only Scan|Index Scan Backward|Bitmap Index Scan) on (\S+)/g,
  )) {
    if (m[1]) indexes.add(m[1]);
  }
  for (const m of plan.matchAll(/Index (?:Only )?Scan(?: Backward)? using (\S+)/g))
    if (m[1]) indexes.add(m[1]);
  const seqScans = [
    ...plan.matchAll(/Seq Scan on (\S+)[^\n]*\(actual time=[^)]* rows=(\d+) loops=(\d+)\)/g),
  ].map((m) => `${m[1]} (${m[2]} rows x ${m[3]} loops)`);
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
  return { ms, indexes: [...indexes], seqScans };
}

async function main(): Promise<void> {
  let database: BenchDatabase | undefined;
  let client: postgres.Sql | undefined;
  const cleanup = async () => {
    await client?.end({ timeout: 5 });
    await database?.drop();
  };
  onInterrupt(cleanup);
  try {
    database = await createBenchDatabase('storefront_explain', { pglite: false });
    log(`seeding ${PRODUCTS} products into a fresh PostgreSQL ${database.version} database...`);
    const seeded = await seedDemoCatalog(database.handle.db, {
      products: PRODUCTS,
      seed: 1,
      batchSize: 5000,
      rowsPerStatement: 1000,
      onProgress: (done, total) => {
        if (done % 20_000 === 0 || done === total) log(`  ${done} / ${total}`);
      },
    });
    log(
      `seeded ${seeded.products} products, ${seeded.variants} variants in ${(seeded.ms / 1000).toFixed(1)} s`,
    );
    await database.handle.db.execute('VACUUM ANALYZE');

    // The same SQL the server sends, captured from the real code path.
    const captured: Captured[] = [];
    client = postgres(database.url, { max: 2, onnotice: () => {}, connection: { ...SESSION_SETTINGS } });
    const sqlClient = client;
    const db = drizzle(sqlClient, {
      logger: { logQuery: (query, params) => captured.push({ query, params }) },
    }) as unknown as Database;
    const config = loadConfig({
      DATABASE_URL: database.url,
      JWT_SECRET: 'explain-secret-that-is-at-least-32-bytes-long',
      LOG_LEVEL: 'silent',
    });
    const app = {
      config,
      db,
      database: database.handle,
      newLoaders: loadersMaker(loaderFactories),
      // Anonymous requests: no cookie session to read.
      identity: { cookieAccessToken: () => undefined, hasSessionCookie: () => false },
      // Facets counted in SQL, so their statement is captured and explained.
      facetIndex: null,
    } as unknown as AppContext;
    const newContext = () => {
      const ctx = createRequestContext(app, {
        requestId: 'explain',
        ip: '127.0.0.1',
        userAgent: undefined,
        authorization: undefined,
        cookies: null,
      });
      // The request's guarded handle counts statements with a logger of its own: list through the
      // capturing one.
      return { ...ctx, app: { ...ctx.app, db } };
    };

    const [clothing] = await database.handle.db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.slug, 'clothing'), isNull(categories.parentId)));
    if (!clothing) throw new Error('demo category "clothing" missing');
    const firstPage = await listing({}, 'NEWEST', null)(newContext());

    const cases: Case[] = [
      { name: 'newest page (products(first: 20)) with totalCount', run: listing({}, 'NEWEST', 'count') },
      {
        name: 'newest page 2 (keyset cursor)',
        run: (ctx) =>
          searchProducts(ctx, {
            filter: {},
            sort: 'NEWEST',
            page: { first: 20, after: firstPage.pageInfo.endCursor },
            statuses: ['ACTIVE'],
          }),
      },
      { name: 'price-sorted page (PRICE_ASC)', run: listing({}, 'PRICE_ASC', null) },
      { name: 'popularity-sorted page (POPULARITY)', run: listing({}, 'POPULARITY', null) },
      {
        name: 'full-text search "wireless headphones" (RELEVANCE) with totalCount',
        run: listing({ query: 'wireless headphones' }, null, 'count'),
      },
      {
        name: 'typo search "hedphones" (trigram <% on lower(title))',
        run: listing({ query: 'hedphones' }, null, 'count'),
      },
      {
        name: 'category filter: Clothing with descendants, with totalCount',
        run: listing({ categoryIds: [clothing.id] }, 'NEWEST', 'count'),
      },
      {
        name: 'facets in SQL, the path of a text query (without one the facet index counts them): Clothing + 20.00-150.00 + in stock',
        run: listing(
          { categoryIds: [clothing.id], priceMin: '20.00', priceMax: '150.00', inStock: true },
          'POPULARITY',
          'facets',
        ),
      },
    ];

    const out: string[] = [
      `EXPLAIN (ANALYZE, BUFFERS) of the storefront listing queries`,
      `${seeded.products} demo products (${seeded.variants} variants), PostgreSQL ${database.version}, ${new Date().toISOString()}`,
      'SQL captured from searchProducts (src/modules/catalog/product-search.ts) through a Drizzle logger.',
      '',
    ];
    const summary: string[] = [];
    for (const c of cases) {
      captured.length = 0;
      await c.run(newContext());
      // The category tree query (all categories, ~80 rows) is not interesting here.
      const statements = captured.filter((s) => /from "products"|from "product_categories"/i.test(s.query));
      for (const [i, statement] of statements.entries()) {
        const rows = (await sqlClient.unsafe(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
          statement.params as postgres.ParameterOrJSON<never>[],
        )) as unknown as { 'QUERY PLAN': string }[];
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        const kind = /^\s*select count\(\*\)/i.test(statement.query)
          ? 'count'
          : /UNION ALL/i.test(statement.query)
            ? 'facets'
            : 'page';
        const title = `${c.name}${statements.length > 1 ? ` [${i + 1}/${statements.length}: ${kind}]` : ''}`;
        out.push(
          '='.repeat(100),
          title,
          '='.repeat(100),
          statement.query.trim(),
          `params: ${JSON.stringify(statement.params)}`,
          '',
          plan,
          '',
        );
        const s = summarize(plan);
        summary.push(
          `${title}\n    ${s.ms.toFixed(2)} ms; indexes: ${s.indexes.join(', ') || 'none'}${s.seqScans.length ? `; SEQ SCANS: ${s.seqScans.join(', ')}` : ''}`,
        );
      }
    }
    out.push('='.repeat(100), 'Summary', '='.repeat(100), ...summary, '');
    const dir = new URL('./results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL(PRODUCTS === 100_000 ? 'explain-100k.txt' : `explain-${PRODUCTS}.txt`, dir);
    writeFileSync(file, out.join('\n'));
    log('');
    for (const line of summary) log(line);
    log('');
    log(`plans written to ${file.pathname}`);
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `explain failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
