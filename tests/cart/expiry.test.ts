import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carts } from '../../src/modules/cart/cart.tables.js';
import { adminClient, registerAndLogin } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { expectUserError, newGuest, Shopper, type TestVariant, variant } from './support.js';

/** With GUEST_CART_TTL=3s: idle guest carts stop working, and housekeeping (every second here) deletes them. */

let t: TestApp;
let item: TestVariant;

beforeAll(async () => {
  t = await startTestApp({ GUEST_CART_TTL: '3s', HOUSEKEEPING_INTERVAL: '1s' });
  const admin = await adminClient(t);
  item = await variant(admin.client, 'Expiry Item', '1.00', 100);
});
afterAll(() => t?.close());

describe('guest cart expiry', () => {
  it('reports the TTL in expiresAt', async () => {
    const guest = await newGuest(t);
    const cart = await guest.cart();
    expect(new Date(cart!.expiresAt!).getTime() - new Date(cart!.updatedAt).getTime()).toBe(3000);
  });

  it('an idle guest cart expires, and the sweep deletes it; user carts stay', async () => {
    const user = new Shopper((await registerAndLogin(t)).client);
    await user.add(item.id, 1);
    const userCart = await user.cart();
    const guest = await newGuest(t);
    const { id } = (await guest.add(item.id, 1)).cart!;

    // Past the TTL, well within one sweep interval plus a margin for slow machines.
    await sleep(3500);
    expect(await guest.cart()).toBeNull();
    expectUserError(await guest.add(item.id, 1), 'CART_NOT_FOUND');
    await waitFor(
      'the sweep to delete the expired guest cart',
      async () => (await t.database.db.select().from(carts).where(eq(carts.id, id))).length === 0,
      { timeoutMs: 15_000, intervalMs: 200 },
    );
    expect((await user.cart())!.id).toBe(userCart!.id);
    expect((await user.cart())!.itemCount).toBe(1);
  });
});
