import type { CardInput, ChargeRequest, RefundRequest } from '../../src/modules/payment/payment-provider.js';
import { SimulatedCardProvider } from '../../src/modules/payment/simulated-card.provider.js';

/**
 * Requests and helpers shared by the payment provider tests (tests/unit/simulated-card-*.test.ts,
 * payment-providers.test.ts). Outcomes are Stripe's documented test-card meanings, written out by
 * hand in the tests.
 */

export const NOW = new Date('2030-06-15T12:00:00Z');
export const CHARGE_ID = /^sim_ch_[0-9a-f]{24}$/;
export const REFUND_ID = /^sim_re_[0-9a-f]{24}$/;

export function provider(options: { maxEntries?: number } = {}) {
  return new SimulatedCardProvider({ now: () => NOW, ...options });
}

let keys = 0;
export const key = (prefix = 'k') => `${prefix}-${++keys}`;

export function card(number: string, overrides: Partial<CardInput> = {}): CardInput {
  return { number, expMonth: 12, expYear: 2034, cvc: '123', ...overrides };
}

export function chargeRequest(overrides: Partial<ChargeRequest> = {}): ChargeRequest {
  return {
    amount: 10_000,
    currency: 'USD',
    idempotencyKey: key('charge'),
    orderNumber: 'SF-1001',
    card: card('4242424242424242'),
    ...overrides,
  };
}

export function refundRequest(
  providerReference: string,
  amount: number,
  overrides: Partial<RefundRequest> = {},
) {
  return { providerReference, amount, currency: 'USD', idempotencyKey: key('refund'), ...overrides };
}

export async function chargedReference(p: SimulatedCardProvider, amount = 10_000): Promise<string> {
  const result = await p.charge(chargeRequest({ amount }));
  if (result.status !== 'SUCCEEDED') throw new Error(`expected a successful charge, got ${result.status}`);
  return result.providerReference;
}

/** The JSON of a result without its random ids, which could contain any digits by chance. */
export function jsonWithoutIds(result: object): string {
  return JSON.stringify(result, (name, value) => (name === 'providerReference' ? '<id>' : value));
}
