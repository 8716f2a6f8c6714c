import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { count } from 'drizzle-orm';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { redactError } from '../logger.js';
import { products } from '../modules/catalog/catalog.tables.js';
import { seedDemoCatalog } from '../seed/demo-catalog.js';
import { seedDemoShippingAndTax } from '../seed/demo-shipping.js';
import { openSeedingApp } from '../seed/history-app.js';
import { seedOrderHistory } from '../seed/order-history.js';

/**
 * `npm run seed -- --orders N --days D [--seed S] [--customers C] [--concurrency K]` adds a deterministic
 * order history instead (src/seed/order-history.ts): the history seeder places orders through the
 * services, then moves their timestamps into the past and rebuilds the report rollups. It seeds the demo
 * catalog first when the database has no products.
 *
 * `npm run seed -- [--products N] [--images | --no-images] [--seed S] [--force]` fills the
 * configured database (DATABASE_URL, or the embedded one in DATA_DIR) with the demo catalog.
 * Without arguments: 200 products with placeholder images. With `--products N`, images only
 * with `--images` (10,000 placeholders take minutes and disk). A database that already has
 * products is left alone unless `--force`, which adds more (slugs and SKUs stay unique).
 * With the embedded database, stop the server first (PGlite allows one process).
 */
const USAGE =
  'usage: npm run seed -- [--products N] [--images | --no-images] [--seed S] [--force]\n' +
  '  default: 200 products with images; --products N alone seeds without images\n' +
  '       npm run seed -- --orders N --days D [--seed S] [--customers C] [--concurrency K]\n' +
  '  an order history of N orders over the last D days (the demo catalog first if there is none)\n';

const positive = (value: string | undefined, max: number): number | null => {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 1 && n <= max ? n : null;
};

async function seedHistory(values: Record<string, string | boolean | undefined>): Promise<void> {
  const orders = positive(values.orders as string, 10_000_000);
  const days = positive(values.days as string | undefined, 36_500);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  const customers =
    values.customers === undefined ? undefined : positive(values.customers as string, 10_000_000);
  const concurrency =
    values.concurrency === undefined ? undefined : positive(values.concurrency as string, 64);
  if (
    orders === null ||
    days === null ||
    !Number.isInteger(seed) ||
    customers === null ||
    concurrency === null
  ) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    ...config.database,
  });
  try {
    await database.migrate();
    const app = await openSeedingApp(config, database);
    const where =
      database.kind === 'postgres'
        ? 'PostgreSQL'
        : `embedded PGlite (${config.databaseUrl ?? config.dataDir})`;
    process.stdout.write(
      `seeding an order history of ${orders} orders over ${days} days (seed ${seed}) into ${where}...\n`,
    );
    let reported = 0;
    const result = await seedOrderHistory(app, {
      orders,
      days,
      seed,
      ...(customers ? { customers } : {}),
      ...(concurrency ? { concurrency } : {}),
      log: (line) => process.stdout.write(`  ${line}\n`),
      onProgress: (done, total) => {
        if (done - reported >= Math.max(400, total / 20) || done === total) {
          reported = done;
          process.stdout.write(`  ${done} / ${total} orders\n`);
        }
      },
    });
    await app.rateLimiter.close();
    const perSecond = Math.round((result.orders / result.ms) * 1000 * 10) / 10;
    process.stdout.write(
      `seeded ${result.orders} orders, ${result.lines} lines, ${result.refunds} refunds for ${result.customers} customers ` +
        `in ${(result.ms / 1000).toFixed(1)} s (${perSecond} orders/s); customers sign in with the password "${result.password}"\n`,
    );
  } finally {
    await database.close();
  }
}

try {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      images: { type: 'boolean' },
      'no-images': { type: 'boolean' },
      seed: { type: 'string' },
      force: { type: 'boolean', default: false },
      orders: { type: 'string' },
      days: { type: 'string' },
      customers: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (values.orders !== undefined || values.days !== undefined) {
    await seedHistory(values);
    process.exit(0);
  }
  const n = values.products === undefined ? 200 : Number(values.products);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(n) || n < 1 || n > 10_000_000 || !Number.isInteger(seed)) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const images = values['no-images'] ? false : (values.images ?? values.products === undefined);

  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const [{ n: existing } = { n: 0 }] = await database.db.select({ n: count() }).from(products);
    if (existing > 0 && !values.force) {
      process.stderr.write(
        `The database already has ${existing} products: nothing seeded. Pass --force to add ${n} more.\n`,
      );
      process.exitCode = 1;
    } else {
      const where =
        database.kind === 'postgres'
          ? 'PostgreSQL'
          : `embedded PGlite (${config.databaseUrl ?? config.dataDir})`;
      process.stdout.write(
        `seeding ${n} demo products${images ? ` with images in ${config.mediaDir}` : ''} into ${where}...\n`,
      );
      let reported = 0;
      const result = await seedDemoCatalog(database.db, {
        products: n,
        seed,
        images,
        mediaDir: config.mediaDir,
        onProgress: (done, total) => {
          if (total >= 5000 && done - reported >= total / 10) {
            reported = done;
            process.stdout.write(`  ${done} / ${total}\n`);
          }
        },
      });
      process.stdout.write(
        `seeded ${result.products} products, ${result.variants} variants (${result.stockUnits} units in stock, ` +
          `each with its RESTOCK ledger row), ${result.images} images, ${result.categoriesCreated} new categories ` +
          `in ${(result.ms / 1000).toFixed(1)} s\n`,
      );
      const shipping = await seedDemoShippingAndTax(database.db);
      process.stdout.write(
        `seeded ${shipping.shippingMethods} shipping methods and ${shipping.taxRates} tax rates (existing ones kept)\n`,
      );
    }
  } finally {
    await database.close();
  }
} catch (err) {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : err instanceof Error ? (redactError(err).stack ?? redactError(err).message) : String(err)}\n`,
  );
  process.exit(1);
}
