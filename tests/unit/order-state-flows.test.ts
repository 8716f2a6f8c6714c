import { describe, expect, it } from 'vitest';
import { initialOrderState, transition } from '../../src/modules/order/order-state.js';
import { ACTORS, card, cod, run, SAMPLE } from './order-state-support.js';

/** An order's life through the state machine, by payment method: card and cash on delivery. */

describe('card orders', () => {
  it('failures keep the order awaiting payment; a retry succeeds; then shipped and delivered', () => {
    const results = run(initialOrderState('CARD'), [
      [{ type: 'PAYMENT_FAILED', reason: 'card_declined' }, ACTORS.CUSTOMER],
      [{ type: 'PAYMENT_FAILED', reason: 'insufficient_funds' }, ACTORS.CUSTOMER],
      [{ type: 'PAYMENT_SUCCEEDED' }, ACTORS.CUSTOMER],
      [SAMPLE.MARK_SHIPPED.action, ACTORS.ADMIN],
      [{ type: 'MARK_DELIVERED' }, ACTORS.ADMIN],
    ]);
    expect(results.map((r) => [r.state.status, r.state.paymentStatus, r.event.type])).toEqual([
      ['PENDING_PAYMENT', 'FAILED', 'PAYMENT_FAILED'],
      ['PENDING_PAYMENT', 'FAILED', 'PAYMENT_FAILED'],
      ['CONFIRMED', 'SUCCEEDED', 'PAYMENT_SUCCEEDED'],
      ['SHIPPED', 'SUCCEEDED', 'SHIPPED'],
      ['DELIVERED', 'SUCCEEDED', 'DELIVERED'],
    ]);
    expect(results[1]!.event.data).toEqual({
      fromPaymentStatus: 'FAILED',
      toPaymentStatus: 'FAILED',
      reason: 'insufficient_funds',
    });
    // Units are counted once, when the order is confirmed.
    expect(results.flatMap((r) => r.effects).filter((e) => e === 'COUNT_UNITS_SOLD')).toHaveLength(1);
  });

  it('cancelling after payment refunds it and takes the units off the sales counters', () => {
    const [paid] = run(initialOrderState('CARD'), [[{ type: 'PAYMENT_SUCCEEDED' }, ACTORS.SYSTEM]]);
    const result = transition(paid!.state, { type: 'CANCEL', reason: null }, ACTORS.ADMIN);
    expect(result).toMatchObject({ ok: true, status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    if (!result.ok) throw new Error('unreachable');
    expect(result.effects).toContain('REFUND_PAYMENT');
    expect(result.effects).toContain('UNCOUNT_UNITS_SOLD');
    expect(result.effects).not.toContain('INCREMENT_CANCELLATION_COUNT');
    expect(result.event.data).toEqual({
      fromPaymentStatus: 'SUCCEEDED',
      toPaymentStatus: 'REFUNDED',
      reason: null,
    });
  });

  it('cancelling before payment refunds nothing and counts against the customer who cancels', () => {
    const result = transition(initialOrderState('CARD'), SAMPLE.CANCEL.action, ACTORS.CUSTOMER);
    if (!result.ok) throw new Error(result.message);
    expect(result.paymentStatus).toBe('PENDING');
    expect(result.effects).toContain('RESTOCK');
    expect(result.effects).not.toContain('REFUND_PAYMENT');
    expect(result.effects).not.toContain('UNCOUNT_UNITS_SOLD');
    expect(result.effects).toContain('INCREMENT_CANCELLATION_COUNT');
  });

  it('the sweeper expires an unpaid order; a payment that lands afterwards is refunded at once', () => {
    const results = run(initialOrderState('CARD'), [
      [{ type: 'PAYMENT_FAILED', reason: 'card_declined' }, ACTORS.CUSTOMER],
      [{ type: 'RESERVATION_EXPIRED' }, ACTORS.SYSTEM],
      [{ type: 'PAYMENT_SUCCEEDED' }, ACTORS.SYSTEM],
    ]);
    expect(results.map((r) => [r.state.status, r.state.paymentStatus, r.event.type, r.effects])).toEqual([
      ['PENDING_PAYMENT', 'FAILED', 'PAYMENT_FAILED', ['EMAIL_PAYMENT_FAILED']],
      ['CANCELLED', 'FAILED', 'RESERVATION_EXPIRED', ['RESTOCK', 'RELEASE_COUPON', 'EMAIL_CANCELLED']],
      ['CANCELLED', 'REFUNDED', 'LATE_PAYMENT_REFUNDED', ['REFUND_PAYMENT', 'EMAIL_REFUNDED']],
    ]);
    // ...and nothing more happens to it.
    expect(transition(results[2]!.state, { type: 'PAYMENT_SUCCEEDED' }, ACTORS.SYSTEM).ok).toBe(false);
  });

  it('the sweeper leaves a paid order alone', () => {
    expect(
      transition(card('CONFIRMED', 'SUCCEEDED'), { type: 'RESERVATION_EXPIRED' }, ACTORS.SYSTEM),
    ).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('has no cash collection and no cash-on-delivery confirmation', () => {
    expect(
      transition(card('CONFIRMED', 'SUCCEEDED'), { type: 'PAYMENT_COLLECTED' }, ACTORS.ADMIN),
    ).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(
      transition(initialOrderState('CARD'), { type: 'CASH_ON_DELIVERY_PLACED' }, ACTORS.CUSTOMER),
    ).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('never ships without a captured payment', () => {
    for (const payment of ['PENDING', 'FAILED', 'REFUNDED'] as const) {
      expect(transition(card('CONFIRMED', payment), SAMPLE.MARK_SHIPPED.action, ACTORS.ADMIN).ok).toBe(false);
    }
  });
});

describe('cash-on-delivery orders', () => {
  it('are confirmed at once with payment pending; shipped, delivered, then the cash is collected', () => {
    const results = run(initialOrderState('CASH_ON_DELIVERY'), [
      [{ type: 'CASH_ON_DELIVERY_PLACED' }, ACTORS.CUSTOMER],
      [SAMPLE.MARK_SHIPPED.action, ACTORS.ADMIN],
      [{ type: 'MARK_DELIVERED' }, ACTORS.ADMIN],
      [{ type: 'PAYMENT_COLLECTED' }, ACTORS.ADMIN],
    ]);
    expect(results.map((r) => [r.state.status, r.state.paymentStatus, r.event.type, r.effects])).toEqual([
      ['CONFIRMED', 'PENDING', 'CASH_ON_DELIVERY_CONFIRMED', ['COUNT_UNITS_SOLD', 'EMAIL_CONFIRMED']],
      ['SHIPPED', 'PENDING', 'SHIPPED', ['RECORD_TRACKING']],
      ['DELIVERED', 'PENDING', 'DELIVERED', ['EMAIL_DELIVERED']],
      ['DELIVERED', 'SUCCEEDED', 'PAYMENT_COLLECTED', []],
    ]);
    // Collected once only.
    expect(transition(results[3]!.state, { type: 'PAYMENT_COLLECTED' }, ACTORS.ADMIN).ok).toBe(false);
  });

  it('only an admin marks the cash collected', () => {
    for (const kind of ['CUSTOMER', 'SYSTEM'] as const) {
      expect(
        transition(cod('DELIVERED', 'PENDING'), { type: 'PAYMENT_COLLECTED' }, ACTORS[kind]),
      ).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
  });

  it('cancelling before the cash is collected refunds nothing', () => {
    const result = transition(cod('CONFIRMED', 'PENDING'), SAMPLE.CANCEL.action, ACTORS.CUSTOMER);
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ status: 'CANCELLED', paymentStatus: 'PENDING' });
    expect(result.effects).toEqual([
      'RESTOCK',
      'RELEASE_COUPON',
      'UNCOUNT_UNITS_SOLD',
      'INCREMENT_CANCELLATION_COUNT',
      'EMAIL_CANCELLED',
    ]);
  });

  it('giving collected cash back is recorded, never sent through the provider', () => {
    const cancelled = transition(cod('CONFIRMED', 'SUCCEEDED'), SAMPLE.CANCEL.action, ACTORS.ADMIN);
    expect(cancelled).toMatchObject({ ok: true, status: 'CANCELLED', paymentStatus: 'REFUNDED' });
    const refunded = transition(cod('DELIVERED', 'SUCCEEDED'), SAMPLE.FULL_REFUND.action, ACTORS.ADMIN);
    expect(refunded).toMatchObject({ ok: true, status: 'REFUNDED', paymentStatus: 'REFUNDED' });
    for (const result of [cancelled, refunded]) {
      if (!result.ok) throw new Error(result.message);
      expect(result.effects).toContain('RECORD_CASH_REFUND');
      expect(result.effects).not.toContain('REFUND_PAYMENT');
    }
  });

  it('an unpaid cash order has nothing to refund', () => {
    expect(transition(cod('DELIVERED', 'PENDING'), SAMPLE.FULL_REFUND.action, ACTORS.ADMIN)).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      message:
        'Refunding in full is not possible for an order that is delivered while its payment is pending.',
    });
  });

  it('has no card results', () => {
    for (const action of [SAMPLE.PAYMENT_SUCCEEDED.action, SAMPLE.PAYMENT_FAILED.action]) {
      expect(transition(cod('PENDING_PAYMENT', 'PENDING'), action, ACTORS.SYSTEM)).toMatchObject({
        ok: false,
        code: 'INVALID_TRANSITION',
      });
      expect(transition(cod('CANCELLED', 'PENDING'), action, ACTORS.SYSTEM).ok).toBe(false);
    }
  });
});
