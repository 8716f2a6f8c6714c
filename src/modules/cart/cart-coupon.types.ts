import { Field, ObjectType } from 'type-graphql';
import { Money, money } from '../../graphql/money.js';
import { formatPercentage } from '../promotion/coupon.rules.js';
import { CouponType } from '../promotion/promotion.types.js';
import type { CartCouponView } from './cart-view.js';

@ObjectType({ description: 'The coupon applied to a cart.' })
export class CartCoupon {
  @Field(() => String, { description: 'The code, as the store wrote it.' })
  code!: string;

  @Field(() => CouponType, { description: 'What the coupon takes off.' })
  type!: CouponType;

  @Field(() => String, {
    nullable: true,
    description: 'PERCENTAGE coupons: the percentage off, e.g. "12.5"; null otherwise.',
  })
  percentage!: string | null;

  @Field(() => Money, {
    nullable: true,
    description: 'FIXED_AMOUNT coupons: the amount off; null otherwise.',
  })
  amount!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'The coupon applies when the eligible items reach this amount; null: no minimum.',
  })
  minSubtotal!: Money | null;

  @Field(() => Boolean, {
    description: 'True when the coupon takes something off now; false with a COUPON_* warning saying why.',
  })
  applied!: boolean;
}

export function toCartCoupon(coupon: CartCouponView, currency: string): CartCoupon {
  const { row } = coupon;
  return Object.assign(new CartCoupon(), {
    code: row.code,
    type: row.type as CouponType,
    percentage: row.type === 'PERCENTAGE' ? formatPercentage(row.value) : null,
    amount: row.type === 'FIXED_AMOUNT' ? money(row.value, currency) : null,
    minSubtotal: row.minSubtotal === null ? null : money(row.minSubtotal, currency),
    applied: coupon.applied,
  });
}
