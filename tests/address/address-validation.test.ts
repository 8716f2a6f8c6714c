import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ADDRESSES_PER_USER } from '../../src/modules/address/address.service.js';
import { addresses } from '../../src/modules/address/address.tables.js';
import { graphql } from '../generated/gql.js';
import type { AddressCreateInput } from '../generated/graphql.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  create,
  createAddress,
  expectError,
  expectNothingChanged,
  listAddresses,
  sampleAddress,
  update,
} from './address-support.js';

const CREATE_ID = graphql(`mutation AddressCreateId($input: AddressCreateInput!) {
  addressCreate(input: $input) { address { id } } }`);

let t: TestApp;
let customer: SignedIn;
let existing: Awaited<ReturnType<typeof createAddress>>;

beforeAll(async () => {
  t = await startTestApp();
  customer = await registerAndLogin(t);
  existing = await createAddress(customer.client, { name: 'Existing' });
});

afterAll(() => t?.close());

const long = (n: number) => 'x'.repeat(n);

/** [case, input overrides, expected code, field at fault] */
const invalid: [string, Partial<AddressCreateInput>, string, string][] = [
  ['empty name', { name: '' }, 'INVALID_INPUT', 'name'],
  ['blank name', { name: ' \t\n ' }, 'INVALID_INPUT', 'name'],
  ['blank line1', { line1: '   ' }, 'INVALID_INPUT', 'line1'],
  ['blank city', { city: '' }, 'INVALID_INPUT', 'city'],
  ['name over 200 characters', { name: long(201) }, 'INVALID_INPUT', 'name'],
  ['line2 over 200 characters', { line2: long(201) }, 'INVALID_INPUT', 'line2'],
  ['region over 200 characters', { region: long(201) }, 'INVALID_INPUT', 'region'],
  ['control character', { line1: '12 Main\u0007Street' }, 'INVALID_INPUT', 'line1'],
  ['postal code over 20 characters', { postalCode: '1'.repeat(21) }, 'INVALID_INPUT', 'postalCode'],
  ['postal code with symbols', { postalCode: '10115; DROP' }, 'INVALID_INPUT', 'postalCode'],
  ['postal code missing', { postalCode: '' }, 'INVALID_INPUT', 'postalCode'],
  ['phone with letters', { phone: 'call me maybe' }, 'INVALID_INPUT', 'phone'],
  ['phone too short', { phone: '12345' }, 'INVALID_INPUT', 'phone'],
  ['phone over 40 characters', { phone: `+1 ${'5 '.repeat(20)}` }, 'INVALID_INPUT', 'phone'],
  ['unknown country', { country: 'XX' }, 'INVALID_COUNTRY', 'country'],
  ['country name instead of code', { country: 'Germany' }, 'INVALID_COUNTRY', 'country'],
  ['empty country', { country: '' }, 'INVALID_COUNTRY', 'country'],
];

describe('addressCreate validation', () => {
  it.each(invalid)('%s is refused and nothing is stored', async (_, overrides, code, field) => {
    await expectNothingChanged(t, async () => {
      const payload = await create(customer.client, sampleAddress(overrides));
      expect(payload.address).toBeNull();
      expect(payload.addresses).toBeNull();
      expectError(payload, code, ['input', field]);
    });
  });

  it('a NUL character is refused before the mutation runs (BAD_USER_INPUT) and nothing is stored', async () => {
    await expectNothingChanged(t, async () => {
      const response = await customer.client.request(CREATE_ID, {
        input: sampleAddress({ line1: '12 Main\u0000Street' }),
      });
      expect(response.status).toBe(400);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('reports every faulty part at once', async () => {
    const payload = await create(
      customer.client,
      sampleAddress({ name: '', city: ' ', country: 'ZZ', phone: 'abc' }),
    );
    expect(payload.errors.map((e) => e.field![1]).sort()).toEqual(['city', 'country', 'name', 'phone']);
  });

  it('accepts parts at their maximum length', async () => {
    const payload = await create(
      customer.client,
      sampleAddress({
        name: long(200),
        line1: long(200),
        postalCode: '1'.repeat(20),
        phone: `+${'1'.repeat(15)}`,
      }),
    );
    expect(payload.errors).toEqual([]);
    expect(payload.address!.name).toHaveLength(200);
  });
});

describe('addressUpdate validation', () => {
  it.each(invalid)('%s is refused and the address stays as it was', async (_, overrides, code, field) => {
    await expectNothingChanged(t, async () => {
      const payload = await update(customer.client, { id: existing.id, ...overrides });
      expect(payload.address).toBeNull();
      expectError(payload, code, ['input', field]);
    });
    expect((await listAddresses(customer.client)).find((a) => a.id === existing.id)).toEqual(existing);
  });

  it('a valid change alongside an invalid one is not applied either', async () => {
    await expectNothingChanged(t, async () => {
      const payload = await update(customer.client, { id: existing.id, city: 'Paris', country: 'Narnia' });
      expectError(payload, 'INVALID_COUNTRY', ['input', 'country']);
    });
  });
});

describe('address book size', () => {
  it(`holds at most ${MAX_ADDRESSES_PER_USER} addresses`, async () => {
    const { client, id: userId } = await registerAndLogin(t);
    await t.database.db.insert(addresses).values(
      Array.from({ length: MAX_ADDRESSES_PER_USER }, (_, i) => ({
        userId,
        name: `Bulk ${i}`,
        line1: '1 Bulk Road',
        city: 'Bulkton',
        postalCode: '12345',
        country: 'US',
      })),
    );
    await expectNothingChanged(t, async () => {
      const payload = await create(client, sampleAddress());
      expect(payload.address).toBeNull();
      expectError(payload, 'INVALID_INPUT', null);
    });
  });
});
