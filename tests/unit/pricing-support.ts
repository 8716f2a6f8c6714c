import { priceCart } from '../../src/modules/pricing/pricing.js';
import type {
  PricingCoupon,
  PricingInput,
  PricingLine,
  PricingShippingMethod,
  TaxRatesByClass,
} from '../../src/modules/pricing/pricing.types.js';

/**
 * Builders of pricing inputs shared by tests/unit/pricing-*.test.ts. Every expected figure in those
 * tests is worked out by hand in the comment next to it.
 */

export const NO_TAX: TaxRatesByClass = { STANDARD: 0, REDUCED: 0, ZERO: 0 };
export const EU_TAX: TaxRatesByClass = { STANDARD: 2000, REDUCED: 700, ZERO: 0 };

export function line(
  lineId: string,
  unitPrice: number,
  quantity = 1,
  extra: Partial<Omit<PricingLine, 'lineId' | 'unitPrice' | 'quantity'>> = {},
): PricingLine {
  return {
    lineId,
    productId: extra.productId ?? `p-${lineId}`,
    categoryIds: extra.categoryIds ?? [],
    taxClass: extra.taxClass ?? 'STANDARD',
    unitPrice,
    quantity,
  };
}

export function coupon(
  type: PricingCoupon['type'],
  value: number,
  extra: Partial<Omit<PricingCoupon, 'type' | 'value'>> = {},
): PricingCoupon {
  return {
    type,
    value,
    minSubtotal: extra.minSubtotal ?? null,
    categoryIds: extra.categoryIds ?? [],
    productIds: extra.productIds ?? [],
  };
}

export function price(partial: Partial<PricingInput> & Pick<PricingInput, 'lines'>) {
  return priceCart({ coupon: null, shippingMethod: null, taxRates: NO_TAX, ...partial });
}

export const shipping = (price: number, freeAbove: number | null = null): PricingShippingMethod => ({
  price,
  freeAbove,
});
