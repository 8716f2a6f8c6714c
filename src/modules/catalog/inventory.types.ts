import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import type { StockMovementRow } from './catalog.tables.js';

/** The stock ledger's GraphQL types. */

export enum StockMovementReason {
  RESTOCK = 'RESTOCK',
  ADJUSTMENT = 'ADJUSTMENT',
  ORDER = 'ORDER',
  CANCEL = 'CANCEL',
  RETURN = 'RETURN',
}
registerEnumType(StockMovementReason, {
  name: 'StockMovementReason',
  description: 'Why stock changed.',
  valuesConfig: {
    RESTOCK: { description: 'Goods received (also the initial stock of a new variant).' },
    ADJUSTMENT: { description: 'A correction after a count, damage or loss.' },
    ORDER: { description: 'Sold in an order.' },
    CANCEL: { description: 'Returned to stock by a cancelled order.' },
    RETURN: { description: 'Returned by a customer.' },
  },
});

@ObjectType({ implements: Node, description: 'One entry of the stock ledger of a variant.' })
export class StockMovement {
  @Field(() => ID, { description: 'Unique id of the ledger entry; `node(id)` also finds it.' })
  id!: string;

  @Field(() => Int, { description: 'Change in units: positive in, negative out.' })
  delta!: number;

  @Field(() => StockMovementReason, { description: 'Why the stock changed.' })
  reason!: StockMovementReason;

  @Field(() => String, { nullable: true, description: 'What caused it, e.g. an order number.' })
  reference!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Free text by the person who made the change (at most 500 characters); null when none was given.',
  })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'The user who made the change, if a person did.' })
  actorId!: string | null;

  @Field(() => Date, { description: 'When the change was recorded; the ledger is listed newest first.' })
  createdAt!: Date;
}

export function toStockMovement(row: StockMovementRow): StockMovement {
  return Object.assign(new StockMovement(), { ...row, reason: row.reason as StockMovementReason });
}

export const StockMovementConnection = ConnectionType(StockMovement, 'StockMovement');
