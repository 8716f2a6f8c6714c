import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import type { OrderEventRow } from './order.tables.js';
import { OrderEventType, OrderStatus, PaymentStatus } from './order.types.js';
import type { OrderTimelineEventType } from './order-events.js';

/** GraphQL type of one entry of an order's timeline. */

export enum OrderActorKind {
  CUSTOMER = 'CUSTOMER',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(OrderActorKind, {
  name: 'OrderActorKind',
  description: 'Who caused an order event.',
  valuesConfig: {
    CUSTOMER: { description: 'The buyer.' },
    ADMIN: { description: 'Store staff.' },
    SYSTEM: { description: 'The server itself (payment results, reservation expiry).' },
  },
});

@ObjectType({ implements: Node, description: "One entry of an order's timeline." })
export class OrderEvent {
  @Field(() => ID, { description: 'Id of the event.' })
  id!: string;

  @Field(() => OrderEventType, { description: 'What happened.' })
  type!: OrderTimelineEventType;

  @Field(() => OrderStatus, { nullable: true, description: 'The order status before; null for PLACED.' })
  fromStatus!: OrderStatus | null;

  @Field(() => OrderStatus, { nullable: true, description: 'The order status after.' })
  toStatus!: OrderStatus | null;

  @Field(() => PaymentStatus, {
    nullable: true,
    description: 'The payment status before; null when not recorded.',
  })
  fromPaymentStatus!: PaymentStatus | null;

  @Field(() => PaymentStatus, {
    nullable: true,
    description: 'The payment status after; null when not recorded.',
  })
  toPaymentStatus!: PaymentStatus | null;

  @Field(() => OrderActorKind, { description: 'Who caused it.' })
  actorKind!: OrderActorKind;

  @Field(() => String, {
    nullable: true,
    description: 'Why (payment failure message, cancellation reason); null when none was given.',
  })
  reason!: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt!: Date;

  row!: OrderEventRow;
}

function dataString(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' ? value : null;
}

/**
 * Event rows keep the payment statuses and the action's details in `data`
 * (`fromPaymentStatus`, `toPaymentStatus`, `reason`, ...): see `orderEventValues` in order-events.ts.
 */
export function toOrderEvent(row: OrderEventRow): OrderEvent {
  const data = row.data ?? {};
  return Object.assign(new OrderEvent(), {
    id: row.id,
    type: row.type as OrderTimelineEventType,
    fromStatus: (row.fromStatus as OrderStatus | null) ?? null,
    toStatus: (row.toStatus as OrderStatus | null) ?? null,
    fromPaymentStatus: dataString(data, 'fromPaymentStatus') as PaymentStatus | null,
    toPaymentStatus: dataString(data, 'toPaymentStatus') as PaymentStatus | null,
    actorKind: row.actorKind as OrderActorKind,
    reason: dataString(data, 'reason'),
    createdAt: row.createdAt,
    row,
  });
}
