import { transition } from '../../src/modules/order/order-state.js';
import type {
  Actor,
  OrderAction,
  OrderActionType,
  OrderState,
  OrderStatus,
  PaymentStatus,
} from '../../src/modules/order/order-state.types.js';
import type { PaymentMethod } from '../../src/modules/payment/payment-methods.js';

/**
 * The names, actors, sample actions and state builders the order state machine tests
 * (tests/unit/order-state-*.test.ts) share. The expectations are written out by hand from the rules
 * in the issue; none is derived from the implementation's table.
 */

export const STATUSES = ['PENDING_PAYMENT', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
export const PAYMENTS = ['PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED'];
export const METHODS = ['CARD', 'CASH_ON_DELIVERY'];
export const ACTOR_KINDS = ['CUSTOMER', 'ADMIN', 'SYSTEM'] as const;
export const ACTION_TYPES = [
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

export const ACTORS: Record<(typeof ACTOR_KINDS)[number], Actor> = {
  CUSTOMER: { kind: 'CUSTOMER', userId: 'user-1' },
  ADMIN: { kind: 'ADMIN', userId: 'admin-1' },
  SYSTEM: { kind: 'SYSTEM' },
};

/** One sample of each action, with the event data it must produce. */
export const SAMPLE: Record<OrderActionType, { action: OrderAction; data: Record<string, unknown> }> = {
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
export const MAY_EVER: Record<string, readonly string[]> = {
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

export const KNOWN_EFFECTS = [
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
export const KNOWN_EVENTS = [
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

export function state(status: string, paymentStatus: string, paymentMethod: string): OrderState {
  return {
    status: status as OrderStatus,
    paymentStatus: paymentStatus as PaymentStatus,
    paymentMethod: paymentMethod as PaymentMethod,
  };
}

export const card = (status: OrderStatus, paymentStatus: PaymentStatus): OrderState =>
  state(status, paymentStatus, 'CARD');
export const cod = (status: OrderStatus, paymentStatus: PaymentStatus): OrderState =>
  state(status, paymentStatus, 'CASH_ON_DELIVERY');

/** Applies actions in turn, failing the test on the first refusal; returns every result. */
export function run(start: OrderState, steps: Array<[OrderAction, Actor]>) {
  let current = start;
  return steps.map(([action, actor]) => {
    const result = transition(current, action, actor);
    if (!result.ok)
      throw new Error(`${action.type} refused in ${JSON.stringify(current)}: ${result.message}`);
    current = { ...current, status: result.status, paymentStatus: result.paymentStatus };
    return { ...result, state: current };
  });
}
