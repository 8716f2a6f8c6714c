import type { UserError } from '../../graphql/errors.js';
import type { AddressFields } from '../address/address.service.js';
import type { OrderRow, PaymentRow } from '../order/order.tables.js';
import type { PaymentMethod } from '../payment/payment-methods.js';
import type { CardInput } from '../payment/payment-provider.js';
import type { CheckoutAvailabilityValue, CheckoutLineOutcomeData } from './checkout-lines.js';

/** What checkout (checkout.service.ts `completeCheckout`) is asked and answers. */

export interface CheckoutInput {
  idempotencyKey: string;
  paymentMethod: PaymentMethod;
  card?: CardInput | null;
  billingAddress?: AddressFields | null;
  note?: string | null;
  /** ALL_OR_NOTHING (every line in full, or nothing) or AVAILABLE_ONLY (what the stock allows). */
  availability: CheckoutAvailabilityValue;
}

export interface CheckoutResult {
  order: OrderRow | null;
  payment: PaymentRow | null;
  /** The client secret the browser confirms the pending payment with (Stripe); null otherwise. */
  clientSecret: string | null;
  /** Per cart line, what the order bought of it; empty when nothing was ordered. */
  lines: CheckoutLineOutcomeData[];
  errors: UserError[];
}

/** Nothing ordered: only errors. */
export const fail = (...errors: UserError[]): CheckoutResult => ({
  order: null,
  payment: null,
  clientSecret: null,
  lines: [],
  errors,
});
