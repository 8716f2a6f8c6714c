/**
 * The payment methods, listed once. The `payment_method` pgEnum (payment.tables.ts), the GraphQL
 * `PaymentMethod` enum (payment.types.ts), the `PaymentMethod` type and the order state machine all
 * read this list. Adding a method (gift card, PayPal) = its provider file, one entry here, and its
 * provider in `createPaymentProviders` (a new enum value is a database migration).
 */

/**
 * How the money of a method arrives, which is all the order state machine knows of a method:
 * - `PROVIDER`: the provider captures it — at once (simulated card), or once the shopper confirms in
 *   the browser (Stripe, `PaymentProvider.confirmsInBrowser`) — and reports success or failure;
 *   refunds go back through the provider.
 * - `ON_DELIVERY`: nothing is captured when the order is placed; staff record the money collected,
 *   and money given back is handed over in person and only recorded.
 */
export type PaymentSettlement = 'PROVIDER' | 'ON_DELIVERY';

export interface PaymentMethodEntry {
  settlement: PaymentSettlement;
  /** In words, for refusals ("a card order"). */
  label: string;
  /** The GraphQL enum value's description. */
  description: string;
}

const METHODS = {
  CARD: {
    settlement: 'PROVIDER',
    label: 'card',
    description: 'By card, charged at checkout (simulated gateway in this build).',
  },
  CASH_ON_DELIVERY: {
    settlement: 'ON_DELIVERY',
    label: 'cash on delivery',
    description:
      'Cash to the courier: the order is confirmed at once, its payment stays PENDING until collected.',
  },
} as const satisfies Record<string, PaymentMethodEntry>;

export type PaymentMethod = keyof typeof METHODS;

/** Every method, in the order of the enums. */
export const PAYMENT_METHODS = Object.keys(METHODS) as [PaymentMethod, ...PaymentMethod[]];

/** The list entry of a method. */
export function paymentMethodEntry(method: PaymentMethod): PaymentMethodEntry {
  return METHODS[method];
}

/** How the money of this method arrives (see PaymentSettlement). */
export function settlementOf(method: PaymentMethod): PaymentSettlement {
  return METHODS[method].settlement;
}

/** The methods whose money arrives this way. */
export function methodsSettledBy(settlement: PaymentSettlement): PaymentMethod[] {
  return PAYMENT_METHODS.filter((method) => METHODS[method].settlement === settlement);
}
