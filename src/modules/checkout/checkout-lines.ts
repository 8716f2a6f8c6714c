import type { ProductRow, VariantRow } from '../catalog/catalog.tables.js';

/**
 * What a checkout does with each cart line (pure; checkout-plan.ts applies it). With ALL_OR_NOTHING
 * (the default) a checkout buys every line in full or nothing; with AVAILABLE_ONLY it buys what the
 * locked stock allows and reports the rest.
 */

export const CHECKOUT_AVAILABILITIES = ['ALL_OR_NOTHING', 'AVAILABLE_ONLY'] as const;
export type CheckoutAvailabilityValue = (typeof CHECKOUT_AVAILABILITIES)[number];

export const CHECKOUT_LINE_STATUSES = ['BOUGHT', 'PARTIAL', 'OUT_OF_STOCK', 'NOT_FOR_SALE'] as const;
export type CheckoutLineStatusValue = (typeof CHECKOUT_LINE_STATUSES)[number];

/** One cart line at checkout: what was asked and what was bought, with the variant as it was then. */
export interface CheckoutLineOutcomeData {
  cartLineId: string;
  variantId: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  requestedQuantity: number;
  boughtQuantity: number;
  status: CheckoutLineStatusValue;
}

/** The parts of a cart line (cart-view.ts `CartLineData`) the plan reads. */
export interface PlannableLine {
  id: string;
  variantId: string;
  quantity: number;
  variant: Pick<VariantRow, 'stock' | 'title' | 'sku'>;
  product: Pick<ProductRow, 'status' | 'title'>;
}

/**
 * Per line, what can be bought from the stock read under the variants' locks: a product that is not
 * ACTIVE is NOT_FOR_SALE (the rule behind PRODUCT_NOT_AVAILABLE), no stock is OUT_OF_STOCK, less stock
 * than asked buys what there is (PARTIAL), enough stock buys the line in full (BOUGHT).
 */
export function planLines(lines: readonly PlannableLine[]): CheckoutLineOutcomeData[] {
  return lines.map((line) => {
    const outcome = (boughtQuantity: number, status: CheckoutLineStatusValue): CheckoutLineOutcomeData => ({
      cartLineId: line.id,
      variantId: line.variantId,
      productTitle: line.product.title,
      variantTitle: line.variant.title,
      sku: line.variant.sku,
      requestedQuantity: line.quantity,
      boughtQuantity,
      status,
    });
    const stock = Math.max(0, line.variant.stock);
    if (line.product.status !== 'ACTIVE') return outcome(0, 'NOT_FOR_SALE');
    if (stock === 0) return outcome(0, 'OUT_OF_STOCK');
    if (stock < line.quantity) return outcome(stock, 'PARTIAL');
    return outcome(line.quantity, 'BOUGHT');
  });
}

export function boughtInFull(lines: readonly CheckoutLineOutcomeData[]): boolean {
  return lines.every((line) => line.status === 'BOUGHT');
}

export function boughtNothing(lines: readonly CheckoutLineOutcomeData[]): boolean {
  return lines.every((line) => line.boughtQuantity === 0);
}

/** Units of each line the order takes, by cart line id (lines that buy nothing are left out). */
export function boughtQuantities(lines: readonly CheckoutLineOutcomeData[]): Map<string, number> {
  return new Map(lines.filter((l) => l.boughtQuantity > 0).map((l) => [l.cartLineId, l.boughtQuantity]));
}
