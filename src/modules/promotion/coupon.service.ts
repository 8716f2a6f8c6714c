import { eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { escapeLike } from '../../db/like.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits, formatMinorUnits, parseDecimalAmount } from '../../graphql/money.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import type { PricingCoupon } from '../pricing/pricing.types.js';
import { distinct, isValidCouponCode, MAX_RESTRICTION_IDS, parsePercentage } from './coupon.rules.js';
import { type CouponRow, couponRedemptions, coupons } from './promotion.tables.js';

export type { CouponRow };
export type CouponType = CouponRow['type'];

// ---------------------------------------------------------------------------------------------
// Validity checks used by the cart (and later checkout)
// ---------------------------------------------------------------------------------------------

export type CouponCheckError =
  | ErrorCode.COUPON_NOT_FOUND
  | ErrorCode.COUPON_NOT_YET_VALID
  | ErrorCode.COUPON_EXPIRED
  | ErrorCode.COUPON_USAGE_LIMIT_REACHED;

/** A usable coupon, or why it cannot be used now (with a message safe to show to the shopper). */
export type CouponCheck = { coupon: CouponRow } | { error: CouponCheckError; message: string };

/**
 * Whether a shopper may use the coupon with this code now: unknown or inactive -> COUPON_NOT_FOUND;
 * before `startsAt` -> COUPON_NOT_YET_VALID; at or after `endsAt` -> COUPON_EXPIRED; used
 * `usageLimit` times, or `perCustomerLimit` times by `userId` -> COUPON_USAGE_LIMIT_REACHED.
 * The code matches regardless of case and surrounding spaces. One SQL query.
 * Minimum subtotal and category/product restrictions are the pricing engine's to judge.
 */
export async function checkCouponCode(
  db: Executor,
  code: string,
  userId: string | null,
  now: Date,
): Promise<CouponCheck> {
  const trimmed = code.trim();
  // A code that could never have been created needs no query.
  if (!isValidCouponCode(trimmed)) return notFoundCheck();
  return checkCoupon(db, sql`lower(${coupons.code}) = lower(${trimmed})`, userId, now);
}

/** The same checks for a coupon already on a cart (re-validated on every read). One SQL query. */
export async function checkCouponById(
  db: Executor,
  couponId: string,
  userId: string | null,
  now: Date,
): Promise<CouponCheck> {
  if (!isUuid(couponId)) return notFoundCheck();
  return checkCoupon(db, eq(coupons.id, couponId), userId, now);
}

/** The coupon as the pricing engine takes it (restrictions are matched there, ancestors included). */
export function toPricingCoupon(row: CouponRow): PricingCoupon {
  return {
    type: row.type,
    value: row.type === 'FREE_SHIPPING' ? 0 : row.value,
    minSubtotal: row.minSubtotal,
    categoryIds: row.categoryIds,
    productIds: row.productIds,
  };
}

const notFoundCheck = (): CouponCheck => ({
  error: ErrorCode.COUPON_NOT_FOUND,
  message: 'No active coupon has this code.',
});

async function checkCoupon(db: Executor, where: SQL, userId: string | null, now: Date): Promise<CouponCheck> {
  // The shopper's own redemptions come with the coupon in the same statement.
  const redeemedByUser =
    userId && isUuid(userId)
      ? // Written out qualified: Drizzle prints columns of a one-table select without their table.
        sql<number>`(SELECT count(*)::int FROM ${couponRedemptions} r
          WHERE r.coupon_id = "coupons"."id" AND r.user_id = ${userId}::uuid)`
      : sql<number>`0`;
  const [found] = await db
    .select({ ...getTableColumns(coupons), redeemedByUser })
    .from(coupons)
    .where(where)
    .limit(1);
  if (!found?.active) return notFoundCheck();
  const { redeemedByUser: redeemed, ...coupon } = found;
  if (coupon.startsAt && now < coupon.startsAt) {
    return {
      error: ErrorCode.COUPON_NOT_YET_VALID,
      message: `This coupon is valid from ${coupon.startsAt.toISOString()}.`,
    };
  }
  if (coupon.endsAt && now >= coupon.endsAt) {
    return {
      error: ErrorCode.COUPON_EXPIRED,
      message: `This coupon expired at ${coupon.endsAt.toISOString()}.`,
    };
  }
  if (coupon.usageLimit !== null && coupon.usedCount >= coupon.usageLimit) {
    return {
      error: ErrorCode.COUPON_USAGE_LIMIT_REACHED,
      message: 'This coupon has been used as often as allowed.',
    };
  }
  if (coupon.perCustomerLimit !== null && Number(redeemed) >= coupon.perCustomerLimit) {
    const times = coupon.perCustomerLimit === 1 ? 'once' : `${coupon.perCustomerLimit} times`;
    return {
      error: ErrorCode.COUPON_USAGE_LIMIT_REACHED,
      message: `You have already used this coupon as often as allowed (${times} per customer).`,
    };
  }
  return { coupon };
}

// ---------------------------------------------------------------------------------------------
// Administration
// ---------------------------------------------------------------------------------------------

export interface CouponFilter {
  active?: boolean | null;
  query?: string | null;
}

/** Admin listing, newest first, keyset-paginated; `query` is a case-insensitive part of the code. */
export function listCoupons(
  ctx: RequestContext,
  filter: CouponFilter,
  page: PageArgs,
): Promise<Connection<CouponRow>> {
  const conditions: SQL[] = [];
  if (filter.active != null) conditions.push(eq(coupons.active, filter.active));
  const query = filter.query?.trim();
  if (query) conditions.push(sql`${coupons.code} ilike ${`%${escapeLike(query)}%`}`);
  return paginateTable(ctx.app.db, coupons, conditions, page, {
    column: coupons.createdAt,
    sqlType: 'timestamptz',
    value: (c) => c.createdAt,
    direction: 'desc',
  });
}

export async function getCoupon(ctx: RequestContext, id: string): Promise<CouponRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.app.db.select().from(coupons).where(eq(coupons.id, id));
  return row ?? null;
}

/** Fields of couponCreate / couponUpdate; on update an omitted (undefined) field stays as it is. */
export interface CouponFields {
  code?: string | null;
  type?: CouponType | null;
  value?: string | null;
  minSubtotal?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  usageLimit?: number | null;
  perCustomerLimit?: number | null;
  categoryIds?: string[] | null;
  productIds?: string[] | null;
  active?: boolean | null;
}

export interface CouponResult {
  errors: UserError[];
  coupon: CouponRow | null;
}

const failCoupon = (errors: UserError[]): CouponResult => ({ errors, coupon: null });
const couponNotFound = () =>
  failCoupon([userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No coupon with this id.')]);
const codeTaken = () =>
  failCoupon([
    userError(
      ['input', 'code'],
      ErrorCode.CODE_TAKEN,
      'Another coupon already uses this code (in any case).',
    ),
  ]);

export async function createCoupon(
  ctx: RequestContext,
  input: CouponFields & { code: string; type: CouponType },
): Promise<CouponResult> {
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  const parsed = parseCouponFields(input, null, digits);
  const errors = [...parsed.errors, ...(await unknownRestrictionIds(ctx, input))];
  if (errors.length > 0) return failCoupon(errors);
  try {
    const [created] = await ctx.app.db
      .insert(coupons)
      .values({ ...parsed.values, code: input.code.trim(), type: input.type })
      .returning();
    return { errors: [], coupon: created ?? null };
  } catch (err) {
    if (isUniqueViolation(err, 'coupons_code_lower_key')) return codeTaken();
    throw err;
  }
}

/**
 * Changes a coupon. The row is locked while the changes are checked against it (the type a
 * value is read with, startsAt before endsAt), so concurrent updates cannot combine into an
 * invalid coupon.
 */
export async function updateCoupon(
  ctx: RequestContext,
  input: CouponFields & { id: string },
): Promise<CouponResult> {
  if (!isUuid(input.id)) return couponNotFound();
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  // Checked before the transaction: PGlite runs one statement at a time, and the catalog
  // loaders read outside it.
  const idErrors = await unknownRestrictionIds(ctx, input);
  try {
    return await transact(ctx, async (tx) => {
      const [current] = await tx.select().from(coupons).where(eq(coupons.id, input.id)).for('update');
      if (!current) return rollback(couponNotFound());
      const parsed = parseCouponFields(input, current, digits);
      const errors = [...parsed.errors, ...idErrors];
      if (errors.length > 0) return rollback(failCoupon(errors));
      const [updated] = await tx
        .update(coupons)
        .set({ ...parsed.values, updatedAt: new Date() })
        .where(eq(coupons.id, input.id))
        .returning();
      return { errors: [], coupon: updated ?? null };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'coupons_code_lower_key')) return codeTaken();
    throw err;
  }
}

/** Deletes a coupon; its redemption rows go with it and carts holding it lose it. */
export async function deleteCoupon(
  ctx: RequestContext,
  id: string,
): Promise<{ errors: UserError[]; deletedId: string | null }> {
  const notFound = { errors: couponNotFound().errors, deletedId: null };
  if (!isUuid(id)) return notFound;
  const [deleted] = await ctx.app.db.delete(coupons).where(eq(coupons.id, id)).returning({ id: coupons.id });
  return deleted ? { errors: [], deletedId: deleted.id } : notFound;
}

type CouponValues = Partial<typeof coupons.$inferInsert>;

/**
 * Validates coupon fields against the current row (null when creating) and converts them to
 * column values: percentages to basis points, amounts to minor units. Every problem is reported.
 */
export function parseCouponFields(
  input: CouponFields,
  current: CouponRow | null,
  digits: number,
): { errors: UserError[]; values: CouponValues } {
  const errors: UserError[] = [];
  const values: CouponValues = {};
  const invalid = (name: string, message: string) =>
    errors.push(userError(['input', name], ErrorCode.INVALID_INPUT, message));

  if (current === null || input.code != null) {
    const code = (input.code ?? '').trim();
    if (!isValidCouponCode(code)) {
      invalid('code', 'A code is 3 to 40 letters, digits, "-" or "_", e.g. "SUMMER-25".');
    }
    values.code = code;
  }

  const type = input.type ?? current?.type ?? 'PERCENTAGE';
  const typeChanged = current === null || type !== current.type;
  if (typeChanged) values.type = type;
  const value = input.value?.trim() ?? '';
  if (type === 'FREE_SHIPPING') {
    // A free-shipping coupon has no value: whatever was sent is ignored.
    if (typeChanged) values.value = 0;
  } else if (value !== '') {
    const parsed = type === 'PERCENTAGE' ? parsePercentage(value) : parseDecimalAmount(value, digits);
    if (parsed === null || parsed <= 0) {
      invalid(
        'value',
        type === 'PERCENTAGE'
          ? 'A percentage is more than 0 and at most 100, with at most 2 decimals, e.g. "12.5".'
          : `An amount is more than zero with at most ${digits} decimals, e.g. "${formatMinorUnits(10 * 10 ** digits, digits)}".`,
      );
    } else {
      values.value = parsed;
    }
  } else if (typeChanged) {
    invalid(
      'value',
      type === 'PERCENTAGE'
        ? 'A PERCENTAGE coupon needs a value, the percentage off, e.g. "12.5".'
        : 'A FIXED_AMOUNT coupon needs a value, the amount off, e.g. "10.00".',
    );
  }

  if (input.minSubtotal !== undefined) {
    const text = input.minSubtotal?.trim() ?? '';
    const minor = text === '' ? null : parseDecimalAmount(text, digits);
    if (text !== '' && minor === null) {
      invalid(
        'minSubtotal',
        `The minimum is a non-negative amount with at most ${digits} decimals, e.g. "50.00".`,
      );
    }
    values.minSubtotal = minor;
  }

  if (input.startsAt !== undefined) values.startsAt = input.startsAt;
  if (input.endsAt !== undefined) values.endsAt = input.endsAt;
  const startsAt = input.startsAt !== undefined ? input.startsAt : (current?.startsAt ?? null);
  const endsAt = input.endsAt !== undefined ? input.endsAt : (current?.endsAt ?? null);
  if (startsAt && endsAt && startsAt.getTime() >= endsAt.getTime()) {
    invalid(input.endsAt !== undefined ? 'endsAt' : 'startsAt', 'The coupon must end after it starts.');
  }

  for (const name of ['usageLimit', 'perCustomerLimit'] as const) {
    const limit = input[name];
    if (limit === undefined) continue;
    if (limit !== null && (!Number.isInteger(limit) || limit < 1)) {
      invalid(name, 'A limit is a whole number of at least 1; omit it (or pass null) for no limit.');
    }
    values[name] = limit;
  }

  for (const name of ['categoryIds', 'productIds'] as const) {
    const ids = input[name];
    if (ids === undefined) continue;
    // UUIDs are stored in lower case; an id pasted in upper case names the same row.
    const unique = distinct((ids ?? []).map((id) => id.toLowerCase()));
    if (unique.length > MAX_RESTRICTION_IDS) invalid(name, `At most ${MAX_RESTRICTION_IDS} ids.`);
    values[name] = unique;
  }

  if (input.active != null) values.active = input.active;
  return { errors, values };
}

/** NOT_FOUND for each listed category or product that does not exist, naming its index. */
async function unknownRestrictionIds(ctx: RequestContext, input: CouponFields): Promise<UserError[]> {
  const errors: UserError[] = [];
  const categoryIds = (input.categoryIds ?? []).map((id) => id.toLowerCase());
  const productIds = (input.productIds ?? []).map((id) => id.toLowerCase());
  if (categoryIds.length > MAX_RESTRICTION_IDS || productIds.length > MAX_RESTRICTION_IDS) return errors;
  if (categoryIds.length > 0) {
    const tree = await ctx.loaders.catalog.categoryTree();
    categoryIds.forEach((id, i) => {
      if (!isUuid(id) || !tree.get(id)) {
        errors.push(
          userError(['input', 'categoryIds', String(i)], ErrorCode.NOT_FOUND, `No category with id "${id}".`),
        );
      }
    });
  }
  if (productIds.length > 0) {
    // Through the catalog's loader: one query, and the coupon's `products` field reuses it.
    const found = await ctx.loaders.catalog.productById.loadMany(distinct(productIds.filter(isUuid)));
    const known = new Set(found.flatMap((row) => (row && !(row instanceof Error) ? [row.id] : [])));
    productIds.forEach((id, i) => {
      if (!known.has(id)) {
        errors.push(
          userError(['input', 'productIds', String(i)], ErrorCode.NOT_FOUND, `No product with id "${id}".`),
        );
      }
    });
  }
  return errors;
}
