import type { orderEvents } from './order.tables.js';
import type { OrderStatus, OrderTransitionEvent } from './order-state.js';

/**
 * How an order event is stored: the state machine's event (`transition(...).event`) becomes one
 * order_events row; its `data` (fromPaymentStatus, toPaymentStatus, reason, carrier, ...) is kept as is,
 * and `toOrderEvent` (order.types.ts) reads back.
 */
export function orderEventValues(
  orderId: string,
  event: OrderTransitionEvent,
): typeof orderEvents.$inferInsert {
  return {
    orderId,
    type: event.type,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actorKind: event.actor.kind,
    actorId: event.actor.kind === 'SYSTEM' ? null : event.actor.userId,
    data: { ...event.data },
  };
}

/** The PLACED event that opens every order's timeline (checkout). */
export function placedEventValues(
  orderId: string,
  actorId: string,
  status: OrderStatus,
): typeof orderEvents.$inferInsert {
  return {
    orderId,
    type: 'PLACED',
    fromStatus: null,
    toStatus: status,
    actorKind: 'CUSTOMER',
    actorId,
    data: { toPaymentStatus: 'PENDING' },
  };
}
