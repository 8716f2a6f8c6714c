import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { ShippingMethodCreateInput, TaxRateCreateInput } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  ACCEPT,
  cartSnapshot,
  expectUserError,
  newGuest,
  product,
  SET_ADDRESS,
  SET_METHOD,
  SHIPPING_METHOD_CREATE,
  SHIPPING_METHOD_UPDATE,
  Shopper,
  TAX_RATE_CREATE,
  type TestVariant,
  variant,
  warningCodes,
} from './support.js';

/** Shipping address, shipping methods and tax on the cart. */

let t: TestApp;
let admin: SignedIn;
let shirt: TestVariant;
let book: TestVariant;
const methodIds: Record<string, string> = {};

const DE_ADDRESS = {
  name: 'Erika Mustermann',
  line1: 'Hauptstr. 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'de',
};
const CA_ADDRESS = {
  name: 'Jane Doe',
  line1: '1 Market St',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
};

const ADDRESS_CREATE = graphql(`mutation CartTestAddressCreate($input: AddressCreateInput!) {
  addressCreate(input: $input) { address { id } errors { field code message } } }`);

/** The payload of a mutation that must succeed. */
function succeeded<P extends { errors: unknown[] }>(payload: P): P {
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return payload;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  shirt = await variant(admin.client, 'Ship Shirt', '20.00', 100);
  book = (await product(admin.client, 'Ship Book', [{ price: '10.00', stock: 100 }], { taxClass: 'REDUCED' }))
    .variants[0] as TestVariant;
  const methods: ShippingMethodCreateInput[] = [
    {
      code: 'STANDARD',
      name: 'Standard',
      price: '5.00',
      freeAbove: '100.00',
      minDeliveryDays: 2,
      maxDeliveryDays: 5,
      position: 1,
    },
    {
      code: 'EXPRESS',
      name: 'Express',
      price: '15.00',
      minDeliveryDays: 1,
      maxDeliveryDays: 2,
      countries: ['US'],
      position: 2,
    },
    {
      code: 'EU_ONLY',
      name: 'EU Post',
      price: '7.00',
      minDeliveryDays: 3,
      maxDeliveryDays: 6,
      countries: ['DE', 'FR'],
      position: 3,
    },
  ];
  for (const method of methods) {
    methodIds[method.code] = succeeded(
      (await admin.client.ok(SHIPPING_METHOD_CREATE, { input: method })).shippingMethodCreate,
    ).shippingMethod!.id;
  }
  const rates: TaxRateCreateInput[] = [
    { country: 'US', taxClass: 'STANDARD', rate: '8' },
    { country: 'US', region: 'CA', taxClass: 'STANDARD', rate: '10' },
    { country: 'DE', taxClass: 'STANDARD', rate: '19' },
    { country: 'DE', taxClass: 'REDUCED', rate: '7' },
  ];
  for (const rate of rates) {
    succeeded((await admin.client.ok(TAX_RATE_CREATE, { input: rate })).taxRateCreate);
  }
});
afterAll(() => t?.close());

async function cartWithItems(): Promise<Shopper> {
  const guest = await newGuest(t);
  await guest.add(shirt.id, 2);
  await guest.add(book.id, 1);
  return guest;
}

describe('before a shipping address', () => {
  it("estimates tax and offers methods for the store's country", async () => {
    const guest = await cartWithItems();
    const cart = await guest.cart();
    expect(cart!.shippingAddress).toBeNull();
    expect(cart!.totals).toMatchObject({
      subtotal: { amount: '50.00' },
      shipping: { amount: '0.00' },
      // US: 8 % on the shirts (40.00); no REDUCED rate for the book.
      tax: { amount: '3.20' },
      total: { amount: '53.20' },
      taxIsEstimate: true,
      taxCountry: 'US',
    });
    expect(cart!.lines.map((l: any) => l.tax.amount)).toEqual(['3.20', '0.00']);
    expect(cart!.availableShippingMethods.map((m: any) => [m.code, m.price.amount])).toEqual([
      ['STANDARD', '5.00'],
      ['EXPRESS', '15.00'],
    ]);
    const standard = cart!.availableShippingMethods[0];
    expect(standard).toMatchObject({ name: 'Standard', minDeliveryDays: 2, maxDeliveryDays: 5 });
    expect(standard!.estimatedDelivery.earliest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(standard!.estimatedDelivery.latest > standard!.estimatedDelivery.earliest).toBe(true);
  });

  it('refuses a shipping method with SHIPPING_ADDRESS_REQUIRED', async () => {
    const guest = await cartWithItems();
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const payload = (await guest.ok(SET_METHOD, { input: { code: 'STANDARD' } })).cartSetShippingMethod;
    expectUserError(payload, 'SHIPPING_ADDRESS_REQUIRED', ['input', 'code']);
    expect(await cartSnapshot(t, id)).toEqual(before);
  });
});

describe('cartSetShippingAddress', () => {
  it('takes an address typed in, normalized, and computes tax and methods for it', async () => {
    const guest = await cartWithItems();
    const payload = (await guest.ok(SET_ADDRESS, { input: { address: DE_ADDRESS } })).cartSetShippingAddress;
    expect(payload.errors).toEqual([]);
    const cart = payload.cart;
    expect(cart!.shippingAddress).toEqual({
      name: 'Erika Mustermann',
      line1: 'Hauptstr. 1',
      city: 'Berlin',
      region: null,
      postalCode: '10115',
      country: 'DE',
      addressId: null,
    });
    expect(cart!.totals).toMatchObject({
      // 19 % of 40.00 + 7 % of 10.00
      tax: { amount: '8.30' },
      total: { amount: '58.30' },
      taxIsEstimate: false,
      taxCountry: 'DE',
    });
    expect(cart!.availableShippingMethods.map((m: any) => m.code)).toEqual(['STANDARD', 'EU_ONLY']);
  });

  it('uses the rate of the region when there is one', async () => {
    const guest = await cartWithItems();
    const cart = (await guest.ok(SET_ADDRESS, { input: { address: CA_ADDRESS } })).cartSetShippingAddress
      .cart;
    expect(cart!.totals.tax.amount).toBe('4.00');
    expect(cart!.totals.taxCountry).toBe('US');
  });

  it("takes an entry of the signed-in shopper's address book, as a copy", async () => {
    const customer = await registerAndLogin(t);
    const created = (await customer.client.ok(ADDRESS_CREATE, { input: CA_ADDRESS })).addressCreate;
    expect(created.errors).toEqual([]);
    const addressId = created.address!.id;
    const shopper = new Shopper(customer.client);
    await shopper.add(shirt.id, 1);
    const payload = (await shopper.ok(SET_ADDRESS, { input: { addressId } })).cartSetShippingAddress;
    expect(payload.errors).toEqual([]);
    expect(payload.cart!.shippingAddress).toMatchObject({ city: 'San Francisco', region: 'CA', addressId });

    // Another customer cannot use it, and a guest has no address book.
    const other = new Shopper((await registerAndLogin(t)).client);
    expectUserError(
      (await other.ok(SET_ADDRESS, { input: { addressId } })).cartSetShippingAddress,
      'NOT_FOUND',
      ['input', 'addressId'],
    );
    expect((await other.cart())!.shippingAddress).toBeNull();
    const guest = await newGuest(t);
    expectUserError(
      (await guest.ok(SET_ADDRESS, { input: { addressId } })).cartSetShippingAddress,
      'NOT_FOUND',
    );
    expectUserError(
      (await guest.ok(SET_ADDRESS, { input: { addressId: 'nope' } })).cartSetShippingAddress,
      'NOT_FOUND',
    );
  });

  it.each([
    ['neither', {}],
    ['both', { addressId: '00000000-0000-4000-8000-000000000000', address: DE_ADDRESS }],
  ])('answers INVALID_INPUT with %s of addressId and address', async (_, input) => {
    const guest = await cartWithItems();
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const payload = (await guest.ok(SET_ADDRESS, { input })).cartSetShippingAddress;
    expectUserError(payload, 'INVALID_INPUT', ['input']);
    expect(payload.cart!.id).toBe(id);
    expect(await cartSnapshot(t, id)).toEqual(before);
  });

  it('reports every problem of an invalid address and changes nothing', async () => {
    const guest = await cartWithItems();
    await guest.ok(SET_ADDRESS, { input: { address: DE_ADDRESS } });
    const { id } = (await guest.cart())!;
    const before = await cartSnapshot(t, id);
    const payload = (
      await guest.ok(SET_ADDRESS, { input: { address: { ...DE_ADDRESS, name: ' ', country: 'XX' } } })
    ).cartSetShippingAddress;
    expect(payload.errors.map((e: any) => [e.code, e.field])).toEqual(
      expect.arrayContaining([
        ['INVALID_INPUT', ['input', 'address', 'name']],
        ['INVALID_COUNTRY', ['input', 'address', 'country']],
      ]),
    );
    expect(payload.cart!.shippingAddress!.country).toBe('DE');
    expect(await cartSnapshot(t, id)).toEqual(before);
  });

  it('a guest without a cart gets CART_NOT_FOUND', async () => {
    const payload = (await t.client().ok(SET_ADDRESS, { input: { address: DE_ADDRESS } }))
      .cartSetShippingAddress;
    expectUserError(payload, 'CART_NOT_FOUND');
  });
});

describe('cartSetShippingMethod', () => {
  it('selects a method that serves the destination; shipping is priced and taxed', async () => {
    const guest = await cartWithItems();
    await guest.ok(SET_ADDRESS, { input: { address: DE_ADDRESS } });
    const payload = (await guest.ok(SET_METHOD, { input: { code: 'eu_only' } })).cartSetShippingMethod;
    expect(payload.errors).toEqual([]);
    expect(payload.cart!.shippingMethod).toEqual({ code: 'EU_ONLY', price: { amount: '7.00' } });
    expect(payload.cart!.totals).toMatchObject({
      subtotal: { amount: '50.00' },
      shipping: { amount: '7.00' },
      // 8.30 on the goods + 19 % of 7.00 (1.33)
      tax: { amount: '9.63' },
      total: { amount: '66.63' },
    });
  });

  it.each(['EXPRESS', 'NOPE', ''])(
    'refuses %s (not serving the destination) with SHIPPING_METHOD_UNAVAILABLE',
    async (code) => {
      const guest = await cartWithItems();
      await guest.ok(SET_ADDRESS, { input: { address: DE_ADDRESS } });
      await guest.ok(SET_METHOD, { input: { code: 'STANDARD' } });
      const { id } = (await guest.cart())!;
      const before = await cartSnapshot(t, id);
      const payload = (await guest.ok(SET_METHOD, { input: { code } })).cartSetShippingMethod;
      expectUserError(payload, 'SHIPPING_METHOD_UNAVAILABLE', ['input', 'code']);
      expect(payload.cart!.shippingMethod!.code).toBe('STANDARD');
      expect(await cartSnapshot(t, id)).toEqual(before);
    },
  );

  it('is free above the threshold of the method', async () => {
    const guest = await cartWithItems();
    await guest.ok(SET_ADDRESS, { input: { address: CA_ADDRESS } });
    const cart = (await guest.ok(SET_METHOD, { input: { code: 'STANDARD' } })).cartSetShippingMethod.cart;
    expect(cart!.totals.shipping.amount).toBe('5.00');
    const more = (await guest.add(shirt.id, 3)).cart;
    expect(more!.totals.subtotal.amount).toBe('110.00');
    expect(more!.totals.shipping.amount).toBe('0.00');
    expect(more!.shippingMethod!.price.amount).toBe('0.00');
    expect(more!.availableShippingMethods.map((m: any) => [m.code, m.price.amount])).toEqual([
      ['STANDARD', '0.00'],
      ['EXPRESS', '15.00'],
    ]);
  });

  it('a new address the selected method does not serve unselects it', async () => {
    const guest = await cartWithItems();
    await guest.ok(SET_ADDRESS, { input: { address: CA_ADDRESS } });
    await guest.ok(SET_METHOD, { input: { code: 'EXPRESS' } });
    const cart = (await guest.ok(SET_ADDRESS, { input: { address: DE_ADDRESS } })).cartSetShippingAddress
      .cart;
    expect(cart!.shippingMethod).toBeNull();
    expect(cart!.totals.shipping.amount).toBe('0.00');
    expect(cart!.warnings).toEqual([]);
    // One the new destination is served by stays selected.
    await guest.ok(SET_METHOD, { input: { code: 'STANDARD' } });
    const back = (await guest.ok(SET_ADDRESS, { input: { address: CA_ADDRESS } })).cartSetShippingAddress
      .cart;
    expect(back!.shippingMethod!.code).toBe('STANDARD');
  });

  it('a method switched off later gives a blocking warning, costs nothing, and cartAcceptChanges unselects it', async () => {
    const created = succeeded(
      (
        await admin.client.ok(SHIPPING_METHOD_CREATE, {
          input: { code: 'PICKUP', name: 'Pickup', price: '1.00', minDeliveryDays: 0, maxDeliveryDays: 0 },
        })
      ).shippingMethodCreate,
    ).shippingMethod!;
    const guest = await cartWithItems();
    await guest.ok(SET_ADDRESS, { input: { address: DE_ADDRESS } });
    const selected = (await guest.ok(SET_METHOD, { input: { code: 'PICKUP' } })).cartSetShippingMethod.cart;
    expect(selected!.totals.shipping.amount).toBe('1.00');
    succeeded(
      (await admin.client.ok(SHIPPING_METHOD_UPDATE, { input: { id: created.id, active: false } }))
        .shippingMethodUpdate,
    );

    const cart = await guest.cart();
    expect(cart!.shippingMethod).toBeNull();
    expect(cart!.totals.shipping.amount).toBe('0.00');
    expect(cart!.warnings).toEqual([
      {
        code: 'SHIPPING_METHOD_UNAVAILABLE',
        lineId: null,
        message: expect.stringContaining('PICKUP'),
        blocking: true,
      },
    ]);
    const accepted = (await guest.ok(ACCEPT)).cartAcceptChanges.cart;
    expect(warningCodes(accepted!)).toEqual([]);
    expect(accepted!.shippingMethod).toBeNull();
  });
});
