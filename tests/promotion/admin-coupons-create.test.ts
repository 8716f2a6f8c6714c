import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coupons } from '../../src/modules/promotion/promotion.tables.js';
import {
  type CouponAdmin,
  couponApi,
  createCoupon,
  expectNothingChanged,
  expectUserError,
  newCode,
  startCouponAdmin,
} from './coupon-support.js';

/** couponCreate: what is stored, how values are read and printed, and every refused input. */

let t: CouponAdmin['t'];
let admin: CouponAdmin['admin'];
let shoes: CouponAdmin['shoes'];
let boots: CouponAdmin['boots'];
let activeProduct: CouponAdmin['activeProduct'];
let draftProduct: CouponAdmin['draftProduct'];

beforeAll(async () => {
  ({ t, admin, shoes, boots, activeProduct, draftProduct } = await startCouponAdmin());
});
afterAll(() => t?.close());

const { create, fetchCoupon } = couponApi(() => admin.client);

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
    await expectNothingChanged(t, async () => {
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
    await expectNothingChanged(t, async () => {
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
    await expectNothingChanged(t, async () => {
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
    await expectNothingChanged(t, async () => {
      expectUserError(
        await create({ code: newCode('BADAMT'), type: 'FIXED_AMOUNT', value }),
        'INVALID_INPUT',
        ['input', 'value'],
      );
    });
  });

  it('needs a value for percentage and fixed-amount coupons', async () => {
    await expectNothingChanged(t, async () => {
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
    await expectNothingChanged(t, async () => {
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
    await expectNothingChanged(t, async () => {
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
    await expectNothingChanged(t, async () => {
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
    await expectNothingChanged(t, async () => {
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
      expect(payload.errors.map((e) => [e.code, e.field])).toEqual([
        ['NOT_FOUND', ['input', 'categoryIds', '0']],
        ['NOT_FOUND', ['input', 'productIds', '1']],
      ]);
    });
  });

  it('reports every problem of an input at once', async () => {
    await expectNothingChanged(t, async () => {
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
      expect(payload.errors.map((e) => e.field!.join('.')).sort()).toEqual(
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
