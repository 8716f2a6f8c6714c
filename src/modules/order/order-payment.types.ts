import { Field, ID, ObjectType } from 'type-graphql';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { PaymentMethod } from '../payment/payment.types.js';
import type { PaymentRow } from './order.tables.js';
import { PaymentStatus } from './order.types.js';

/** GraphQL type of one payment attempt on an order (the order's payment records, order.tables.ts). */

@ObjectType({
  implements: Node,
  description:
    'One payment attempt on an order. Only the card brand and last four digits are ever stored; never the number, expiry or CVC.',
})
export class Payment {
  @Field(() => ID, { description: 'Id of the payment.' })
  id!: string;

  @Field(() => ID, { description: 'The order paid.' })
  orderId!: string;

  @Field(() => PaymentMethod, { description: 'How it is paid.' })
  method!: PaymentMethod;

  @Field(() => String, {
    description: 'The provider that handled it ("simulated-card", "cash-on-delivery").',
  })
  provider!: string;

  @Field(() => PaymentStatus, { description: 'State of this attempt.' })
  status!: PaymentStatus;

  @Field(() => Money, { description: 'Amount charged or due.' })
  amount!: Money;

  @Field(() => Money, { description: 'Amount given back so far.' })
  refundedAmount!: Money;

  @Field(() => String, { nullable: true, description: 'Card brand (VISA, MASTERCARD, ...); null for cash.' })
  cardBrand!: string | null;

  @Field(() => String, { nullable: true, description: 'Last four digits of the card; null for cash.' })
  cardLast4!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the attempt failed: CARD_DECLINED, INSUFFICIENT_FUNDS, INVALID_CARD, EXPIRED_CARD or INCORRECT_CVC; null otherwise.',
  })
  failureCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The failure explained for the shopper; null otherwise.',
  })
  failureMessage!: string | null;

  @Field(() => Date, { description: 'When the attempt was made.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When its status last changed.' })
  updatedAt!: Date;

  row!: PaymentRow;
}

export const PaymentConnection = ConnectionType(Payment, 'Payment');

export function toPayment(row: PaymentRow): Payment {
  return Object.assign(new Payment(), {
    id: row.id,
    orderId: row.orderId,
    method: row.method as PaymentMethod,
    provider: row.provider,
    status: row.status as PaymentStatus,
    amount: money(row.amount, row.currency),
    refundedAmount: money(row.refundedAmount, row.currency),
    cardBrand: row.cardBrand,
    cardLast4: row.cardLast4,
    failureCode: row.failureCode,
    failureMessage: row.failureMessage,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    row,
  });
}
