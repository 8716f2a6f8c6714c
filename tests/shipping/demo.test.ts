import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import {
  DEMO_SHIPPING_METHODS,
  DEMO_TAX_RATES,
  seedDemoShippingAndTax,
} from '../../src/seed/demo-shipping.js';
import { graphql } from '../generated/gql.js';
import { adminClient, login, PASSWORD, type SignedIn } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp, testEnv } from '../support/harness.js';
import { allMethods, allRates, METHOD_UPDATE, RATES } from './support.js';

const PRODUCT_COUNT = graphql(`query ShippingDemoProductCount { adminProducts(first: 1) { totalCount } }`);

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});
afterAll(() => t?.close());

describe('seedDemoShippingAndTax', () => {
  it('inserts the demo methods and rates, visible through the admin API', async () => {
    expect(await seedDemoShippingAndTax(t.database.db)).toEqual({
      shippingMethods: DEMO_SHIPPING_METHODS.length,
      taxRates: DEMO_TAX_RATES.length,
    });
    const methods = await allMethods(admin.client);
    expect(methods.map((m) => m.code)).toEqual(['STANDARD', 'EXPRESS', 'NEXT_DAY']);
    expect(methods[0]).toMatchObject({
      price: { amount: '4.99' },
      freeAbove: { amount: '50.00' },
      minDeliveryDays: 3,
      maxDeliveryDays: 5,
      countries: [],
      active: true,
    });
    expect(methods[1]).toMatchObject({
      price: { amount: '14.99' },
      freeAbove: null,
      minDeliveryDays: 1,
      maxDeliveryDays: 2,
      countries: [],
    });
    const de = (await admin.client.ok(RATES, { filter: { country: 'DE' } })).taxRates;
    expect(de.map((r) => [r.taxClass, r.rate])).toEqual([
      ['STANDARD', '19.00'],
      ['REDUCED', '7.00'],
      ['ZERO', '0.00'],
    ]);
    const fr = (await admin.client.ok(RATES, { filter: { country: 'FR' } })).taxRates;
    expect(fr.map((r) => r.rate)).toEqual(['20.00', '5.50', '0.00']);
    const us = (await admin.client.ok(RATES, { filter: { country: 'US' } })).taxRates;
    expect(us.find((r) => r.region === 'CA')).toMatchObject({ taxClass: 'STANDARD', rate: '7.25' });
  });

  it('is idempotent and keeps what an administrator changed', async () => {
    const [standard] = await allMethods(admin.client);
    await admin.client.ok(METHOD_UPDATE, { input: { id: standard!.id, price: '5.99' } });
    const methodsBefore = await allMethods(admin.client);
    const ratesBefore = await allRates(admin.client);
    expect(await seedDemoShippingAndTax(t.database.db)).toEqual({ shippingMethods: 0, taxRates: 0 });
    expect(await allMethods(admin.client)).toEqual(methodsBefore);
    expect(await allRates(admin.client)).toEqual(ratesBefore);
    expect(methodsBefore[0]!.price.amount).toBe('5.99');
  });
});

describe('the first start', () => {
  it('of a database named by DATABASE_URL (PostgreSQL, memory://) seeds nothing, even with SEED_DEMO=true', async () => {
    const other = await startTestApp({ SEED_DEMO: 'true' });
    try {
      const otherAdmin = await adminClient(other);
      expect(await allMethods(otherAdmin.client)).toEqual([]);
      expect(await allRates(otherAdmin.client)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  // Only the embedded database seeds itself, so the PostgreSQL run (no PGlite snapshot) skips this.
  it.skipIf(!inject('pgliteSnapshot'))(
    'of the embedded database seeds STANDARD and EXPRESS shipping and the demo tax rates with the demo catalog',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'storefront-demo-'));
      const adminEmail = 'demo-admin@example.com';
      // The embedded on-disk default (DATABASE_URL unset), with its demo seeding; an in-memory PGlite
      // stands in for the data directory so the test leaves nothing behind.
      const config = loadConfig(
        testEnv({
          DATA_DIR: dataDir,
          DATABASE_URL: undefined,
          SEED_DEMO: 'true',
          ADMIN_EMAIL: adminEmail,
          ADMIN_PASSWORD: PASSWORD,
        }),
      );
      expect(config.databaseUrl).toBeUndefined();
      const database = await openDatabase({
        url: 'memory://',
        dataDir,
        loadDataDir: new Blob([readFileSync(inject('pgliteSnapshot'))]),
      });
      const app = await startApp(config, { database, idleWorkers: ['outbox'] });
      try {
        const demoAdmin = await login(new GqlClient(`${app.url}/graphql`), adminEmail);
        const methods = await allMethods(demoAdmin.client);
        expect(methods.map((m) => m.code)).toEqual(expect.arrayContaining(['STANDARD', 'EXPRESS']));
        expect(methods.filter((m) => m.active).length).toBeGreaterThanOrEqual(2);
        const rates = await allRates(demoAdmin.client);
        expect(rates).toHaveLength(DEMO_TAX_RATES.length);
        const products = await demoAdmin.client.ok(PRODUCT_COUNT);
        expect(products.adminProducts.totalCount).toBeGreaterThan(0);
      } finally {
        await app.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
