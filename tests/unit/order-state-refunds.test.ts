import { describe, expect, it } from 'vitest';
import { transition } from '../../src/modules/order/order-state.js';
import { type OrderActionType } from '../../src/modules/order/order-state.types.js';
import {
  ACTION_TYPES,
  ACTOR_KINDS,
  ACTORS,
  card,
  cod,
  METHODS,
  run,
  SAMPLE,
  state,
} from './order-state-support.js';

/** Full and partial refunds in the order state machine, and that transition() is pure. */

describe('full refunds', () => {
  it('before shipping the goods go back to stock; after shipping they stay with the customer', () => {
    const before = transition(card('CONFIRMED', 'SUCCEEDED'), SAMPLE.FULL_REFUND.action, ACTORS.ADMIN);
    const after = transition(card('DELIVERED', 'SUCCEEDED'), SAMPLE.FULL_REFUND.action, ACTORS.SYSTEM);
    if (!before.ok || !after.ok) throw new Error('refused');
    expect(before.effects).toEqual([
      'REFUND_PAYMENT',
      'RESTOCK',
      'RELEASE_COUPON',
      'UNCOUNT_UNITS_SOLD',
      'EMAIL_REFUNDED',
    ]);
    expect(after.effects).toEqual(['REFUND_PAYMENT', 'EMAIL_REFUNDED']);
    expect(after.event).toEqual({
      type: 'REFUNDED',
      fromStatus: 'DELIVERED',
      toStatus: 'REFUNDED',
      actor: { kind: 'SYSTEM' },
      data: { fromPaymentStatus: 'SUCCEEDED', toPaymentStatus: 'REFUNDED', reason: 'Damaged in transit' },
    });
  });

  it('what partial refunds left is refunded too', () => {
    expect(
      transition(card('SHIPPED', 'PARTIALLY_REFUNDED'), SAMPLE.FULL_REFUND.action, ACTORS.ADMIN),
    ).toMatchObject({ ok: true, status: 'REFUNDED', paymentStatus: 'REFUNDED' });
  });

  it('not by the customer, not twice, not for an order that was never paid or is already cancelled', () => {
    expect(
      transition(card('DELIVERED', 'SUCCEEDED'), SAMPLE.FULL_REFUND.action, ACTORS.CUSTOMER),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    for (const s of [
      card('REFUNDED', 'REFUNDED'),
      card('PENDING_PAYMENT', 'FAILED'),
      card('CANCELLED', 'REFUNDED'),
    ]) {
      expect(transition(s, SAMPLE.FULL_REFUND.action, ACTORS.ADMIN)).toMatchObject({
        ok: false,
        code: 'INVALID_TRANSITION',
      });
    }
  });

  it('a refunded order is final', () => {
    for (const method of METHODS) {
      for (const type of ACTION_TYPES) {
        for (const kind of ACTOR_KINDS) {
          const result = transition(
            state('REFUNDED', 'REFUNDED', method),
            SAMPLE[type as OrderActionType].action,
            ACTORS[kind],
          );
          expect(result.ok).toBe(false);
        }
      }
    }
  });
});

describe('purity', () => {
  it('does not touch its inputs and returns a fresh actor in the event', () => {
    const s = Object.freeze(card('CONFIRMED', 'SUCCEEDED'));
    const action = Object.freeze({ ...SAMPLE.MARK_SHIPPED.action });
    const actor = Object.freeze({ kind: 'ADMIN', userId: 'admin-1' } as const);
    const first = transition(s, action, actor);
    const second = transition(s, action, actor);
    expect(first).toEqual(second);
    expect(s).toEqual(card('CONFIRMED', 'SUCCEEDED'));
    if (!first.ok) throw new Error(first.message);
    expect(first.event.actor).toEqual(actor);
    expect(first.event.actor).not.toBe(actor);
  });
});

describe('partial refunds', () => {
  it('keep the order status, mark the payment partially refunded, and may repeat', () => {
    const results = run(card('DELIVERED', 'SUCCEEDED'), [
      [SAMPLE.PARTIAL_REFUND.action, ACTORS.ADMIN],
      [SAMPLE.PARTIAL_REFUND.action, ACTORS.ADMIN],
      [SAMPLE.FULL_REFUND.action, ACTORS.ADMIN],
    ]);
    expect(results.map((r) => [r.state.status, r.state.paymentStatus, r.event.type, r.effects])).toEqual([
      ['DELIVERED', 'PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED', ['REFUND_PAYMENT', 'EMAIL_REFUNDED']],
      ['DELIVERED', 'PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED', ['REFUND_PAYMENT', 'EMAIL_REFUNDED']],
      ['REFUNDED', 'REFUNDED', 'REFUNDED', ['REFUND_PAYMENT', 'EMAIL_REFUNDED']],
    ]);
  });

  it('a partially refunded order still ships', () => {
    const results = run(card('CONFIRMED', 'SUCCEEDED'), [
      [SAMPLE.PARTIAL_REFUND.action, ACTORS.ADMIN],
      [SAMPLE.MARK_SHIPPED.action, ACTORS.ADMIN],
    ]);
    expect(results[1]!.state).toMatchObject({ status: 'SHIPPED', paymentStatus: 'PARTIALLY_REFUNDED' });
  });

  it('never on an unpaid, cancelled or refunded order, never by the customer', () => {
    for (const s of [
      card('PENDING_PAYMENT', 'PENDING'),
      cod('DELIVERED', 'PENDING'),
      card('CANCELLED', 'REFUNDED'),
      card('REFUNDED', 'REFUNDED'),
    ]) {
      expect(transition(s, SAMPLE.PARTIAL_REFUND.action, ACTORS.ADMIN)).toMatchObject({
        ok: false,
        code: 'INVALID_TRANSITION',
      });
    }
    expect(
      transition(card('DELIVERED', 'SUCCEEDED'), SAMPLE.PARTIAL_REFUND.action, ACTORS.CUSTOMER),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
