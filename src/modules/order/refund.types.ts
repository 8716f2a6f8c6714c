import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import type { RefundRow } from './order.tables.js';
import { Order } from './order.types.js';
import { Payment } from './order-payment.types.js';

export enum RefundSource {
  ADMIN = 'ADMIN',
  CANCELLATION = 'CANCELLATION',
  RETURN = 'RETURN',
  PROVIDER = 'PROVIDER',
}
registerEnumType(RefundSource, {
  name: 'RefundSource',
  description: 'What caused a refund.',
  valuesConfig: {
    ADMIN: { description: 'An admin refunded the payment (paymentRefund).' },
    CANCELLATION: { description: 'The order was cancelled after payment, or paid after it was cancelled.' },
    RETURN: { description: 'Returned items were received (returnReceive).' },
    PROVIDER: {
      description: "Made at the payment provider (e.g. Stripe's dashboard) and reported by its webhook.",
    },
  },
});

@ObjectType({
  implements: Node,
  description: 'Money given back on a payment: one entry of the refunds ledger.',
})
export class Refund {
  @Field(() => ID, { description: 'Id of the refund.' })
  id!: string;

  @Field(() => ID, { description: 'The payment refunded.' })
  paymentId!: string;

  @Field(() => ID, { description: 'The order of that payment.' })
  orderId!: string;

  @Field(() => Money, { description: 'Amount given back.' })
  amount!: Money;

  @Field(() => RefundSource, { description: 'What caused it.' })
  source!: RefundSource;

  @Field(() => String, { nullable: true, description: 'Why, as given; null when no reason was given.' })
  reason!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The return it paid back (source RETURN); null otherwise.',
  })
  returnId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The provider's id of the refund; null for cash handed back in person.",
  })
  providerReference!: string | null;

  @Field(() => Date, { description: 'When the money went back.' })
  createdAt!: Date;

  row!: RefundRow;
}

export function toRefund(row: RefundRow): Refund {
  return Object.assign(new Refund(), {
    id: row.id,
    paymentId: row.paymentId,
    orderId: row.orderId,
    amount: money(row.amount, row.currency),
    source: row.source as RefundSource,
    reason: row.reason,
    returnId: row.returnId,
    providerReference: row.providerReference,
    createdAt: row.createdAt,
    row,
  });
}

@InputType({ description: 'Refunds all or part of a captured payment.' })
export class PaymentRefundInput {
  @Field(() => ID, { description: 'The payment to refund (SUCCEEDED or PARTIALLY_REFUNDED).' })
  paymentId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Decimal amount to give back, e.g. "12.50"; at most what is still refundable (captured − refunded). ' +
      'Omitted: everything still refundable.',
  })
  amount?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why (at most 500 characters); shown on the timeline.',
  })
  reason?: string | null;
}

@ObjectType({ description: 'Result of paymentRefund.' })
export class PaymentRefundPayload extends MutationPayload {
  @Field(() => Refund, { nullable: true, description: 'The refund made; null on a refusal.' })
  refund!: Refund | null;

  @Field(() => Payment, {
    nullable: true,
    description: 'The payment as it is now (unchanged on a refusal); null when it does not exist.',
  })
  payment!: Payment | null;

  @Field(() => Order, {
    nullable: true,
    description: 'Its order as it is now (REFUNDED once nothing is left captured); null when unknown.',
  })
  order!: Order | null;
}
