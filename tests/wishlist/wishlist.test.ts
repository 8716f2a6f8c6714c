import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variants } from '../../src/modules/catalog/catalog.tables.js';
import { MAX_WISHLIST_ITEMS } from '../../src/modules/wishlist/wishlist.service.js';
import { wishlistItems } from '../../src/modules/wishlist/wishlist.tables.js';
import { expectUserError, product, setStatus, type TestVariant, variant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { WishlistPageQuery } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  ADD,
  add,
  addOk,
  allItems,
  MOVE,
  REMOVE,
  remove,
  storedItems,
  WISHLIST,
  walkForward,
} from './support.js';

/** wishlist, wishlistAdd, wishlistRemove: rules, bad input, idempotence, pagination, the size cap. */

let t: TestApp;
let admin: SignedIn;
let shirt: { id: string; variants: TestVariant[] };
let mug: TestVariant;
let draft: { id: string; variants: TestVariant[] };
let archived: { id: string; variants: TestVariant[] };

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const VARIANT_DELETE = graphql(`mutation WishlistTestVariantDelete($input: DeleteInput!) {
  variantDelete(input: $input) { deletedId errors { code } } }`);

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  shirt = await product(admin.client, 'Wish Shirt', [
    { price: '20.00', stock: 10 },
    { price: '22.50', stock: 10 },
  ]);
  mug = await variant(admin.client, 'Wish Mug', '9.99', 100);
  draft = await product(admin.client, 'Wish Draft', [{ price: '1.00', stock: 10 }], { status: 'DRAFT' });
  archived = await product(admin.client, 'Wish Archived', [{ price: '1.00', stock: 10 }]);
  await setStatus(admin.client, archived.id, 'ARCHIVED');
});
afterAll(() => t?.close());

describe('wishlist access', () => {
  it('every operation needs a signed-in viewer; anonymous calls change nothing', async () => {
    const customer = await registerAndLogin(t);
    const item = await addOk(customer.client, mug.productId);
    const before = await allItems(t);
    const anonymous = t.client();
    const calls: [OperationText, Record<string, unknown>, string][] = [
      [WISHLIST, {}, 'wishlist'],
      [ADD, { input: { productId: shirt.id } }, 'wishlistAdd'],
      [REMOVE, { input: { itemId: item.id } }, 'wishlistRemove'],
      [MOVE, { input: { itemId: item.id } }, 'wishlistMoveToCart'],
    ];
    for (const [query, variables, field] of calls) {
      const result = await anonymous.request(query.toString(), variables);
      expect(result.data).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0]?.path).toEqual([field]);
    }
    expect(await allItems(t)).toEqual(before);
  });

  it('starts empty', async () => {
    const { client } = await registerAndLogin(t);
    const page = (await client.ok(WISHLIST)).wishlist;
    expect(page).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });
});

describe('wishlistAdd', () => {
  it('saves a product as a whole and a variant of it, each once', async () => {
    const customer = await registerAndLogin(t);
    const whole = await addOk(customer.client, shirt.id);
    expect(whole).toMatchObject({
      available: true,
      product: { id: shirt.id, title: 'Wish Shirt', status: 'ACTIVE' },
      variant: null,
    });
    expect(new Date(whole.addedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const medium = await addOk(customer.client, shirt.id, shirt.variants[1]!.id);
    expect(medium.id).not.toBe(whole.id);
    expect(medium.variant).toEqual({
      id: shirt.variants[1]!.id,
      sku: shirt.variants[1]!.sku,
      price: { amount: '22.50' },
    });
    const stored = await storedItems(t, customer.id);
    expect(stored.map((r) => [r.id, r.productId, r.variantId])).toEqual([
      [whole.id, shirt.id, null],
      [medium.id, shirt.id, shirt.variants[1]!.id],
    ]);
  });

  it('adding the same product and variant again returns the saved item and changes nothing', async () => {
    const customer = await registerAndLogin(t);
    const whole = await addOk(customer.client, shirt.id);
    const small = await addOk(customer.client, shirt.id, shirt.variants[0]!.id);
    const before = await storedItems(t, customer.id);
    const again = await add(customer.client, shirt.id);
    expect(again).toEqual({ item: whole, errors: [] });
    const smallAgain = await add(customer.client, shirt.id, shirt.variants[0]!.id);
    expect(smallAgain).toEqual({ item: small, errors: [] });
    expect(await storedItems(t, customer.id)).toEqual(before);
  });

  it('concurrent adds of one product keep one item', async () => {
    const customer = await registerAndLogin(t);
    const results = await Promise.all(Array.from({ length: 6 }, () => add(customer.client, mug.productId)));
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    expect(new Set(results.map((r) => r.item!.id)).size).toBe(1);
    expect(await storedItems(t, customer.id)).toHaveLength(1);
  });

  it.each([
    ['an unknown product', () => ({ productId: UNKNOWN }), 'NOT_FOUND', ['input', 'productId']],
    ['a malformed product id', () => ({ productId: 'nope' }), 'NOT_FOUND', ['input', 'productId']],
    ['a draft product', () => ({ productId: draft.id }), 'PRODUCT_NOT_AVAILABLE', ['input', 'productId']],
    [
      'an archived product',
      () => ({ productId: archived.id }),
      'PRODUCT_NOT_AVAILABLE',
      ['input', 'productId'],
    ],
    [
      "another product's variant",
      () => ({ productId: shirt.id, variantId: mug.id }),
      'VARIANT_NOT_FOUND',
      ['input', 'variantId'],
    ],
    [
      'an unknown variant',
      () => ({ productId: shirt.id, variantId: UNKNOWN }),
      'VARIANT_NOT_FOUND',
      ['input', 'variantId'],
    ],
    [
      'a malformed variant id',
      () => ({ productId: shirt.id, variantId: 'x' }),
      'VARIANT_NOT_FOUND',
      ['input', 'variantId'],
    ],
  ])('refuses %s and changes nothing', async (_, input, code, field) => {
    const customer = await registerAndLogin(t);
    await addOk(customer.client, mug.productId);
    const before = await allItems(t);
    const payload = (await customer.client.ok(ADD, { input: input() })).wishlistAdd;
    expectUserError(payload, code, field);
    expect(payload.item).toBeNull();
    expect(await allItems(t)).toEqual(before);
  });

  it(`holds at most ${MAX_WISHLIST_ITEMS} items; re-adding a saved one still works at the cap`, async () => {
    const customer = await registerAndLogin(t);
    // A product with MAX - 1 extra variants: the product as a whole plus each variant fill the list.
    const big = await product(admin.client, 'Wish Many', [{ price: '3.00', stock: 5 }]);
    const extra = await t.database.db
      .insert(variants)
      .values(
        Array.from({ length: MAX_WISHLIST_ITEMS - 2 }, (_, i) => ({
          productId: big.id,
          sku: `WISH-MANY-${i}`,
          title: `Many ${i}`,
          price: 300,
          stock: 5,
          position: i + 1,
        })),
      )
      .returning({ id: variants.id });
    const variantIds = [big.variants[0]!.id, ...extra.map((v) => v.id)];
    await t.database.db
      .insert(wishlistItems)
      .values([
        { userId: customer.id, productId: big.id, variantId: null },
        ...variantIds.map((variantId) => ({ userId: customer.id, productId: big.id, variantId })),
      ]);
    expect(await storedItems(t, customer.id)).toHaveLength(MAX_WISHLIST_ITEMS);

    const before = await allItems(t);
    const refused = await add(customer.client, mug.productId);
    expectUserError(refused, 'INVALID_INPUT');
    expect(refused.errors[0]!.message).toContain(String(MAX_WISHLIST_ITEMS));
    expect(refused.item).toBeNull();
    const again = await add(customer.client, big.id, variantIds[3]);
    expect(again.errors).toEqual([]);
    expect(again.item!.variant!.id).toBe(variantIds[3]);
    expect(await allItems(t)).toEqual(before);
    expect((await customer.client.ok(WISHLIST, { first: 1 })).wishlist.totalCount).toBe(MAX_WISHLIST_ITEMS);

    // Room again after a removal.
    expect((await remove(customer.client, again.item!.id)).errors).toEqual([]);
    expect((await add(customer.client, mug.productId)).errors).toEqual([]);
  });
});

describe('wishlist', () => {
  it('lists newest first and walks every page forward and backward without gaps or duplicates', async () => {
    const customer = await registerAndLogin(t);
    const added: string[] = [];
    const picks: [string, string | null][] = [
      [shirt.id, null],
      [shirt.id, shirt.variants[0]!.id],
      [shirt.id, shirt.variants[1]!.id],
      [mug.productId, null],
      [mug.productId, mug.id],
    ];
    for (const [productId, variantId] of picks)
      added.push((await addOk(customer.client, productId, variantId)).id);
    // Five more items added in one statement share a created_at: the id orders them.
    const extra = await product(
      admin.client,
      'Wish Page',
      [1, 2, 3, 4, 5].map(() => ({ price: '2.00', stock: 1 })),
    );
    const inserted = await t.database.db
      .insert(wishlistItems)
      .values(extra.variants.map((v) => ({ userId: customer.id, productId: extra.id, variantId: v.id })))
      .returning({ id: wishlistItems.id });
    const stored = await storedItems(t, customer.id);
    const newestFirst = [...stored].reverse().map((r) => r.id);
    expect(new Set(newestFirst)).toEqual(new Set([...added, ...inserted.map((r) => r.id)]));

    const whole = (await customer.client.ok(WISHLIST, { first: 100 })).wishlist;
    expect(whole.totalCount).toBe(10);
    expect(whole.edges.map((e) => e.node.id)).toEqual(newestFirst);
    const times = whole.edges.map((e) => new Date(e.node.addedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    for (const size of [1, 3, 4]) {
      const { pages, ids } = await walkForward(customer.client, size);
      expect(ids).toEqual(newestFirst);
      expect(pages.every((p) => p.totalCount === 10)).toBe(true);
      expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
      expect(pages.slice(1).every((p) => p.pageInfo.hasPreviousPage)).toBe(true);
    }

    // Backward from the end with last/before.
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: WishlistPageQuery['wishlist'] = (await customer.client.ok(WISHLIST, { last: 3, before }))
        .wishlist;
      backward.unshift(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(newestFirst);
  });

  it('keeps items whose product stopped being for sale, with available: false', async () => {
    const customer = await registerAndLogin(t);
    const hat = await product(admin.client, 'Wish Hat', [{ price: '5.00', stock: 3 }]);
    const item = await addOk(customer.client, hat.id, hat.variants[0]!.id);
    expect(item.available).toBe(true);
    await setStatus(admin.client, hat.id, 'DRAFT');
    const page = (await customer.client.ok(WISHLIST)).wishlist;
    expect(page.edges.map((e) => e.node)).toEqual([
      {
        ...item,
        available: false,
        product: { ...item.product, status: 'DRAFT' },
      },
    ]);
  });

  it('refuses bad page arguments and tampered cursors with BAD_USER_INPUT', async () => {
    const { client } = await registerAndLogin(t);
    await addOk(client, mug.productId);
    const good = (await client.ok(WISHLIST, { first: 1 })).wishlist.pageInfo.endCursor;
    const tampered = Buffer.from(JSON.stringify(['not-a-date', UNKNOWN])).toString('base64url');
    for (const variables of [
      { first: -1 },
      { first: 101 },
      { first: 1, last: 1 },
      { after: 'garbage' },
      { after: tampered },
      { last: 1, before: 'garbage' },
    ]) {
      const result = await client.request(WISHLIST, variables);
      expect(
        result.errors?.map((e) => e.extensions?.code),
        JSON.stringify(variables),
      ).toEqual(['BAD_USER_INPUT']);
    }
    expect((await client.ok(WISHLIST, { after: good })).wishlist.edges).toEqual([]);
  });
});

describe('wishlistRemove', () => {
  it('removes one of your items', async () => {
    const customer = await registerAndLogin(t);
    const keep = await addOk(customer.client, shirt.id);
    const gone = await addOk(customer.client, mug.productId);
    expect(await remove(customer.client, gone.id)).toEqual({ deletedId: gone.id, errors: [] });
    expect((await storedItems(t, customer.id)).map((r) => r.id)).toEqual([keep.id]);
    const page = (await customer.client.ok(WISHLIST)).wishlist;
    expect(page.totalCount).toBe(1);
    // Removing it again: NOT_FOUND.
    const again = await remove(customer.client, gone.id);
    expectUserError(again, 'NOT_FOUND', ['input', 'itemId']);
    expect(again.deletedId).toBeNull();
  });

  it.each([UNKNOWN, 'not-a-uuid'])('answers NOT_FOUND for %s and changes nothing', async (itemId) => {
    const customer = await registerAndLogin(t);
    await addOk(customer.client, mug.productId);
    const before = await allItems(t);
    const payload = await remove(customer.client, itemId);
    expectUserError(payload, 'NOT_FOUND', ['input', 'itemId']);
    expect(payload.deletedId).toBeNull();
    expect(await allItems(t)).toEqual(before);
  });

  it('deleting a saved variant deletes the items naming it', async () => {
    const customer = await registerAndLogin(t);
    const lamp = await product(admin.client, 'Wish Lamp', [
      { price: '30.00', stock: 2 },
      { price: '35.00', stock: 2 },
    ]);
    const whole = await addOk(customer.client, lamp.id);
    await addOk(customer.client, lamp.id, lamp.variants[1]!.id);
    const deleted = (await admin.client.ok(VARIANT_DELETE, { input: { id: lamp.variants[1]!.id } }))
      .variantDelete;
    expect(deleted.errors).toEqual([]);
    const page = (await customer.client.ok(WISHLIST)).wishlist;
    expect(page.edges.map((e) => e.node.id)).toEqual([whole.id]);
  });
});
