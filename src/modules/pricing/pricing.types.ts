/**
 * Inputs and outputs of the pricing engine (`pricing.ts`): plain data in integer minor units,
 * no database, no GraphQL. The cart computes its totals with it now and checkout will too,
 * so a shopper is charged exactly what the cart showed.
 */
export type TaxClass = 'STANDARD' | 'REDUCED' | 'ZERO';

export interface PricingLine {
  lineId: string;
  productId: string;
  /** The product's categories and all their ancestors, so a coupon restricted to a category matches lines below it. */
  categoryIds: readonly string[];
  taxClass: TaxClass;
  /** Tax-exclusive unit price in minor units. */
  unitPrice: number;
  quantity: number;
}

export interface PricingCoupon {
  type: 'PERCENTAGE' | 'FIXED_AMOUNT' | 'FREE_SHIPPING';
  /** PERCENTAGE: basis points (1250 = 12.5 %); FIXED_AMOUNT: minor units; FREE_SHIPPING: ignored. */
  value: number;
  /** Minimum eligible subtotal (minor units) for the coupon to apply; null: none. */
  minSubtotal: number | null;
  /** Restrictions: a line is eligible when its product is listed or one of its categoryIds is. Both empty: every line. */
  categoryIds: readonly string[];
  productIds: readonly string[];
}

export interface PricingShippingMethod {
  price: number;
  /** Shipping is free when the discounted subtotal reaches this; null: never. */
  freeAbove: number | null;
}

/** Tax rates (basis points) for the destination, per tax class; shipping is taxed at STANDARD. */
export type TaxRatesByClass = Readonly<Record<TaxClass, number>>;

export interface PricingInput {
  lines: readonly PricingLine[];
  coupon: PricingCoupon | null;
  shippingMethod: PricingShippingMethod | null;
  taxRates: TaxRatesByClass;
}

/** Why a coupon on the cart gives nothing right now (the cart keeps it and says why). */
export type CouponProblem = 'MINIMUM_NOT_MET' | 'NOT_APPLICABLE';

export interface PricedLine {
  lineId: string;
  /** unitPrice × quantity. */
  subtotal: number;
  /** This line's share of the coupon discount. */
  discount: number;
  /** Tax on (subtotal − discount) at the line's tax class rate. */
  tax: number;
  /** subtotal − discount + tax. */
  total: number;
}

export interface Pricing {
  lines: PricedLine[];
  /** Σ line subtotals. */
  subtotal: number;
  /** Σ line discounts (the coupon's discount on goods). */
  discount: number;
  /** Shipping after free-above thresholds and FREE_SHIPPING coupons; 0 without a method. */
  shipping: number;
  /** Σ line taxes + tax on shipping. */
  tax: number;
  /** subtotal − discount + shipping + tax; never negative. */
  total: number;
  couponProblem: CouponProblem | null;
}
