/**
 * The order state machine: one pure function, `transition`, through which every change of an order's
 * status or payment status goes. It answers whether an action is allowed for this actor in this state,
 * the resulting statuses, the order event to record on the timeline, and the side effects the service
 * must perform in the same transaction. No database, no GraphQL.
 *
 * State: the order status, the payment status (kept separately) and the payment method, which never
 * changes here. Every order starts PENDING_PAYMENT with payment PENDING (`initialOrderState`).
 *
 * Actors: the capacity in which someone acts on this order. CUSTOMER is the order's own buyer (the service
 * checks ownership before calling), ADMIN is staff acting on any order, SYSTEM is the server itself (payment
 * provider results and webhooks, the reservation sweeper, checkout without a signed-in buyer).
 *
 * Rules, one row of TRANSITIONS each. "same" = unchanged; UNPAID = PENDING or FAILED; CAPTURED = SUCCEEDED or
 * PARTIALLY_REFUNDED; CASH_DUE_OR_CAPTURED = PENDING, SUCCEEDED or PARTIALLY_REFUNDED; COD = CASH_ON_DELIVERY;
 * PART_REFUNDED = PARTIALLY_REFUNDED.
 *
 * | action                  | actors           | from                          | method | payment              | to / payment          | event                      | effects (in ORDER_EFFECTS order)                                                 |
 * |-------------------------|------------------|-------------------------------|--------|----------------------|-----------------------|----------------------------|----------------------------------------------------------------------------------|
 * | PAYMENT_SUCCEEDED       | CUSTOMER, SYSTEM | PENDING_PAYMENT               | CARD   | UNPAID               | CONFIRMED / SUCCEEDED | PAYMENT_SUCCEEDED          | COUNT_UNITS_SOLD, EMAIL_CONFIRMED                                                |
 * | PAYMENT_SUCCEEDED       | CUSTOMER, SYSTEM | CANCELLED                     | CARD   | UNPAID               | same / REFUNDED       | LATE_PAYMENT_REFUNDED      | REFUND_PAYMENT, EMAIL_REFUNDED                                                   |
 * | PAYMENT_FAILED          | CUSTOMER, SYSTEM | PENDING_PAYMENT               | CARD   | UNPAID               | same / FAILED         | PAYMENT_FAILED             | EMAIL_PAYMENT_FAILED (orderPay may retry)                                        |
 * | CASH_ON_DELIVERY_PLACED | CUSTOMER, SYSTEM | PENDING_PAYMENT               | COD    | PENDING              | CONFIRMED / same      | CASH_ON_DELIVERY_CONFIRMED | COUNT_UNITS_SOLD, EMAIL_CONFIRMED                                                |
 * | PAYMENT_COLLECTED       | ADMIN            | CONFIRMED, SHIPPED, DELIVERED | COD    | PENDING              | same / SUCCEEDED      | PAYMENT_COLLECTED          | none                                                                             |
 * | CANCEL                  | CUSTOMER, ADMIN  | PENDING_PAYMENT               | CARD   | UNPAID               | CANCELLED / same      | CANCELLED                  | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | CANCEL                  | CUSTOMER, ADMIN  | PENDING_PAYMENT               | COD    | PENDING              | CANCELLED / same      | CANCELLED                  | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | CANCEL                  | CUSTOMER, ADMIN  | CONFIRMED                     | CARD   | CAPTURED             | CANCELLED / REFUNDED  | CANCELLED                  | REFUND_PAYMENT, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_CANCELLED     |
 * | CANCEL                  | CUSTOMER, ADMIN  | CONFIRMED                     | COD    | PENDING              | CANCELLED / same      | CANCELLED                  | RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_CANCELLED                     |
 * | CANCEL                  | CUSTOMER, ADMIN  | CONFIRMED                     | COD    | CAPTURED             | CANCELLED / REFUNDED  | CANCELLED                  | RECORD_CASH_REFUND, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_CANCELLED |
 * | RESERVATION_EXPIRED     | SYSTEM           | PENDING_PAYMENT               | CARD   | UNPAID               | CANCELLED / same      | RESERVATION_EXPIRED        | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | RESERVATION_EXPIRED     | SYSTEM           | PENDING_PAYMENT               | COD    | PENDING              | CANCELLED / same      | RESERVATION_EXPIRED        | RESTOCK, RELEASE_COUPON, EMAIL_CANCELLED                                         |
 * | MARK_SHIPPED            | ADMIN, SYSTEM    | CONFIRMED                     | CARD   | CAPTURED             | SHIPPED / same        | SHIPPED                    | RECORD_TRACKING                                                                  |
 * | MARK_SHIPPED            | ADMIN, SYSTEM    | CONFIRMED                     | COD    | CASH_DUE_OR_CAPTURED | SHIPPED / same        | SHIPPED                    | RECORD_TRACKING                                                                  |
 * | MARK_DELIVERED          | ADMIN, SYSTEM    | SHIPPED                       | CARD   | CAPTURED             | DELIVERED / same      | DELIVERED                  | EMAIL_DELIVERED                                                                  |
 * | MARK_DELIVERED          | ADMIN, SYSTEM    | SHIPPED                       | COD    | CASH_DUE_OR_CAPTURED | DELIVERED / same      | DELIVERED                  | EMAIL_DELIVERED                                                                  |
 * | FULL_REFUND             | ADMIN, SYSTEM    | CONFIRMED                     | CARD   | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | REFUND_PAYMENT, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_REFUNDED      |
 * | FULL_REFUND             | ADMIN, SYSTEM    | CONFIRMED                     | COD    | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | RECORD_CASH_REFUND, RESTOCK, RELEASE_COUPON, UNCOUNT_UNITS_SOLD, EMAIL_REFUNDED  |
 * | FULL_REFUND             | ADMIN, SYSTEM    | SHIPPED, DELIVERED            | CARD   | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | REFUND_PAYMENT, EMAIL_REFUNDED                                                   |
 * | FULL_REFUND             | ADMIN, SYSTEM    | SHIPPED, DELIVERED            | COD    | CAPTURED             | REFUNDED / REFUNDED   | REFUNDED                   | RECORD_CASH_REFUND, EMAIL_REFUNDED                                               |
 * | PARTIAL_REFUND          | ADMIN, SYSTEM    | CONFIRMED, SHIPPED, DELIVERED | CARD   | CAPTURED             | same / PART_REFUNDED  | PARTIALLY_REFUNDED         | REFUND_PAYMENT, EMAIL_REFUNDED                                                   |
 * | PARTIAL_REFUND          | ADMIN, SYSTEM    | CONFIRMED, SHIPPED, DELIVERED | COD    | CAPTURED             | same / PART_REFUNDED  | PARTIALLY_REFUNDED         | RECORD_CASH_REFUND, EMAIL_REFUNDED                                               |
 *
 * MARK_SHIPPED and MARK_DELIVERED come from shipments (fulfillment/shipment.service.ts): the order is
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

export const PAYMENT_METHODS = ['CARD', 'CASH_ON_DELIVERY'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

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

/** Who may ever perform each action, and how refusals describe it. */
const ACTIONS: Record<OrderActionType, { actors: readonly ActorKind[]; doing: string }> = {
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

interface Rule {
  action: OrderActionType;
  from: readonly OrderStatus[];
  method: PaymentMethod;
  payment: readonly PaymentStatus[];
  to: OrderStatus | 'SAME';
  paymentTo: PaymentStatus | 'SAME';
  event: OrderEventType;
  effects: readonly OrderEffect[];
  /** Further effects when a particular kind of actor performs it. */
  actorEffects?: Partial<Record<ActorKind, readonly OrderEffect[]>>;
}

const CARD = 'CARD';
const COD = 'CASH_ON_DELIVERY';
const UNPAID: readonly PaymentStatus[] = ['PENDING', 'FAILED'];
const CAPTURED: readonly PaymentStatus[] = ['SUCCEEDED', 'PARTIALLY_REFUNDED'];
const CASH_DUE_OR_CAPTURED: readonly PaymentStatus[] = ['PENDING', 'SUCCEEDED', 'PARTIALLY_REFUNDED'];
const CANCEL_BY_CUSTOMER = { CUSTOMER: ['INCREMENT_CANCELLATION_COUNT'] } as const;

/** The whole machine: an action is allowed exactly when one row matches (rows never overlap). */
const TRANSITIONS: readonly Rule[] = [
  {
    action: 'PAYMENT_SUCCEEDED',
    from: ['PENDING_PAYMENT'],
    method: CARD,
    payment: UNPAID,
    to: 'CONFIRMED',
    paymentTo: 'SUCCEEDED',
    event: 'PAYMENT_SUCCEEDED',
    effects: ['COUNT_UNITS_SOLD', 'EMAIL_CONFIRMED'],
  },
  {
    action: 'PAYMENT_SUCCEEDED',
    from: ['CANCELLED'],
    method: CARD,
    payment: UNPAID,
    to: 'SAME',
    paymentTo: 'REFUNDED',
    event: 'LATE_PAYMENT_REFUNDED',
    effects: ['REFUND_PAYMENT', 'EMAIL_REFUNDED'],
  },
  {
    action: 'PAYMENT_FAILED',
    from: ['PENDING_PAYMENT'],
    method: CARD,
    payment: UNPAID,
    to: 'SAME',
    paymentTo: 'FAILED',
    event: 'PAYMENT_FAILED',
    effects: ['EMAIL_PAYMENT_FAILED'],
  },
  {
    action: 'CASH_ON_DELIVERY_PLACED',
    from: ['PENDING_PAYMENT'],
    method: COD,
    payment: ['PENDING'],
    to: 'CONFIRMED',
    paymentTo: 'SAME',
    event: 'CASH_ON_DELIVERY_CONFIRMED',
    effects: ['COUNT_UNITS_SOLD', 'EMAIL_CONFIRMED'],
  },
  {
    action: 'PAYMENT_COLLECTED',
    from: ['CONFIRMED', 'SHIPPED', 'DELIVERED'],
    method: COD,
    payment: ['PENDING'],
    to: 'SAME',
    paymentTo: 'SUCCEEDED',
    event: 'PAYMENT_COLLECTED',
    effects: [],
  },
  {
    action: 'CANCEL',
    from: ['PENDING_PAYMENT'],
    method: CARD,
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
    method: COD,
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
    method: CARD,
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
    method: COD,
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
    method: COD,
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
    method: CARD,
    payment: UNPAID,
    to: 'CANCELLED',
    paymentTo: 'SAME',
    event: 'RESERVATION_EXPIRED',
    effects: ['RESTOCK', 'RELEASE_COUPON', 'EMAIL_CANCELLED'],
  },
  {
    action: 'RESERVATION_EXPIRED',
    from: ['PENDING_PAYMENT'],
    method: COD,
    payment: ['PENDING'],
    to: 'CANCELLED',
    paymentTo: 'SAME',
    event: 'RESERVATION_EXPIRED',
    effects: ['RESTOCK', 'RELEASE_COUPON', 'EMAIL_CANCELLED'],
  },
  {
    action: 'MARK_SHIPPED',
    from: ['CONFIRMED'],
    method: CARD,
    payment: CAPTURED,
    to: 'SHIPPED',
    paymentTo: 'SAME',
    event: 'SHIPPED',
    effects: ['RECORD_TRACKING'],
  },
  {
    action: 'MARK_SHIPPED',
    from: ['CONFIRMED'],
    method: COD,
    payment: CASH_DUE_OR_CAPTURED,
    to: 'SHIPPED',
    paymentTo: 'SAME',
    event: 'SHIPPED',
    effects: ['RECORD_TRACKING'],
  },
  {
    action: 'MARK_DELIVERED',
    from: ['SHIPPED'],
    method: CARD,
    payment: CAPTURED,
    to: 'DELIVERED',
    paymentTo: 'SAME',
    event: 'DELIVERED',
    effects: ['EMAIL_DELIVERED'],
  },
  {
    action: 'MARK_DELIVERED',
    from: ['SHIPPED'],
    method: COD,
    payment: CASH_DUE_OR_CAPTURED,
    to: 'DELIVERED',
    paymentTo: 'SAME',
    event: 'DELIVERED',
    effects: ['EMAIL_DELIVERED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['CONFIRMED'],
    method: CARD,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['REFUND_PAYMENT', 'RESTOCK', 'RELEASE_COUPON', 'UNCOUNT_UNITS_SOLD', 'EMAIL_REFUNDED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['CONFIRMED'],
    method: COD,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['RECORD_CASH_REFUND', 'RESTOCK', 'RELEASE_COUPON', 'UNCOUNT_UNITS_SOLD', 'EMAIL_REFUNDED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['SHIPPED', 'DELIVERED'],
    method: CARD,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['REFUND_PAYMENT', 'EMAIL_REFUNDED'],
  },
  {
    action: 'FULL_REFUND',
    from: ['SHIPPED', 'DELIVERED'],
    method: COD,
    payment: CAPTURED,
    to: 'REFUNDED',
    paymentTo: 'REFUNDED',
    event: 'REFUNDED',
    effects: ['RECORD_CASH_REFUND', 'EMAIL_REFUNDED'],
  },
  {
    action: 'PARTIAL_REFUND',
    from: ['CONFIRMED', 'SHIPPED', 'DELIVERED'],
    method: CARD,
    payment: CAPTURED,
    to: 'SAME',
    paymentTo: 'PARTIALLY_REFUNDED',
    event: 'PARTIALLY_REFUNDED',
    effects: ['REFUND_PAYMENT', 'EMAIL_REFUNDED'],
  },
  {
    action: 'PARTIAL_REFUND',
    from: ['CONFIRMED', 'SHIPPED', 'DELIVERED'],
    method: COD,
    payment: CAPTURED,
    to: 'SAME',
    paymentTo: 'PARTIALLY_REFUNDED',
    event: 'PARTIALLY_REFUNDED',
    effects: ['RECORD_CASH_REFUND', 'EMAIL_REFUNDED'],
  },
];

/** The state of a newly placed order, whatever its payment method. */
export function initialOrderState(paymentMethod: PaymentMethod): OrderState {
  return { status: 'PENDING_PAYMENT', paymentStatus: 'PENDING', paymentMethod };
}

/** Applies an action to an order. Pure; see the rules at the top of this file. */
export function transition(state: OrderState, action: OrderAction, actor: Actor): TransitionResult {
  const { actors, doing } = ACTIONS[action.type];
  if (!actors.includes(actor.kind)) {
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: `${doing} is not allowed for ${ACTOR_TEXT[actor.kind]}.`,
    };
  }

  const rules = TRANSITIONS.filter((rule) => rule.action === action.type);
  const rule = rules.find(
    (r) =>
      r.from.includes(state.status) &&
      r.method === state.paymentMethod &&
      r.payment.includes(state.paymentStatus),
  );
  if (!rule) return { ok: false, code: 'INVALID_TRANSITION', message: refusal(doing, rules, state) };

  const status = rule.to === 'SAME' ? state.status : rule.to;
  const paymentStatus = rule.paymentTo === 'SAME' ? state.paymentStatus : rule.paymentTo;
  const effects = new Set<OrderEffect>([...rule.effects, ...(rule.actorEffects?.[actor.kind] ?? [])]);
  return {
    ok: true,
    status,
    paymentStatus,
    event: {
      type: rule.event,
      fromStatus: state.status,
      toStatus: status,
      actor: copyActor(actor),
      data: { fromPaymentStatus: state.paymentStatus, toPaymentStatus: paymentStatus, ...actionData(action) },
    },
    effects: ORDER_EFFECTS.filter((effect) => effects.has(effect)),
  };
}

/** Whether this actor may cancel the order now (the `canCancel` field; orderCancel's own check). */
export function canCancel(state: OrderState, actor: Actor): boolean {
  return transition(state, { type: 'CANCEL', reason: null }, actor).ok;
}

/**
 * Whether orderPay may start a new card payment attempt: the buyer's own card order, still awaiting
 * payment (never charged, or the last attempt failed). Checked before contacting the provider, since
 * `transition` accepts a success on a cancelled order (to refund it) and so cannot serve as this check.
 */
export function canPay(state: OrderState, actor: Actor): boolean {
  return (
    actor.kind === 'CUSTOMER' &&
    state.paymentMethod === 'CARD' &&
    state.status === 'PENDING_PAYMENT' &&
    UNPAID.includes(state.paymentStatus)
  );
}

function actionData(action: OrderAction): Record<string, unknown> {
  switch (action.type) {
    case 'PAYMENT_FAILED':
    case 'CANCEL':
    case 'FULL_REFUND':
    case 'PARTIAL_REFUND':
      return { reason: action.reason };
    case 'MARK_SHIPPED':
      return { carrier: action.carrier, trackingNumber: action.trackingNumber };
    default:
      return {};
  }
}

function copyActor(actor: Actor): Actor {
  return actor.kind === 'SYSTEM' ? { kind: 'SYSTEM' } : { kind: actor.kind, userId: actor.userId };
}

const ACTOR_TEXT: Record<ActorKind, string> = {
  CUSTOMER: 'a customer',
  ADMIN: 'an admin',
  SYSTEM: 'the system',
};

const STATUS_TEXT: Record<OrderStatus, string> = {
  PENDING_PAYMENT: 'awaiting payment',
  CONFIRMED: 'confirmed',
  SHIPPED: 'shipped',
  DELIVERED: 'delivered',
  CANCELLED: 'cancelled',
  REFUNDED: 'refunded',
};

const METHOD_TEXT: Record<PaymentMethod, string> = {
  CARD: 'card',
  CASH_ON_DELIVERY: 'cash on delivery',
};

/** Why no rule matched, from the most general reason (status) to the most specific (payment status). */
function refusal(doing: string, rules: readonly Rule[], state: OrderState): string {
  const byStatus = rules.filter((r) => r.from.includes(state.status));
  if (byStatus.length === 0) {
    return `${doing} is not possible for an order that is ${STATUS_TEXT[state.status]}.`;
  }
  if (!byStatus.some((r) => r.method === state.paymentMethod)) {
    return `${doing} is not possible for a ${METHOD_TEXT[state.paymentMethod]} order that is ${STATUS_TEXT[state.status]}.`;
  }
  return `${doing} is not possible for an order that is ${STATUS_TEXT[state.status]} while its payment is ${state.paymentStatus.toLowerCase().replaceAll('_', ' ')}.`;
}
