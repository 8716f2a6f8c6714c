import { randomUUID } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coupons } from '../../src/modules/promotion/promotion.tables.js';
import { createCategory } from '../catalog/admin-support.js';
import { graphql } from '../generated/gql.js';
import type { PromotionCouponsQuery } from '../generated/graphql.js';
import type { OperationText } from '../support/gql-client.js';
import {
  COUPON,
  COUPON_CREATE,
  COUPON_DELETE,
  COUPON_UPDATE,
  COUPONS,
  type CouponAdmin,
  couponApi,
  createCoupon,
  expectNothingChanged,
  newCode,
  startCouponAdmin,
} from './coupon-support.js';

const CATEGORY_DELETE = graphql(`mutation PromotionCategoryDelete($input: CategoryDeleteInput!) {
  categoryDelete(input: $input) { deletedId errors { code } } }`);

/** coupon(id), the coupons listing (keyset pages, filters) and who may run the coupon operations. */

let t: CouponAdmin['t'];
let admin: CouponAdmin['admin'];
let customer: CouponAdmin['customer'];
let anonymous: CouponAdmin['anonymous'];
let boots: CouponAdmin['boots'];

beforeAll(async () => {
  ({ t, admin, customer, anonymous, boots } = await startCouponAdmin());
});
afterAll(() => t?.close());

const { fetchCoupon } = couponApi(() => admin.client);

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
    const deleted = await admin.client.ok(CATEGORY_DELETE, { input: { id: doomed.id } });
    expect(deleted.categoryDelete.errors).toEqual([]);
    const fetched = await fetchCoupon(coupon.id);
    expect(fetched!.categoryIds).toEqual([doomed.id, boots.id]);
    expect(fetched!.categories).toEqual([{ id: boots.id, slug: boots.slug }]);
  });
});

describe('coupons listing', () => {
  it('pages newest first by keyset cursor, forwards and backwards, and filters', async () => {
    // A prefix no other test uses, so the filtered list is exactly these coupons.
    const made: Awaited<ReturnType<typeof createCoupon>>[] = [];
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
      const result: PromotionCouponsQuery['coupons'] = (
        await admin.client.ok(COUPONS, { first: 3, after, filter })
      ).coupons;
      expect(result.totalCount).toBe(7);
      expect(result.edges.map((e) => e.node.id)).toEqual(result.nodes.map((n) => n.id));
      expect(result.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...result.nodes.map((n) => n.id));
      expect(result.pageInfo.hasNextPage).toBe(seen.length < 7);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(newestFirst);

    const last = (await admin.client.ok(COUPONS, { last: 2, filter })).coupons;
    expect(last.nodes.map((n) => n.id)).toEqual(newestFirst.slice(5));
    const before = (await admin.client.ok(COUPONS, { last: 2, before: last.pageInfo.startCursor, filter }))
      .coupons;
    expect(before.nodes.map((n) => n.id)).toEqual(newestFirst.slice(3, 5));

    const inactive = (await admin.client.ok(COUPONS, { first: 100, filter: { ...filter, active: false } }))
      .coupons;
    expect(inactive.totalCount).toBe(3);
    expect(inactive.nodes.map((n) => n.id)).toEqual(rows.filter((r) => !r.active).map((r) => r.id));
    expect(new Set(inactive.nodes.map((n) => n.id))).toEqual(
      new Set([made[0]!.id, made[3]!.id, made[6]!.id]),
    );
    const active = (await admin.client.ok(COUPONS, { first: 100, filter: { ...filter, active: true } }))
      .coupons;
    expect(active.totalCount).toBe(4);
    expect(active.nodes.every((n) => n.active)).toBe(true);
  });

  it('matches part of the code regardless of case, with LIKE wildcards taken literally', async () => {
    const a = await createCoupon(admin.client, { code: 'Query_50-off', type: 'PERCENTAGE', value: '5' });
    const b = await createCoupon(admin.client, { code: 'QueryX50Xoff', type: 'PERCENTAGE', value: '5' });
    const ids = async (query: string) =>
      (await admin.client.ok(COUPONS, { first: 100, filter: { query } })).coupons.nodes.map((n) => n.id);
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
  const operations: [string, OperationText, () => Record<string, unknown>][] = [
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
    await expectNothingChanged(t, async () => {
      const asCustomer = await customer.client.request(query.toString(), variables());
      expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asAnonymous = await anonymous.request(query.toString(), variables());
      expect(asAnonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
