import { describe, expect, it } from 'vitest';
import { canCancel, canPay, transition } from '../../src/modules/order/order-state.js';
import { type Actor, type OrderState } from '../../src/modules/order/order-state.types.js';
import {
  ACTOR_KINDS,
  ACTORS,
  card,
  cod,
  METHODS,
  PAYMENTS,
  SAMPLE,
  STATUSES,
  state,
} from './order-state-support.js';

/** What the order state machine refuses, and the guards (canCancel, canPay) the API shows before asking. */

describe('refusals', () => {
  it('checks the actor before the state: FORBIDDEN wins over INVALID_TRANSITION', () => {
    // A customer may not mark anything shipped, even a delivered order (nobody could ship that).
    expect(
      transition(card('DELIVERED', 'SUCCEEDED'), SAMPLE.MARK_SHIPPED.action, ACTORS.CUSTOMER),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // The sweeper does not use CANCEL, even on an order that could be cancelled.
    expect(transition(card('CONFIRMED', 'SUCCEEDED'), SAMPLE.CANCEL.action, ACTORS.SYSTEM)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    // An admin does not report card results.
    expect(
      transition(card('PENDING_PAYMENT', 'PENDING'), SAMPLE.PAYMENT_SUCCEEDED.action, ACTORS.ADMIN),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('explains itself in a sentence a shopper or admin can read', () => {
    const cancelShipped = transition(card('SHIPPED', 'SUCCEEDED'), SAMPLE.CANCEL.action, ACTORS.CUSTOMER);
    expect(cancelShipped).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      message: 'Cancelling is not possible for an order that is shipped.',
    });
    expect(
      transition(cod('PENDING_PAYMENT', 'PENDING'), SAMPLE.PAYMENT_SUCCEEDED.action, ACTORS.SYSTEM),
    ).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      message:
        'Recording a successful payment is not possible for a cash on delivery order that is awaiting payment.',
    });
    expect(transition(card('CONFIRMED', 'PENDING'), SAMPLE.MARK_SHIPPED.action, ACTORS.ADMIN)).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      message:
        'Marking as shipped is not possible for an order that is confirmed while its payment is pending.',
    });
    expect(transition(card('CONFIRMED', 'SUCCEEDED'), SAMPLE.MARK_SHIPPED.action, ACTORS.CUSTOMER)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Marking as shipped is not allowed for a customer.',
    });
  });

  it('a duplicate payment success (webhook redelivery) does not confirm twice', () => {
    expect(
      transition(card('CONFIRMED', 'SUCCEEDED'), SAMPLE.PAYMENT_SUCCEEDED.action, ACTORS.SYSTEM),
    ).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('shipped, delivered, cancelled and refunded orders cannot be cancelled by anyone', () => {
    for (const s of [
      card('SHIPPED', 'SUCCEEDED'),
      card('DELIVERED', 'SUCCEEDED'),
      card('CANCELLED', 'REFUNDED'),
      card('REFUNDED', 'REFUNDED'),
    ]) {
      for (const kind of ['CUSTOMER', 'ADMIN'] as const) {
        expect(transition(s, SAMPLE.CANCEL.action, ACTORS[kind])).toMatchObject({
          ok: false,
          code: 'INVALID_TRANSITION',
        });
      }
    }
  });
});

describe('canCancel', () => {
  /** The states an order really reaches, per status. */
  const REACHABLE: Record<string, OrderState[]> = {
    PENDING_PAYMENT: [
      card('PENDING_PAYMENT', 'PENDING'),
      card('PENDING_PAYMENT', 'FAILED'),
      cod('PENDING_PAYMENT', 'PENDING'),
    ],
    CONFIRMED: [card('CONFIRMED', 'SUCCEEDED'), cod('CONFIRMED', 'PENDING'), cod('CONFIRMED', 'SUCCEEDED')],
    SHIPPED: [card('SHIPPED', 'SUCCEEDED'), cod('SHIPPED', 'PENDING'), cod('SHIPPED', 'SUCCEEDED')],
    DELIVERED: [card('DELIVERED', 'SUCCEEDED'), cod('DELIVERED', 'PENDING'), cod('DELIVERED', 'SUCCEEDED')],
    CANCELLED: [
      card('CANCELLED', 'PENDING'),
      card('CANCELLED', 'FAILED'),
      card('CANCELLED', 'REFUNDED'),
      cod('CANCELLED', 'PENDING'),
      cod('CANCELLED', 'REFUNDED'),
    ],
    REFUNDED: [card('REFUNDED', 'REFUNDED'), cod('REFUNDED', 'REFUNDED')],
  };
  //                                    CUSTOMER ADMIN  SYSTEM
  const CAN_CANCEL: Record<string, [boolean, boolean, boolean]> = {
    PENDING_PAYMENT: [true, true, false],
    CONFIRMED: [true, true, false],
    SHIPPED: [false, false, false],
    DELIVERED: [false, false, false],
    CANCELLED: [false, false, false],
    REFUNDED: [false, false, false],
  };

  it.each(STATUSES)('%s', (status) => {
    for (const s of REACHABLE[status]!) {
      ACTOR_KINDS.forEach((kind, i) => {
        expect({ ...s, actor: kind, canCancel: canCancel(s, ACTORS[kind]) }).toEqual({
          ...s,
          actor: kind,
          canCancel: CAN_CANCEL[status]![i],
        });
      });
    }
  });

  it('agrees with transition(CANCEL) on every state and actor', () => {
    for (const status of STATUSES) {
      for (const payment of PAYMENTS) {
        for (const method of METHODS) {
          for (const kind of ACTOR_KINDS) {
            const s = state(status, payment, method);
            expect(canCancel(s, ACTORS[kind])).toBe(
              transition(s, { type: 'CANCEL', reason: null }, ACTORS[kind]).ok,
            );
          }
        }
      }
    }
  });
});

describe('canPay', () => {
  it('only the buyer, only a card order awaiting payment (never charged or last attempt failed)', () => {
    const yes: Array<[OrderState, Actor]> = [
      [card('PENDING_PAYMENT', 'PENDING'), ACTORS.CUSTOMER],
      [card('PENDING_PAYMENT', 'FAILED'), ACTORS.CUSTOMER],
    ];
    for (const [s, a] of yes) expect(canPay(s, a)).toBe(true);
    let trueCount = 0;
    for (const status of STATUSES) {
      for (const payment of PAYMENTS) {
        for (const method of METHODS) {
          for (const kind of ACTOR_KINDS) {
            if (canPay(state(status, payment, method), ACTORS[kind])) trueCount++;
          }
        }
      }
    }
    expect(trueCount).toBe(yes.length);
    // In particular, never on a cancelled (for example expired) order.
    expect(canPay(card('CANCELLED', 'FAILED'), ACTORS.CUSTOMER)).toBe(false);
    expect(canPay(cod('PENDING_PAYMENT', 'PENDING'), ACTORS.CUSTOMER)).toBe(false);
  });
});
