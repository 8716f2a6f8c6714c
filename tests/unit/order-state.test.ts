import { describe, expect, it } from 'vitest';
import { canCancel, canPay, initialOrderState, transition } from '../../src/modules/order/order-state.js';
import {
  type Actor,
  ORDER_ACTION_TYPES,
  ORDER_EFFECTS,
  ORDER_EVENT_TYPES,
  ORDER_STATUSES,
  type OrderAction,
  type OrderActionType,
  type OrderState,
  type OrderStatus,
  PAYMENT_STATUSES,
  type PaymentStatus,
} from '../../src/modules/order/order-state.types.js';
import { PAYMENT_METHODS, type PaymentMethod } from '../../src/modules/payment/payment-methods.js';

// The expectations below are written out by hand from the rules in the issue; none is derived from the
// implementation's table.

const STATUSES = ['PENDING_PAYMENT', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
const PAYMENTS = ['PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED'];
const METHODS = ['CARD', 'CASH_ON_DELIVERY'];
const ACTOR_KINDS = ['CUSTOMER', 'ADMIN', 'SYSTEM'] as const;
const ACTION_TYPES = [
  'PAYMENT_SUCCEEDED',
  'PAYMENT_FAILED',
  'CASH_ON_DELIVERY_PLACED',
  'PAYMENT_COLLECTED',
  'CANCEL',
  'RESERVATION_EXPIRED',
  'MARK_SHIPPED',
  'MARK_DELIVERED',
  'FULL_REFUND',
  'PARTIAL_REFUND',
];

const ACTORS: Record<(typeof ACTOR_KINDS)[number], Actor> = {
  CUSTOMER: { kind: 'CUSTOMER', userId: 'user-1' },
  ADMIN: { kind: 'ADMIN', userId: 'admin-1' },
  SYSTEM: { kind: 'SYSTEM' },
};

/** One sample of each action, with the event data it must produce. */
const SAMPLE: Record<OrderActionType, { action: OrderAction; data: Record<string, unknown> }> = {
  PAYMENT_SUCCEEDED: { action: { type: 'PAYMENT_SUCCEEDED' }, data: {} },
  PAYMENT_FAILED: {
    action: { type: 'PAYMENT_FAILED', reason: 'card_declined' },
    data: { reason: 'card_declined' },
  },
  CASH_ON_DELIVERY_PLACED: { action: { type: 'CASH_ON_DELIVERY_PLACED' }, data: {} },
  PAYMENT_COLLECTED: { action: { type: 'PAYMENT_COLLECTED' }, data: {} },
  CANCEL: {
    action: { type: 'CANCEL', reason: 'Ordered the wrong size' },
    data: { reason: 'Ordered the wrong size' },
  },
  RESERVATION_EXPIRED: { action: { type: 'RESERVATION_EXPIRED' }, data: {} },
  MARK_SHIPPED: {
    action: { type: 'MARK_SHIPPED', carrier: 'DHL', trackingNumber: 'JD014600006281' },
    data: { carrier: 'DHL', trackingNumber: 'JD014600006281' },
  },
  MARK_DELIVERED: { action: { type: 'MARK_DELIVERED' }, data: {} },
  FULL_REFUND: {
    action: { type: 'FULL_REFUND', reason: 'Damaged in transit' },
    data: { reason: 'Damaged in transit' },
  },
  PARTIAL_REFUND: {
    action: { type: 'PARTIAL_REFUND', reason: 'One mug arrived chipped' },
    data: { reason: 'One mug arrived chipped' },
  },
};

/** Who may ever perform each action (anyone else: FORBIDDEN, whatever the state). */
const MAY_EVER: Record<string, readonly string[]> = {
  PAYMENT_SUCCEEDED: ['CUSTOMER', 'SYSTEM'],
  PAYMENT_FAILED: ['CUSTOMER', 'SYSTEM'],
  CASH_ON_DELIVERY_PLACED: ['CUSTOMER', 'SYSTEM'],
  PAYMENT_COLLECTED: ['ADMIN'],
  CANCEL: ['CUSTOMER', 'ADMIN'],
  RESERVATION_EXPIRED: ['SYSTEM'],
  MARK_SHIPPED: ['ADMIN', 'SYSTEM'],
  MARK_DELIVERED: ['ADMIN', 'SYSTEM'],
  FULL_REFUND: ['ADMIN', 'SYSTEM'],
  PARTIAL_REFUND: ['ADMIN', 'SYSTEM'],
};

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

const KNOWN_EFFECTS = [
  'REFUND_PAYMENT',
  'RECORD_CASH_REFUND',
  'RESTOCK',
  'RELEASE_COUPON',
  'COUNT_UNITS_SOLD',
  'UNCOUNT_UNITS_SOLD',
  'INCREMENT_CANCELLATION_COUNT',
  'RECORD_TRACKING',
  'EMAIL_CONFIRMED',
  'EMAIL_CANCELLED',
  'EMAIL_DELIVERED',
  'EMAIL_REFUNDED',
  'EMAIL_PAYMENT_FAILED',
];
const KNOWN_EVENTS = [
  'PAYMENT_SUCCEEDED',
  'PAYMENT_FAILED',
  'CASH_ON_DELIVERY_CONFIRMED',
  'PAYMENT_COLLECTED',
  'CANCELLED',
  'RESERVATION_EXPIRED',
  'SHIPPED',
  'DELIVERED',
  'REFUNDED',
  'LATE_PAYMENT_REFUNDED',
  'PARTIALLY_REFUNDED',
];

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

function state(status: string, paymentStatus: string, paymentMethod: string): OrderState {
  return {
    status: status as OrderStatus,
    paymentStatus: paymentStatus as PaymentStatus,
    paymentMethod: paymentMethod as PaymentMethod,
  };
}

const card = (status: OrderStatus, paymentStatus: PaymentStatus): OrderState =>
  state(status, paymentStatus, 'CARD');
const cod = (status: OrderStatus, paymentStatus: PaymentStatus): OrderState =>
  state(status, paymentStatus, 'CASH_ON_DELIVERY');

/** Applies actions in turn, failing the test on the first refusal; returns every result. */
function run(start: OrderState, steps: Array<[OrderAction, Actor]>) {
  let current = start;
  return steps.map(([action, actor]) => {
    const result = transition(current, action, actor);
    if (!result.ok)
      throw new Error(`${action.type} refused in ${JSON.stringify(current)}: ${result.message}`);
    current = { ...current, status: result.status, paymentStatus: result.paymentStatus };
    return { ...result, state: current };
  });
}

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
