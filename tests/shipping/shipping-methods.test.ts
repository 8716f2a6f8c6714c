import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  allMethods,
  createMethod,
  errorsOf,
  METHOD_CREATE,
  METHOD_DELETE,
  METHOD_UPDATE,
  METHODS,
} from './support.js';

const ACTIVE_METHODS = graphql(`query ShippingActiveMethods {
  shippingMethods(filter: { active: true }) { code active } }`);

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});
afterAll(() => t?.close());

const base = {
  code: 'ground',
  name: '  Ground  ',
  price: '4.5',
  minDeliveryDays: 3,
  maxDeliveryDays: 5,
};

describe('shippingMethodCreate', () => {
  it('creates a method with normalized code and countries, money out, defaults filled in', async () => {
    const created = await createMethod(admin.client, {
      ...base,
      description: 'By road',
      freeAbove: '50',
      countries: ['us', ' de ', 'US', 'ca'],
      position: 3,
    });
    expect(created).toMatchObject({
      code: 'GROUND',
      name: 'Ground',
      description: 'By road',
      price: { amount: '4.50', currencyCode: 'USD' },
      freeAbove: { amount: '50.00', currencyCode: 'USD' },
      minDeliveryDays: 3,
      maxDeliveryDays: 5,
      countries: ['CA', 'DE', 'US'],
      active: true,
      position: 3,
    });
    expect(new Date(created.createdAt).getTime()).toBe(new Date(created.updatedAt).getTime());

    const minimal = await createMethod(admin.client, {
      code: 'Pigeon_Post',
      name: 'Pigeon',
      price: '0',
      minDeliveryDays: 0,
      maxDeliveryDays: 0,
    });
    expect(minimal).toMatchObject({
      code: 'PIGEON_POST',
      description: '',
      price: { amount: '0.00' },
      freeAbove: null,
      countries: [],
      active: true,
      position: 0,
    });

    const listed = await allMethods(admin.client);
    expect(listed.map((m) => m.code)).toEqual(['PIGEON_POST', 'GROUND']);
    expect(listed.find((m) => m.code === 'GROUND')).toEqual(created);
  });

  it('answers payload errors with field paths and saves nothing', async () => {
    const before = await allMethods(admin.client);
    const cases: [Record<string, unknown>, { field: string[] | null; code: string }[]][] = [
      [{ code: 'x' }, [{ field: ['input', 'code'], code: 'INVALID_INPUT' }]],
      [{ code: 'NEXT-DAY' }, [{ field: ['input', 'code'], code: 'INVALID_INPUT' }]],
      [{ code: 'A'.repeat(41) }, [{ field: ['input', 'code'], code: 'INVALID_INPUT' }]],
      [{ name: '   ' }, [{ field: ['input', 'name'], code: 'INVALID_INPUT' }]],
      [{ description: 'x'.repeat(2001) }, [{ field: ['input', 'description'], code: 'INVALID_INPUT' }]],
      [{ price: '-1' }, [{ field: ['input', 'price'], code: 'INVALID_PRICE' }]],
      [{ price: '4.999' }, [{ field: ['input', 'price'], code: 'INVALID_PRICE' }]],
      [{ price: 'free' }, [{ field: ['input', 'price'], code: 'INVALID_PRICE' }]],
      [{ freeAbove: '1e3' }, [{ field: ['input', 'freeAbove'], code: 'INVALID_PRICE' }]],
      [{ minDeliveryDays: -1 }, [{ field: ['input', 'minDeliveryDays'], code: 'INVALID_INPUT' }]],
      [{ maxDeliveryDays: 366 }, [{ field: ['input', 'maxDeliveryDays'], code: 'INVALID_INPUT' }]],
      [
        { minDeliveryDays: 6, maxDeliveryDays: 5 },
        [{ field: ['input', 'maxDeliveryDays'], code: 'INVALID_INPUT' }],
      ],
      [
        { countries: ['US', 'XX', 'germany'] },
        [
          { field: ['input', 'countries', '1'], code: 'INVALID_COUNTRY' },
          { field: ['input', 'countries', '2'], code: 'INVALID_COUNTRY' },
        ],
      ],
      [
        { code: '!', price: '', countries: [''] },
        [
          { field: ['input', 'code'], code: 'INVALID_INPUT' },
          { field: ['input', 'price'], code: 'INVALID_PRICE' },
          { field: ['input', 'countries', '0'], code: 'INVALID_COUNTRY' },
        ],
      ],
    ];
    for (const [change, expected] of cases) {
      const payload = (await admin.client.ok(METHOD_CREATE, { input: { ...base, code: 'NEW', ...change } }))
        .shippingMethodCreate;
      expect(errorsOf(payload), JSON.stringify(change)).toEqual(expected);
      expect(payload.shippingMethod).toBeNull();
      for (const error of payload.errors) expect(error.message.length).toBeGreaterThan(10);
    }
    expect(await allMethods(admin.client)).toEqual(before);
  });

  it('a code in use, in any case, is CODE_TAKEN', async () => {
    const before = await allMethods(admin.client);
    const payload = (await admin.client.ok(METHOD_CREATE, { input: { ...base, code: ' Ground ' } }))
      .shippingMethodCreate;
    expect(errorsOf(payload)).toEqual([{ field: ['input', 'code'], code: 'CODE_TAKEN' }]);
    expect(payload.shippingMethod).toBeNull();
    expect(await allMethods(admin.client)).toEqual(before);
  });
});

describe('shippingMethods', () => {
  it('lists every method by default, only active or inactive ones with filter.active; ordered by position, price, code', async () => {
    await createMethod(admin.client, { ...base, code: 'ORDER_B', price: '9.00', position: 1 });
    await createMethod(admin.client, { ...base, code: 'ORDER_A', price: '9.00', position: 1 });
    await createMethod(admin.client, { ...base, code: 'ORDER_CHEAP', price: '1.00', position: 1 });
    await createMethod(admin.client, {
      ...base,
      code: 'ORDER_OFF',
      price: '0.50',
      position: 1,
      active: false,
    });

    const all = (await admin.client.ok(METHODS)).shippingMethods;
    expect(all.map((m) => m.code)).toEqual([
      'PIGEON_POST',
      'ORDER_OFF',
      'ORDER_CHEAP',
      'ORDER_A',
      'ORDER_B',
      'GROUND',
    ]);
    const active = (await admin.client.ok(ACTIVE_METHODS)).shippingMethods;
    expect(active.map((m) => m.code)).toEqual(['PIGEON_POST', 'ORDER_CHEAP', 'ORDER_A', 'ORDER_B', 'GROUND']);
    expect(active.every((m) => m.active)).toBe(true);
    const inactive = (await admin.client.ok(METHODS, { filter: { active: false } })).shippingMethods;
    expect(inactive.map((m) => m.code)).toEqual(['ORDER_OFF']);
    expect(inactive.every((m) => !m.active)).toBe(true);
  });
});

describe('shippingMethodUpdate', () => {
  it('changes only the given fields and bumps updatedAt', async () => {
    const method = await createMethod(admin.client, {
      ...base,
      code: 'UPD',
      freeAbove: '80.00',
      countries: ['FR'],
      description: 'Keep me',
    });
    const payload = (
      await admin.client.ok(METHOD_UPDATE, {
        input: { id: method.id, price: '6.25', maxDeliveryDays: 7, countries: ['it', 'es'] },
      })
    ).shippingMethodUpdate;
    expect(payload.errors).toEqual([]);
    expect(payload.shippingMethod).toEqual({
      ...method,
      price: { amount: '6.25', currencyCode: 'USD' },
      maxDeliveryDays: 7,
      countries: ['ES', 'IT'],
      updatedAt: payload.shippingMethod!.updatedAt,
    });
    expect(new Date(payload.shippingMethod!.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(method.updatedAt).getTime(),
    );

    const renamed = (
      await admin.client.ok(METHOD_UPDATE, {
        input: {
          id: method.id,
          code: 'upd_2',
          name: 'Renamed',
          description: '',
          active: false,
          position: 9,
          minDeliveryDays: 0,
        },
      })
    ).shippingMethodUpdate.shippingMethod;
    expect(renamed).toMatchObject({
      code: 'UPD_2',
      name: 'Renamed',
      description: '',
      active: false,
      position: 9,
      minDeliveryDays: 0,
      maxDeliveryDays: 7,
      freeAbove: { amount: '80.00' },
      countries: ['ES', 'IT'],
    });
  });

  it('freeAbove null or "" clears the threshold; an empty country list serves everyone', async () => {
    const method = await createMethod(admin.client, {
      ...base,
      code: 'CLEARS',
      freeAbove: '10',
      countries: ['US'],
    });
    const cleared = (
      await admin.client.ok(METHOD_UPDATE, { input: { id: method.id, freeAbove: null, countries: [] } })
    ).shippingMethodUpdate.shippingMethod;
    expect(cleared).toMatchObject({ freeAbove: null, countries: [] });
    await admin.client.ok(METHOD_UPDATE, { input: { id: method.id, freeAbove: '12.5' } });
    const again = (await admin.client.ok(METHOD_UPDATE, { input: { id: method.id, freeAbove: '' } }))
      .shippingMethodUpdate.shippingMethod;
    expect(again!.freeAbove).toBeNull();
  });

  it('bad input, a taken code or an unknown id change nothing', async () => {
    const method = await createMethod(admin.client, { ...base, code: 'STEADY', countries: ['GB'] });
    const before = await allMethods(admin.client);
    const cases: [Record<string, unknown>, { field: string[] | null; code: string }[]][] = [
      [{ code: 'x' }, [{ field: ['input', 'code'], code: 'INVALID_INPUT' }]],
      [{ name: '' }, [{ field: ['input', 'name'], code: 'INVALID_INPUT' }]],
      [{ price: '1.234' }, [{ field: ['input', 'price'], code: 'INVALID_PRICE' }]],
      [{ freeAbove: '-5' }, [{ field: ['input', 'freeAbove'], code: 'INVALID_PRICE' }]],
      // The stored range is 3..5: each bound alone must still fit the other.
      [{ minDeliveryDays: 6 }, [{ field: ['input', 'minDeliveryDays'], code: 'INVALID_INPUT' }]],
      [{ maxDeliveryDays: 2 }, [{ field: ['input', 'maxDeliveryDays'], code: 'INVALID_INPUT' }]],
      [{ maxDeliveryDays: 400 }, [{ field: ['input', 'maxDeliveryDays'], code: 'INVALID_INPUT' }]],
      [{ countries: ['GB', 'UK'] }, [{ field: ['input', 'countries', '1'], code: 'INVALID_COUNTRY' }]],
      [{ code: 'ground' }, [{ field: ['input', 'code'], code: 'CODE_TAKEN' }]],
      // Valid changes alongside a bad one are not applied either.
      [
        { name: 'Changed', price: '3.00', countries: ['ZZ'] },
        [{ field: ['input', 'countries', '0'], code: 'INVALID_COUNTRY' }],
      ],
      [
        { code: 'FRESH', name: 'Changed', price: 'abc' },
        [{ field: ['input', 'price'], code: 'INVALID_PRICE' }],
      ],
    ];
    for (const [change, expected] of cases) {
      const payload = (await admin.client.ok(METHOD_UPDATE, { input: { id: method.id, ...change } }))
        .shippingMethodUpdate;
      expect(errorsOf(payload), JSON.stringify(change)).toEqual(expected);
      expect(payload.shippingMethod).toBeNull();
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const payload = (await admin.client.ok(METHOD_UPDATE, { input: { id, name: 'Ghost' } }))
        .shippingMethodUpdate;
      expect(errorsOf(payload)).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    }
    expect(await allMethods(admin.client)).toEqual(before);
  });
});

describe('shippingMethodDelete', () => {
  it('deletes the method; a second delete or an unknown id is NOT_FOUND', async () => {
    const method = await createMethod(admin.client, { ...base, code: 'DOOMED' });
    const payload = (await admin.client.ok(METHOD_DELETE, { input: { id: method.id } })).shippingMethodDelete;
    expect(payload).toEqual({ deletedId: method.id, errors: [] });
    expect((await allMethods(admin.client)).map((m) => m.id)).not.toContain(method.id);

    const before = await allMethods(admin.client);
    for (const id of [method.id, 'nope']) {
      const again = (await admin.client.ok(METHOD_DELETE, { input: { id } })).shippingMethodDelete;
      expect(again.deletedId).toBeNull();
      expect(errorsOf(again)).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    }
    expect(await allMethods(admin.client)).toEqual(before);

    // The code is free again.
    const reused = await createMethod(admin.client, { ...base, code: 'doomed' });
    expect(reused.code).toBe('DOOMED');
  });
});
