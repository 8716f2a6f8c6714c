import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { MaxItems } from '../../graphql/max-items.js';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType, PageArgsType } from '../../graphql/pagination.js';
import { formatPercentage, MAX_RESTRICTION_IDS } from './coupon.rules.js';
import type { CouponRow } from './promotion.tables.js';

export enum CouponType {
  PERCENTAGE = 'PERCENTAGE',
  FIXED_AMOUNT = 'FIXED_AMOUNT',
  FREE_SHIPPING = 'FREE_SHIPPING',
}
registerEnumType(CouponType, {
  name: 'CouponType',
  description: 'What a coupon takes off.',
  valuesConfig: {
    PERCENTAGE: { description: 'A percentage of the eligible lines, e.g. 12.5 %.' },
    FIXED_AMOUNT: {
      description: 'A fixed amount spread over the eligible lines, never more than their subtotal.',
    },
    FREE_SHIPPING: { description: 'Shipping costs nothing; the goods keep their prices.' },
  },
});

// ---- objects ----

@ObjectType({
  implements: Node,
  description:
    'A discount code shoppers enter in the cart (`cartApplyCoupon`). Codes are matched regardless of case. ' +
    'Administrators manage coupons with couponCreate / couponUpdate / couponDelete.',
})
export class Coupon {
  @Field(() => ID, { description: 'Unique id of the coupon.' })
  id!: string;

  @Field(() => String, {
    description: 'The code as the administrator entered it, e.g. "SUMMER-25"; unique regardless of case.',
  })
  code!: string;

  @Field(() => CouponType, { description: 'What the coupon takes off.' })
  type!: CouponType;

  @Field(() => String, {
    nullable: true,
    description: 'PERCENTAGE coupons: the percentage off as a decimal, e.g. "12.5" or "100"; null otherwise.',
  })
  percentage!: string | null;

  @Field(() => Money, {
    nullable: true,
    description: 'FIXED_AMOUNT coupons: the amount off the eligible lines; null otherwise.',
  })
  amount!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'The coupon applies only when the eligible subtotal reaches this amount; null: no minimum.',
  })
  minSubtotal!: Money | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Valid from this instant (inclusive); null: already valid.',
  })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Valid until this instant (exclusive); null: no end.' })
  endsAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many orders may use the coupon in total; null: unlimited.',
  })
  usageLimit!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many orders each customer may use the coupon for; null: unlimited.',
  })
  perCustomerLimit!: number | null;

  @Field(() => Int, { description: 'Orders that used the coupon so far.' })
  usedCount!: number;

  @Field(() => [ID], {
    description:
      'When not empty, only lines of products in these categories (or below them) are discounted. ' +
      'Ids of categories deleted since stay listed here but match nothing.',
  })
  categoryIds!: string[];

  @Field(() => [ID], {
    description: 'When not empty, only lines of these products are discounted (or of `categoryIds`).',
  })
  productIds!: string[];

  @Field(() => Boolean, {
    description: 'False: switched off by an administrator; shoppers get COUPON_NOT_FOUND for its code.',
  })
  active!: boolean;

  @Field(() => Date, { description: 'When the coupon was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the coupon was last changed.' })
  updatedAt!: Date;
}

export function toCoupon(row: CouponRow, currency: string): Coupon {
  return Object.assign(new Coupon(), {
    id: row.id,
    code: row.code,
    type: row.type as CouponType,
    percentage: row.type === 'PERCENTAGE' ? formatPercentage(row.value) : null,
    amount: row.type === 'FIXED_AMOUNT' ? money(row.value, currency) : null,
    minSubtotal: row.minSubtotal === null ? null : money(row.minSubtotal, currency),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    usedCount: row.usedCount,
    categoryIds: row.categoryIds,
    productIds: row.productIds,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export const CouponConnection = ConnectionType(Coupon, 'Coupon');

// ---- arguments and inputs ----

@InputType({ description: 'Conditions a coupon must all meet.' })
export class CouponFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only coupons switched on; false: only those switched off; omitted: both.',
  })
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the code, matched regardless of case (e.g. "summer" finds "SUMMER-25").',
  })
  query?: string | null;
}

@ArgsType()
export class CouponsArgs extends PageArgsType {
  @Field(() => CouponFilterInput, { nullable: true, description: 'Narrows the list; omitted: every coupon.' })
  filter?: CouponFilterInput | null;
}

@InputType({ description: 'A new coupon.' })
export class CouponCreateInput {
  @Field(() => String, {
    description:
      'The code shoppers enter: 3 to 40 letters, digits, "-" or "_" (surrounding spaces are trimmed); ' +
      'stored as entered, unique regardless of case.',
  })
  code!: string;

  @Field(() => CouponType, { description: 'What the coupon takes off.' })
  type!: CouponType;

  @Field(() => String, {
    nullable: true,
    description:
      'PERCENTAGE: the percentage off, more than 0 and at most 100 with at most 2 decimals, e.g. "12.5". ' +
      'FIXED_AMOUNT: the amount off as a decimal in the store currency, more than zero, e.g. "10.00". ' +
      'FREE_SHIPPING: ignored.',
  })
  value?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Minimum eligible subtotal as a decimal amount, e.g. "50.00"; omitted: no minimum.',
  })
  minSubtotal?: string | null;

  @Field(() => Date, { nullable: true, description: 'Valid from this instant; omitted: valid at once.' })
  startsAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Valid until this instant (exclusive), after startsAt; omitted: no end.',
  })
  endsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Total uses allowed, at least 1; omitted: unlimited.' })
  usageLimit?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Uses allowed per customer, at least 1; omitted: unlimited.',
  })
  perCustomerLimit?: number | null;

  @MaxItems(MAX_RESTRICTION_IDS)
  @Field(() => [ID], {
    nullable: true,
    description: 'Restrict the discount to products in these categories or below them (they must exist).',
  })
  categoryIds?: string[] | null;

  @MaxItems(MAX_RESTRICTION_IDS)
  @Field(() => [ID], {
    nullable: true,
    description:
      'Restrict the discount to these products (they must exist). With categoryIds: either matches.',
  })
  productIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether shoppers can use it; default true.' })
  active?: boolean | null;
}

@InputType({
  description:
    'Coupon changes; omitted fields stay as they are. null clears minSubtotal, startsAt, endsAt, usageLimit, ' +
    'perCustomerLimit, categoryIds and productIds.',
})
export class CouponUpdateInput {
  @Field(() => ID, { description: 'The coupon to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new code (same rules as on creation).' })
  code?: string | null;

  @Field(() => CouponType, {
    nullable: true,
    description: 'A new type; changing to PERCENTAGE or FIXED_AMOUNT needs a `value` too.',
  })
  type?: CouponType | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new value, read according to the (new or current) type; see CouponCreateInput.value.',
  })
  value?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new minimum eligible subtotal; null or "" removes the minimum.',
  })
  minSubtotal?: string | null;

  @Field(() => Date, { nullable: true, description: 'A new start; null: valid at once.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'A new end, after the start; null: no end.' })
  endsAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'A new total limit, at least 1 (it may be below usedCount: the coupon is then used up); null: unlimited.',
  })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'A new per-customer limit, at least 1; null: unlimited.' })
  perCustomerLimit?: number | null;

  @MaxItems(MAX_RESTRICTION_IDS)
  @Field(() => [ID], { nullable: true, description: 'Replaces the category restriction; null or []: none.' })
  categoryIds?: string[] | null;

  @MaxItems(MAX_RESTRICTION_IDS)
  @Field(() => [ID], { nullable: true, description: 'Replaces the product restriction; null or []: none.' })
  productIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Switches the coupon on or off.' })
  active?: boolean | null;
}

@InputType({ description: 'The coupon to delete.' })
export class CouponDeleteInput {
  @Field(() => ID, { description: 'Id of the coupon.' })
  id!: string;
}

// ---- payloads ----

@ObjectType({ description: 'Result of couponCreate / couponUpdate.' })
export class CouponPayload extends MutationPayload {
  @Field(() => Coupon, {
    nullable: true,
    description: 'The coupon as saved; null when `errors` is not empty.',
  })
  coupon!: Coupon | null;
}

@ObjectType({ description: 'Result of couponDelete.' })
export class CouponDeletePayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the deleted coupon; null when `errors` is not empty.',
  })
  deletedId!: string | null;
}
