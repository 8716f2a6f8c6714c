import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaxRateCreateInput } from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { allRates, createRate, errorsOf, RATE_CREATE, RATE_DELETE, RATE_UPDATE, RATES } from './support.js';

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});
afterAll(() => t?.close());

describe('taxRateCreate', () => {
  it('stores percentages as basis points and answers them as two-decimal percentages', async () => {
    const de = await createRate(admin.client, {
      country: 'de',
      taxClass: 'STANDARD',
      rate: '19',
      name: ' VAT ',
    });
    expect(de).toMatchObject({
      country: 'DE',
      region: null,
      taxClass: 'STANDARD',
      rate: '19.00',
      rateBasisPoints: 1900,
      name: 'VAT',
    });
    const cases: [string, string, number][] = [
      ['7.5', '7.50', 750],
      ['5.55', '5.55', 555],
      ['0', '0.00', 0],
      ['100', '100.00', 10000],
      [' 0.01 ', '0.01', 1],
    ];
    for (const [input, rate, basisPoints] of cases) {
      const created = await createRate(admin.client, {
        country: 'FR',
        region: `R${basisPoints}`,
        taxClass: 'REDUCED',
        rate: input,
      });
      expect(created, input).toMatchObject({ rate, rateBasisPoints: basisPoints, name: '' });
    }
  });

  it('a region makes a separate rate; empty region means country-wide', async () => {
    const ca = await createRate(admin.client, {
      country: 'US',
      region: ' CA ',
      taxClass: 'STANDARD',
      rate: '7.25',
    });
    expect(ca).toMatchObject({ country: 'US', region: 'CA', rateBasisPoints: 725 });
    const us = await createRate(admin.client, { country: 'US', region: '', taxClass: 'STANDARD', rate: '0' });
    expect(us.region).toBeNull();
  });

  it('bad input is answered in the payload and saves nothing', async () => {
    const before = await allRates(admin.client);
    const base: TaxRateCreateInput = { country: 'GB', taxClass: 'STANDARD', rate: '20' };
    const cases: [Partial<TaxRateCreateInput>, { field: string[] | null; code: string }[]][] = [
      [{ country: 'UK' }, [{ field: ['input', 'country'], code: 'INVALID_COUNTRY' }]],
      [{ country: '' }, [{ field: ['input', 'country'], code: 'INVALID_COUNTRY' }]],
      [{ rate: '100.01' }, [{ field: ['input', 'rate'], code: 'INVALID_INPUT' }]],
      [{ rate: '-1' }, [{ field: ['input', 'rate'], code: 'INVALID_INPUT' }]],
      [{ rate: '7.125' }, [{ field: ['input', 'rate'], code: 'INVALID_INPUT' }]],
      [{ rate: '19%' }, [{ field: ['input', 'rate'], code: 'INVALID_INPUT' }]],
      [{ rate: '' }, [{ field: ['input', 'rate'], code: 'INVALID_INPUT' }]],
      [{ region: 'x'.repeat(101) }, [{ field: ['input', 'region'], code: 'INVALID_INPUT' }]],
      [{ name: 'n'.repeat(101) }, [{ field: ['input', 'name'], code: 'INVALID_INPUT' }]],
      [
        { country: 'XX', rate: '1000' },
        [
          { field: ['input', 'country'], code: 'INVALID_COUNTRY' },
          { field: ['input', 'rate'], code: 'INVALID_INPUT' },
        ],
      ],
    ];
    for (const [change, expected] of cases) {
      const payload = (await admin.client.ok(RATE_CREATE, { input: { ...base, ...change } })).taxRateCreate;
      expect(errorsOf(payload), JSON.stringify(change)).toEqual(expected);
      expect(payload.taxRate).toBeNull();
    }
    expect(await allRates(admin.client)).toEqual(before);
  });

  it('a second rate for the same country, region (any case) and class is TAX_RATE_EXISTS', async () => {
    const before = await allRates(admin.client);
    const duplicates: TaxRateCreateInput[] = [
      { country: 'de', taxClass: 'STANDARD', rate: '16' },
      { country: 'US', region: 'ca', taxClass: 'STANDARD', rate: '8' },
      { country: 'US', region: null, taxClass: 'STANDARD', rate: '1' },
    ];
    for (const input of duplicates) {
      const payload = (await admin.client.ok(RATE_CREATE, { input })).taxRateCreate;
      expect(errorsOf(payload)).toEqual([{ field: null, code: 'TAX_RATE_EXISTS' }]);
      expect(payload.taxRate).toBeNull();
    }
    expect(await allRates(admin.client)).toEqual(before);
    // Another class or region is a different rate.
    await createRate(admin.client, { country: 'US', region: 'ca', taxClass: 'REDUCED', rate: '0' });
    await createRate(admin.client, { country: 'US', region: 'NY', taxClass: 'STANDARD', rate: '4' });
  });
});

describe('taxRates', () => {
  it('lists by country, country-wide first, then region, then class; filters by country', async () => {
    const us = (await admin.client.ok(RATES, { filter: { country: 'us' } })).taxRates;
    expect(us.map((r) => [r.region, r.taxClass, r.rate])).toEqual([
      [null, 'STANDARD', '0.00'],
      ['CA', 'STANDARD', '7.25'],
      ['ca', 'REDUCED', '0.00'],
      ['NY', 'STANDARD', '4.00'],
    ]);
    const all = await allRates(admin.client);
    const countries = all.map((r) => r.country);
    expect(countries).toEqual([...countries].sort());
    expect(new Set(countries)).toEqual(new Set(['DE', 'FR', 'US']));

    const bad = await admin.client.request(RATES, { filter: { country: 'Narnia' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.data).toBeNull();
  });
});

describe('taxRateUpdate', () => {
  it('changes only the given fields', async () => {
    const rate = await createRate(admin.client, {
      country: 'AT',
      taxClass: 'STANDARD',
      rate: '20',
      name: 'USt',
    });
    const changed = (await admin.client.ok(RATE_UPDATE, { input: { id: rate.id, rate: '19.5' } }))
      .taxRateUpdate;
    expect(changed.errors).toEqual([]);
    expect(changed.taxRate).toEqual({
      ...rate,
      rate: '19.50',
      rateBasisPoints: 1950,
      updatedAt: changed.taxRate!.updatedAt,
    });
    const moved = (
      await admin.client.ok(RATE_UPDATE, {
        input: { id: rate.id, country: 'ch', region: 'ZH', taxClass: 'REDUCED', name: '' },
      })
    ).taxRateUpdate.taxRate;
    expect(moved).toMatchObject({
      country: 'CH',
      region: 'ZH',
      taxClass: 'REDUCED',
      rateBasisPoints: 1950,
      name: '',
    });
    const countryWide = (await admin.client.ok(RATE_UPDATE, { input: { id: rate.id, region: null } }))
      .taxRateUpdate.taxRate;
    expect(countryWide!.region).toBeNull();
  });

  it('bad input, a clash with another rate or an unknown id change nothing', async () => {
    const rate = await createRate(admin.client, { country: 'IT', taxClass: 'STANDARD', rate: '22' });
    await createRate(admin.client, { country: 'IT', taxClass: 'REDUCED', rate: '10' });
    await createRate(admin.client, { country: 'IT', region: 'Sicilia', taxClass: 'STANDARD', rate: '22' });
    const before = await allRates(admin.client);
    const cases: [Record<string, unknown>, { field: string[] | null; code: string }[]][] = [
      [{ country: 'ITA' }, [{ field: ['input', 'country'], code: 'INVALID_COUNTRY' }]],
      [{ rate: '101' }, [{ field: ['input', 'rate'], code: 'INVALID_INPUT' }]],
      [{ taxClass: 'REDUCED' }, [{ field: null, code: 'TAX_RATE_EXISTS' }]],
      [{ region: 'SICILIA', rate: '5' }, [{ field: null, code: 'TAX_RATE_EXISTS' }]],
      [{ name: 'ok', rate: 'x' }, [{ field: ['input', 'rate'], code: 'INVALID_INPUT' }]],
    ];
    for (const [change, expected] of cases) {
      const payload = (await admin.client.ok(RATE_UPDATE, { input: { id: rate.id, ...change } }))
        .taxRateUpdate;
      expect(errorsOf(payload), JSON.stringify(change)).toEqual(expected);
      expect(payload.taxRate).toBeNull();
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', '42']) {
      const payload = (await admin.client.ok(RATE_UPDATE, { input: { id, rate: '1' } })).taxRateUpdate;
      expect(errorsOf(payload)).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    }
    expect(await allRates(admin.client)).toEqual(before);
  });
});

describe('taxRateDelete', () => {
  it('deletes the rate; then the same destination and class can be created again', async () => {
    const rate = await createRate(admin.client, { country: 'ES', taxClass: 'STANDARD', rate: '21' });
    const payload = (await admin.client.ok(RATE_DELETE, { input: { id: rate.id } })).taxRateDelete;
    expect(payload).toEqual({ deletedId: rate.id, errors: [] });
    expect((await allRates(admin.client)).map((r) => r.id)).not.toContain(rate.id);

    const before = await allRates(admin.client);
    for (const id of [rate.id, 'x']) {
      const again = (await admin.client.ok(RATE_DELETE, { input: { id } })).taxRateDelete;
      expect(again.deletedId).toBeNull();
      expect(errorsOf(again)).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    }
    expect(await allRates(admin.client)).toEqual(before);
    await createRate(admin.client, { country: 'ES', taxClass: 'STANDARD', rate: '21' });
  });
});
