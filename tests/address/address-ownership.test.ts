import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../../src/graphql/context.js';
import { findOwnAddress } from '../../src/modules/address/address.service.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  createAddress,
  expectError,
  expectNothingChanged,
  listAddresses,
  remove,
  setDefault,
  update,
} from './address-support.js';

let t: TestApp;
let owner: SignedIn;
let other: SignedIn;
type Address = Awaited<ReturnType<typeof createAddress>>;
let ownerAddresses: [Address, Address];

beforeAll(async () => {
  t = await startTestApp();
  owner = await registerAndLogin(t);
  other = await registerAndLogin(t);
  ownerAddresses = [
    await createAddress(owner.client, { name: 'Owner Home' }),
    await createAddress(owner.client, { name: 'Owner Work' }),
  ];
  await createAddress(other.client, { name: 'Other Home' });
});

afterAll(() => t?.close());

/** Each mutation, aimed at an address id the caller must not reach. */
type Payload =
  | Awaited<ReturnType<typeof update>>
  | Awaited<ReturnType<typeof remove>>
  | Awaited<ReturnType<typeof setDefault>>;
const attempts: [string, (client: SignedIn['client'], id: string) => Promise<Payload>][] = [
  ['addressUpdate', (client, id) => update(client, { id, name: 'Hijacked', city: 'Elsewhere' })],
  ['addressDelete', (client, id) => remove(client, id)],
  ['addressSetDefault SHIPPING', (client, id) => setDefault(client, id, 'SHIPPING')],
  ['addressSetDefault BILLING', (client, id) => setDefault(client, id, 'BILLING')],
];

describe('another customer', () => {
  it("never sees the owner's addresses", async () => {
    const theirs = await listAddresses(other.client);
    expect(theirs.map((a) => a.name)).toEqual(['Other Home']);
    expect(await listAddresses(owner.client)).toHaveLength(2);
  });

  it.each(attempts)("%s on the owner's address answers NOT_FOUND and changes nothing", async (_, attempt) => {
    // The non-default address, so that setDefault would have changed something.
    const target = ownerAddresses[1];
    await expectNothingChanged(t, async () => {
      const payload = await attempt(other.client, target.id);
      expectError(payload, 'NOT_FOUND', ['input', 'id']);
      expect('address' in payload ? payload.address : payload.deletedId).toBeNull();
      expect(payload.addresses).toBeNull();
    });
    expect(await listAddresses(owner.client)).toEqual(
      expect.arrayContaining(ownerAddresses.map((a) => expect.objectContaining({ id: a.id, name: a.name }))),
    );
  });

  it.each(attempts)('%s answers exactly as for an unknown id', async (_, attempt) => {
    const foreign = await attempt(other.client, ownerAddresses[0].id);
    const unknown = await attempt(other.client, randomUUID());
    expect(foreign).toEqual(unknown);
  });

  it.each(attempts)('%s with an id that is not a UUID answers NOT_FOUND', async (_, attempt) => {
    await expectNothingChanged(t, async () => {
      expectError(await attempt(owner.client, 'not-a-uuid'), 'NOT_FOUND', ['input', 'id']);
    });
  });

  it("an administrator has no access to a customer's address book through these operations", async () => {
    const admin = await adminClient(t);
    expect(await listAddresses(admin.client)).toEqual([]);
    await expectNothingChanged(t, async () => {
      expectError(await update(admin.client, { id: ownerAddresses[0].id, name: 'Admin' }), 'NOT_FOUND', [
        'input',
        'id',
      ]);
    });
  });
});

describe('findOwnAddress', () => {
  const contextFor = (authorization: string | undefined) =>
    createRequestContext(t.app.context, {
      requestId: 'test',
      ip: '127.0.0.1',
      userAgent: undefined,
      authorization,
      cookies: null,
    });

  it("finds the viewer's own address", async () => {
    const row = await findOwnAddress(contextFor(`Bearer ${owner.accessToken}`), ownerAddresses[0].id);
    expect(row).toMatchObject({ id: ownerAddresses[0].id, userId: owner.id, name: 'Owner Home' });
  });

  it("returns null for another user's address, unknown ids, non-UUIDs and guests", async () => {
    expect(await findOwnAddress(contextFor(`Bearer ${other.accessToken}`), ownerAddresses[0].id)).toBeNull();
    expect(await findOwnAddress(contextFor(`Bearer ${owner.accessToken}`), randomUUID())).toBeNull();
    expect(await findOwnAddress(contextFor(`Bearer ${owner.accessToken}`), 'nope')).toBeNull();
    expect(await findOwnAddress(contextFor(undefined), ownerAddresses[0].id)).toBeNull();
  });
});
