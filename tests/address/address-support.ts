import { asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { addresses } from '../../src/modules/address/address.tables.js';
import { graphql } from '../generated/gql.js';
import type { AddressCreateInput, AddressType, AddressUpdateInput } from '../generated/graphql.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';

/** Operations and helpers shared by the address-book suites (tests/address/*.test.ts). */

export const ADDRESS_FIELDS_FRAGMENT = graphql(`fragment AddressFields on Address {
  id name line1 line2 city region postalCode country phone
  isDefaultShipping isDefaultBilling createdAt updatedAt }`);

export const ADDRESSES = graphql(`query AddressList { addresses { ...AddressFields } }`);
export const ADDRESS_CREATE = graphql(`mutation AddressCreate($input: AddressCreateInput!) {
  addressCreate(input: $input) {
    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }`);
export const ADDRESS_UPDATE = graphql(`mutation AddressUpdate($input: AddressUpdateInput!) {
  addressUpdate(input: $input) { address { ...AddressFields } addresses { id } errors { field code message } } }`);
export const ADDRESS_DELETE = graphql(`mutation AddressDelete($input: AddressDeleteInput!) {
  addressDelete(input: $input) { deletedId addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }`);
export const ADDRESS_SET_DEFAULT = graphql(`mutation AddressSetDefault($input: AddressSetDefaultInput!) {
  addressSetDefault(input: $input) {
    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }`);

/** A valid address input; override parts per test. */
export function sampleAddress(overrides: Partial<AddressCreateInput> = {}): AddressCreateInput {
  return {
    name: 'Ada Lovelace',
    line1: '12 Example Street',
    line2: 'Flat 3',
    city: 'London',
    region: 'Greater London',
    postalCode: 'SW1A 1AA',
    country: 'GB',
    phone: '+44 20 7946 0000',
    ...overrides,
  };
}

export async function listAddresses(client: GqlClient) {
  return (await client.ok(ADDRESSES)).addresses;
}

export async function createAddress(client: GqlClient, input: Partial<AddressCreateInput> = {}) {
  const payload = (await client.ok(ADDRESS_CREATE, { input: sampleAddress(input) })).addressCreate;
  expect(payload.errors).toEqual([]);
  return payload.address!;
}

export async function create(client: GqlClient, input: AddressCreateInput) {
  return (await client.ok(ADDRESS_CREATE, { input })).addressCreate;
}
export async function update(client: GqlClient, input: AddressUpdateInput) {
  return (await client.ok(ADDRESS_UPDATE, { input })).addressUpdate;
}
export async function remove(client: GqlClient, id: string) {
  return (await client.ok(ADDRESS_DELETE, { input: { id } })).addressDelete;
}
export async function setDefault(client: GqlClient, id: string, type: AddressType) {
  return (await client.ok(ADDRESS_SET_DEFAULT, { input: { id, type } })).addressSetDefault;
}

/** Every stored address row of one user, straight from the database, oldest first. */
export async function storedRows(t: TestApp, userId: string) {
  return t.database.db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(asc(addresses.createdAt), asc(addresses.id));
}

/** Every stored address row of every user (to prove a failed mutation changed nothing anywhere). */
export async function allRows(t: TestApp) {
  return t.database.db.select().from(addresses).orderBy(asc(addresses.id));
}

/** Runs `action`, which must fail, and checks that no address row changed. */
export async function expectNothingChanged(t: TestApp, action: () => Promise<void>): Promise<void> {
  const before = await allRows(t);
  await action();
  expect(await allRows(t)).toEqual(before);
}

export function expectError(
  payload: { errors: { code: string; field?: string[] | null }[] },
  code: string,
  field: string[] | null = null,
): void {
  expect(payload.errors.map((e) => ({ code: e.code, field: e.field }))).toContainEqual({ code, field });
}

/** Defaults as [shipping ids, billing ids] of a list of addresses. */
export function defaults(list: { id: string; isDefaultShipping: boolean; isDefaultBilling: boolean }[]) {
  return {
    shipping: list.filter((a) => a.isDefaultShipping).map((a) => a.id),
    billing: list.filter((a) => a.isDefaultBilling).map((a) => a.id),
  };
}
