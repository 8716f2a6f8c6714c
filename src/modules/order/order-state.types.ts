import type { PaymentMethod } from '../payment/payment-methods.js';

/** The vocabulary of the order state machine (order-state.ts): statuses, actions, actors, events, effects. */

export const ORDER_STATUSES = [
  'PENDING_PAYMENT',
  'CONFIRMED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export type OrderAction =
  | { type: 'PAYMENT_SUCCEEDED' }
  | { type: 'PAYMENT_FAILED'; reason: string }
  | { type: 'CASH_ON_DELIVERY_PLACED' }
  | { type: 'PAYMENT_COLLECTED' }
  | { type: 'CANCEL'; reason: string | null }
  | { type: 'RESERVATION_EXPIRED' }
  | { type: 'MARK_SHIPPED'; carrier: string; trackingNumber: string }
  | { type: 'MARK_DELIVERED' }
  | { type: 'FULL_REFUND'; reason: string | null }
  | { type: 'PARTIAL_REFUND'; reason: string | null };
export type OrderActionType = OrderAction['type'];

export const ORDER_ACTION_TYPES = [
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
] as const satisfies readonly OrderActionType[];

export type Actor =
  | { kind: 'CUSTOMER'; userId: string }
  | { kind: 'ADMIN'; userId: string }
  | { kind: 'SYSTEM' };
export type ActorKind = Actor['kind'];

/** Types of the events on an order's timeline (for the GraphQL enum). */
export const ORDER_EVENT_TYPES = [
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
] as const;
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

/**
 * Side effects the service performs in the same transaction as the status change. A transition lists
 * them in this order.
 */
export const ORDER_EFFECTS = [
  /**
   * Refund the card payment through its provider: what is still captured, or for PARTIAL_REFUND the
   * amount the service passes with the action.
   */
  'REFUND_PAYMENT',
  /** Record a refund of the collected cash, handed back in person (no provider call); amount as above. */
  'RECORD_CASH_REFUND',
  /** Return the order's units still in the store (not in a parcel that has left) to their variants, one CANCEL movement per line. */
  'RESTOCK',
  /** Give back the coupon use the order took (no-op without a coupon). */
  'RELEASE_COUPON',
  /** Add the order's units to the products' sales counters (the order became CONFIRMED). */
  'COUNT_UNITS_SOLD',
  /** Take them off again (a CONFIRMED order was cancelled or refunded before shipping). */
  'UNCOUNT_UNITS_SOLD',
  /** The buyer's cancellation count goes up by one (the customer cancelled). */
  'INCREMENT_CANCELLATION_COUNT',
  /** Store the action's carrier and tracking number on the order. */
  'RECORD_TRACKING',
  /** Emails to the buyer, through the outbox. */
  'EMAIL_CONFIRMED',
  'EMAIL_CANCELLED',
  'EMAIL_DELIVERED',
  'EMAIL_REFUNDED',
  /** Tells the buyer the card payment failed and how to retry (orderPay) before the reservation ends. */
  'EMAIL_PAYMENT_FAILED',
] as const;
export type OrderEffect = (typeof ORDER_EFFECTS)[number];

export interface OrderState {
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentMethod: PaymentMethod;
}

/** One order_events row, but for its time (stamped by the service) and order id. */
export interface OrderTransitionEvent {
  type: OrderEventType;
  fromStatus: OrderStatus;
  toStatus: OrderStatus;
  actor: Actor;
  /**
   * Always `fromPaymentStatus` and `toPaymentStatus`; plus `reason` (PAYMENT_FAILED, CANCEL, FULL_REFUND,
   * PARTIAL_REFUND)
   * or `carrier` and `trackingNumber` (MARK_SHIPPED).
   */
  data: Record<string, unknown>;
}

export type TransitionResult =
  | {
      ok: true;
      status: OrderStatus;
      paymentStatus: PaymentStatus;
      event: OrderTransitionEvent;
      effects: OrderEffect[];
    }
  | { ok: false; code: 'INVALID_TRANSITION' | 'FORBIDDEN'; message: string };
