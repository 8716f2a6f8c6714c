import { describe, expect, it } from 'vitest';
import { initialOrderState, transition } from '../../src/modules/order/order-state.js';
import {
  ORDER_ACTION_TYPES,
  ORDER_EFFECTS,
  ORDER_EVENT_TYPES,
  ORDER_STATUSES,
  type OrderActionType,
  PAYMENT_STATUSES,
} from '../../src/modules/order/order-state.types.js';
import { PAYMENT_METHODS } from '../../src/modules/payment/payment-methods.js';
import {
  ACTION_TYPES,
  ACTOR_KINDS,
  ACTORS,
  card,
  cod,
  KNOWN_EFFECTS,
  KNOWN_EVENTS,
  MAY_EVER,
  METHODS,
  PAYMENTS,
  SAMPLE,
  STATUSES,
  state,
} from './order-state-support.js';

/** The order state machine cell by cell: every allowed transition from a table written by hand, and every other cell refused. */

/**
 * Every allowed cell of the (status × payment × method × action × actor) matrix, one per line:
 *   status payment method action actor -> status payment event : effects (in their documented order)
 * COD stands for CASH_ON_DELIVERY, "-" for no effects. Every other cell must be refused.
 */
const ALLOWED = `
PENDING_PAYMENT PENDING            CARD PAYMENT_SUCCEEDED       CUSTOMER -> CONFIRMED       SUCCEEDED PAYMENT_SUCCEEDED          : COUNT_UNITS_SOLD EMAIL_CONFIRMED
PENDING_PAYMENT PENDING            CARD PAYMENT_SUCCEEDED       SYSTEM   -> CONFIRMED       SUCCEEDED PAYMENT_SUCCEEDED          : COUNT_UNITS_SOLD EMAIL_CONFIRMED
PENDING_PAYMENT FAILED             CARD PAYMENT_SUCCEEDED       CUSTOMER -> CONFIRMED       SUCCEEDED PAYMENT_SUCCEEDED          : COUNT_UNITS_SOLD EMAIL_CONFIRMED
PENDING_PAYMENT FAILED             CARD PAYMENT_SUCCEEDED       SYSTEM   -> CONFIRMED       SUCCEEDED PAYMENT_SUCCEEDED          : COUNT_UNITS_SOLD EMAIL_CONFIRMED
CANCELLED       PENDING            CARD PAYMENT_SUCCEEDED       CUSTOMER -> CANCELLED       REFUNDED  LATE_PAYMENT_REFUNDED      : REFUND_PAYMENT EMAIL_REFUNDED
CANCELLED       PENDING            CARD PAYMENT_SUCCEEDED       SYSTEM   -> CANCELLED       REFUNDED  LATE_PAYMENT_REFUNDED      : REFUND_PAYMENT EMAIL_REFUNDED
CANCELLED       FAILED             CARD PAYMENT_SUCCEEDED       CUSTOMER -> CANCELLED       REFUNDED  LATE_PAYMENT_REFUNDED      : REFUND_PAYMENT EMAIL_REFUNDED
CANCELLED       FAILED             CARD PAYMENT_SUCCEEDED       SYSTEM   -> CANCELLED       REFUNDED  LATE_PAYMENT_REFUNDED      : REFUND_PAYMENT EMAIL_REFUNDED

PENDING_PAYMENT PENDING            CARD PAYMENT_FAILED          CUSTOMER -> PENDING_PAYMENT FAILED    PAYMENT_FAILED             : EMAIL_PAYMENT_FAILED
PENDING_PAYMENT PENDING            CARD PAYMENT_FAILED          SYSTEM   -> PENDING_PAYMENT FAILED    PAYMENT_FAILED             : EMAIL_PAYMENT_FAILED
PENDING_PAYMENT FAILED             CARD PAYMENT_FAILED          CUSTOMER -> PENDING_PAYMENT FAILED    PAYMENT_FAILED             : EMAIL_PAYMENT_FAILED
PENDING_PAYMENT FAILED             CARD PAYMENT_FAILED          SYSTEM   -> PENDING_PAYMENT FAILED    PAYMENT_FAILED             : EMAIL_PAYMENT_FAILED

PENDING_PAYMENT PENDING            COD  CASH_ON_DELIVERY_PLACED CUSTOMER -> CONFIRMED       PENDING   CASH_ON_DELIVERY_CONFIRMED : COUNT_UNITS_SOLD EMAIL_CONFIRMED
PENDING_PAYMENT PENDING            COD  CASH_ON_DELIVERY_PLACED SYSTEM   -> CONFIRMED       PENDING   CASH_ON_DELIVERY_CONFIRMED : COUNT_UNITS_SOLD EMAIL_CONFIRMED

CONFIRMED       PENDING            COD  PAYMENT_COLLECTED       ADMIN    -> CONFIRMED       SUCCEEDED PAYMENT_COLLECTED          : -
SHIPPED         PENDING            COD  PAYMENT_COLLECTED       ADMIN    -> SHIPPED         SUCCEEDED PAYMENT_COLLECTED          : -
DELIVERED       PENDING            COD  PAYMENT_COLLECTED       ADMIN    -> DELIVERED       SUCCEEDED PAYMENT_COLLECTED          : -

PENDING_PAYMENT PENDING            CARD CANCEL                  CUSTOMER -> CANCELLED       PENDING   CANCELLED                  : RESTOCK RELEASE_COUPON INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
PENDING_PAYMENT PENDING            CARD CANCEL                  ADMIN    -> CANCELLED       PENDING   CANCELLED                  : RESTOCK RELEASE_COUPON EMAIL_CANCELLED
PENDING_PAYMENT FAILED             CARD CANCEL                  CUSTOMER -> CANCELLED       FAILED    CANCELLED                  : RESTOCK RELEASE_COUPON INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
PENDING_PAYMENT FAILED             CARD CANCEL                  ADMIN    -> CANCELLED       FAILED    CANCELLED                  : RESTOCK RELEASE_COUPON EMAIL_CANCELLED
PENDING_PAYMENT PENDING            COD  CANCEL                  CUSTOMER -> CANCELLED       PENDING   CANCELLED                  : RESTOCK RELEASE_COUPON INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
PENDING_PAYMENT PENDING            COD  CANCEL                  ADMIN    -> CANCELLED       PENDING   CANCELLED                  : RESTOCK RELEASE_COUPON EMAIL_CANCELLED
CONFIRMED       SUCCEEDED          CARD CANCEL                  CUSTOMER -> CANCELLED       REFUNDED  CANCELLED                  : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
CONFIRMED       SUCCEEDED          CARD CANCEL                  ADMIN    -> CANCELLED       REFUNDED  CANCELLED                  : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_CANCELLED
CONFIRMED       PARTIALLY_REFUNDED CARD CANCEL                  CUSTOMER -> CANCELLED       REFUNDED  CANCELLED                  : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
CONFIRMED       PARTIALLY_REFUNDED CARD CANCEL                  ADMIN    -> CANCELLED       REFUNDED  CANCELLED                  : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_CANCELLED
CONFIRMED       PENDING            COD  CANCEL                  CUSTOMER -> CANCELLED       PENDING   CANCELLED                  : RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
CONFIRMED       PENDING            COD  CANCEL                  ADMIN    -> CANCELLED       PENDING   CANCELLED                  : RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_CANCELLED
CONFIRMED       SUCCEEDED          COD  CANCEL                  CUSTOMER -> CANCELLED       REFUNDED  CANCELLED                  : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
CONFIRMED       SUCCEEDED          COD  CANCEL                  ADMIN    -> CANCELLED       REFUNDED  CANCELLED                  : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_CANCELLED
CONFIRMED       PARTIALLY_REFUNDED COD  CANCEL                  CUSTOMER -> CANCELLED       REFUNDED  CANCELLED                  : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD INCREMENT_CANCELLATION_COUNT EMAIL_CANCELLED
CONFIRMED       PARTIALLY_REFUNDED COD  CANCEL                  ADMIN    -> CANCELLED       REFUNDED  CANCELLED                  : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_CANCELLED

PENDING_PAYMENT PENDING            CARD RESERVATION_EXPIRED     SYSTEM   -> CANCELLED       PENDING   RESERVATION_EXPIRED        : RESTOCK RELEASE_COUPON EMAIL_CANCELLED
PENDING_PAYMENT FAILED             CARD RESERVATION_EXPIRED     SYSTEM   -> CANCELLED       FAILED    RESERVATION_EXPIRED        : RESTOCK RELEASE_COUPON EMAIL_CANCELLED
PENDING_PAYMENT PENDING            COD  RESERVATION_EXPIRED     SYSTEM   -> CANCELLED       PENDING   RESERVATION_EXPIRED        : RESTOCK RELEASE_COUPON EMAIL_CANCELLED

CONFIRMED       SUCCEEDED          CARD MARK_SHIPPED            ADMIN    -> SHIPPED         SUCCEEDED SHIPPED                    : RECORD_TRACKING
CONFIRMED       SUCCEEDED          CARD MARK_SHIPPED            SYSTEM   -> SHIPPED         SUCCEEDED SHIPPED                    : RECORD_TRACKING
CONFIRMED       PARTIALLY_REFUNDED CARD MARK_SHIPPED            ADMIN    -> SHIPPED         PARTIALLY_REFUNDED SHIPPED           : RECORD_TRACKING
CONFIRMED       PARTIALLY_REFUNDED CARD MARK_SHIPPED            SYSTEM   -> SHIPPED         PARTIALLY_REFUNDED SHIPPED           : RECORD_TRACKING
CONFIRMED       PENDING            COD  MARK_SHIPPED            ADMIN    -> SHIPPED         PENDING   SHIPPED                    : RECORD_TRACKING
CONFIRMED       PENDING            COD  MARK_SHIPPED            SYSTEM   -> SHIPPED         PENDING   SHIPPED                    : RECORD_TRACKING
CONFIRMED       SUCCEEDED          COD  MARK_SHIPPED            ADMIN    -> SHIPPED         SUCCEEDED SHIPPED                    : RECORD_TRACKING
CONFIRMED       SUCCEEDED          COD  MARK_SHIPPED            SYSTEM   -> SHIPPED         SUCCEEDED SHIPPED                    : RECORD_TRACKING
CONFIRMED       PARTIALLY_REFUNDED COD  MARK_SHIPPED            ADMIN    -> SHIPPED         PARTIALLY_REFUNDED SHIPPED           : RECORD_TRACKING
CONFIRMED       PARTIALLY_REFUNDED COD  MARK_SHIPPED            SYSTEM   -> SHIPPED         PARTIALLY_REFUNDED SHIPPED           : RECORD_TRACKING

SHIPPED         SUCCEEDED          CARD MARK_DELIVERED          ADMIN    -> DELIVERED       SUCCEEDED DELIVERED                  : EMAIL_DELIVERED
SHIPPED         SUCCEEDED          CARD MARK_DELIVERED          SYSTEM   -> DELIVERED       SUCCEEDED DELIVERED                  : EMAIL_DELIVERED
SHIPPED         PARTIALLY_REFUNDED CARD MARK_DELIVERED          ADMIN    -> DELIVERED       PARTIALLY_REFUNDED DELIVERED         : EMAIL_DELIVERED
SHIPPED         PARTIALLY_REFUNDED CARD MARK_DELIVERED          SYSTEM   -> DELIVERED       PARTIALLY_REFUNDED DELIVERED         : EMAIL_DELIVERED
SHIPPED         PENDING            COD  MARK_DELIVERED          ADMIN    -> DELIVERED       PENDING   DELIVERED                  : EMAIL_DELIVERED
SHIPPED         PENDING            COD  MARK_DELIVERED          SYSTEM   -> DELIVERED       PENDING   DELIVERED                  : EMAIL_DELIVERED
SHIPPED         SUCCEEDED          COD  MARK_DELIVERED          ADMIN    -> DELIVERED       SUCCEEDED DELIVERED                  : EMAIL_DELIVERED
SHIPPED         SUCCEEDED          COD  MARK_DELIVERED          SYSTEM   -> DELIVERED       SUCCEEDED DELIVERED                  : EMAIL_DELIVERED
SHIPPED         PARTIALLY_REFUNDED COD  MARK_DELIVERED          ADMIN    -> DELIVERED       PARTIALLY_REFUNDED DELIVERED         : EMAIL_DELIVERED
SHIPPED         PARTIALLY_REFUNDED COD  MARK_DELIVERED          SYSTEM   -> DELIVERED       PARTIALLY_REFUNDED DELIVERED         : EMAIL_DELIVERED

CONFIRMED       SUCCEEDED          CARD FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
CONFIRMED       SUCCEEDED          CARD FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED CARD FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED CARD FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
CONFIRMED       SUCCEEDED          COD  FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
CONFIRMED       SUCCEEDED          COD  FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED COD  FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED COD  FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND RESTOCK RELEASE_COUPON UNCOUNT_UNITS_SOLD EMAIL_REFUNDED
SHIPPED         SUCCEEDED          CARD FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         SUCCEEDED          CARD FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED CARD FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED CARD FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         SUCCEEDED          COD  FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED
SHIPPED         SUCCEEDED          COD  FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED COD  FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED COD  FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       SUCCEEDED          CARD FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       SUCCEEDED          CARD FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED CARD FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED CARD FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       SUCCEEDED          COD  FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       SUCCEEDED          COD  FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED COD  FULL_REFUND             ADMIN    -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED COD  FULL_REFUND             SYSTEM   -> REFUNDED        REFUNDED  REFUNDED                   : RECORD_CASH_REFUND EMAIL_REFUNDED

CONFIRMED       SUCCEEDED          CARD PARTIAL_REFUND          ADMIN    -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
CONFIRMED       SUCCEEDED          CARD PARTIAL_REFUND          SYSTEM   -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED CARD PARTIAL_REFUND          ADMIN    -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED CARD PARTIAL_REFUND          SYSTEM   -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
CONFIRMED       SUCCEEDED          COD  PARTIAL_REFUND          ADMIN    -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
CONFIRMED       SUCCEEDED          COD  PARTIAL_REFUND          SYSTEM   -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED COD  PARTIAL_REFUND          ADMIN    -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
CONFIRMED       PARTIALLY_REFUNDED COD  PARTIAL_REFUND          SYSTEM   -> CONFIRMED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
SHIPPED         SUCCEEDED          CARD PARTIAL_REFUND          ADMIN    -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         SUCCEEDED          CARD PARTIAL_REFUND          SYSTEM   -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED CARD PARTIAL_REFUND          ADMIN    -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED CARD PARTIAL_REFUND          SYSTEM   -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
SHIPPED         SUCCEEDED          COD  PARTIAL_REFUND          ADMIN    -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
SHIPPED         SUCCEEDED          COD  PARTIAL_REFUND          SYSTEM   -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED COD  PARTIAL_REFUND          ADMIN    -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
SHIPPED         PARTIALLY_REFUNDED COD  PARTIAL_REFUND          SYSTEM   -> SHIPPED         PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       SUCCEEDED          CARD PARTIAL_REFUND          ADMIN    -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       SUCCEEDED          CARD PARTIAL_REFUND          SYSTEM   -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED CARD PARTIAL_REFUND          ADMIN    -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED CARD PARTIAL_REFUND          SYSTEM   -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : REFUND_PAYMENT EMAIL_REFUNDED
DELIVERED       SUCCEEDED          COD  PARTIAL_REFUND          ADMIN    -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       SUCCEEDED          COD  PARTIAL_REFUND          SYSTEM   -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED COD  PARTIAL_REFUND          ADMIN    -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
DELIVERED       PARTIALLY_REFUNDED COD  PARTIAL_REFUND          SYSTEM   -> DELIVERED       PARTIALLY_REFUNDED PARTIALLY_REFUNDED : RECORD_CASH_REFUND EMAIL_REFUNDED
`;

interface Expected {
  key: string;
  status: string;
  paymentStatus: string;
  method: string;
  action: string;
  actor: string;
  toStatus: string;
  toPaymentStatus: string;
  event: string;
  effects: string[];
}

function cellKey(status: string, payment: string, method: string, action: string, actor: string): string {
  return `${status} ${payment} ${method} ${action} ${actor}`;
}

function parseAllowed(text: string): Map<string, Expected> {
  const rows = new Map<string, Expected>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(\S+) (\S+) (\S+) (\S+) (\S+) -> (\S+) (\S+) (\S+) : (.+)$/.exec(
      line.replace(/ +/g, ' '),
    );
    if (!match) throw new Error(`unreadable expectation: ${line}`);
    const [, status, payment, m, action, actor, toStatus, toPayment, event, effectText] =
      match as unknown as [string, string, string, string, string, string, string, string, string, string];
    const method = m === 'COD' ? 'CASH_ON_DELIVERY' : m;
    const effects = effectText.trim() === '-' ? [] : effectText.trim().split(' ');
    // Guard the table itself against typos.
    for (const [value, list] of [
      [status, STATUSES],
      [toStatus, STATUSES],
      [payment, PAYMENTS],
      [toPayment, PAYMENTS],
      [method, METHODS],
      [action, ACTION_TYPES],
      [actor, ACTOR_KINDS as readonly string[]],
      [event, KNOWN_EVENTS],
      ...effects.map((e) => [e, KNOWN_EFFECTS] as const),
    ] as const) {
      if (!list.includes(value)) throw new Error(`unknown name ${value} in: ${line}`);
    }
    const key = cellKey(status, payment, method, action, actor);
    if (rows.has(key)) throw new Error(`duplicate expectation: ${line}`);
    rows.set(key, {
      key,
      status,
      paymentStatus: payment,
      method,
      action,
      actor,
      toStatus,
      toPaymentStatus: toPayment,
      event,
      effects,
    });
  }
  return rows;
}

const EXPECTED = parseAllowed(ALLOWED);

describe('exported lists', () => {
  it('name every status, payment status, method, action, event and effect', () => {
    expect([...ORDER_STATUSES]).toEqual(STATUSES);
    expect([...PAYMENT_STATUSES]).toEqual(PAYMENTS);
    expect([...PAYMENT_METHODS]).toEqual(METHODS);
    expect([...ORDER_ACTION_TYPES]).toEqual(ACTION_TYPES);
    expect([...ORDER_EVENT_TYPES]).toEqual(KNOWN_EVENTS);
    expect([...ORDER_EFFECTS]).toEqual(KNOWN_EFFECTS);
  });

  it('a new order awaits payment, whatever the method', () => {
    expect(initialOrderState('CARD')).toEqual(card('PENDING_PAYMENT', 'PENDING'));
    expect(initialOrderState('CASH_ON_DELIVERY')).toEqual(cod('PENDING_PAYMENT', 'PENDING'));
  });
});

describe('allowed transitions', () => {
  it('the expectation table lists 104 allowed cells', () => {
    expect(EXPECTED.size).toBe(104);
  });

  it.each([...EXPECTED.values()].map((e) => [e.key, e] as const))('%s', (_key, e) => {
    const sample = SAMPLE[e.action as OrderActionType];
    const actor = ACTORS[e.actor as keyof typeof ACTORS];
    const result = transition(state(e.status, e.paymentStatus, e.method), sample.action, actor);
    expect(result).toEqual({
      ok: true,
      status: e.toStatus,
      paymentStatus: e.toPaymentStatus,
      event: {
        type: e.event,
        fromStatus: e.status,
        toStatus: e.toStatus,
        actor,
        data: { fromPaymentStatus: e.paymentStatus, toPaymentStatus: e.toPaymentStatus, ...sample.data },
      },
      effects: e.effects,
    });
  });
});

describe('the full matrix (status × payment status × method × actor) for each action', () => {
  it.each(ACTION_TYPES)(
    '%s: allowed exactly where the table says, refused with the right code elsewhere',
    (type) => {
      const mismatches: string[] = [];
      let allowed = 0;
      let cells = 0;
      for (const status of STATUSES) {
        for (const payment of PAYMENTS) {
          for (const method of METHODS) {
            for (const actorKind of ACTOR_KINDS) {
              cells++;
              const key = cellKey(status, payment, method, type, actorKind);
              const result = transition(
                state(status, payment, method),
                SAMPLE[type as OrderActionType].action,
                ACTORS[actorKind],
              );
              const expected = EXPECTED.get(key);
              if (expected) {
                allowed++;
                if (
                  !result.ok ||
                  result.status !== expected.toStatus ||
                  result.paymentStatus !== expected.toPaymentStatus ||
                  result.event.type !== expected.event ||
                  result.effects.join(' ') !== expected.effects.join(' ')
                ) {
                  mismatches.push(`${key}: expected allowed, got ${JSON.stringify(result)}`);
                }
                continue;
              }
              const code = MAY_EVER[type]?.includes(actorKind) ? 'INVALID_TRANSITION' : 'FORBIDDEN';
              if (result.ok || result.code !== code) {
                mismatches.push(`${key}: expected ${code}, got ${JSON.stringify(result)}`);
              } else if (!/^[A-Z].+\.$/.test(result.message)) {
                mismatches.push(`${key}: message is not a sentence: ${result.message}`);
              }
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(cells).toBe(6 * 5 * 2 * 3);
      expect(allowed).toBe([...EXPECTED.values()].filter((e) => e.action === type).length);
    },
  );
});
