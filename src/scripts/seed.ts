import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { count } from 'drizzle-orm';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { redactError } from '../logger.js';
import { products } from '../modules/catalog/catalog.tables.js';
import { seedDemoCatalog } from '../seed/demo-catalog.js';
import { seedDemoShippingAndTax } from '../seed/demo-shipping.js';

/**
 * `npm run seed -- [--products N] [--images | --no-images] [--seed S] [--force]` fills the
 * configured database (DATABASE_URL, or the embedded one in DATA_DIR) with the demo catalog.
 * Without arguments: 200 products with placeholder images. With `--products N`, images only
 * with `--images` (10,000 placeholders take minutes and disk). A database that already has
 * products is left alone unless `--force`, which adds more (slugs and SKUs stay unique).
 * With the embedded database, stop the server first (PGlite allows one process).
 */
const USAGE =
  'usage: npm run seed -- [--products N] [--images | --no-images] [--seed S] [--force]\n' +
  '  default: 200 products with images; --products N alone seeds without images\n';

try {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      images: { type: 'boolean' },
      'no-images': { type: 'boolean' },
      seed: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
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
