import type { PaymentSettlement } from '../payment/payment-methods.js';
import type {
  ActorKind,
  OrderActionType,
  OrderEffect,
  OrderEventType,
  OrderStatus,
  PaymentStatus,
} from './order-state.types.js';

/**
 * The rows of the order state machine (order-state.ts `transition`).
 *
 * Rules, one row of TRANSITIONS each. "same" = unchanged; UNPAID = PENDING or FAILED; CAPTURED = SUCCEEDED or
 * PARTIALLY_REFUNDED; CASH_DUE_OR_CAPTURED = PENDING, SUCCEEDED or PARTIALLY_REFUNDED; PART_REFUNDED =
 * PARTIALLY_REFUNDED. "settles" is how the money of the order's payment method arrives
 * (payment/payment-methods.ts): PROVIDER (card: captured by the provider, at once or once confirmed in
 * the browser) or ON_DELIVERY (cash on delivery). The machine never looks at a method's name: a new
 * method settles one of these two ways and follows its rows.
 *
 * | action                  | actors           | from                          | settles     | payment              | to / payment          | event                      | effects (in ORDER_EFFECTS order)                                                 |
 * |-------------------------|------------------|-------------------------------|-------------|----------------------|-----------------------|----------------------------|----------------------------------------------------------------------------------|
 * | PAYMENT_SUCCEEDED       | CUSTOMER, SYSTEM | PENDING_PAYMENT               | PROVIDER    | UNPAID               | CONFIRMED / SUCCEEDED | PAYMENT_SUCCEEDED          | COUNT_UNITS_SOLD, EMAIL_CONFIRMED                                                |
 * | PAYMENT_SUCCEEDED       | CUSTOMER, SYSTEM | CANCELLED                     | PROVIDER    | UNPAID               | same / REFUNDED       | LATE_PAYMENT_REFUNDED      | REFUND_PAYMENT, EMAIL_REFUNDED                                                   |
 * | PAYMENT_FAILED          | CUSTOMER, SYSTEM | PENDING_PAYMENT               | PROVIDER    | UNPAID               | same / FAILED         | PAYMENT_FAILED             | EMAIL_PAYMENT_FAILED (orderPay may retry)                                        |
 * | CASH_ON_DELIVERY_PLACED | CUSTOMER, SYSTEM | PENDING_PAYMENT               | ON_DELIVERY | PENDING              | CONFIRMED / same      | CASH_ON_DELIVERY_CONFIRMED | COUNT_UNITS_SOLD, EMAIL_CONFIRMED                                                |
 * | PAYMENT_COLLECTED       | ADMIN            | CONFIRMED, SHIPPED, DELIVERED | ON_DELIVERY | PENDING              | same / SUCCEEDED      | PAYMENT_COLLECTED          | none                                                                             |
 * | CANCEL                  | CUSTOMER, ADMIN  | PENDING_PAYMENT               | PROVIDER    | UNPAID               | CANCELLED / same      | CANCELLED                  | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | CANCEL                  | CUSTOMER, ADMIN  | PENDING_PAYMENT               | ON_DELIVERY | PENDING              | CANCELLED / same      | CANCELLED                  | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | CANCEL                  | CUSTOMER, ADMIN  | CONFIRMED                     | PROVIDER    | CAPTURED             | CANCELLED / REFUNDED  | CANCELLED                  | REFUND_PAYMENT, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_CANCELLED     |
 * | CANCEL                  | CUSTOMER, ADMIN  | CONFIRMED                     | ON_DELIVERY | PENDING              | CANCELLED / same      | CANCELLED                  | RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_CANCELLED                     |
 * | CANCEL                  | CUSTOMER, ADMIN  | CONFIRMED                     | ON_DELIVERY | CAPTURED             | CANCELLED / REFUNDED  | CANCELLED                  | RECORD_CASH_REFUND, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_CANCELLED |
 * | RESERVATION_EXPIRED     | SYSTEM           | PENDING_PAYMENT               | PROVIDER    | UNPAID               | CANCELLED / same      | RESERVATION_EXPIRED        | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | RESERVATION_EXPIRED     | SYSTEM           | PENDING_PAYMENT               | ON_DELIVERY | PENDING              | CANCELLED / same      | RESERVATION_EXPIRED        | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | MARK_SHIPPED            | ADMIN, SYSTEM    | CONFIRMED                     | PROVIDER    | CAPTURED             | SHIPPED / same        | SHIPPED                    | RECORD_TRACKING                                                                  |
 * | MARK_SHIPPED            | ADMIN, SYSTEM    | CONFIRMED                     | ON_DELIVERY | CASH_DUE_OR_CAPTURED | SHIPPED / same        | SHIPPED                    | RECORD_TRACKING                                                                  |
 * | MARK_DELIVERED          | ADMIN, SYSTEM    | SHIPPED                       | PROVIDER    | CAPTURED             | DELIVERED / same      | DELIVERED                  | EMAIL_DELIVERED                                                                  |
 * | MARK_DELIVERED          | ADMIN, SYSTEM    | SHIPPED                       | ON_DELIVERY | CASH_DUE_OR_CAPTURED | DELIVERED / same      | DELIVERED                  | EMAIL_DELIVERED                                                                  |
 * | FULL_REFUND             | ADMIN, SYSTEM    | CONFIRMED                     | PROVIDER    | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | REFUND_PAYMENT, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_REFUNDED      |
 * | FULL_REFUND             | ADMIN, SYSTEM    | CONFIRMED                     | ON_DELIVERY | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | RECORD_CASH_REFUND, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_REFUNDED  |
 * | FULL_REFUND             | ADMIN, SYSTEM    | SHIPPED, DELIVERED            | PROVIDER    | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | REFUND_PAYMENT, EMAIL_REFUNDED                                                   |
 * | FULL_REFUND             | ADMIN, SYSTEM    | SHIPPED, DELIVERED            | ON_DELIVERY | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | RECORD_CASH_REFUND, EMAIL_REFUNDED                                               |
 * | PARTIAL_REFUND          | ADMIN, SYSTEM    | CONFIRMED, SHIPPED, DELIVERED | PROVIDER    | CAPTURED             | same / PART_REFUNDED  | PARTIALLY_REFUNDED         | REFUND_PAYMENT, EMAIL_REFUNDED                                                   |
 * | PARTIAL_REFUND          | ADMIN, SYSTEM    | CONFIRMED, SHIPPED, DELIVERED | ON_DELIVERY | CAPTURED             | same / PART_REFUNDED  | PARTIALLY_REFUNDED         | RECORD_CASH_REFUND, EMAIL_REFUNDED                                               |
 *
 * MARK_SHIPPED and MARK_DELIVERED come from shipments (fulfillment/shipment-move.ts): the order is
 * shipped when every unit has left, delivered when every unit is delivered. MARK_SHIPPED sends no email:
 * the buyer gets one "shipped" email per parcel, with its tracking, from the shipment service.
 *
 * Plus: a CANCEL by the CUSTOMER also has INCREMENT_CANCELLATION_COUNT (an admin's cancellation does not
 * count against the buyer).
 *
 * Everything else is refused, checked in this order:
 * - FORBIDDEN: the actor may never perform this action, in any state (the "actors" column). Checked first,
 *   so a customer cannot learn an order's state by probing admin actions.
 * - INVALID_TRANSITION: the actor may perform this action, but not from this status, payment status and
 *   payment method. Cancelling is the same set of states for customer and admin: "until SHIPPED" means
 *   PENDING_PAYMENT or CONFIRMED. SHIPPED, DELIVERED, CANCELLED and REFUNDED orders cannot be cancelled.
 *   CANCELLED and REFUNDED are final (apart from refunding a late card payment on a cancelled order).
 *
 * Notes on the rules:
 * - Card: success confirms; failure keeps PENDING_PAYMENT with payment FAILED, and a retry (orderPay) may
 *   fail again or succeed. A duplicate success (webhook redelivery) on a CONFIRMED order is
 *   INVALID_TRANSITION; the service deduplicates provider events before calling.
 * - A card payment that succeeds after the order was cancelled (the sweeper won the race against a slow
 *   provider) is refunded at once: the order stays CANCELLED, payment REFUNDED. Money is never kept for an
 *   order that will not ship. Because of this row, orderPay must check `canPay`, not `transition`, before
 *   it charges.
 * - Cash on delivery: checkout confirms the order straight away (payment PENDING); an admin marks the cash
 *   collected while CONFIRMED, SHIPPED or DELIVERED.
 * - RESERVATION_EXPIRED applies only while no money was ever captured (payment PENDING or FAILED).
 * - Giving money back: a card payment is refunded through its provider (REFUND_PAYMENT); collected cash is
 *   handed back in person and only recorded (RECORD_CASH_REFUND), since the cash-on-delivery provider
 *   makes no refunds. Either way the payment becomes REFUNDED. An unpaid order that is cancelled keeps its
 *   payment status (PENDING or FAILED); its CANCELLED status says it will never be paid.
 * - Refunds (paymentRefund, received returns, refunds reported by the provider) choose between two actions by
 *   amount, which this machine does not see: PARTIAL_REFUND gives back part of what is captured (payment
 *   PARTIALLY_REFUNDED, order status unchanged: it still ships or stays delivered); FULL_REFUND is the refund
 *   that brings what is still captured to zero, and makes the order REFUNDED. Before shipping a full refund
 *   puts the goods back in stock as a cancellation does; after shipping they are with the customer, and
 *   restocking is the business of returns (returnReceive). The service passes the amount of a partial
 *   refund alongside the action; REFUND_PAYMENT / RECORD_CASH_REFUND then give back that amount only.
 * - Goods ship and are delivered only when paid, or payable on delivery (cash on delivery, PENDING):
 *   a card order never ships without a captured payment.
 * - States that no sequence of actions reaches (e.g. a CONFIRMED card order with payment PENDING) match no
 *   row: every action on them is INVALID_TRANSITION, never a guess.
 *
 * The event carries what the timeline needs except the time, which the service stamps.
 */

/** Who may ever perform each action, and how refusals describe it. */
export const ACTIONS: Record<OrderActionType, { actors: readonly ActorKind[]; doing: string }> = {
  PAYMENT_SUCCEEDED: { actors: ['CUSTOMER', 'SYSTEM'], doing: 'Recording a successful payment' },
  PAYMENT_FAILED: { actors: ['CUSTOMER', 'SYSTEM'], doing: 'Recording a failed payment' },
  CASH_ON_DELIVERY_PLACED: { actors: ['CUSTOMER', 'SYSTEM'], doing: 'Confirming for cash on delivery' },
  PAYMENT_COLLECTED: { actors: ['ADMIN'], doing: 'Marking the cash payment collected' },
  CANCEL: { actors: ['CUSTOMER', 'ADMIN'], doing: 'Cancelling' },
  RESERVATION_EXPIRED: { actors: ['SYSTEM'], doing: 'Expiring the reservation' },
  MARK_SHIPPED: { actors: ['ADMIN', 'SYSTEM'], doing: 'Marking as shipped' },
  MARK_DELIVERED: { actors: ['ADMIN', 'SYSTEM'], doing: 'Marking as delivered' },
  FULL_REFUND: { actors: ['ADMIN', 'SYSTEM'], doing: 'Refunding in full' },
  PARTIAL_REFUND: { actors: ['ADMIN', 'SYSTEM'], doing: 'Refunding part of the payment' },
};

export interface Rule {
  action: OrderActionType;
  from: readonly OrderStatus[];
  settlement: PaymentSettlement;
  payment: readonly PaymentStatus[];
  to: OrderStatus | 'SAME';
  paymentTo: PaymentStatus | 'SAME';
  event: OrderEventType;
  effects: readonly OrderEffect[];
  /** Further effects when a particular kind of actor performs it. */
  actorEffects?: Partial<Record<ActorKind, readonly OrderEffect[]>>;
}

const PROVIDER = 'PROVIDER';
const ON_DELIVERY = 'ON_DELIVERY';
export const UNPAID: readonly PaymentStatus[] = ['PENDING', 'FAILED'];
const CAPTURED: readonly PaymentStatus[] = ['SUCCEEDED', 'PARTIALLY_REFUNDED'];
const CASH_DUE_OR_CAPTURED: readonly PaymentStatus[] = ['PENDING', 'SUCCEEDED', 'PARTIALLY_REFUNDED'];
const CANCEL_BY_CUSTOMER = { CUSTOMER: ['INCREMENT_CANCELLATION_COUNT'] } as const;

/** The whole machine: an action is allowed exactly when one row matches (rows never overlap). */
export const TRANSITIONS: readonly Rule[] = [
  {
    action: 'PAYMENT_SUCCEEDED',
    from: ['PENDING_PAYMENT'],
    settlement: PROVIDER,
    payment: UNPAID,
    to: 'CONFIRMED',
    paymentTo: 'SUCCEEDED',
    event: 'PAYMENT_SUCCEEDED',
    effects: ['COUNT_UNITS_SOLD', 'EMAIL_CONFIRMED'],
  },
  {
    action: 'PAYMENT_SUCCEEDED',
    from: ['CANCELLED'],
    settlement: PROVIDER,
    payment: UNPAID,
    to: 'SAME',
    paymentTo: 'REFUNDED',
    event: 'LATE_PAYMENT_REFUNDED',
    effects: ['REFUND_PAYMENT', 'EMAIL_REFUNDED'],
  },
  {
    action: 'PAYMENT_FAILED',
    from: ['PENDING_PAYMENT'],
    settlement: PROVIDER,
    payment: UNPAID,
    to: 'SAME',
    paymentTo: 'FAILED',
    event: 'PAYMENT_FAILED',
    effects: ['EMAIL_PAYMENT_FAILED'],
  },
  {
    action: 'CASH_ON_DELIVERY_PLACED',
    from: ['PENDING_PAYMENT'],
    settlement: ON_DELIVERY,
    payment: ['PENDING'],
    to: 'CONFIRMED',
    paymentTo: 'SAME',
    event: 'CASH_ON_DELIVERY_CONFIRMED',
    effects: ['COUNT_UNITS_SOLD', 'EMAIL_CONFIRMED'],
  },
  {
    action: 'PAYMENT_COLLECTED',
    from: ['CONFIRMED', 'SHIPPED', 'DELIVERED'],
    settlement: ON_DELIVERY,
    payment: ['PENDING'],
    to: 'SAME',
    paymentTo: 'SUCCEEDED',
    event: 'PAYMENT_COLLECTED',
    effects: [],
  },
  {
    action: 'CANCEL',
    from: ['PENDING_PAYMENT'],
    settlement: PROVIDER,
    payment: UNPAID,
    to: 'CANCELLED',
    paymentTo: 'SAME',
    event: 'CANCELLED',
    effects: ['RESTOCK', 'RELEASE_COUPON', 'EMAIL_CANCELLED'],
    actorEffects: CANCEL_BY_CUSTOMER,
  },
  {
    action: 'CANCEL',
    from: ['PENDING_PAYMENT'],
    settlement: ON_DELIVERY,
    payment: ['PENDING'],
    to: 'CANCELLED',
    paymentTo: 'SAME',
    event: 'CANCELLED',
    effects: ['RESTOCK', 'RELEASE_COUPON', 'EMAIL_CANCELLED'],
    actorEffects: CANCEL_BY_CUSTOMER,
  },
  {
    action: 'CANCEL',
    from: ['CONFIRMED'],
    settlement: PROVIDER,
    payment: CAPTURED,
    to: 'CANCELLED',
    paymentTo: 'REFUNDED',
    event: 'CANCELLED',
    effects: ['REFUND_PAYMENT', 'RESTOCK', 'RELEASE_COUPON', 'UNCOUNT_UNITS_SOLD', 'EMAIL_CANCELLED'],
    actorEffects: CANCEL_BY_CUSTOMER,
  },
  {
    action: 'CANCEL',
    from: ['CONFIRMED'],
    settlement: ON_DELIVERY,
    payment: ['PENDING'],
    to: 'CANCELLED',
    paymentTo: 'SAME',
    event: 'CANCELLED',
    effects: ['RESTOCK', 'RELEASE_COUPON', 'UNCOUNT_UNITS_SOLD', 'EMAIL_CANCELLED'],
    actorEffects: CANCEL_BY_CUSTOMER,
  },
  {
    action: 'CANCEL',
    from: ['CONFIRMED'],
    settlement: ON_DELIVERY,
    payment: CAPTURED,
    to: 'CANCELLED',
    paymentTo: 'REFUNDED',
    event: 'CANCELLED',
    effects: ['RECORD_CASH_REFUND', 'RESTOCK', 'RELEASE_COUPON', 'UNCOUNT_UNITS_SOLD', 'EMAIL_CANCELLED'],
    actorEffects: CANCEL_BY_CUSTOMER,
  },
  {
    action: 'RESERVATION_EXPIRED',
    from: ['PENDING_PAYMENT'],
    settlement: PROVIDER,
    payment: UNPAID,
    to: 'CANCELLED',
    paymentTo: 'SAME',
    event: 'RESERVATION_EXPIRED',
    effects: ['RESTOCK', 'RELEASE_COUPON', 'EMAIL_CANCELLED'],
  },
  {
    action: 'RESERVATION_EXPIRED',
    from: ['PENDING_PAYMENT'],
    settlement: ON_DELIVERY,
    payment: ['PENDING'],
    to: 'CANCELLED',
    paymentTo: 'SAME',
    event: 'RESERVATION_EXPIRED',
    effects: ['RESTOCK', 'RELEASE_COUPON', 'EMAIL_CANCELLED'],
  },
  {
    action: 'MARK_SHIPPED',
    from: ['CONFIRMED'],
    settlement: PROVIDER,
    payment: CAPTURED,
    to: 'SHIPPED',
    paymentTo: 'SAME',
    event: 'SHIPPED',
    effects: ['RECORD_TRACKING'],
  },
  {
    action: 'MARK_SHIPPED',
    from: ['CONFIRMED'],
    settlement: ON_DELIVERY,
    payment: CASH_DUE_OR_CAPTURED,
    to: 'SHIPPED',
    paymentTo: 'SAME',
    event: 'SHIPPED',
    effects: ['RECORD_TRACKING'],
  },
  {
    action: 'MARK_DELIVERED',
    from: ['SHIPPED'],
    settlement: PROVIDER,
    payment: CAPTURED,
    to: 'DELIVERED',
    paymentTo: 'SAME',
    event: 'DELIVERED',
    effects: ['EMAIL_DELIVERED'],
  },
  {
    action: 'MARK_DELIVERED',
    from: ['SHIPPED'],
    settlement: ON_DELIVERY,
    payment: CASH_DUE_OR_CAPTURED,
    to: 'DELIVERED',
    paymentTo: 'SAME',
    event: 'DELIVERED',
    effects: ['EMAIL_DELIVERED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['CONFIRMED'],
    settlement: PROVIDER,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['REFUND_PAYMENT', 'RESTOCK', 'RELEASE_COUPON', 'UNCOUNT_UNITS_SOLD', 'EMAIL_REFUNDED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['CONFIRMED'],
    settlement: ON_DELIVERY,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['RECORD_CASH_REFUND', 'RESTOCK', 'RELEASE_COUPON', 'UNCOUNT_UNITS_SOLD', 'EMAIL_REFUNDED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['SHIPPED', 'DELIVERED'],
    settlement: PROVIDER,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['REFUND_PAYMENT', 'EMAIL_REFUNDED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['SHIPPED', 'DELIVERED'],
    settlement: ON_DELIVERY,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['RECORD_CASH_REFUND', 'EMAIL_REFUNDED'],
  },
  {
    action: 'PARTIAL_REFUND',
    from: ['CONFIRMED', 'SHIPPED', 'DELIVERED'],
    settlement: PROVIDER,
    payment: CAPTURED,
    to: 'SAME',
    paymentTo: 'PARTIALLY_REFUNDED',
    event: 'PARTIALLY_REFUNDED',
    effects: ['REFUND_PAYMENT', 'EMAIL_REFUNDED'],
  },
  {
    action: 'PARTIAL_REFUND',
    from: ['CONFIRMED', 'SHIPPED', 'DELIVERED'],
    settlement: ON_DELIVERY,
    payment: CAPTURED,
    to: 'SAME',
    paymentTo: 'PARTIALLY_REFUNDED',
    event: 'PARTIALLY_REFUNDED',
    effects: ['RECORD_CASH_REFUND', 'EMAIL_REFUNDED'],
  },
];
