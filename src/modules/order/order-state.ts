/**
 * The order state machine: one pure function, `transition`, through which every change of an order's
 * status or payment status goes. It answers whether an action is allowed for this actor in this state,
 * the resulting statuses, the order event to record on the timeline, and the side effects the service
 * must perform in the same transaction. No database, no GraphQL.
 *
 * State: the order status, the payment status (kept separately) and the payment method, which never
 * changes here and counts only by how it settles. Every order starts PENDING_PAYMENT with payment
 * PENDING (`initialOrderState`).
 *
 * Actors: the capacity in which someone acts on this order. CUSTOMER is the order's own buyer (the service
 * checks ownership before calling), ADMIN is staff acting on any order, SYSTEM is the server itself (payment
 * provider results and webhooks, the reservation sweeper, checkout without a signed-in buyer).
 *
 * The rules are the table of order-state.rules.ts; the vocabulary (statuses, actions, effects, events)
 * is order-state.types.ts, exported here too for the callers of the machine.
 */
import { type PaymentMethod, paymentMethodEntry, settlementOf } from '../payment/payment-methods.js';
import { ACTIONS, type Rule, TRANSITIONS, UNPAID } from './order-state.rules.js';
import {
  type Actor,
  type ActorKind,
  ORDER_EFFECTS,
  type OrderAction,
  type OrderEffect,
  type OrderState,
  type OrderStatus,
  type TransitionResult,
} from './order-state.types.js';

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
      r.settlement === settlementOf(state.paymentMethod) &&
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
 * Whether orderPay may start a new payment attempt: the buyer's own order paid through a provider, still awaiting
 * payment (never charged, or the last attempt failed). Checked before contacting the provider, since
 * `transition` accepts a success on a cancelled order (to refund it) and so cannot serve as this check.
 */
export function canPay(state: OrderState, actor: Actor): boolean {
  return (
    actor.kind === 'CUSTOMER' &&
    settlementOf(state.paymentMethod) === 'PROVIDER' &&
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

/** Why no rule matched, from the most general reason (status) to the most specific (payment status). */
function refusal(doing: string, rules: readonly Rule[], state: OrderState): string {
  const byStatus = rules.filter((r) => r.from.includes(state.status));
  if (byStatus.length === 0) {
    return `${doing} is not possible for an order that is ${STATUS_TEXT[state.status]}.`;
  }
  if (!byStatus.some((r) => r.settlement === settlementOf(state.paymentMethod))) {
    return `${doing} is not possible for a ${paymentMethodEntry(state.paymentMethod).label} order that is ${STATUS_TEXT[state.status]}.`;
  }
  return `${doing} is not possible for an order that is ${STATUS_TEXT[state.status]} while its payment is ${state.paymentStatus.toLowerCase().replaceAll('_', ' ')}.`;
}
