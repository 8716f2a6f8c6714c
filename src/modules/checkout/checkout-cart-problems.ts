import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { formatMoney } from '../../graphql/money.js';
import { type CartView, lineName } from '../cart/cart-view.js';

/** Errors for what the shopper must fix or confirm before the cart can become an order. */
export function cartProblems(view: CartView, currency: string): UserError[] {
  const { cart } = view;
  if (view.lines.length === 0) {
    return [userError(null, ErrorCode.CART_EMPTY, 'Your cart is empty: add items before checking out.')];
  }
  const errors: UserError[] = [];
  if (!cart.shippingAddress) {
    errors.push(
      userError(
        ['cart', 'shippingAddress'],
        ErrorCode.SHIPPING_ADDRESS_REQUIRED,
        'Set a shipping address first (cartSetShippingAddress).',
      ),
    );
  } else if (!cart.shippingMethodCode) {
    errors.push(
      userError(
        ['cart', 'shippingMethod'],
        ErrorCode.SHIPPING_METHOD_REQUIRED,
        'Choose a shipping method first (cartSetShippingMethod; see availableShippingMethods).',
      ),
    );
  } else if (!view.selectedShipping) {
    errors.push(
      userError(
        ['cart', 'shippingMethod'],
        ErrorCode.SHIPPING_METHOD_UNAVAILABLE,
        `The shipping method ${cart.shippingMethodCode} no longer ships to ${cart.shippingAddress.country}: choose another one.`,
      ),
    );
  }
  for (const line of view.lines) {
    const field = ['cart', 'lines', line.id];
    const name = lineName(line);
    if (line.product.status !== 'ACTIVE') {
      errors.push(
        userError(
          field,
          ErrorCode.PRODUCT_NOT_AVAILABLE,
          `${name} is no longer for sale: remove it to check out.`,
        ),
      );
    } else if (line.quantity > line.variant.stock) {
      errors.push(
        userError(
          field,
          ErrorCode.INSUFFICIENT_STOCK,
          line.variant.stock === 0
            ? `${name} is out of stock.`
            : `Only ${line.variant.stock} of ${name} available; your cart has ${line.quantity}.`,
        ),
      );
    }
    if (line.variant.price !== line.unitPriceSeen) {
      errors.push(
        userError(
          field,
          ErrorCode.PRICE_CHANGED,
          `The price of ${name} changed to ${formatMoney(line.variant.price, currency)}: confirm it (cartAcceptChanges) and check out again.`,
        ),
      );
    }
  }
  // A coupon that is no longer valid (expired, limit reached meanwhile, switched off) would change
  // the total the shopper saw: refuse rather than charge more. One that gives nothing because of the
  // cart's contents (minimum, eligibility) was already shown so and stays off the order.
  for (const warning of view.warnings) {
    if (
      warning.code === 'COUPON_NOT_FOUND' ||
      warning.code === 'COUPON_EXPIRED' ||
      warning.code === 'COUPON_NOT_YET_VALID' ||
      warning.code === 'COUPON_USAGE_LIMIT_REACHED'
    ) {
      errors.push(
        userError(
          ['cart', 'coupon'],
          ErrorCode[warning.code],
          `${warning.message} Remove it (cartRemoveCoupon) to check out without it.`,
        ),
      );
    }
  }
  // Any other blocking warning not reported above.
  const reported = new Set([
    'PRODUCT_UNAVAILABLE',
    'OUT_OF_STOCK',
    'INSUFFICIENT_STOCK',
    'PRICE_CHANGED',
    'SHIPPING_METHOD_UNAVAILABLE',
  ]);
  for (const warning of view.warnings) {
    if (warning.blocking && !reported.has(warning.code)) {
      errors.push(userError(['cart', 'warnings'], ErrorCode.CART_NEEDS_ATTENTION, warning.message));
    }
  }
  return errors;
}
