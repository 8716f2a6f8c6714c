import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import { products } from '../modules/catalog/catalog.tables.js';
import { seedDemoCatalog } from './demo-catalog.js';
import { seedDemoReviews } from './demo-reviews.js';
import { seedDemoShippingAndTax } from './demo-shipping.js';

/**
 * The first start of the embedded database: when it has no products yet, 200 demo products with
 * images, the demo shipping methods and tax rates. The server imports this file dynamically, and
 * only when SEED_DEMO applies, so the demo data stays out of its import graph.
 */
export async function seedDemoStoreIfEmpty(
  db: Database,
  mediaDir: string,
  logger: Logger,
  currency = 'USD',
): Promise<void> {
  const [anyProduct] = await db.select({ id: products.id }).from(products).limit(1);
  if (anyProduct) return;
  try {
    const shipping = await seedDemoShippingAndTax(db);
    logger.info(
      { shippingMethods: shipping.shippingMethods, taxRates: shipping.taxRates },
      'empty catalog: seeded demo shipping methods and tax rates',
    );
  } catch (err) {
    logger.warn({ err }, 'could not seed the demo shipping methods and tax rates');
  }
  let catalogSeeded = false;
  try {
    const result = await seedDemoCatalog(db, { products: 200, images: true, mediaDir });
    catalogSeeded = true;
    logger.info(
      { products: result.products, variants: result.variants, images: result.images, ms: result.ms },
      'empty catalog: seeded the demo catalog (SEED_DEMO=false to start empty)',
    );
  } catch (err) {
    // Demo data is a convenience: a failure (a read-only media folder, say) must not stop the server.
    logger.warn({ err }, 'could not seed the demo catalog: starting with an empty catalog');
  }
  if (!catalogSeeded) return;
  try {
    const reviews = await seedDemoReviews(db, currency);
    logger.info(reviews, 'empty catalog: seeded demo customers, delivered orders and their reviews');
  } catch (err) {
    logger.warn({ err }, 'could not seed the demo reviews');
  }
}
