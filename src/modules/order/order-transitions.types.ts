import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { CardInput, Order } from './order.types.js';

@InputType({ description: 'Cancels an order.' })
export class OrderCancelInput {
  @Field(() => ID, { description: 'The order to cancel.' })
  orderId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why (at most 500 characters); shown on the order timeline.',
  })
  reason?: string | null;
}

@InputType({ description: 'A new card payment attempt for an order awaiting payment.' })
export class OrderPayInput {
  @Field(() => ID, { description: 'The order to pay (yours, PENDING_PAYMENT).' })
  orderId!: string;

  @Field(() => CardInput, { description: 'The card to charge the order total to.' })
  card!: CardInput;
}

@InputType({ description: 'Refers to one order.' })
export class OrderIdInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;
}

@ObjectType({ description: 'Result of an order mutation: the order as it is now.' })
export class OrderMutationPayload extends MutationPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The order after the change; on a refusal the order unchanged (null when it does not exist or is not yours).',
  })
  order!: Order | null;
}
