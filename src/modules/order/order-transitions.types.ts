import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { CardInput } from '../payment/payment.types.js';
import { Order } from './order.types.js';

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

  @Field(() => CardInput, {
    nullable: true,
    description:
      'The card to charge the order total to; required, except when the store takes cards with Stripe: then omit ' +
      'it (sending it is refused with INVALID_INPUT) and confirm in the browser with the returned `clientSecret`.',
  })
  card?: CardInput | null;
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

@ObjectType({
  description: 'Result of orderPay: the order as it is now, and with Stripe the payment to confirm.',
})
export class OrderPayPayload extends MutationPayload {
  @Field(() => Order, {
    nullable: true,
    description:
      'The order after the attempt; on a refusal the order unchanged (null when it does not exist or is not yours).',
  })
  order!: Order | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Stripe only: the client secret of the order's PaymentIntent (the current one while it can still be confirmed, " +
      'else a new one). The browser confirms the payment with it (Stripe.js); the order becomes CONFIRMED when Stripe ' +
      'reports success. Null with the other providers and on errors. Never store or log it.',
  })
  clientSecret!: string | null;
}
