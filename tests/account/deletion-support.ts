import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { carts } from '../../src/modules/cart/cart.tables.js';
import { wishlistItems } from '../../src/modules/wishlist/wishlist.tables.js';
import { createAddress } from '../address/address-support.js';
import { ADD, SET_ADDRESS, SET_METHOD } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import { CHECKOUT, deliverWholeOrder } from '../orders/transitions-support.js';
import { createOk } from '../review/support.js';
import { login, PASSWORD, REGISTER, type SignedIn, uniqueEmail } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { GOOD_CARD, type Store, US_ADDRESS } from '../support/store.js';
import { ADD as WISHLIST_ADD } from '../wishlist/support.js';
import { UPDATE_PROFILE } from './fixtures.js';

/** Operations and the fully used customer of the account deletion and data export suites. */

export const ACCOUNT_DELETE = graphql(`mutation AccountDelete($input: AccountDeleteInput!) {
  accountDelete(input: $input) { deletedId errors { field code message } } }`);
export const USER_DELETE = graphql(`mutation UserDelete($input: UserDeleteInput!) {
  userDelete(input: $input) { deletedId errors { field code message } } }`);
export const DATA_EXPORT = graphql(`mutation AccountDataExport {
  accountDataExport { url expiresAt errors { field code message } } }`);

/** A customer who used everything that holds personal data, with names and a phone found nowhere else. */
export interface FullCustomer extends SignedIn {
  firstName: string;
  lastName: string;
  phone: string;
  orderId: string;
  orderNumber: string;
  reviewId: string;
}

const word = (prefix: string) => `${prefix}${randomBytes(3).toString('hex')}`;

/**
 * Registers a customer whose first and last names are unique words, gives them a phone, an address
 * book entry, a delivered order shipped to their name and phone, a review of it, a wishlist item and a
 * filled cart.
 */
export async function fullCustomer(t: TestApp, store: Store): Promise<FullCustomer> {
  const firstName = word('Zorvane');
  const lastName = word('Quillbrook');
  const phone = `+1 555 ${String(Math.floor(1000000 + Math.random() * 8999999)).replace(/(\d{3})(\d{4})/, '$1 $2')}`;
  const email = uniqueEmail('deleted');
  const client = t.client();
  const reg = await client.ok(REGISTER, {
    input: { email, name: `${firstName} ${lastName}`, password: PASSWORD },
  });
  expect(reg.accountRegister.errors).toEqual([]);
  const customer = await login(client, email);
  const updated = (await client.ok(UPDATE_PROFILE, { input: { phone } })).accountUpdate;
  expect(updated.errors).toEqual([]);
  await createAddress(client, { name: `${firstName} ${lastName}`, phone });

  const address = { ...US_ADDRESS, name: `${firstName} ${lastName}`, phone };
  expect(
    (await client.ok(ADD, { input: { variantId: store.shirt.id, quantity: 1 } })).cartAddItem.errors,
  ).toEqual([]);
  expect((await client.ok(SET_ADDRESS, { input: { address } })).cartSetShippingAddress.errors).toEqual([]);
  expect((await client.ok(SET_METHOD, { input: { code: 'STANDARD' } })).cartSetShippingMethod.errors).toEqual(
    [],
  );
  const placed = (
    await client.ok(CHECKOUT, {
      input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD', card: GOOD_CARD },
    })
  ).checkoutComplete;
  expect(placed.errors).toEqual([]);
  const order = placed.order!;
  await deliverWholeOrder(store, order.id);
  const review = await createOk(client, {
    productId: store.shirt.productId,
    rating: 4,
    title: 'Soft and sturdy',
    body: 'Washed it ten times already.',
  });
  const wished = (await client.ok(WISHLIST_ADD, { input: { productId: store.mug.productId } })).wishlistAdd;
  expect(wished.errors).toEqual([]);
  expect(
    (await client.ok(ADD, { input: { variantId: store.mug.id, quantity: 2 } })).cartAddItem.errors,
  ).toEqual([]);
  return {
    ...customer,
    firstName,
    lastName,
    phone,
    orderId: order.id,
    orderNumber: order.number,
    reviewId: review.id,
  };
}

/** The user's rows in the cart and wishlist tables. */
export async function cartAndWishlistRows(t: TestApp, userId: string) {
  const db = t.database.db;
  const cartRows = await db.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
  const wishRows = await db
    .select({ id: wishlistItems.id })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId));
  return { carts: cartRows.length, wishlist: wishRows.length };
}
