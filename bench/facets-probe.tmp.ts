import 'reflect-metadata';
import { createBenchDatabase } from './common.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
const db = await createBenchDatabase('facets_probe', { pglite: false });
const seeded = await seedDemoCatalog(db.handle.db, { products: 100000, seed: 1, images: false });
await db.handle.db.execute('VACUUM ANALYZE');
console.log(db.url, seeded.products);
await db.handle.close();
