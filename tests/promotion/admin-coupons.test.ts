import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carts } from '../../src/modules/cart/cart.tables.js';
import { couponRedemptions, coupons } from '../../src/modules/promotion/promotion.tables.js';
import { createCategory, createProduct } from '../catalog/admin-support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  COUPON,
  COUPON_CREATE,
  COUPON_DELETE,
  COUPON_UPDATE,
  COUPONS,
  createCoupon,
  expectUserError,
  newCode,
  promotionRows,
} from './coupon-support.js';

let t: TestApp;
let admin: SignedIn;
let customer: SignedIn;
let anonymous: GqlClient;
let shoes: any;
let boots: any;
let activeProduct: any;
let draftProduct: any;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  customer = await registerAndLogin(t);
  anonymous = t.client();
  shoes = await createCategory(admin.client, { name: 'Coupon Shoes' });
  boots = await createCategory(admin.client, { name: 'Coupon Boots', parentId: shoes.id });
  activeProduct = await createProduct(admin.client, {
    title: 'Coupon Sneaker',
    status: 'ACTIVE',
    categoryIds: [boots.id],
    variants: [{ sku: 'COUPON-SNEAKER', price: '80.00' }],
  });
  draftProduct = await createProduct(admin.client, {
    title: 'Coupon Draft',
    variants: [{ sku: 'COUPON-DRAFT', price: '5.00' }],
  });
});

afterAll(() => t?.close());

const create = async (input: Record<string, unknown>) =>
  (await admin.client.ok(COUPON_CREATE, { input })).couponCreate;
const update = async (input: Record<string, unknown>) =>
  (await admin.client.ok(COUPON_UPDATE, { input })).couponUpdate;
const remove = async (id: string) => (await admin.client.ok(COUPON_DELETE, { input: { id } })).couponDelete;
const fetchCoupon = async (id: string) => (await admin.client.ok(COUPON, { id })).coupon;

/** Runs `action`, which must fail with payload errors, and checks that no coupon row changed. */
async function expectNothingChanged(action: () => Promise<void>): Promise<void> {
  const before = await promotionRows(t);
  await action();
  expect(await promotionRows(t)).toEqual(before);
}

describe('couponCreate', () => {
  it('creates a percentage coupon with every field', async () => {
    const code = newCode('Summer');
    const coupon = await createCoupon(admin.client, {
      code: `  ${code}  `,
      type: 'PERCENTAGE',
      value: '12.5',
      minSubtotal: '50',
      startsAt: '2000-01-01T00:00:00.000Z',
      endsAt: '2999-01-01T00:00:00.000Z',
      usageLimit: 100,
      perCustomerLimit: 1,
      categoryIds: [shoes.id],
      productIds: [activeProduct.id, draftProduct.id],
    });
    expect(coupon).toMatchObject({
      code,
      type: 'PERCENTAGE',
      percentage: '12.5',
      amount: null,
      minSubtotal: { amount: '50.00', currencyCode: 'USD' },
      startsAt: '2000-01-01T00:00:00.000Z',
      endsAt: '2999-01-01T00:00:00.000Z',
      usageLimit: 100,
      perCustomerLimit: 1,
      usedCount: 0,
      categoryIds: [shoes.id],
      productIds: [activeProduct.id, draftProduct.id],
      categories: [{ id: shoes.id, slug: shoes.slug }],
      products: [
        { id: activeProduct.id, slug: activeProduct.slug, status: 'ACTIVE' },
        { id: draftProduct.id, slug: draftProduct.slug, status: 'DRAFT' },
      ],
      active: true,
    });
    expect(coupon.createdAt).toBe(coupon.updatedAt);

    const [row] = await t.database.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row).toMatchObject({ code, type: 'PERCENTAGE', value: 1250, minSubtotal: 5000, usedCount: 0 });
    expect(await fetchCoupon(coupon.id)).toEqual(coupon);
  });

  it('stores percentages in basis points and prints them canonically', async () => {
    for (const [value, basisPoints, printed] of [
      ['100', 10_000, '100'],
      ['0.01', 1, '0.01'],
      ['7.50', 750, '7.5'],
      [' 33.33 ', 3333, '33.33'],
    ] as const) {
      const coupon = await createCoupon(admin.client, { code: newCode('PCT'), type: 'PERCENTAGE', value });
      expect(coupon.percentage).toBe(printed);
      const [row] = await t.database.db.select().from(coupons).where(eq(coupons.id, coupon.id));
      expect(row?.value).toBe(basisPoints);
    }
  });

  it('creates a fixed-amount coupon in minor units, with defaults for the optional fields', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('TENOFF'),
      type: 'FIXED_AMOUNT',
      value: '10',
    });
    expect(coupon).toMatchObject({
      type: 'FIXED_AMOUNT',
      percentage: null,
      amount: { amount: '10.00', currencyCode: 'USD' },
      minSubtotal: null,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      categoryIds: [],
      productIds: [],
      categories: [],
      products: [],
      active: true,
    });
    const [row] = await t.database.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row?.value).toBe(1000);
  });

  it('creates a free-shipping coupon, ignoring any value, and an inactive one', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('SHIPFREE'),
      type: 'FREE_SHIPPING',
      value: '999',
      active: false,
    });
    expect(coupon).toMatchObject({ type: 'FREE_SHIPPING', percentage: null, amount: null, active: false });
    const [row] = await t.database.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row?.value).toBe(0);
  });

  it('refuses a code another coupon uses in another case, and changes nothing', async () => {
    const code = newCode('Winter');
    await createCoupon(admin.client, { code, type: 'PERCENTAGE', value: '5' });
    await expectNothingChanged(async () => {
      expectUserError(
        await create({ code: code.toUpperCase(), type: 'PERCENTAGE', value: '5' }),
        'CODE_TAKEN',
        ['input', 'code'],
      );
      expectUserError(
        await create({ code: ` ${code.toLowerCase()} `, type: 'FREE_SHIPPING' }),
        'CODE_TAKEN',
        ['input', 'code'],
      );
    });
  });

  it.each([
    ['too short', 'AB'],
    ['too long', 'A'.repeat(41)],
    ['a space inside', 'SUMMER SALE'],
    ['punctuation', 'SALE!'],
    ['only spaces', '     '],
    ['non-ASCII letters', 'ÉTÉ-2025'],
  ])('refuses a code with %s', async (_label, code) => {
    await expectNothingChanged(async () => {
      expectUserError(await create({ code, type: 'PERCENTAGE', value: '5' }), 'INVALID_INPUT', [
        'input',
        'code',
      ]);
    });
  });

  it.each([
    ['zero', '0'],
    ['zero with decimals', '0.00'],
    ['over 100', '100.01'],
    ['far over 100', '250'],
    ['negative', '-5'],
    ['three decimals', '12.345'],
    ['an exponent', '1e1'],
    ['a percent sign', '10%'],
    ['a comma', '12,5'],
    ['empty', ''],
  ])('refuses a percentage that is %s', async (_label, value) => {
    await expectNothingChanged(async () => {
      expectUserError(await create({ code: newCode('BADPCT'), type: 'PERCENTAGE', value }), 'INVALID_INPUT', [
        'input',
        'value',
      ]);
    });
  });

  it.each([
    ['zero', '0'],
    ['zero with decimals', '0.00'],
    ['negative', '-1.00'],
    ['three decimals', '1.005'],
    ['not a number', 'ten'],
    ['too large', '99999999999999'],
  ])('refuses a fixed amount that is %s', async (_label, value) => {
    await expectNothingChanged(async () => {
      expectUserError(
        await create({ code: newCode('BADAMT'), type: 'FIXED_AMOUNT', value }),
        'INVALID_INPUT',
        ['input', 'value'],
      );
    });
  });

  it('needs a value for percentage and fixed-amount coupons', async () => {
    await expectNothingChanged(async () => {
      expectUserError(await create({ code: newCode('NOVAL'), type: 'PERCENTAGE' }), 'INVALID_INPUT', [
        'input',
        'value',
      ]);
      expectUserError(
        await create({ code: newCode('NOVAL'), type: 'FIXED_AMOUNT', value: null }),
        'INVALID_INPUT',
        ['input', 'value'],
      );
    });
  });

  it('refuses a bad minimum subtotal', async () => {
    await expectNothingChanged(async () => {
      for (const minSubtotal of ['-1', '1.234', 'fifty']) {
        expectUserError(
          await create({ code: newCode('MIN'), type: 'PERCENTAGE', value: '5', minSubtotal }),
          'INVALID_INPUT',
          ['input', 'minSubtotal'],
        );
      }
    });
  });

  it('refuses a coupon that ends before or when it starts', async () => {
    await expectNothingChanged(async () => {
      for (const endsAt of ['2029-12-31T23:59:59.999Z', '2030-01-01T00:00:00.000Z']) {
        expectUserError(
          await create({
            code: newCode('DATES'),
            type: 'PERCENTAGE',
            value: '5',
            startsAt: '2030-01-01T00:00:00.000Z',
            endsAt,
          }),
          'INVALID_INPUT',
          ['input', 'endsAt'],
        );
      }
    });
  });

  it('refuses limits below 1', async () => {
    await expectNothingChanged(async () => {
      for (const name of ['usageLimit', 'perCustomerLimit']) {
        for (const limit of [0, -3]) {
          expectUserError(
            await create({ code: newCode('LIMIT'), type: 'PERCENTAGE', value: '5', [name]: limit }),
            'INVALID_INPUT',
            ['input', name],
          );
        }
      }
    });
  });

  it('refuses unknown categories and products, naming the index of each bad id', async () => {
    await expectNothingChanged(async () => {
      expectUserError(
        await create({
          code: newCode('UNKNOWN'),
          type: 'PERCENTAGE',
          value: '5',
          categoryIds: [shoes.id, randomUUID()],
        }),
        'NOT_FOUND',
        ['input', 'categoryIds', '1'],
      );
      expectUserError(
        await create({
          code: newCode('UNKNOWN'),
          type: 'PERCENTAGE',
          value: '5',
          productIds: ['not-a-uuid'],
        }),
        'NOT_FOUND',
        ['input', 'productIds', '0'],
      );
      // A category id is not a product id.
      const payload = await create({
        code: newCode('UNKNOWN'),
        type: 'PERCENTAGE',
        value: '5',
        categoryIds: [randomUUID(), boots.id],
        productIds: [activeProduct.id, boots.id, draftProduct.id],
      });
      expect(payload.coupon).toBeNull();
      expect(payload.errors.map((e: any) => [e.code, e.field])).toEqual([
        ['NOT_FOUND', ['input', 'categoryIds', '0']],
        ['NOT_FOUND', ['input', 'productIds', '1']],
      ]);
    });
  });

  it('reports every problem of an input at once', async () => {
    await expectNothingChanged(async () => {
      const payload = await create({
        code: 'x',
        type: 'FIXED_AMOUNT',
        value: '0',
        minSubtotal: 'abc',
        startsAt: '2030-01-02T00:00:00.000Z',
        endsAt: '2030-01-01T00:00:00.000Z',
        usageLimit: 0,
        perCustomerLimit: 0,
        productIds: [randomUUID()],
      });
      expect(payload.coupon).toBeNull();
      expect(payload.errors.map((e: any) => e.field.join('.')).sort()).toEqual(
        [
          'input.code',
          'input.value',
          'input.minSubtotal',
          'input.endsAt',
          'input.usageLimit',
          'input.perCustomerLimit',
          'input.productIds.0',
        ].sort(),
      );
    });
  });

  it('de-duplicates restriction ids and accepts them in upper case', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('DEDUP'),
      type: 'PERCENTAGE',
      value: '5',
      categoryIds: [boots.id, shoes.id.toUpperCase(), boots.id],
      productIds: [activeProduct.id, activeProduct.id],
    });
    expect(coupon.categoryIds).toEqual([boots.id, shoes.id]);
    expect(coupon.productIds).toEqual([activeProduct.id]);
  });
});

describe('couponUpdate', () => {
  it('changes only the given fields', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('UPD'),
      type: 'PERCENTAGE',
      value: '10',
      minSubtotal: '20.00',
      usageLimit: 5,
      categoryIds: [shoes.id],
    });
    const payload = await update({ id: coupon.id, value: '15.25', active: false });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({
      ...coupon,
      percentage: '15.25',
      active: false,
      createdAt: coupon.createdAt,
      updatedAt: expect.any(String),
    });
    expect(new Date(payload.coupon.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(coupon.updatedAt).getTime(),
    );
    expect(await fetchCoupon(coupon.id)).toEqual(payload.coupon);
  });

  it('clears optional fields with null and changes the code, keeping its case', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('CLEAR'),
      type: 'FIXED_AMOUNT',
      value: '3.50',
      minSubtotal: '20.00',
      startsAt: '2001-01-01T00:00:00.000Z',
      endsAt: '2998-01-01T00:00:00.000Z',
      usageLimit: 5,
      perCustomerLimit: 2,
      categoryIds: [shoes.id],
      productIds: [activeProduct.id],
    });
    const code = newCode('Renamed');
    const payload = await update({
      id: coupon.id,
      code,
      minSubtotal: null,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      categoryIds: null,
      productIds: [],
    });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({
      code,
      amount: { amount: '3.50' },
      minSubtotal: null,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
      categoryIds: [],
      productIds: [],
    });
  });

  it('reads a new value with the current type, and needs a value when the type changes', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('TYPE'),
      type: 'FIXED_AMOUNT',
      value: '5',
    });
    // "150" is a fine amount even though it would be a bad percentage.
    let payload = await update({ id: coupon.id, value: '150' });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon.amount.amount).toBe('150.00');

    await expectNothingChanged(async () => {
      expectUserError(await update({ id: coupon.id, type: 'PERCENTAGE' }), 'INVALID_INPUT', [
        'input',
        'value',
      ]);
      expectUserError(await update({ id: coupon.id, type: 'PERCENTAGE', value: '150' }), 'INVALID_INPUT', [
        'input',
        'value',
      ]);
    });

    payload = await update({ id: coupon.id, type: 'PERCENTAGE', value: '20' });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({ type: 'PERCENTAGE', percentage: '20', amount: null });

    payload = await update({ id: coupon.id, type: 'FREE_SHIPPING' });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({ type: 'FREE_SHIPPING', percentage: null, amount: null });
    const [row] = await t.database.db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(row?.value).toBe(0);
  });

  it('checks the dates against the stored ones', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('WINDOW'),
      type: 'PERCENTAGE',
      value: '5',
      startsAt: '2030-01-01T00:00:00.000Z',
      endsAt: '2031-01-01T00:00:00.000Z',
    });
    await expectNothingChanged(async () => {
      expectUserError(await update({ id: coupon.id, endsAt: '2029-01-01T00:00:00.000Z' }), 'INVALID_INPUT', [
        'input',
        'endsAt',
      ]);
      expectUserError(
        await update({ id: coupon.id, startsAt: '2031-01-01T00:00:00.000Z' }),
        'INVALID_INPUT',
        ['input', 'startsAt'],
      );
    });
    const payload = await update({
      id: coupon.id,
      startsAt: '2032-01-01T00:00:00.000Z',
      endsAt: '2033-01-01T00:00:00.000Z',
    });
    expect(payload.errors).toEqual([]);
    expect(payload.coupon).toMatchObject({
      startsAt: '2032-01-01T00:00:00.000Z',
      endsAt: '2033-01-01T00:00:00.000Z',
    });
  });

  it('refuses every bad input and changes nothing', async () => {
    const other = await createCoupon(admin.client, {
      code: newCode('Taken'),
      type: 'PERCENTAGE',
      value: '5',
    });
    const coupon = await createCoupon(admin.client, {
      code: newCode('Victim'),
      type: 'PERCENTAGE',
      value: '5',
    });
    await expectNothingChanged(async () => {
      expectUserError(await update({ id: coupon.id, code: other.code.toLowerCase() }), 'CODE_TAKEN', [
        'input',
        'code',
      ]);
      // The duplicate code also rolls back the other, valid, changes of the same update.
      expectUserError(
        await update({ id: coupon.id, code: other.code.toUpperCase(), value: '50', active: false }),
        'CODE_TAKEN',
        ['input', 'code'],
      );
      expectUserError(await update({ id: coupon.id, code: 'no spaces' }), 'INVALID_INPUT', ['input', 'code']);
      expectUserError(await update({ id: coupon.id, value: '0' }), 'INVALID_INPUT', ['input', 'value']);
      expectUserError(await update({ id: coupon.id, value: '101' }), 'INVALID_INPUT', ['input', 'value']);
      expectUserError(await update({ id: coupon.id, minSubtotal: '-5' }), 'INVALID_INPUT', [
        'input',
        'minSubtotal',
      ]);
      expectUserError(await update({ id: coupon.id, usageLimit: 0 }), 'INVALID_INPUT', [
        'input',
        'usageLimit',
      ]);
      expectUserError(
        await update({ id: coupon.id, value: '50', categoryIds: [shoes.id, boots.id, randomUUID()] }),
        'NOT_FOUND',
        ['input', 'categoryIds', '2'],
      );
      expectUserError(await update({ id: coupon.id, productIds: [randomUUID()] }), 'NOT_FOUND', [
        'input',
        'productIds',
        '0',
      ]);
      expectUserError(await update({ id: randomUUID(), value: '50' }), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await update({ id: 'nope', value: '50' }), 'NOT_FOUND', ['input', 'id']);
    });
  });
});

describe('couponDelete', () => {
  it('deletes a coupon with its redemptions and takes it off carts', async () => {
    const coupon = await createCoupon(admin.client, {
      code: newCode('GONE'),
      type: 'PERCENTAGE',
      value: '5',
    });
    const { db } = t.database;
    await db
      .insert(couponRedemptions)
      .values({ couponId: coupon.id, userId: customer.id, orderReference: 'ORD-1' });
    const [cart] = await db
      .insert(carts)
      .values({ guestTokenHash: `hash-${coupon.id}`, couponId: coupon.id })
      .returning();

    const payload = await remove(coupon.id);
    expect(payload).toEqual({ deletedId: coupon.id, errors: [] });
    expect(await fetchCoupon(coupon.id)).toBeNull();
    expect(await db.select().from(coupons).where(eq(coupons.id, coupon.id))).toEqual([]);
    expect(
      await db.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, coupon.id)),
    ).toEqual([]);
    const [after] = await db
      .select()
      .from(carts)
      .where(eq(carts.id, cart?.id ?? ''));
    expect(after?.couponId).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id and changes nothing', async () => {
    await createCoupon(admin.client, { code: newCode('STAYS'), type: 'PERCENTAGE', value: '5' });
    await expectNothingChanged(async () => {
      expectUserError(await remove(randomUUID()), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await remove('not-an-id'), 'NOT_FOUND', ['input', 'id']);
    });
  });
});

describe('coupon(id)', () => {
  it('is null for an unknown or malformed id', async () => {
    expect(await fetchCoupon(randomUUID())).toBeNull();
    expect(await fetchCoupon('not-an-id')).toBeNull();
  });

  it('lists only restriction targets that still exist', async () => {
    const doomed = await createCategory(admin.client, { name: 'Coupon Doomed' });
    const coupon = await createCoupon(admin.client, {
      code: newCode('STALE'),
      type: 'PERCENTAGE',
      value: '5',
      categoryIds: [doomed.id, boots.id],
    });
    const deleted = await admin.client.ok(
      `mutation($input: CategoryDeleteInput!) { categoryDelete(input: $input) { deletedId errors { code } } }`,
      { input: { id: doomed.id } },
    );
    expect(deleted.categoryDelete.errors).toEqual([]);
    const fetched = await fetchCoupon(coupon.id);
    expect(fetched.categoryIds).toEqual([doomed.id, boots.id]);
    expect(fetched.categories).toEqual([{ id: boots.id, slug: boots.slug }]);
  });
});

describe('coupons listing', () => {
  it('pages newest first by keyset cursor, forwards and backwards, and filters', async () => {
    // A prefix no other test uses, so the filtered list is exactly these coupons.
    const made: any[] = [];
    for (let i = 0; i < 7; i += 1) {
      made.push(
        await createCoupon(admin.client, {
          code: `List_${i}-x`,
          type: 'PERCENTAGE',
          value: '5',
          active: i % 3 !== 0,
        }),
      );
    }
    // Newest first, ties (same millisecond) by id descending: the order the keyset follows.
    const rows = await t.database.db
      .select({ id: coupons.id, active: coupons.active })
      .from(coupons)
      .where(sql`${coupons.code} like 'List\\_%'`)
      .orderBy(desc(coupons.createdAt), desc(coupons.id));
    expect(rows).toHaveLength(7);
    const newestFirst = rows.map((row) => row.id);
    const filter = { query: 'list_' };

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const result: any = (await admin.client.ok(COUPONS, { first: 3, after, filter })).coupons;
      expect(result.totalCount).toBe(7);
      expect(result.edges.map((e: any) => e.node.id)).toEqual(result.nodes.map((n: any) => n.id));
      expect(result.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...result.nodes.map((n: any) => n.id));
      expect(result.pageInfo.hasNextPage).toBe(seen.length < 7);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(newestFirst);

    const last = (await admin.client.ok(COUPONS, { last: 2, filter })).coupons;
    expect(last.nodes.map((n: any) => n.id)).toEqual(newestFirst.slice(5));
    const before = (await admin.client.ok(COUPONS, { last: 2, before: last.pageInfo.startCursor, filter }))
      .coupons;
    expect(before.nodes.map((n: any) => n.id)).toEqual(newestFirst.slice(3, 5));

    const inactive = (await admin.client.ok(COUPONS, { first: 100, filter: { ...filter, active: false } }))
      .coupons;
    expect(inactive.totalCount).toBe(3);
    expect(inactive.nodes.map((n: any) => n.id)).toEqual(rows.filter((r) => !r.active).map((r) => r.id));
    expect(new Set(inactive.nodes.map((n: any) => n.id))).toEqual(
      new Set([made[0].id, made[3].id, made[6].id]),
    );
    const active = (await admin.client.ok(COUPONS, { first: 100, filter: { ...filter, active: true } }))
      .coupons;
    expect(active.totalCount).toBe(4);
    expect(active.nodes.every((n: any) => n.active)).toBe(true);
  });

  it('matches part of the code regardless of case, with LIKE wildcards taken literally', async () => {
    const a = await createCoupon(admin.client, { code: 'Query_50-off', type: 'PERCENTAGE', value: '5' });
    const b = await createCoupon(admin.client, { code: 'QueryX50Xoff', type: 'PERCENTAGE', value: '5' });
    const ids = async (query: string) =>
      (await admin.client.ok(COUPONS, { first: 100, filter: { query } })).coupons.nodes.map((n: any) => n.id);
    // "_" is a literal underscore, not LIKE's any-character; "%" is a literal percent sign.
    expect(await ids('query_50')).toEqual([a.id]);
    expect(await ids('QUERY%')).toEqual([]);
    expect(await ids('50x')).toEqual([b.id]);
    expect(await ids('  queryx  ')).toEqual([b.id]);
    expect(await ids('X50XOF')).toEqual([b.id]);
    expect(new Set(await ids('QUERY'))).toEqual(new Set([a.id, b.id]));
    expect(await ids('no-such-code')).toEqual([]);
  });

  it('refuses a tampered cursor', async () => {
    const result = await admin.client.request(COUPONS, { first: 2, after: 'garbage' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('access', () => {
  const operations: [string, string, () => Record<string, unknown>][] = [
    ['coupons', COUPONS, () => ({ first: 5 })],
    ['coupon', COUPON, () => ({ id: randomUUID() })],
    [
      'couponCreate',
      COUPON_CREATE,
      () => ({ input: { code: newCode('SNEAKY'), type: 'PERCENTAGE', value: '99' } }),
    ],
    ['couponUpdate', COUPON_UPDATE, () => ({ input: { id: randomUUID(), value: '99' } })],
    ['couponDelete', COUPON_DELETE, () => ({ input: { id: randomUUID() } })],
  ];

  it.each(operations)('%s is admin only', async (_name, query, variables) => {
    await expectNothingChanged(async () => {
      const asCustomer = await customer.client.request(query, variables());
      expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asAnonymous = await anonymous.request(query, variables());
      expect(asAnonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
