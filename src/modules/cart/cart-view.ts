import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { selectOnce } from '../../db/query-memo.js';
import type { RequestContext } from '../../graphql/context.js';
import { formatMoney } from '../../graphql/money.js';
import {
  categories,
  type ProductRow,
  productCategories,
  productColumns,
  products,
  type VariantRow,
  variants,
} from '../catalog/catalog.tables.js';
import { CategoryTree } from '../catalog/category-tree.js';
import { priceCart } from '../pricing/pricing.js';
import type { Pricing, PricingCoupon, PricingLine, TaxRatesByClass } from '../pricing/pricing.types.js';
import { type CouponRow, checkCouponById, getCoupon, toPricingCoupon } from '../promotion/coupon.service.js';
import { shippingMethodsFor } from '../shipping/shipping.service.js';
import type { ShippingMethodRow } from '../shipping/shipping.tables.js';
import { taxRatesFor } from '../shipping/tax.service.js';
import { type CartRow, cartLines } from './cart.tables.js';

/**
 * Everything a cart read shows, loaded in a fixed number of SQL statements whatever the number of
 * lines: the lines joined with their variants and products (one statement), the coupon check, the
 * shipping methods and tax rates of the destination, and the category tree only when a coupon is
 * restricted to categories. Totals come from the pricing engine, so checkout computes the same.
 */

/** Warnings a cart read can carry; none of them makes the read fail. */
export const CART_WARNING_CODES = [
  'PRICE_CHANGED',
  'INSUFFICIENT_STOCK',
  'OUT_OF_STOCK',
  'LOW_STOCK',
  'PRODUCT_UNAVAILABLE',
  'QUANTITY_REDUCED',
  'COUPON_NOT_FOUND',
  'COUPON_NOT_YET_VALID',
  'COUPON_EXPIRED',
  'COUPON_USAGE_LIMIT_REACHED',
  'COUPON_MINIMUM_NOT_MET',
  'COUPON_NOT_APPLICABLE',
  'SHIPPING_METHOD_UNAVAILABLE',
] as const;
export type CartWarningCodeValue = (typeof CART_WARNING_CODES)[number];

export interface CartWarningData {
  code: CartWarningCodeValue;
  lineId: string | null;
  message: string;
  /** True when checkout refuses the cart until the shopper acts (cartAcceptChanges, change or remove). */
  blocking: boolean;
}

/** A line stays "low" when fewer than this many units would be left after it. */
export const LOW_STOCK_MARGIN = 3;

export interface CartLineData {
  id: string;
  variantId: string;
  quantity: number;
  unitPriceSeen: number;
  createdAt: Date;
  variant: VariantRow;
  product: ProductRow;
  /** The product's own categories (not their ancestors). */
  categoryIds: string[];
}

export interface CartLineView extends CartLineData {
  /** Current tax-exclusive unit price (minor units). */
  unitPrice: number;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

export interface ShippingOptionView {
  method: ShippingMethodRow;
  /** What this method costs for this cart (free-above thresholds and coupons applied). */
  price: number;
  /** ISO dates (YYYY-MM-DD, UTC) counted in business days from today. */
  earliest: string;
  latest: string;
}

export interface CartCouponView {
  row: CouponRow;
  /** True when the coupon currently takes something off (or makes shipping free). */
  applied: boolean;
}

export interface CartDestination {
  country: string;
  region: string | null;
  /** True when the cart has no shipping address and the store's country stands in. */
  isEstimate: boolean;
}

export interface CartView {
  cart: CartRow;
  lines: CartLineView[];
  itemCount: number;
  coupon: CartCouponView | null;
  destination: CartDestination;
  shippingOptions: ShippingOptionView[];
  selectedShipping: ShippingOptionView | null;
  pricing: Pricing;
  warnings: CartWarningData[];
}

/** The lines of a cart with their variant and product, oldest first. Built once: every cart read runs it. */
const cartLinesStatement = selectOnce('cart-lines', (qb) =>
  qb
    .select({
      id: cartLines.id,
      variantId: cartLines.variantId,
      quantity: cartLines.quantity,
      unitPriceSeen: cartLines.unitPriceSeen,
      createdAt: cartLines.createdAt,
      variant: variants,
      product: productColumns,
      categoryIds: sql<string>`(SELECT coalesce(string_agg(${productCategories.categoryId}::text, ','), '')
        FROM ${productCategories} WHERE ${productCategories.productId} = ${products.id})`,
    })
    .from(cartLines)
    .innerJoin(variants, eq(variants.id, cartLines.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(cartLines.cartId, sql.placeholder('cartId')))
    .orderBy(asc(cartLines.createdAt), asc(cartLines.id)),
);

/** The lines of a cart with their variant and product, oldest first. One statement. */
export async function loadCartLines(executor: Executor, cartId: string): Promise<CartLineData[]> {
  const rows = await cartLinesStatement(executor, { cartId });
  return rows.map((row) => ({
    ...row,
    categoryIds: row.categoryIds ? row.categoryIds.split(',') : [],
  }));
}

export interface ComputeOptions {
  /** Price with this coupon instead of the cart's own (cartApplyCoupon checks a coupon before storing it). */
  couponOverride?: CouponRow;
  now?: Date;
  /**
   * Price only these lines, at these quantities (cart line id -> units); the others are left out.
   * Checkout's AVAILABLE_ONLY prices what it actually buys this way, coupon rules included.
   */
  quantities?: ReadonlyMap<string, number>;
}

/**
 * Computes the view of a cart through `executor` (the database, or the transaction holding the
 * cart's lock: PGlite runs one statement at a time, so nothing here may go around it).
 */
export async function computeCartView(
  ctx: RequestContext,
  executor: Executor,
  cart: CartRow,
  options: ComputeOptions = {},
): Promise<CartView> {
  const now = options.now ?? new Date();
  const { config } = ctx.app;
  const destination: CartDestination = cart.shippingAddress
    ? { country: cart.shippingAddress.country, region: cart.shippingAddress.region, isEstimate: false }
    : { country: config.storeCountry, region: null, isEstimate: true };
  const outsideTransaction = executor === (ctx.app.db as Executor);

  const couponCheck = options.couponOverride
    ? Promise.resolve({ coupon: options.couponOverride } as const)
    : cart.couponId
      ? checkCouponById(executor, cart.couponId, cart.userId, now)
      : Promise.resolve(null);
  const [loaded, check, methods, taxRates] = await Promise.all([
    loadCartLines(executor, cart.id),
    couponCheck,
    shippingMethodsFor(executor, destination.country),
    taxRatesFor(executor, { country: destination.country, region: destination.region }),
  ]);

  const { quantities } = options;
  const lines = quantities
    ? loaded.flatMap((line) => {
        const quantity = quantities.get(line.id);
        return quantity ? [{ ...line, quantity }] : [];
      })
    : loaded;
  const warnings: CartWarningData[] = [];
  const currency = config.storeCurrency;

  // The coupon: one that is no longer valid stays on the cart, gives nothing, and says why.
  let couponRow: CouponRow | null = null;
  let pricingCoupon: PricingCoupon | null = null;
  if (check && 'coupon' in check) {
    couponRow = check.coupon;
    pricingCoupon = toPricingCoupon(check.coupon);
  } else if (check && cart.couponId) {
    // Shown to the shopper by code, so they know what to remove. Outside a transaction only.
    if (outsideTransaction) couponRow = await getCoupon(ctx, cart.couponId);
    warnings.push({
      code: check.error as CartWarningCodeValue,
      lineId: null,
      message:
        check.error === 'COUPON_NOT_FOUND'
          ? `The coupon ${couponRow?.code ?? ''} is no longer active and gives no discount.`
          : `The coupon ${couponRow?.code ?? ''} gives no discount now. ${check.message}`,
      blocking: false,
    });
  }

  // A category-restricted coupon matches lines below its categories: ancestors are needed then only.
  let tree: CategoryTree | null = null;
  if (pricingCoupon && pricingCoupon.categoryIds.length > 0 && lines.length > 0) {
    tree = outsideTransaction
      ? await ctx.loaders.catalog.categoryTree()
      : new CategoryTree(await executor.select().from(categories));
  }
  const pricingLines: PricingLine[] = lines.map((line) => ({
    lineId: line.id,
    productId: line.product.id,
    categoryIds: tree ? withAncestors(tree, line.categoryIds) : line.categoryIds,
    taxClass: line.product.taxClass,
    unitPrice: line.variant.price,
    quantity: line.quantity,
  }));

  const price = (method: ShippingMethodRow | null) =>
    priceCart({
      lines: pricingLines,
      coupon: pricingCoupon,
      shippingMethod: method ? { price: method.price, freeAbove: method.freeAbove } : null,
      taxRates: taxRates as TaxRatesByClass,
    });
  const shippingOptions: ShippingOptionView[] = methods.map((method) => ({
    method,
    price: price(method).shipping,
    earliest: addBusinessDays(now, method.minDeliveryDays),
    latest: addBusinessDays(now, method.maxDeliveryDays),
  }));
  let selectedShipping: ShippingOptionView | null = null;
  if (cart.shippingMethodCode) {
    selectedShipping =
      shippingOptions.find((o) => o.method.code.toUpperCase() === cart.shippingMethodCode?.toUpperCase()) ??
      null;
    if (!selectedShipping) {
      warnings.push({
        code: 'SHIPPING_METHOD_UNAVAILABLE',
        lineId: null,
        message: `The shipping method ${cart.shippingMethodCode} is no longer available for ${destination.country}: choose another one.`,
        blocking: true,
      });
    }
  }
  const pricing = price(selectedShipping?.method ?? null);

  if (pricingCoupon && pricing.couponProblem) {
    const minimum = pricingCoupon.minSubtotal ?? 0;
    warnings.push(
      pricing.couponProblem === 'MINIMUM_NOT_MET'
        ? {
            code: 'COUPON_MINIMUM_NOT_MET',
            lineId: null,
            message: `The coupon ${couponRow?.code ?? ''} applies from ${formatMoney(minimum, currency)} of eligible items.`,
            blocking: false,
          }
        : {
            code: 'COUPON_NOT_APPLICABLE',
            lineId: null,
            message: `No item in the cart is eligible for the coupon ${couponRow?.code ?? ''}.`,
            blocking: false,
          },
    );
  }

  const pricedById = new Map(pricing.lines.map((l) => [l.lineId, l]));
  const viewLines: CartLineView[] = lines.map((line) => {
    const priced = pricedById.get(line.id);
    // Object.assign, not `{ ...line, unitPrice, … }`: V8 (Node 20) gives keys added to a spread copy a
    // hidden class per object, which outlives young collections (bench/README.md).
    return Object.assign({}, line, {
      unitPrice: line.variant.price,
      subtotal: priced?.subtotal ?? 0,
      discount: priced?.discount ?? 0,
      tax: priced?.tax ?? 0,
      total: priced?.total ?? 0,
    });
  });

  const lineWarnings = viewLines.flatMap((line) => lineWarningsOf(line, currency));
  const noticeWarnings = (cart.notices ?? []).flatMap((notice): CartWarningData[] => {
    if (!(CART_WARNING_CODES as readonly string[]).includes(notice.code)) return [];
    const line = notice.variantId ? viewLines.find((l) => l.variantId === notice.variantId) : undefined;
    return [
      {
        code: notice.code as CartWarningCodeValue,
        lineId: line?.id ?? null,
        message: notice.message,
        blocking: false,
      },
    ];
  });

  return {
    cart,
    lines: viewLines,
    itemCount: viewLines.reduce((n, l) => n + l.quantity, 0),
    coupon: couponRow
      ? { row: couponRow, applied: pricingCoupon !== null && pricing.couponProblem === null }
      : null,
    destination,
    shippingOptions,
    selectedShipping,
    pricing,
    warnings: [...lineWarnings, ...noticeWarnings, ...warnings],
  };
}

/** What a read tells the shopper about one line; nothing here blocks the read itself. */
function lineWarningsOf(line: CartLineView, currency: string): CartWarningData[] {
  const name = lineName(line);
  const warnings: CartWarningData[] = [];
  const stock = line.variant.stock;
  if (line.product.status !== 'ACTIVE') {
    warnings.push({
      code: 'PRODUCT_UNAVAILABLE',
      lineId: line.id,
      message: `${name} is no longer available: remove it to check out.`,
      blocking: true,
    });
  } else if (stock === 0) {
    warnings.push({
      code: 'OUT_OF_STOCK',
      lineId: line.id,
      message: `${name} is out of stock.`,
      blocking: true,
    });
  } else if (line.quantity > stock) {
    warnings.push({
      code: 'INSUFFICIENT_STOCK',
      lineId: line.id,
      message: `Only ${stock} of ${name} available; your cart has ${line.quantity}.`,
      blocking: true,
    });
  } else if (stock - line.quantity < LOW_STOCK_MARGIN) {
    warnings.push({
      code: 'LOW_STOCK',
      lineId: line.id,
      message: `Only ${stock} of ${name} left in stock.`,
      blocking: false,
    });
  }
  if (line.variant.price !== line.unitPriceSeen) {
    warnings.push({
      code: 'PRICE_CHANGED',
      lineId: line.id,
      message: `The price of ${name} changed from ${formatMoney(line.unitPriceSeen, currency)} to ${formatMoney(line.variant.price, currency)}.`,
      blocking: true,
    });
  }
  return warnings;
}

export function lineName(line: { product: { title: string }; variant: { title: string } }): string {
  const variant = line.variant.title && line.variant.title !== 'Default' ? ` (${line.variant.title})` : '';
  return `"${line.product.title}${variant}"`;
}

function withAncestors(tree: CategoryTree, ids: readonly string[]): string[] {
  const all = new Set<string>();
  for (const id of ids) {
    all.add(id);
    for (const ancestor of tree.ancestors(id)) all.add(ancestor.id);
  }
  return [...all];
}

/** `days` business days (Monday to Friday) after `from`'s UTC date; 0 is that day itself. */
export function addBusinessDays(from: Date, days: number): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}
