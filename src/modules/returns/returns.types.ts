import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType, PageArgsType } from '../../graphql/pagination.js';
import type { ReturnLineRow, ReturnRequestRow } from './returns.tables.js';

export enum ReturnStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RECEIVED = 'RECEIVED',
}
registerEnumType(ReturnStatus, {
  name: 'ReturnStatus',
  description: 'Where a return stands: REQUESTED → APPROVED → RECEIVED, or REQUESTED → REJECTED.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for by the customer; the store has not decided yet.' },
    APPROVED: { description: 'Accepted: the customer sends the items back.' },
    REJECTED: { description: 'Declined by the store (see note); its units may be requested again.' },
    RECEIVED: { description: 'The items arrived: restocked and refunded.' },
  },
});

@ObjectType({ implements: Node, description: 'Units of one order line in a return.' })
export class ReturnLine {
  @Field(() => ID, { description: 'Id of the return line.' })
  id!: string;

  @Field(() => ID, { description: 'The order line returned.' })
  orderLineId!: string;

  @Field(() => Int, { description: 'Units returned.' })
  quantity!: number;

  row!: ReturnLineRow;
}

@ObjectType({ implements: Node, description: "A customer's return of some units of a delivered order." })
export class Return {
  @Field(() => ID, { description: 'Id of the return.' })
  id!: string;

  @Field(() => ID, { description: 'The order the units come from.' })
  orderId!: string;

  @Field(() => ID, { description: 'The customer who asked for it.' })
  customerId!: string;

  @Field(() => ReturnStatus, { description: 'Where it stands.' })
  status!: ReturnStatus;

  @Field(() => String, { description: "The customer's reason." })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: "The store's note on approval or rejection (shown to the customer); null when none.",
  })
  note!: string | null;

  @Field(() => Money, { description: 'What was refunded when the items were received (0 before).' })
  refundedAmount!: Money;

  @Field(() => Date, { description: 'When it was requested.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When its status last changed.' })
  updatedAt!: Date;

  row!: ReturnRequestRow;
}

export const ReturnConnection = ConnectionType(Return, 'Return');

export function toReturn(row: ReturnRequestRow, currency: string): Return {
  return Object.assign(new Return(), {
    id: row.id,
    orderId: row.orderId,
    customerId: row.userId,
    status: row.status as ReturnStatus,
    reason: row.reason,
    note: row.resolutionNote,
    refundedAmount: money(row.refundedAmount, currency),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    row,
  });
}

export function toReturnLine(row: ReturnLineRow): ReturnLine {
  return Object.assign(new ReturnLine(), {
    id: row.id,
    orderLineId: row.orderLineId,
    quantity: row.quantity,
    row,
  });
}

// ---- inputs and payloads ----

@InputType({ description: 'Units of one order line to return.' })
export class ReturnLineInput {
  @Field(() => ID, { description: 'The order line.' })
  orderLineId!: string;

  @Field(() => Int, {
    description:
      'Units to return: at least 1, at most those delivered less those in other (not rejected) returns.',
  })
  quantity!: number;
}

@InputType({ description: 'Asks to return units of one of your delivered orders.' })
export class ReturnRequestInput {
  @Field(() => ID, { description: 'Your order (DELIVERED, within the return window).' })
  orderId!: string;

  @Field(() => [ReturnLineInput], {
    description: 'The units to return: 1 to 100 lines, each order line once.',
  })
  lines!: ReturnLineInput[];

  @Field(() => String, { description: 'Why (1 to 500 characters).' })
  reason!: string;
}

@InputType({ description: 'Approves or rejects a requested return.' })
export class ReturnDecisionInput {
  @Field(() => ID, { description: 'The return (REQUESTED).' })
  returnId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A note for the customer (at most 500 characters), emailed and shown on the return.',
  })
  note?: string | null;
}

@InputType({ description: 'Refers to one return.' })
export class ReturnIdInput {
  @Field(() => ID, { description: 'The return.' })
  returnId!: string;
}

@ObjectType({ description: 'Result of a return mutation.' })
export class ReturnPayload extends MutationPayload {
  @Field(() => Return, {
    nullable: true,
    description: 'The return as it is now; null when it was not created or does not exist.',
  })
  return!: Return | null;
}

@InputType({ description: 'Narrows the return list; every given condition must hold.' })
export class ReturnFilterInput {
  @Field(() => ReturnStatus, { nullable: true, description: 'Only returns in this status.' })
  status?: ReturnStatus | null;
}

@ArgsType()
export class ReturnsArgs extends PageArgsType {
  @Field(() => ReturnFilterInput, { nullable: true, description: 'Narrows the list; omitted: every return.' })
  filter?: ReturnFilterInput | null;
}
