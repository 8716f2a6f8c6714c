import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartLines, carts } from '../../src/modules/cart/cart.tables.js';
import { hashCartToken } from '../../src/modules/cart/cart-token.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  ADD,
  backdateCart,
  CART,
  CART_CREATE,
  CLEAR,
  expectUserError,
  newGuest,
  Shopper,
  type TestVariant,
  variant,
} from './support.js';

/** Guest carts (token flow, expiry, cleanup) and the signed-in shopper's one cart. */

let t: TestApp;
let admin: SignedIn;
let mug: TestVariant;

beforeAll(async () => {
  // Housekeeping idle: the test runs its passes.
  t = await startTestApp({}, { idleWorkers: ['housekeeping'] });
  admin = await adminClient(t);
  mug = await variant(admin.client, 'Guest Mug', '12.50', 50);
});
afterAll(() => t?.close());

describe('guest carts', () => {
  it('cartCreate returns an empty cart and a secret token stored only as its hash', async () => {
    const client = t.client();
    const payload = (await client.ok(CART_CREATE)).cartCreate;
    expect(payload.errors).toEqual([]);
    expect(payload.cartToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(payload.cart).toMatchObject({
      isGuest: true,
      itemCount: 0,
      lines: [],
      coupon: null,
      shippingAddress: null,
      shippingMethod: null,
      warnings: [],
      hasBlockingWarnings: false,
      totals: {
        subtotal: { amount: '0.00', currencyCode: 'USD' },
        total: { amount: '0.00' },
        taxIsEstimate: true,
        taxCountry: 'US',
      },
    });
    const expiresIn =
      new Date(payload.cart!.expiresAt!).getTime() - new Date(payload.cart!.updatedAt).getTime();
    expect(expiresIn).toBe(30 * 86400 * 1000);

    const [row] = await t.database.db.select().from(carts).where(eq(carts.id, payload.cart!.id));
    expect(row?.guestTokenHash).toBe(hashCartToken(payload.cartToken!));
    expect(row?.guestTokenHash).not.toContain(payload.cartToken);
    expect(row?.userId).toBeNull();
  });

  it('each cartCreate makes a new cart with its own token', async () => {
    const a = await newGuest(t);
    const b = await newGuest(t);
    expect(a.cartToken).not.toBe(b.cartToken);
    expect((await a.cart())!.id).not.toBe((await b.cart())!.id);
  });

  it('finds the cart by the X-Cart-Token header or the cartToken argument (the argument wins)', async () => {
    const guest = await newGuest(t);
    const other = await newGuest(t);
    await guest.add(mug.id, 2);
    const byHeader = await guest.cart();
    expect(byHeader!.itemCount).toBe(2);

    const anonymous = t.client();
    const byArgument = (await anonymous.ok(CART, { cartToken: guest.cartToken })).cart;
    expect(byArgument!.id).toBe(byHeader!.id);

    const both = (await other.ok(CART, { cartToken: guest.cartToken })).cart;
    expect(both!.id).toBe(byHeader!.id);

    const added = (
      await anonymous.ok(ADD, { input: { variantId: mug.id, quantity: 1 }, cartToken: guest.cartToken })
    ).cartAddItem;
    expect(added.errors).toEqual([]);
    expect(added.cart!.itemCount).toBe(3);
  });

  it('a guest without a valid token has no cart: the query answers null, mutations CART_NOT_FOUND', async () => {
    const anonymous = new Shopper(t.client());
    expect(await anonymous.cart()).toBeNull();
    for (const token of ['not-a-token', 'x'.repeat(43), '', ' ']) {
      const guest = new Shopper(t.client(), token);
      expect(await guest.cart()).toBeNull();
      expect((await t.client().ok(CART, { cartToken: token })).cart).toBeNull();
    }
    const payload = await anonymous.add(mug.id, 1);
    expectUserError(payload, 'CART_NOT_FOUND', ['cartToken']);
    expect(payload.cart).toBeNull();
    const unknown = new Shopper(t.client(), 'A'.repeat(43));
    expectUserError((await unknown.ok(CLEAR)).cartClear, 'CART_NOT_FOUND');
    expect(
      await t.database.db
        .select()
        .from(carts)
        .where(eq(carts.guestTokenHash, hashCartToken('A'.repeat(43)))),
    ).toEqual([]);
  });

  it('a change restarts the expiry clock', async () => {
    const guest = await newGuest(t);
    const before = await guest.cart();
    await backdateCart(t, before!.id, 3600);
    const backdated = await guest.cart();
    expect(new Date(backdated!.updatedAt).getTime()).toBeLessThan(new Date(before!.updatedAt).getTime());
    const after = (await guest.add(mug.id, 1)).cart;
    expect(new Date(after!.updatedAt).getTime()).toBeGreaterThan(new Date(backdated!.updatedAt).getTime());
    expect(new Date(after!.expiresAt!).getTime()).toBe(
      new Date(after!.updatedAt).getTime() + 30 * 86400 * 1000,
    );
  });

  it('an idle guest cart past the TTL is gone for readers and writers even before the sweep', async () => {
    const guest = await newGuest(t);
    await guest.add(mug.id, 1);
    const { id } = (await guest.cart())!;
    await backdateCart(t, id, 30 * 86400 + 5);
    expect(await guest.cart()).toBeNull();
    expectUserError(await guest.add(mug.id, 1), 'CART_NOT_FOUND');
    // Still in the table (the sweep has not run), with its single line untouched.
    const lines = await t.database.db.select().from(cartLines).where(eq(cartLines.cartId, id));
    expect(lines.map((l) => l.quantity)).toEqual([1]);

    const fresh = await newGuest(t);
    const purged = await t.app.context.housekeeping.runOnce();
    expect(purged.guest_carts).toBeGreaterThanOrEqual(1);
    expect(await t.database.db.select().from(carts).where(eq(carts.id, id))).toEqual([]);
    expect(await t.database.db.select().from(cartLines).where(eq(cartLines.cartId, id))).toEqual([]);
    // Active guest carts and user carts stay.
    expect(await fresh.cart()).not.toBeNull();
  });

  it("the sweep never deletes a signed-in shopper's cart, however old", async () => {
    const customer = await registerAndLogin(t);
    const shopper = new Shopper(customer.client);
    await shopper.add(mug.id, 1);
    const cart = await shopper.cart();
    await backdateCart(t, cart!.id, 400 * 86400);
    await t.app.context.housekeeping.runOnce();
    const again = await shopper.cart();
    expect(again!.id).toBe(cart!.id);
    expect(again!.itemCount).toBe(1);
    expect(again!.expiresAt!).toBeNull();
  });
});

describe("a signed-in shopper's cart", () => {
  it('is created on first use, once, and is the same cart on every request', async () => {
    const customer = await registerAndLogin(t);
    const shopper = new Shopper(customer.client);
    const [first, second] = await Promise.all([shopper.cart(), shopper.cart()]);
    expect(first!.id).toBe(second!.id);
    expect(first).toMatchObject({ isGuest: false, expiresAt: null, itemCount: 0 });
    const rows = await t.database.db.select().from(carts).where(eq(carts.userId, customer.id));
    expect(rows).toHaveLength(1);

    const created = (await customer.client.ok(CART_CREATE)).cartCreate;
    expect(created.errors).toEqual([]);
    expect(created.cartToken).toBeNull();
    expect(created.cart!.id).toBe(first!.id);
  });

  it('ignores any guest token outside sign-in', async () => {
    const guest = await newGuest(t);
    await guest.add(mug.id, 3);
    const customer = await registerAndLogin(t);
    const shopper = new Shopper(customer.client, guest.cartToken);
    const own = await shopper.cart();
    expect(own!.isGuest).toBe(false);
    expect(own!.itemCount).toBe(0);
    expect((await customer.client.ok(CART, { cartToken: guest.cartToken })).cart!.id).toBe(own!.id);
    expect((await shopper.add(mug.id, 1)).cart!.id).toBe(own!.id);
    expect((await guest.cart())!.itemCount).toBe(3);
  });

  it('is private: another customer never sees it', async () => {
    const a = new Shopper((await registerAndLogin(t)).client);
    const b = new Shopper((await registerAndLogin(t)).client);
    await a.add(mug.id, 2);
    const cartA = await a.cart();
    const cartB = await b.cart();
    expect(cartB!.id).not.toBe(cartA!.id);
    expect(cartB!.itemCount).toBe(0);
    // A's line id means nothing in B's cart.
    const lineId = cartA!.lines[0]!.id;
    expectUserError(await b.update(lineId, 5), 'NOT_FOUND', ['input', 'lineId']);
    expect((await a.cart())!.lines[0]!.quantity).toBe(2);
  });
});

describe('CORS', () => {
  it('lets browsers send the X-Cart-Token header', async () => {
    const response = await fetch(t.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-cart-token',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect((response.headers.get('access-control-allow-headers') ?? '').toLowerCase()).toContain(
      'x-cart-token',
    );
  });
});
