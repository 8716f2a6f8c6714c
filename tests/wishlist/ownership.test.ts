import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUserError, type TestVariant, variant } from '../cart/support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { addOk, allItems, cartState, move, remove, storedItems, WISHLIST } from './support.js';

/** A customer never reads or changes another customer's wishlist items. */

let t: TestApp;
let admin: SignedIn;
let owner: SignedIn;
let other: SignedIn;
let mug: TestVariant;
let lamp: TestVariant;
let ownerItems: { id: string }[];

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  mug = await variant(admin.client, 'Own Mug', '9.99', 100);
  lamp = await variant(admin.client, 'Own Lamp', '30.00', 10);
  owner = await registerAndLogin(t);
  other = await registerAndLogin(t);
  ownerItems = [await addOk(owner.client, mug.productId), await addOk(owner.client, lamp.productId, lamp.id)];
});
afterAll(() => t?.close());

describe('wishlist ownership', () => {
  it("another customer's wishlist does not list the owner's items", async () => {
    const page = (await other.client.ok(WISHLIST)).wishlist;
    expect(page.totalCount).toBe(0);
    expect(page.edges).toEqual([]);
    const own = (await owner.client.ok(WISHLIST)).wishlist;
    expect(own.edges.map((e) => e.node.id).sort()).toEqual(ownerItems.map((i) => i.id).sort());
  });

  it("removing or moving another customer's item answers NOT_FOUND and changes nothing", async () => {
    const before = await allItems(t);
    const ownerCart = await cartState(t, owner);
    const otherCart = await cartState(t, other);
    for (const item of ownerItems) {
      const removed = await remove(other.client, item.id);
      expectUserError(removed, 'NOT_FOUND', ['input', 'itemId']);
      expect(removed.deletedId).toBeNull();
      const moved = await move(other.client, { itemId: item.id, quantity: 1 });
      expectUserError(moved, 'NOT_FOUND', ['input', 'itemId']);
      expect(moved.removedItemId).toBeNull();
      expect(moved.cart!.id).toBe(otherCart.id);
      // Same answer as for an id that does not exist at all.
      const unknown = await remove(other.client, '00000000-0000-4000-8000-000000000000');
      expect(removed.errors).toEqual(unknown.errors);
    }
    expect(await allItems(t)).toEqual(before);
    expect((await cartState(t, owner)).snapshot).toEqual(ownerCart.snapshot);
    expect((await cartState(t, other)).snapshot).toEqual(otherCart.snapshot);
  });

  it('the same product saved by two customers makes two separate items', async () => {
    const mine = await addOk(other.client, mug.productId);
    expect(ownerItems.map((i) => i.id)).not.toContain(mine.id);
    expect((await storedItems(t, other.id)).map((r) => r.id)).toEqual([mine.id]);
    expect((await storedItems(t, owner.id)).map((r) => r.id).sort()).toEqual(
      ownerItems.map((i) => i.id).sort(),
    );
    // The owner still moves their own item.
    const moved = await move(owner.client, { itemId: ownerItems[0]!.id, quantity: 1 });
    expect(moved.errors).toEqual([]);
    expect((await storedItems(t, other.id)).map((r) => r.id)).toEqual([mine.id]);
  });
});
