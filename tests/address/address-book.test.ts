import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAndLogin } from '../support/accounts.js';
import type { OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  ADDRESS_CREATE,
  ADDRESS_DELETE,
  ADDRESS_SET_DEFAULT,
  ADDRESS_UPDATE,
  ADDRESSES,
  allRows,
  create,
  createAddress,
  defaults,
  listAddresses,
  remove,
  sampleAddress,
  setDefault,
  storedRows,
  update,
} from './address-support.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(() => t?.close());

describe('addresses', () => {
  it('every operation needs a signed-in viewer; anonymous calls change nothing', async () => {
    const anonymous = t.client();
    const { client } = await registerAndLogin(t);
    const address = await createAddress(client);
    const before = await allRows(t);
    const id = address.id;
    const calls: [OperationText, Record<string, unknown>][] = [
      [ADDRESSES, {}],
      [ADDRESS_CREATE, { input: sampleAddress() }],
      [ADDRESS_UPDATE, { input: { id, name: 'Anonymous' } }],
      [ADDRESS_DELETE, { input: { id } }],
      [ADDRESS_SET_DEFAULT, { input: { id, type: 'BILLING' } }],
    ];
    for (const [query, variables] of calls) {
      const result = await anonymous.request(query.toString(), variables);
      expect(result.data).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await allRows(t)).toEqual(before);
  });

  it('starts empty', async () => {
    const { client } = await registerAndLogin(t);
    expect(await listAddresses(client)).toEqual([]);
  });
});

describe('addressCreate', () => {
  it('stores a normalized address; the first becomes the default for both types', async () => {
    const { client, id: userId } = await registerAndLogin(t);
    const payload = await create(
      client,
      sampleAddress({
        name: '  Ada   Lovelace ',
        line2: '   ',
        region: '',
        postalCode: ' sw1a 1aa ',
        country: 'gb',
        phone: null,
        defaultShipping: false,
        defaultBilling: false,
      }),
    );
    expect(payload.errors).toEqual([]);
    expect(payload.address).toMatchObject({
      name: 'Ada Lovelace',
      line1: '12 Example Street',
      line2: null,
      city: 'London',
      region: null,
      postalCode: 'SW1A 1AA',
      country: 'GB',
      phone: null,
      isDefaultShipping: true,
      isDefaultBilling: true,
    });
    expect(new Date(payload.address!.createdAt).getTime()).not.toBeNaN();
    expect(payload.addresses).toEqual([
      { id: payload.address!.id, isDefaultShipping: true, isDefaultBilling: true },
    ]);

    const rows = await storedRows(t, userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: payload.address!.id,
      postalCode: 'SW1A 1AA',
      country: 'GB',
      line2: null,
    });
    expect(await listAddresses(client)).toEqual([payload.address]);
  });

  it('later addresses are not defaults unless asked; asking moves the default', async () => {
    const { client } = await registerAndLogin(t);
    const first = await createAddress(client, { name: 'First' });
    const second = await createAddress(client, { name: 'Second' });
    expect(second).toMatchObject({ isDefaultShipping: false, isDefaultBilling: false });

    const third = await createAddress(client, { name: 'Third', defaultShipping: true });
    expect(third).toMatchObject({ isDefaultShipping: true, isDefaultBilling: false });
    const fourth = await createAddress(client, { name: 'Fourth', defaultBilling: true });
    expect(fourth).toMatchObject({ isDefaultShipping: false, isDefaultBilling: true });

    const list = await listAddresses(client);
    expect(defaults(list)).toEqual({ shipping: [third.id], billing: [fourth.id] });
    // Default shipping first, then default billing, then the others newest first.
    expect(list.map((a) => a.name)).toEqual(['Third', 'Fourth', 'Second', 'First']);
    expect(list.find((a) => a.id === first.id)).toMatchObject({
      isDefaultShipping: false,
      isDefaultBilling: false,
    });
  });

  it('one address can take both defaults at once', async () => {
    const { client } = await registerAndLogin(t);
    const first = await createAddress(client, { name: 'First' });
    const both = await createAddress(client, { name: 'Both', defaultShipping: true, defaultBilling: true });
    const list = await listAddresses(client);
    expect(defaults(list)).toEqual({ shipping: [both.id], billing: [both.id] });
    expect(list.map((a) => a.id)).toEqual([both.id, first.id]);
  });

  it('accepts an empty postal code only where countries have none', async () => {
    const { client } = await registerAndLogin(t);
    const hk = await create(client, sampleAddress({ country: 'HK', postalCode: '', city: 'Hong Kong' }));
    expect(hk.errors).toEqual([]);
    expect(hk.address).toMatchObject({ country: 'HK', postalCode: '' });
    const us = await create(client, sampleAddress({ country: 'US', postalCode: ' ' }));
    expect(us.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'postalCode'] }),
    ]);
    expect(await listAddresses(client)).toHaveLength(1);
  });

  it('concurrent first addresses leave exactly one default of each type', async () => {
    const { client, id: userId } = await registerAndLogin(t);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => create(client, sampleAddress({ name: `Racer ${i}` }))),
    );
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    const rows = await storedRows(t, userId);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.isDefaultShipping)).toHaveLength(1);
    expect(rows.filter((r) => r.isDefaultBilling)).toHaveLength(1);
  });
});

describe('addressUpdate', () => {
  it('changes only the given parts; "" clears an optional part', async () => {
    const { client } = await registerAndLogin(t);
    const address = await createAddress(client);
    const payload = await update(client, { id: address.id, city: ' Cambridge ', line2: '', phone: null });
    expect(payload.errors).toEqual([]);
    expect(payload.address).toMatchObject({
      ...address,
      city: 'Cambridge',
      line2: null,
      phone: address.phone,
      updatedAt: expect.any(String),
    });
    expect(new Date(payload.address!.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(address.updatedAt).getTime(),
    );
    expect(payload.address!.createdAt).toBe(address.createdAt);
    expect(await listAddresses(client)).toEqual([payload.address]);
  });

  it('with only an id changes nothing and answers the address', async () => {
    const { client } = await registerAndLogin(t);
    const address = await createAddress(client);
    const payload = await update(client, { id: address.id });
    expect(payload).toEqual({ errors: [], address, addresses: [{ id: address.id }] });
  });

  it('validates the result as a whole: a new country may need a postal code', async () => {
    const { client } = await registerAndLogin(t);
    const address = await createAddress(client, { country: 'AE', postalCode: '', city: 'Dubai' });
    const payload = await update(client, { id: address.id, country: 'DE' });
    expect(payload.address).toBeNull();
    expect(payload.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'postalCode'] }),
    ]);
    expect(await listAddresses(client)).toEqual([address]);
    const fixed = await update(client, {
      id: address.id,
      country: 'de',
      postalCode: '10115',
      city: 'Berlin',
    });
    expect(fixed.errors).toEqual([]);
    expect(fixed.address).toMatchObject({ country: 'DE', postalCode: '10115', city: 'Berlin' });
  });
});

describe('addressSetDefault', () => {
  it('moves the default of one type and leaves the other alone', async () => {
    const { client, id: userId } = await registerAndLogin(t);
    const first = await createAddress(client, { name: 'First' });
    const second = await createAddress(client, { name: 'Second' });

    const payload = await setDefault(client, second.id, 'SHIPPING');
    expect(payload.errors).toEqual([]);
    expect(payload.address).toMatchObject({
      id: second.id,
      isDefaultShipping: true,
      isDefaultBilling: false,
    });
    expect(defaults(payload.addresses!)).toEqual({ shipping: [second.id], billing: [first.id] });

    const rows = await storedRows(t, userId);
    expect(defaults(rows)).toEqual({ shipping: [second.id], billing: [first.id] });

    const billing = await setDefault(client, second.id, 'BILLING');
    expect(billing.address).toMatchObject({ isDefaultShipping: true, isDefaultBilling: true });
    expect(defaults(await listAddresses(client))).toEqual({ shipping: [second.id], billing: [second.id] });
  });

  it('is a no-op on the current default', async () => {
    const { client } = await registerAndLogin(t);
    const first = await createAddress(client);
    const payload = await setDefault(client, first.id, 'BILLING');
    expect(payload.errors).toEqual([]);
    expect(payload.address).toEqual(first);
  });

  it('concurrent changes leave exactly one default', async () => {
    const { client, id: userId } = await registerAndLogin(t);
    const created = [];
    for (let i = 0; i < 5; i += 1) created.push(await createAddress(client, { name: `A${i}` }));
    const results = await Promise.all(created.map((a) => setDefault(client, a.id, 'SHIPPING')));
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    const rows = await storedRows(t, userId);
    expect(rows.filter((r) => r.isDefaultShipping)).toHaveLength(1);
    expect(rows.filter((r) => r.isDefaultBilling).map((r) => r.id)).toEqual([created[0]!.id]);
  });
});

describe('addressDelete', () => {
  it('deleting a non-default address leaves the defaults as they are', async () => {
    const { client } = await registerAndLogin(t);
    const first = await createAddress(client);
    const second = await createAddress(client);
    const payload = await remove(client, second.id);
    expect(payload.errors).toEqual([]);
    expect(payload.deletedId).toBe(second.id);
    expect(payload.addresses).toEqual([{ id: first.id, isDefaultShipping: true, isDefaultBilling: true }]);
    expect((await listAddresses(client)).map((a) => a.id)).toEqual([first.id]);
  });

  it('deleting a default promotes the newest remaining address for that type only', async () => {
    const { client } = await registerAndLogin(t);
    const first = await createAddress(client, { name: 'First' });
    const second = await createAddress(client, { name: 'Second' });
    const third = await createAddress(client, { name: 'Third', defaultShipping: true });
    const fourth = await createAddress(client, { name: 'Fourth' });
    // Shipping default: third; billing default: first.

    const deleteShipping = await remove(client, third.id);
    expect(deleteShipping.errors).toEqual([]);
    expect(defaults(await listAddresses(client))).toEqual({ shipping: [fourth.id], billing: [first.id] });

    const deleteBilling = await remove(client, first.id);
    expect(deleteBilling.errors).toEqual([]);
    const list = await listAddresses(client);
    expect(defaults(list)).toEqual({ shipping: [fourth.id], billing: [fourth.id] });
    expect(list.map((a) => a.id)).toEqual([fourth.id, second.id]);
  });

  it('deleting the last address leaves an empty book; the next one is the default again', async () => {
    const { client } = await registerAndLogin(t);
    const only = await createAddress(client);
    expect((await remove(client, only.id)).deletedId).toBe(only.id);
    expect(await listAddresses(client)).toEqual([]);
    const next = await createAddress(client);
    expect(next).toMatchObject({ isDefaultShipping: true, isDefaultBilling: true });
  });

  it('deleting twice answers NOT_FOUND the second time', async () => {
    const { client } = await registerAndLogin(t);
    const address = await createAddress(client);
    await remove(client, address.id);
    const again = await remove(client, address.id);
    expect(again.deletedId).toBeNull();
    expect(again.addresses).toBeNull();
    expect(again.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
  });
});
