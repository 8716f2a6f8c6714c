import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippingMethodByCode, shippingMethodsFor } from '../../src/modules/shipping/shipping.service.js';
import { shippingMethods, taxRates } from '../../src/modules/shipping/shipping.tables.js';
import { taxRatesFor } from '../../src/modules/shipping/tax.service.js';
import type { TaxClass } from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { createMethod, createRate } from './support.js';

/** The functions the cart and checkout call: shippingMethodsFor, shippingMethodByCode, taxRatesFor. */

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  const method = (code: string, price: string, extra: Record<string, unknown> = {}) =>
    createMethod(admin.client, { code, name: code, price, minDeliveryDays: 1, maxDeliveryDays: 3, ...extra });
  await method('WORLD', '9.00');
  await method('WORLD_CHEAP', '3.00');
  await method('EU_ONLY', '5.00', { countries: ['DE', 'FR'] });
  await method('US_ONLY', '2.00', { countries: ['US'] });
  await method('FIRST', '20.00', { position: -1 });
  await method('RETIRED', '1.00', { active: false });
  await method('RETIRED_DE', '1.00', { active: false, countries: ['DE'] });

  const rate = (country: string, region: string | null, taxClass: TaxClass, value: string) =>
    createRate(admin.client, { country, region, taxClass, rate: value });
  await rate('DE', null, 'STANDARD', '19');
  await rate('DE', null, 'REDUCED', '7');
  await rate('US', null, 'STANDARD', '1');
  await rate('US', 'CA', 'STANDARD', '7.25');
  await rate('US', 'ca', 'REDUCED', '3');
  await rate('US', 'NY', 'ZERO', '0.5');
  await rate('CA', null, 'STANDARD', '5');
});
afterAll(() => t?.close());

const codes = (rows: { code: string }[]) => rows.map((row) => row.code);

describe('shippingMethodsFor', () => {
  it('returns the active methods serving the country, by position, price, code', async () => {
    const db = t.database.db;
    expect(codes(await shippingMethodsFor(db, 'DE'))).toEqual(['FIRST', 'WORLD_CHEAP', 'EU_ONLY', 'WORLD']);
    expect(codes(await shippingMethodsFor(db, 'US'))).toEqual(['FIRST', 'US_ONLY', 'WORLD_CHEAP', 'WORLD']);
    expect(codes(await shippingMethodsFor(db, 'JP'))).toEqual(['FIRST', 'WORLD_CHEAP', 'WORLD']);
  });

  it('accepts the country in any case; an invalid code is served by nothing', async () => {
    const db = t.database.db;
    expect(codes(await shippingMethodsFor(db, ' fr '))).toEqual(['FIRST', 'WORLD_CHEAP', 'EU_ONLY', 'WORLD']);
    expect(await shippingMethodsFor(db, 'XX')).toEqual([]);
    expect(await shippingMethodsFor(db, '')).toEqual([]);
  });

  it('returns full rows in minor units', async () => {
    const [eu] = (await shippingMethodsFor(t.database.db, 'FR')).filter((row) => row.code === 'EU_ONLY');
    expect(eu).toMatchObject({ price: 500, freeAbove: null, countries: ['DE', 'FR'], active: true });
  });

  it('works inside a transaction', async () => {
    const inside = await t.database.db.transaction((tx) => shippingMethodsFor(tx, 'DE'));
    expect(codes(inside)).toEqual(['FIRST', 'WORLD_CHEAP', 'EU_ONLY', 'WORLD']);
  });
});

describe('shippingMethodByCode', () => {
  it('finds a method regardless of case, active or not; null when unknown', async () => {
    const db = t.database.db;
    expect((await shippingMethodByCode(db, 'world_cheap'))?.code).toBe('WORLD_CHEAP');
    expect((await shippingMethodByCode(db, ' Eu_Only '))?.countries).toEqual(['DE', 'FR']);
    expect(await shippingMethodByCode(db, 'retired')).toMatchObject({ code: 'RETIRED', active: false });
    expect(await shippingMethodByCode(db, 'NOPE')).toBeNull();
    expect(await shippingMethodByCode(db, '')).toBeNull();
  });

  it('also finds a row stored in lower case by other means', async () => {
    await t.database.db.insert(shippingMethods).values({
      code: 'legacy_lower',
      name: 'Legacy',
      price: 100,
      minDeliveryDays: 1,
      maxDeliveryDays: 1,
    });
    expect((await shippingMethodByCode(t.database.db, 'LEGACY_LOWER'))?.code).toBe('legacy_lower');
  });
});

describe('taxRatesFor', () => {
  it('uses the country-wide rate, 0 for a class without one', async () => {
    expect(await taxRatesFor(t.database.db, { country: 'DE', region: null })).toEqual({
      STANDARD: 1900,
      REDUCED: 700,
      ZERO: 0,
    });
    // A region without rates of its own falls back to the country.
    expect(await taxRatesFor(t.database.db, { country: 'de', region: 'Bayern' })).toEqual({
      STANDARD: 1900,
      REDUCED: 700,
      ZERO: 0,
    });
  });

  it("prefers the region's rate (compared case-insensitively) per class, falling back to the country", async () => {
    const db = t.database.db;
    expect(await taxRatesFor(db, { country: 'US', region: 'ca' })).toEqual({
      STANDARD: 725,
      REDUCED: 300,
      ZERO: 0,
    });
    expect(await taxRatesFor(db, { country: 'US', region: ' CA ' })).toEqual({
      STANDARD: 725,
      REDUCED: 300,
      ZERO: 0,
    });
    expect(await taxRatesFor(db, { country: 'US', region: 'NY' })).toEqual({
      STANDARD: 100,
      REDUCED: 0,
      ZERO: 50,
    });
    expect(await taxRatesFor(db, { country: 'US', region: 'TX' })).toEqual({
      STANDARD: 100,
      REDUCED: 0,
      ZERO: 0,
    });
    expect(await taxRatesFor(db, { country: 'US', region: null })).toEqual({
      STANDARD: 100,
      REDUCED: 0,
      ZERO: 0,
    });
    expect(await taxRatesFor(db, { country: 'US', region: '' })).toEqual({
      STANDARD: 100,
      REDUCED: 0,
      ZERO: 0,
    });
  });

  it('a region code of one country does not leak into another (CA the province vs CA the country)', async () => {
    expect(await taxRatesFor(t.database.db, { country: 'CA', region: 'ON' })).toEqual({
      STANDARD: 500,
      REDUCED: 0,
      ZERO: 0,
    });
  });

  it('a country without rates is taxed at 0 %', async () => {
    expect(await taxRatesFor(t.database.db, { country: 'JP', region: 'Tokyo' })).toEqual({
      STANDARD: 0,
      REDUCED: 0,
      ZERO: 0,
    });
  });

  it('a region-only rate applies to that region alone', async () => {
    await t.database.db
      .insert(taxRates)
      .values({ country: 'AU', region: 'NSW', taxClass: 'STANDARD', rateBasisPoints: 1000 });
    expect(await taxRatesFor(t.database.db, { country: 'AU', region: 'nsw' })).toEqual({
      STANDARD: 1000,
      REDUCED: 0,
      ZERO: 0,
    });
    expect(await taxRatesFor(t.database.db, { country: 'AU', region: 'VIC' })).toEqual({
      STANDARD: 0,
      REDUCED: 0,
      ZERO: 0,
    });
  });
});
