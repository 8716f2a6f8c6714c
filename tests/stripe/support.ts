import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, expect } from 'vitest';
import { createPaymentProviders } from '../../src/modules/payment/payment-providers.js';
import { type TestVariant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import { paymentsOf } from '../orders/transitions-support.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { fillCart, type Store, withStore } from '../support/store.js';
import { FakeStripe, hex, SECRET_KEY, WEBHOOK_SECRET } from './fake-stripe.js';

/** An app with Stripe configured, its card provider talking to the fake. */
export async function startStripeApp(fake: FakeStripe): Promise<TestApp> {
  return startTestApp(
    { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
    {
      idleWorkers: ['reservation-sweeper'],
      services: {
        paymentProviders: createPaymentProviders({
          stripe: { secretKey: SECRET_KEY },
          stripeOptions: { host: '127.0.0.1', port: fake.port, protocol: 'http', maxNetworkRetries: 0 },
        }),
      },
    },
  );
}

export interface StripeStore {
  fake: FakeStripe;
  t: TestApp;
  store: Store;
}

/** A fake Stripe, an app whose card provider talks to it, and the store: what a Stripe test file starts. */
export async function startStripeStore(): Promise<StripeStore> {
  const fake = new FakeStripe();
  await fake.start();
  return { fake, ...(await withStore(startStripeApp(fake))) };
}

/**
 * Starts the file's Stripe store before its tests (handing it to `started`) and stops it after them.
 */
export function useStripeStore(started: (store: StripeStore) => void): void {
  let running: StripeStore | undefined;
  beforeAll(async () => {
    running = await startStripeStore();
    started(running);
  });
  afterAll(async () => {
    await running?.t.close();
    await running?.fake.stop();
  });
}

export const STRIPE_ORDER_FIELDS_FRAGMENT = graphql(`fragment StripeOrderFields on Order {
  id number status paymentStatus paymentMethod reservedUntil }`);
export const CHECKOUT = graphql(`mutation StripeCheckout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order { ...StripeOrderFields }
    payment { id status provider cardBrand cardLast4 }
    clientSecret
    errors { field code message }
  } }`);
export const PAY = graphql(`mutation StripePay($input: OrderPayInput!) {
  orderPay(input: $input) { order { ...StripeOrderFields } clientSecret errors { field code message } } }`);

export interface StripeOrder {
  customer: SignedIn;
  orderId: string;
  paymentId: string;
  /** The PaymentIntent at the fake, and its amount. */
  intent: { id: string; amount: number };
}

/** A new customer's Stripe checkout: the order awaits the webhook, its PaymentIntent is at the fake. */
export async function placeStripeOrder(t: TestApp, variant: TestVariant, quantity = 1): Promise<StripeOrder> {
  const customer = await registerAndLogin(t);
  await fillCart(customer.client, [{ variantId: variant.id, quantity }]);
  const payload = (
    await customer.client.ok(CHECKOUT, { input: { idempotencyKey: randomUUID(), paymentMethod: 'CARD' } })
  ).checkoutComplete;
  expect(payload.errors).toEqual([]);
  const order = payload.order!;
  expect(order.status).toBe('PENDING_PAYMENT');
  const [payment] = await paymentsOf(t, order.id);
  if (!payment?.providerReference) throw new Error('no PaymentIntent recorded');
  return {
    customer,
    orderId: order.id,
    paymentId: payment.id,
    intent: { id: payment.providerReference, amount: payment.amount },
  };
}

/** A signed delivery of `event` to the app's webhook, as Stripe sends it. */
export async function deliver(
  t: TestApp,
  event: Record<string, unknown>,
  options: { secret?: string; timestamp?: number; signature?: string | null } = {},
): Promise<{ status: number; body: any }> {
  const payload = JSON.stringify(event);
  const header =
    options.signature !== undefined
      ? options.signature
      : Stripe.webhooks.generateTestHeaderString({
          payload,
          secret: options.secret ?? WEBHOOK_SECRET,
          ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
        });
  const response = await fetch(`${t.url}/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(header !== null ? { 'stripe-signature': header } : {}),
    },
    body: payload,
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (e.g. express's 404 page)
  }
  return { status: response.status, body };
}

let eventCounter = 0;

/** What every Stripe event carries besides its type and data. */
function eventEnvelope(id: string): Record<string, unknown> {
  return {
    id,
    object: 'event',
    api_version: '2025-01-01',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
}

/** A Stripe event about a PaymentIntent. */
export function intentEvent(
  type: string,
  intent: { id: string; amount: number; currency?: string },
  extra: Record<string, unknown> = {},
  id = `evt_${hex()}_${++eventCounter}`,
): Record<string, unknown> {
  return {
    ...eventEnvelope(id),
    type,
    data: {
      object: {
        id: intent.id,
        object: 'payment_intent',
        amount: intent.amount,
        amount_received: type === 'payment_intent.succeeded' ? intent.amount : 0,
        currency: intent.currency ?? 'usd',
        status: type === 'payment_intent.succeeded' ? 'succeeded' : 'requires_payment_method',
        latest_charge: null,
        last_payment_error: null,
        metadata: {},
        ...extra,
      },
    },
  };
}

/**
 * A `charge.refunded` event for the charge of a PaymentIntent: `amountRefunded` is Stripe's running total.
 * `refunds` lists the charge's refunds newest first, as Stripe expands them; omitted (null), the event
 * carries no refunds, as with recent API versions.
 */
export function chargeRefundedEvent(
  charge: {
    id: string;
    paymentIntent: string | null;
    amount: number;
    amountRefunded: number;
    refunds?: { id: string; amount: number; reason?: string | null }[] | null;
  },
  id = `evt_${hex()}_${++eventCounter}`,
): Record<string, unknown> {
  return {
    ...eventEnvelope(id),
    type: 'charge.refunded',
    data: {
      object: {
        id: charge.id,
        object: 'charge',
        amount: charge.amount,
        amount_captured: charge.amount,
        amount_refunded: charge.amountRefunded,
        currency: 'usd',
        payment_intent: charge.paymentIntent,
        refunded: charge.amountRefunded >= charge.amount,
        status: 'succeeded',
        ...(charge.refunds
          ? {
              refunds: {
                object: 'list',
                has_more: false,
                url: `/v1/charges/${charge.id}/refunds`,
                data: charge.refunds.map((r) => ({
                  id: r.id,
                  object: 'refund',
                  amount: r.amount,
                  charge: charge.id,
                  payment_intent: charge.paymentIntent,
                  reason: r.reason ?? null,
                  status: 'succeeded',
                })),
              },
            }
          : {}),
      },
    },
  };
}
