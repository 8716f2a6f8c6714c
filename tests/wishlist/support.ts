import { asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { wishlistItems } from '../../src/modules/wishlist/wishlist.tables.js';
import { cartSnapshot, Shopper } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { WishlistPageQuery } from '../generated/graphql.js';
import type { SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';

/** Operations and helpers shared by the wishlist tests (tests/wishlist/*.test.ts). */

export const WISHLIST_ITEM_FIELDS_FRAGMENT = graphql(`fragment WishlistItemFields on WishlistItem {
  id addedAt available
  product { id title status }
  variant { id sku price { amount } } }`);

export const WISHLIST =
  graphql(`query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {
  wishlist(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ...WishlistItemFields } }
  } }`);
export const ADD = graphql(`mutation WishlistAdd($input: WishlistAddInput!) {
  wishlistAdd(input: $input) { item { ...WishlistItemFields } errors { field code message } } }`);
export const REMOVE = graphql(`mutation WishlistRemove($input: WishlistRemoveInput!) {
  wishlistRemove(input: $input) { deletedId errors { field code message } } }`);
export const MOVE = graphql(`mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {
  wishlistMoveToCart(input: $input) {
    removedItemId quantityAvailable
    cart { id itemCount lines { quantity variant { id } } }
    errors { field code message }
  } }`);

export async function add(client: GqlClient, productId: string, variantId?: string | null) {
  return (await client.ok(ADD, { input: { productId, variantId } })).wishlistAdd;
}

/** Adds an item that must be saved; returns it. */
export async function addOk(client: GqlClient, productId: string, variantId?: string | null) {
  const payload = await add(client, productId, variantId);
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  expect(payload.item).not.toBeNull();
  return payload.item!;
}

export async function remove(client: GqlClient, itemId: string) {
  return (await client.ok(REMOVE, { input: { itemId } })).wishlistRemove;
}

export async function move(
  client: GqlClient,
  input: { itemId: string; quantity?: number | null; variantId?: string | null },
) {
  return (await client.ok(MOVE, { input })).wishlistMoveToCart;
}

/** Every page of the wishlist, walking forward with `first`/`after`. */
export async function walkForward(
  client: GqlClient,
  pageSize: number,
): Promise<{ pages: WishlistPageQuery['wishlist'][]; ids: string[] }> {
  const pages: WishlistPageQuery['wishlist'][] = [];
  let after: string | null = null;
  for (;;) {
    const page: WishlistPageQuery['wishlist'] = (await client.ok(WISHLIST, { first: pageSize, after }))
      .wishlist;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    if (pages.length > 100) throw new Error('pagination does not end');
  }
  return { pages, ids: pages.flatMap((p) => p.edges.map((e) => e.node.id)) };
}

/** A user's wishlist rows straight from the database, newest first. */
export async function storedItems(t: TestApp, userId: string) {
  return t.database.db
    .select()
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId))
    .orderBy(asc(wishlistItems.createdAt), asc(wishlistItems.id));
}

/** Every wishlist row of every user: what a failed mutation must leave untouched. */
export async function allItems(t: TestApp) {
  return t.database.db.select().from(wishlistItems).orderBy(asc(wishlistItems.id));
}

/** The customer's cart (created if need be) and its rows from the database. */
export async function cartState(t: TestApp, customer: SignedIn): Promise<{ id: string; snapshot: unknown }> {
  const cart = await new Shopper(customer.client).cart();
  return { id: cart!.id, snapshot: await cartSnapshot(t, cart!.id) };
}
