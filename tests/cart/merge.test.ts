import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carts } from '../../src/modules/cart/cart.tables.js';
import type { AccountLoginInput } from '../generated/graphql.js';
import { adminClient, LOGIN, PASSWORD, REGISTER, type SignedIn, uniqueEmail } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  APPLY_COUPON,
  backdateCart,
  COUPON_CREATE,
  newGuest,
  product,
  SET_ADDRESS,
  SET_METHOD,
  SHIPPING_METHOD_CREATE,
  Shopper,
  setPrice,
  setStatus,
  setStock,
  type TestVariant,
  variant,
} from './support.js';

/** At accountLogin (and accountRegister, which signs in), a guest cart sent along is merged into the user's cart and removed. */

let t: TestApp;
let admin: SignedIn;
let shirt: TestVariant;
let mug: TestVariant;

const ADDRESS = {
  name: 'Guest Person',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};

async function register(): Promise<{ email: string; client: GqlClient }> {
  const client = t.client();
  const email = uniqueEmail('merge');
  const reg = await client.ok(REGISTER, { input: { email, name: 'Merger', password: PASSWORD } });
  expect(reg.accountRegister.errors).toEqual([]);
  return { email, client };
}

/** Signs `client` in, sending the guest cart token as the header or in the input. */
async function signIn(
  client: GqlClient,
  email: string,
  token: string | null,
  via: 'header' | 'input' = 'header',
  password = PASSWORD,
) {
  const input: AccountLoginInput = { email, password };
  if (token && via === 'input') input.cartToken = token;
  const response = await client.request(
    LOGIN,
    { input },
    token && via === 'header' ? { 'x-cart-token': token } : {},
  );
  expect(response.errors).toBeUndefined();
  const payload = response.data!.accountLogin;
  if (payload.accessToken) client.token = payload.accessToken;
  return payload;
}

/** Error log lines the app wrote, parsed. */
const errorLogs: Record<string, any>[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n')) if (line.trim()) errorLogs.push(JSON.parse(line));
    done();
  },
});

beforeAll(async () => {
  t = await startTestApp({}, { logger: pino({ level: 'error', base: undefined }, logStream) });
  admin = await adminClient(t);
  shirt = await variant(admin.client, 'Merge Shirt', '20.00', 10);
  mug = await variant(admin.client, 'Merge Mug', '8.00', 100);
  const method = (
    await admin.client.ok(SHIPPING_METHOD_CREATE, {
      input: { code: 'GROUND', name: 'Ground', price: '4.00', minDeliveryDays: 3, maxDeliveryDays: 5 },
    })
  ).shippingMethodCreate;
  expect(method.errors).toEqual([]);
  const created = (
    await admin.client.ok(COUPON_CREATE, { input: { code: 'MERGE10', type: 'PERCENTAGE', value: '10' } })
  ).couponCreate;
  expect(created.errors).toEqual([]);
});
afterAll(() => t?.close());

describe('merging a guest cart at sign-in', () => {
  it.each(['header', 'input'] as const)(
    'moves the lines into an empty account cart and deletes the guest cart (token in the %s)',
    async (via) => {
      const guest = await newGuest(t);
      await guest.add(shirt.id, 2);
      await guest.add(mug.id, 3);
      const guestCart = await guest.cart();
      const { email, client } = await register();

      const payload = await signIn(client, email, guest.cartToken, via);
      expect(payload.errors).toEqual([]);
      const cart = await new Shopper(client).cart();
      expect(cart!.isGuest).toBe(false);
      expect(cart!.lines.map((l: any) => [l.variant.id, l.quantity])).toEqual([
        [shirt.id, 2],
        [mug.id, 3],
      ]);
      expect(cart!.warnings).toEqual([]);

      expect(await guest.cart()).toBeNull();
      expect(await t.database.db.select().from(carts).where(eq(carts.id, guestCart!.id))).toEqual([]);
    },
  );

  it.each(['header', 'input'] as const)(
    'merges the guest cart at registration, which signs in (token in the %s)',
    async (via) => {
      const guest = await newGuest(t);
      await guest.add(shirt.id, 1);
      const guestCart = await guest.cart();
      const client = t.client();
      const response = await client.request(
        REGISTER,
        {
          input: {
            email: uniqueEmail('merge-register'),
            name: 'Registering Guest',
            password: PASSWORD,
            ...(via === 'input' ? { cartToken: guest.cartToken } : {}),
          },
        },
        via === 'header' ? { 'x-cart-token': guest.cartToken! } : {},
      );
      expect(response.errors).toBeUndefined();
      const payload = response.data!.accountRegister;
      expect(payload.errors).toEqual([]);
      client.token = payload.accessToken;
      const cart = await new Shopper(client).cart();
      expect(cart!.isGuest).toBe(false);
      expect(cart!.lines.map((l: any) => [l.variant.id, l.quantity])).toEqual([[shirt.id, 1]]);
      expect(await t.database.db.select().from(carts).where(eq(carts.id, guestCart!.id))).toEqual([]);
    },
  );

  it('adds quantities per variant, caps them at stock with a QUANTITY_REDUCED warning until the next change', async () => {
    const { email, client } = await register();
    await signIn(client, email, null);
    const user = new Shopper(client);
    await user.add(shirt.id, 6);
    await user.add(mug.id, 1);
    client.token = null;

    const guest = await newGuest(t);
    await guest.add(shirt.id, 7);
    await guest.add(mug.id, 2);
    await signIn(client, email, guest.cartToken);

    const cart = await user.cart();
    const shirtLine = cart!.lines.find((l: any) => l.variant.id === shirt.id);
    expect(cart!.lines.map((l: any) => [l.variant.id, l.quantity])).toEqual([
      [shirt.id, 10],
      [mug.id, 3],
    ]);
    const reduced = cart!.warnings.filter((w: any) => w.code === 'QUANTITY_REDUCED');
    expect(reduced).toEqual([
      {
        code: 'QUANTITY_REDUCED',
        lineId: shirtLine!.id,
        message: expect.stringContaining('10 kept'),
        blocking: false,
      },
    ]);
    // The notice is one-shot: the next change clears it.
    const after = (await user.add(mug.id, 1)).cart;
    expect(after!.warnings.filter((w: any) => w.code === 'QUANTITY_REDUCED')).toEqual([]);
  });

  it('leaves out products no longer for sale or out of stock, and says so', async () => {
    const archived = await product(admin.client, 'Merge Archived', [{ price: '3.00', stock: 5 }]);
    const soldOut = await variant(admin.client, 'Merge Sold Out', '3.00', 5);
    const guest = await newGuest(t);
    await guest.add(archived.variants[0]!.id, 1);
    await guest.add(soldOut.id, 2);
    await guest.add(mug.id, 1);
    await setStatus(admin.client, archived.id, 'ARCHIVED');
    await setStock(t, admin.client, soldOut.id, 0);

    const { email, client } = await register();
    await signIn(client, email, guest.cartToken);
    const cart = await new Shopper(client).cart();
    expect(cart!.lines.map((l: any) => l.variant.id)).toEqual([mug.id]);
    expect(cart!.warnings.map((w: any) => [w.code, w.lineId, w.blocking])).toEqual([
      ['PRODUCT_UNAVAILABLE', null, false],
      ['OUT_OF_STOCK', null, false],
    ]);
    expect(cart!.hasBlockingWarnings).toBe(false);
  });

  it('keeps the price the guest saw, so a price change since still warns', async () => {
    const item = await variant(admin.client, 'Merge Repriced', '10.00', 5);
    const guest = await newGuest(t);
    await guest.add(item.id, 1);
    await setPrice(admin.client, item.id, '11.00');
    const { email, client } = await register();
    await signIn(client, email, guest.cartToken);
    const cart = await new Shopper(client).cart();
    expect(cart!.warnings.map((w: any) => w.code)).toEqual(['PRICE_CHANGED']);
    expect(cart!.lines[0]!.unitPriceWhenAdded.amount).toBe('10.00');
  });

  it("takes the guest's coupon, address and shipping method when the account cart has none", async () => {
    const guest = await newGuest(t);
    await guest.add(mug.id, 2);
    expect((await guest.ok(APPLY_COUPON, { input: { code: 'MERGE10' } })).cartApplyCoupon.errors).toEqual([]);
    expect(
      (await guest.ok(SET_ADDRESS, { input: { address: ADDRESS } })).cartSetShippingAddress.errors,
    ).toEqual([]);
    expect((await guest.ok(SET_METHOD, { input: { code: 'GROUND' } })).cartSetShippingMethod.errors).toEqual(
      [],
    );
    const { email, client } = await register();
    await signIn(client, email, guest.cartToken);
    const cart = await new Shopper(client).cart();
    expect(cart!.coupon).toMatchObject({ code: 'MERGE10', applied: true });
    expect(cart!.shippingAddress).toMatchObject({ city: 'Springfield', country: 'US' });
    expect(cart!.shippingMethod!.code).toBe('GROUND');
    expect(cart!.totals).toMatchObject({
      subtotal: { amount: '16.00' },
      discount: { amount: '1.60' },
      shipping: { amount: '4.00' },
    });
  });

  it("keeps the account cart's own coupon and address", async () => {
    const { email, client } = await register();
    await signIn(client, email, null);
    const user = new Shopper(client);
    await user.add(shirt.id, 1);
    const own = { ...ADDRESS, city: 'Shelbyville' };
    expect((await user.ok(SET_ADDRESS, { input: { address: own } })).cartSetShippingAddress.errors).toEqual(
      [],
    );
    client.token = null;

    const guest = await newGuest(t);
    await guest.add(mug.id, 1);
    await guest.ok(APPLY_COUPON, { input: { code: 'MERGE10' } });
    await guest.ok(SET_ADDRESS, { input: { address: ADDRESS } });
    await signIn(client, email, guest.cartToken);
    const cart = await user.cart();
    expect(cart!.shippingAddress!.city).toBe('Shelbyville');
    // The account had no coupon: the guest's comes along.
    expect(cart!.coupon!.code).toBe('MERGE10');
    expect(cart!.lines).toHaveLength(2);
  });

  it('a failed sign-in leaves the guest cart alone', async () => {
    const guest = await newGuest(t);
    await guest.add(mug.id, 1);
    const { email, client } = await register();
    const payload = await signIn(client, email, guest.cartToken, 'header', 'wrong password 1');
    expect(payload.errors[0]!.code).toBe('INVALID_CREDENTIALS');
    expect((await guest.cart())!.itemCount).toBe(1);
  });

  it('an unknown, malformed or expired token does not get in the way of signing in', async () => {
    const expired = await newGuest(t);
    await expired.add(mug.id, 1);
    const expiredId = (await expired.cart())!.id;
    await backdateCart(t, expiredId, t.config.guestCartTtl + 10);
    for (const token of ['garbage', 'B'.repeat(43), expired.cartToken as string]) {
      const { email, client } = await register();
      const payload = await signIn(client, email, token);
      expect(payload.errors).toEqual([]);
      expect(payload.accessToken).toEqual(expect.any(String));
      expect((await new Shopper(client).cart())!.lines).toEqual([]);
    }
    // The expired cart was not merged anywhere.
    expect(await t.database.db.select().from(carts).where(eq(carts.id, expiredId))).toHaveLength(1);
  });

  it('two sign-ins racing with one guest cart merge it once', async () => {
    const guest = await newGuest(t);
    await guest.add(mug.id, 4);
    const { email, client } = await register();
    const second = t.client();
    await Promise.all([signIn(client, email, guest.cartToken), signIn(second, email, guest.cartToken)]);
    const cart = await new Shopper(client).cart();
    expect(cart!.lines.map((l: any) => l.quantity)).toEqual([4]);
    expect(await guest.cart()).toBeNull();
  });

  it('a merge that fails is logged and the sign-in still succeeds, the guest cart kept', async () => {
    const guest = await newGuest(t);
    await guest.add(mug.id, 2);
    const { email, client } = await register();
    await t.database.db.execute(
      sql`ALTER TABLE cart_lines RENAME COLUMN unit_price_seen TO unit_price_seen_x`,
    );
    try {
      const payload = await signIn(client, email, guest.cartToken);
      expect(payload.errors).toEqual([]);
      expect(payload.accessToken).toEqual(expect.any(String));
    } finally {
      await t.database.db.execute(
        sql`ALTER TABLE cart_lines RENAME COLUMN unit_price_seen_x TO unit_price_seen`,
      );
    }
    expect(errorLogs.some((l) => l.msg === 'could not merge the guest cart at sign-in')).toBe(true);
    expect((await guest.cart())!.itemCount).toBe(2);
    expect((await new Shopper(client).cart())!.lines).toEqual([]);
  });
});
