import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { CteStatement, jsonValue } from '../../db/cte-statement.js';
import { Hook } from '../../graphql/hook.js';
import { currencyDigits } from '../../graphql/money.js';
import type { OrderLineRow, OrderRow, orderEvents } from './order.tables.js';
import { ORDER_EVENT_TYPES, type OrderStatus, type OrderTransitionEvent } from './order-state.types.js';

/**
 * Everything that can appear on an order's timeline: the placement, every event of the state machine,
 * and the facts about shipments, refunds and returns that do not move the order's status by themselves.
 * The same names are the event types of subscriptions and of the published event bodies.
 */
export const ORDER_TIMELINE_EVENT_TYPES = [
  'PLACED',
  ...ORDER_EVENT_TYPES,
  'SHIPMENT_CREATED',
  'SHIPMENT_STATUS_CHANGED',
  'RETURN_REQUESTED',
  'RETURN_APPROVED',
  'RETURN_REJECTED',
  'RETURN_RECEIVED',
] as const;
export type OrderTimelineEventType = (typeof ORDER_TIMELINE_EVENT_TYPES)[number];

/** PostgreSQL NOTIFY channel on which every recorded order event is announced (after commit). */
export const ORDER_EVENTS_CHANNEL = 'order_events';

/** What is announced on ORDER_EVENTS_CHANNEL: enough to route it; listeners load the rest. */
export interface OrderEventNotice {
  eventId: string;
  orderId: string;
  /** The order's buyer, so subscriptions can filter by owner without a query. */
  userId: string;
  type: OrderTimelineEventType;
}

export type OrderEventValues = typeof orderEvents.$inferInsert & { type: OrderTimelineEventType };

/**
 * Currencies whose minor unit is not the cent, by the same rule as `currencyDigits` (money.ts), so the
 * event body's decimal total matches what the API shows. Postgres arrays as literals for the query.
 */
const ZERO_DIGIT_CURRENCIES = pgTextArray(
  Intl.supportedValuesOf('currency').filter((c) => currencyDigits(c) === 0),
);
const THREE_DIGIT_CURRENCIES = pgTextArray(
  Intl.supportedValuesOf('currency').filter((c) => currencyDigits(c) === 3),
);

function pgTextArray(values: string[]): string {
  return `{${values.join(',')}}`;
}

/**
 * An order as the transaction that placed it wrote it (checkout: insertOrder), while this transaction's
 * own writes are all that happened to it: its row and its lines (in position order), known in JS.
 */
export interface PlacedOrder {
  order: OrderRow;
  lines: OrderLineRow[];
}

/** What an event says about its order beyond its type, for the domains that react to it. */
export interface OrderEventFacts {
  /** The status the event moved the order to (null when it did not move it). */
  toStatus: OrderStatus | null;
  /**
   * Set when the event is the first transition of an order placed by the same transaction (checkout's
   * payment outcome): its rows, so a domain can write what follows from them without reading them.
   */
  placed?: PlacedOrder;
}

/** One recorded order event with its public body, for the domains that publish it. */
export interface RecordedOrderEvent extends OrderEventFacts {
  eventId: string;
  orderId: string;
  type: OrderTimelineEventType;
  /**
   * The public body, fixed when the event is recorded (contract in README "Outgoing webhooks"):
   * `{ id, type, createdAt, order: { id, number, customerId, status, paymentStatus, paymentMethod,
   * total: { amount, currencyCode } }, fromStatus, toStatus, actorKind, data }`, `data` being the
   * timeline event's own data (amounts in minor units).
   */
  payload: unknown;
}

/**
 * Runs inside the transaction that recorded an event, after its row is written: the domains built on
 * order react to it there (e.g. queue its deliveries to subscribers), so a rolled-back change leaves
 * nothing behind. Here rather than in order-hooks.ts because it carries this file's event type.
 */
export const orderEventRecorded = new Hook<[tx: Executor, event: RecordedOrderEvent]>('orderEventRecorded');

/** The CTE of an order event being recorded (addOrderEvent), for the domains that add to its statement. */
export interface OrderEventCte extends OrderEventFacts {
  /** CTE with one row: `id`, `order_id`, `user_id`, `type` (text) and `payload` (jsonb, the public body). */
  body: SQL;
  type: OrderTimelineEventType;
}

/**
 * Runs while an event's statement is being built (addOrderEvent): the domains built on order add their
 * writes about the event to the same statement as CTEs reading `event.body` (e.g. webhook deliveries),
 * so recording it costs no round trip of theirs. What needs the event's body in JS registers on
 * `orderEventRecorded` instead.
 */
export const orderEventStatement = new Hook<[stmt: CteStatement, event: OrderEventCte]>(
  'orderEventStatement',
);

/** An event added to a statement: run the statement, then `orderEventWritten` with its answer. */
export interface PendingOrderEvent extends OrderEventFacts {
  orderId: string;
  type: OrderTimelineEventType;
  output: string;
}

/**
 * Adds one order_events row to `stmt`: the row, its public body (built from the order row `orderFrom`
 * yields: the orders table, or a CTE of the same statement that inserts or updates it, since a CTE does
 * not see another's writes) and a NOTIFY on ORDER_EVENTS_CHANNEL, which PostgreSQL delivers only when
 * the transaction commits (subscriptions on every server instance hear it; a rolled-back change is never
 * announced); then the `orderEventStatement` contributions. `placed`: the order's rows, when this event
 * is the first transition of an order the same transaction placed (OrderEventFacts).
 */
export async function addOrderEvent(
  stmt: CteStatement,
  values: OrderEventValues,
  orderFrom: SQL = sql`orders`,
  placed?: PlacedOrder,
): Promise<PendingOrderEvent> {
  const createdAt = values.createdAt ?? new Date();
  const ev = stmt.with(
    'ev',
    sql`INSERT INTO order_events (order_id, type, from_status, to_status, actor_kind, actor_id, data, created_at)
      VALUES (${values.orderId}, ${values.type}, ${values.fromStatus ?? null}, ${values.toStatus ?? null},
              ${values.actorKind}, ${values.actorId ?? null}, ${JSON.stringify(values.data ?? {})}::jsonb,
              ${createdAt.toISOString()}::timestamptz)
      RETURNING id, order_id, type, from_status, to_status, actor_kind, data, created_at`,
  );
  // pg_notify is volatile: the CTE is run once (materialized), however many read it.
  const body = stmt.with(
    'ev_body',
    sql`SELECT ev.id, ev.type::text AS type, ev.order_id, o.user_id, jsonb_build_object(
        'id', ev.id,
        'type', ev.type,
        'createdAt', to_char(ev.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'order', jsonb_build_object(
          'id', o.id, 'number', o.number, 'customerId', o.user_id, 'status', o.status,
          'paymentStatus', o.payment_status, 'paymentMethod', o.payment_method,
          'total', jsonb_build_object(
            'amount', round(o.total::numeric / (10::numeric ^ digits.n), digits.n)::text,
            'currencyCode', o.currency
          )
        ),
        'fromStatus', ev.from_status,
        'toStatus', ev.to_status,
        'actorKind', ev.actor_kind,
        'data', ev.data
      ) AS payload,
      pg_notify(${ORDER_EVENTS_CHANNEL}, json_build_object(
        'eventId', ev.id, 'orderId', ev.order_id, 'userId', o.user_id, 'type', ev.type
      )::text) AS notified
      FROM ${ev} ev JOIN ${orderFrom} o ON o.id = ev.order_id
      CROSS JOIN LATERAL (SELECT CASE
        WHEN o.currency = ANY (${ZERO_DIGIT_CURRENCIES}::text[]) THEN 0
        WHEN o.currency = ANY (${THREE_DIGIT_CURRENCIES}::text[]) THEN 3
        ELSE 2 END AS n) digits`,
  );
  const facts: OrderEventFacts = { toStatus: (values.toStatus ?? null) as OrderStatus | null, placed };
  await orderEventStatement.run(stmt, { body, type: values.type, ...facts });
  const output = stmt.output(
    'event',
    sql`SELECT json_build_object('id', b.id, 'payload', b.payload) FROM ${body} b`,
  );
  return { orderId: values.orderId, type: values.type, output, ...facts };
}

/**
 * After the statement of an event (addOrderEvent) ran, in the same transaction: `orderEventRecorded`
 * with the event's body. The event's id.
 */
export async function orderEventWritten(
  tx: Executor,
  event: PendingOrderEvent,
  answer: Record<string, unknown>,
): Promise<{ id: string }> {
  const written = answer[event.output]
    ? jsonValue<{ id: string; payload: unknown }>(answer[event.output])
    : null;
  if (!written) throw new Error(`order ${event.orderId} not found while recording its ${event.type} event`);
  await orderEventRecorded.run(tx, {
    eventId: written.id,
    orderId: event.orderId,
    type: event.type,
    payload: jsonValue(written.payload),
    toStatus: event.toStatus,
    placed: event.placed,
  });
  return { id: written.id };
}

/**
 * Records one order_events row and publishes it inside the caller's transaction, in one statement
 * (addOrderEvent, with what other domains add to it); then `orderEventRecorded` runs with the body.
 * Call it after the order row has its new state: the body reads it.
 */
export async function recordOrderEvent(tx: Executor, values: OrderEventValues): Promise<{ id: string }> {
  const stmt = new CteStatement();
  const event = await addOrderEvent(stmt, values);
  return orderEventWritten(tx, event, await stmt.run(tx));
}

/**
 * How an order event is stored: the state machine's event (`transition(...).event`) becomes one
 * order_events row; its `data` (fromPaymentStatus, toPaymentStatus, reason, carrier, ...) is kept as is,
 * and `toOrderEvent` (order.types.ts) reads back.
 */
export function orderEventValues(orderId: string, event: OrderTransitionEvent): OrderEventValues {
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
export function placedEventValues(orderId: string, actorId: string, status: OrderStatus): OrderEventValues {
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
