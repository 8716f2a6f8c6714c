/**
 * The payment providers, one per payment method of the list (payment-methods.ts). Built once at start-up
 * and passed to the services that need it, so tests replace any of them:
 *
 *   const providers = { ...createPaymentProviders(), CARD: failingProvider };
 *
 * CARD is Stripe when `stripe` (STRIPE_SECRET_KEY) is configured, the simulated gateway otherwise.
 */
import { CashOnDeliveryProvider } from './cash-on-delivery.provider.js';
import type { PaymentMethod } from './payment-methods.js';
import type { PaymentProvider } from './payment-provider.js';
import { SimulatedCardProvider, type SimulatedCardProviderOptions } from './simulated-card.provider.js';
import { StripeCardProvider, type StripeCardProviderOptions } from './stripe.provider.js';

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /** Who charges and refunds, by payment method. */
    paymentProviders: PaymentProviders;
  }
}

export type PaymentProviders = Readonly<Record<PaymentMethod, PaymentProvider>>;

export interface PaymentProvidersOptions {
  /** Replaces the card provider (default: a new `SimulatedCardProvider`). */
  card?: PaymentProvider;
  /** Replaces the cash on delivery provider (default: a new `CashOnDeliveryProvider`). */
  cashOnDelivery?: PaymentProvider;
  /** Options of the default simulated card provider; ignored when `card` or `stripe` is given. */
  simulatedCard?: SimulatedCardProviderOptions;
  /** Stripe's settings (config.stripe): CARD becomes a `StripeCardProvider`, unless `card` is given. */
  stripe?: { secretKey: string } | undefined;
  /** SDK options of that Stripe provider (host, port, protocol: tests point it at a local server). */
  stripeOptions?: StripeCardProviderOptions;
}

export function createPaymentProviders(options: PaymentProvidersOptions = {}): PaymentProviders {
  return {
    CARD:
      options.card ??
      (options.stripe
        ? new StripeCardProvider(options.stripe.secretKey, options.stripeOptions)
        : new SimulatedCardProvider(options.simulatedCard)),
    CASH_ON_DELIVERY: options.cashOnDelivery ?? new CashOnDeliveryProvider(),
  };
}
