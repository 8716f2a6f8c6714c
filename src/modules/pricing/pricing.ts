/**
 * The pricing engine: one pure function, `priceCart`, that turns cart lines, an optional coupon, an
 * optional shipping method and the destination's tax rates into every figure the shopper sees. The cart
 * uses it for its totals and checkout for the order, so both always agree. No database, no GraphQL.
 *
 * Rules (also in the README, "Prices, discounts and tax: how totals are computed"):
 *
 * - Money is integer minor units throughout; nothing is ever a float. Intermediate products are BigInt,
 *   so `amount × basis points` cannot lose precision, and every output is checked to be a safe integer.
 * - Prices are tax-exclusive. A line's subtotal is `unitPrice × quantity`; the cart subtotal is their sum.
 * - Rounding is half-even ("banker's rounding"): a result exactly halfway between two minor units goes to
 *   the even one (0.5 → 0, 1.5 → 2, 2.5 → 2); anything else goes to the nearest unit.
 * - Coupon eligibility: a line is eligible when the coupon has no product and no category restriction,
 *   or the line's product is listed, or any of the line's categories (which include their ancestors) is
 *   listed. The eligible subtotal is the sum of the eligible lines' subtotals.
 *   - No eligible line (an empty cart included): couponProblem `NOT_APPLICABLE`, the coupon gives nothing.
 *   - `minSubtotal` set and eligible subtotal below it: couponProblem `MINIMUM_NOT_MET`, the coupon gives
 *     nothing (no discount, no free shipping).
 * - The discount on goods:
 *   - PERCENTAGE (value in basis points, 0..10000): `roundHalfEven(eligibleSubtotal × value / 10000)`.
 *   - FIXED_AMOUNT (value in minor units): `min(value, eligibleSubtotal)`.
 *   - FREE_SHIPPING: no discount on goods; shipping becomes 0.
 * - The discount is spread over the eligible lines pro rata to their subtotals: each share is
 *   `roundHalfEven(discount × lineSubtotal / eligibleSubtotal)`, and the remainder (positive or negative)
 *   that makes the shares add up exactly to the discount goes to the largest eligible line (ties: the first
 *   in input order). A share always stays within 0..lineSubtotal: in the rare case the largest line cannot
 *   absorb the whole remainder within those bounds, the rest goes to the next largest line, and so on
 *   (always possible, since the discount never exceeds the eligible subtotal).
 * - Shipping: 0 without a method and for an empty cart (nothing to ship); 0 with an applicable
 *   FREE_SHIPPING coupon; 0 when the method has `freeAbove` and `subtotal − discount ≥ freeAbove` (the
 *   threshold uses the discounted subtotal); the method's price otherwise.
 * - Tax, per line: `roundHalfEven((lineSubtotal − lineDiscount) × rate[line.taxClass] / 10000)`; on
 *   shipping: `roundHalfEven(shipping × rate.STANDARD / 10000)`. The cart's tax is the sum of both.
 * - `line.total = subtotal − discount + tax`; `total = subtotal − discount + shipping + tax` (never negative).
 *
 * Invalid input (negative or fractional amounts, quantity below 1, a rate outside 0..10000, ...) is a
 * programming error, not a shopper's mistake: it throws a plain Error.
 */
import type {
  CouponProblem,
  PricedLine,
  Pricing,
  PricingCoupon,
  PricingInput,
  PricingLine,
  PricingShippingMethod,
  TaxClass,
  TaxRatesByClass,
} from './pricing.types.js';

/** Basis points in a whole: rates and percentages are expressed as n / 10000. */
export const BASIS_POINTS = 10_000;
const BP = BigInt(BASIS_POINTS);
const TAX_CLASSES: readonly TaxClass[] = ['STANDARD', 'REDUCED', 'ZERO'];

/**
 * `numerator / denominator` rounded to the nearest integer, exact halves to the even neighbour
 * (0.5 → 0, 1.5 → 2, 2.5 → 2, −2.5 → −2). Exact for any size of operands. The denominator must be > 0.
 */
export function roundHalfEven(numerator: bigint | number, denominator: bigint | number): bigint {
  const n = toBigInt(numerator, 'numerator');
  const d = toBigInt(denominator, 'denominator');
  if (d <= 0n) throw new Error(`roundHalfEven: denominator must be positive, got ${d}`);
  // Floor division (BigInt `/` truncates toward zero), so that 0 <= remainder < d.
  let q = n / d;
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  const twice = 2n * r;
  if (twice > d) return q + 1n;
  if (twice < d) return q;
  return q % 2n === 0n ? q : q + 1n;
}

/**
 * Splits `total` over `weights` pro rata: share i = roundHalfEven(total × weight i / Σ weights); the
 * remainder that makes the shares sum exactly to `total` goes to the largest weight (ties: the lowest
 * index), spilling to the next largest only as far as needed to keep every share within 0..weight.
 * Requires 0 <= total <= Σ weights and every weight >= 0.
 */
export function allocateProRata(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((acc, w) => {
    if (w < 0n) throw new Error(`allocateProRata: negative weight ${w}`);
    return acc + w;
  }, 0n);
  if (total < 0n || total > sum) {
    throw new Error(`allocateProRata: total ${total} must be within 0..${sum}`);
  }
  if (total === 0n) return weights.map(() => 0n);

  const shares = weights.map((w) => roundHalfEven(total * w, sum));
  let remainder = total - shares.reduce((acc, s) => acc + s, 0n);
  if (remainder === 0n) return shares;

  // Largest weight first; Array.prototype.sort is stable, so equal weights keep their input order.
  const order = weights
    .map((w, index) => ({ w, index }))
    .sort((a, b) => (a.w === b.w ? 0 : a.w > b.w ? -1 : 1))
    .map((x) => x.index);
  for (const i of order) {
    if (remainder === 0n) break;
    const share = shares[i] as bigint;
    const weight = weights[i] as bigint;
    // Positive remainder: add up to the room left below the weight; negative: take at most the share.
    const step = remainder > 0n ? min(remainder, weight - share) : -min(-remainder, share);
    shares[i] = share + step;
    remainder -= step;
  }
  if (remainder !== 0n) throw new Error('allocateProRata: remainder could not be placed'); // unreachable
  return shares;
}

/** Computes every total of a cart (or an order being placed). Pure; see the rules at the top of this file. */
export function priceCart(input: PricingInput): Pricing {
  validateInput(input);
  const { lines, coupon, shippingMethod, taxRates } = input;

  const subtotals = lines.map((line) => BigInt(line.unitPrice) * BigInt(line.quantity));
  const subtotal = sum(subtotals);

  // Coupon: which lines it covers, and whether it applies at all.
  const eligible = lines.map((line) => (coupon ? isEligible(line, coupon) : false));
  const eligibleSubtotal = sum(subtotals.filter((_, i) => eligible[i]));
  let couponProblem: CouponProblem | null = null;
  let applies = false;
  if (coupon) {
    if (!eligible.some(Boolean)) couponProblem = 'NOT_APPLICABLE';
    else if (coupon.minSubtotal !== null && eligibleSubtotal < BigInt(coupon.minSubtotal)) {
      couponProblem = 'MINIMUM_NOT_MET';
    } else applies = true;
  }

  let discount = 0n;
  if (applies && coupon) {
    if (coupon.type === 'PERCENTAGE') discount = roundHalfEven(eligibleSubtotal * BigInt(coupon.value), BP);
    else if (coupon.type === 'FIXED_AMOUNT') discount = min(BigInt(coupon.value), eligibleSubtotal);
  }

  // Spread the discount over the eligible lines only.
  const lineDiscounts = subtotals.map(() => 0n);
  const eligibleIndexes = subtotals.map((_, i) => i).filter((i) => eligible[i]);
  const shares = allocateProRata(
    discount,
    eligibleIndexes.map((i) => subtotals[i] as bigint),
  );
  eligibleIndexes.forEach((lineIndex, k) => {
    lineDiscounts[lineIndex] = shares[k] as bigint;
  });

  const shipping = shippingCost(
    shippingMethod,
    lines.length > 0,
    applies && coupon?.type === 'FREE_SHIPPING',
    subtotal - discount,
  );

  const pricedLines: PricedLine[] = lines.map((line, i) => {
    const lineSubtotal = subtotals[i] as bigint;
    const lineDiscount = lineDiscounts[i] as bigint;
    const net = lineSubtotal - lineDiscount;
    const tax = roundHalfEven(net * BigInt(taxRates[line.taxClass]), BP);
    return {
      lineId: line.lineId,
      subtotal: toSafeNumber(lineSubtotal, 'line subtotal'),
      discount: toSafeNumber(lineDiscount, 'line discount'),
      tax: toSafeNumber(tax, 'line tax'),
      total: toSafeNumber(net + tax, 'line total'),
    };
  });

  const shippingTax = roundHalfEven(shipping * BigInt(taxRates.STANDARD), BP);
  const tax = sum(pricedLines.map((l) => BigInt(l.tax))) + shippingTax;
  const total = subtotal - discount + shipping + tax;

  return {
    lines: pricedLines,
    subtotal: toSafeNumber(subtotal, 'subtotal'),
    discount: toSafeNumber(discount, 'discount'),
    shipping: toSafeNumber(shipping, 'shipping'),
    tax: toSafeNumber(tax, 'tax'),
    total: toSafeNumber(total, 'total'),
    couponProblem,
  };
}

/** Whether a coupon's product/category restrictions cover this line (no restriction: every line). */
export function isEligible(line: PricingLine, coupon: PricingCoupon): boolean {
  if (coupon.productIds.length === 0 && coupon.categoryIds.length === 0) return true;
  if (coupon.productIds.includes(line.productId)) return true;
  return line.categoryIds.some((id) => coupon.categoryIds.includes(id));
}

function shippingCost(
  method: PricingShippingMethod | null,
  hasLines: boolean,
  freeShippingCoupon: boolean,
  discountedSubtotal: bigint,
): bigint {
  if (!method || !hasLines || freeShippingCoupon) return 0n;
  if (method.freeAbove !== null && discountedSubtotal >= BigInt(method.freeAbove)) return 0n;
  return BigInt(method.price);
}

function validateInput(input: PricingInput): void {
  const { lines, coupon, shippingMethod, taxRates } = input;
  if (!Array.isArray(lines)) throw new Error('priceCart: lines must be an array');
  for (const line of lines) {
    assertMinorUnits(line.unitPrice, `unitPrice of line ${line.lineId}`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw new Error(
        `priceCart: quantity of line ${line.lineId} must be an integer >= 1, got ${line.quantity}`,
      );
    }
    if (!TAX_CLASSES.includes(line.taxClass)) {
      throw new Error(`priceCart: unknown tax class ${String(line.taxClass)} on line ${line.lineId}`);
    }
  }
  if (coupon) {
    if (coupon.type === 'PERCENTAGE') assertBasisPoints(coupon.value, 'percentage coupon value');
    else if (coupon.type === 'FIXED_AMOUNT') assertMinorUnits(coupon.value, 'fixed coupon value');
    else if (coupon.type !== 'FREE_SHIPPING') {
      throw new Error(`priceCart: unknown coupon type ${String(coupon.type)}`);
    }
    if (coupon.minSubtotal !== null) assertMinorUnits(coupon.minSubtotal, 'coupon minSubtotal');
  }
  if (shippingMethod) {
    assertMinorUnits(shippingMethod.price, 'shipping price');
    if (shippingMethod.freeAbove !== null) assertMinorUnits(shippingMethod.freeAbove, 'shipping freeAbove');
  }
  assertTaxRates(taxRates);
}

function assertTaxRates(rates: TaxRatesByClass): void {
  for (const taxClass of TAX_CLASSES) assertBasisPoints(rates?.[taxClass], `${taxClass} tax rate`);
}

function assertMinorUnits(value: unknown, what: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`priceCart: ${what} must be a non-negative integer (minor units), got ${String(value)}`);
  }
}

function assertBasisPoints(value: unknown, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > BASIS_POINTS) {
    throw new Error(
      `priceCart: ${what} must be an integer within 0..${BASIS_POINTS} (basis points), got ${String(value)}`,
    );
  }
}

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value))
    throw new Error(`roundHalfEven: ${what} must be a safe integer, got ${value}`);
  return BigInt(value);
}

function toSafeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`priceCart: ${what} ${value} is outside 0..Number.MAX_SAFE_INTEGER`);
  }
  return Number(value);
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((acc, v) => acc + v, 0n);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
