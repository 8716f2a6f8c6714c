import { adminOnlyNode, type NodeKind } from '../../graphql/node.js';
import { type CouponRow, coupons } from './promotion.tables.js';
import { toCoupon } from './promotion.types.js';

/** The promotion domain's Node type: a coupon, seen by administrators only (as `coupon(id)`). */
export const promotionNodes: NodeKind[] = [
  adminOnlyNode<CouponRow>('Coupon', coupons, coupons.id, (ctx, rows) =>
    rows.map((row) => toCoupon(row, ctx.app.config.storeCurrency)),
  ),
];
