import { Field, InputType, ObjectType } from 'type-graphql';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { MutationPayload, UserError } from '../../graphql/errors.js';
import { AddressInput } from '../address/address.types.js';
import { Order } from '../order/order.types.js';
import { Payment } from '../order/order-payment.types.js';
import { CardInput, PaymentMethod } from '../payment/payment.types.js';
import { CheckoutAvailability, CheckoutLineOutcome } from './checkout-lines.types.js';

@InputType('CheckoutCompleteInput', {
  description:
    "Places an order from the signed-in shopper's cart, with the cart's shipping address and method. " +
    'Totals are computed by the server, never taken from the client.',
})
export class CheckoutCompleteInput {
  @Field(() => String, {
    description:
      'Required; unique per customer, 1 to 200 characters (a new UUID per checkout attempt). Sending the same key again ' +
      'with the same cart (or after the first checkout emptied it) returns the first result: same order, no second charge. ' +
      'With AVAILABLE_ONLY, the cart as the first checkout left it (the lines it could not buy) counts as the same ' +
      'cart. The same key with a different cart, payment method or availability is refused with ' +
      'IDEMPOTENCY_KEY_REUSED.',
  })
  idempotencyKey!: string;

  @Field(() => PaymentMethod, { description: 'How the order is paid.' })
  paymentMethod!: PaymentMethod;

  @Field(() => CardInput, {
    nullable: true,
    description:
      'Required with CARD, ignored with CASH_ON_DELIVERY. Validated before anything changes. When the store takes ' +
      'cards with Stripe, omit it (sending it is refused with INVALID_INPUT): the browser confirms the payment with ' +
      'Stripe.js and the returned `clientSecret`.',
  })
  card?: CardInput | null;

  @Field(() => AddressInput, {
    nullable: true,
    description: "The billing address; the cart's shipping address is used when omitted.",
  })
  billingAddress?: AddressInput | null;

  @Field(() => String, { nullable: true, description: 'A note for the store, at most 1000 characters.' })
  note?: string | null;

  @Field(() => CheckoutAvailability, {
    defaultValue: CheckoutAvailability.ALL_OR_NOTHING,
    description:
      'What to do when a line cannot be bought in full. ALL_OR_NOTHING (the default) refuses the whole ' +
      "checkout; AVAILABLE_ONLY buys what is available and reports every line in the payload's `lines`. Part of " +
      'the request an idempotency key stands for: the same key with another value is IDEMPOTENCY_KEY_REUSED.',
  })
  availability!: CheckoutAvailability;
}

@ObjectType({
  description:
    'Result of checkoutComplete. On success `order` is set and `errors` is empty. When the card payment fails ' +
    '(CARD_DECLINED, INSUFFICIENT_FUNDS, EXPIRED_CARD, INCORRECT_CVC, INVALID_CARD from the gateway) the order IS ' +
    'placed: `order` (PENDING_PAYMENT, stock reserved until `reservedUntil`) and `payment` (FAILED) are set AND ' +
    '`errors` holds the decline; pay it with orderPay. Any other error means nothing was ordered and `order` is null.',
})
export class CheckoutCompletePayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Expected failures; empty on success. A card decline is the one error that comes WITH an order: `order` ' +
      '(PENDING_PAYMENT) and `payment` (FAILED) are set, and the shopper pays with orderPay. With any other error ' +
      'nothing was ordered, nothing changed, and `order` is null.',
  })
  declare errors: UserError[];

  @Field(() => Order, {
    nullable: true,
    description: 'The order placed (or found again for a repeated key).',
  })
  order!: Order | null;

  @Field(() => Payment, {
    nullable: true,
    description:
      'The payment attempt made at checkout; null when nothing was ordered (or the order was free).',
  })
  payment!: Payment | null;

  @ListSize(20) // as Cart.lines: one per line of the cart
  @Field(() => [CheckoutLineOutcome], {
    description:
      'Every cart line at checkout, in cart order, with what the order bought of it (all BOUGHT unless ' +
      'AVAILABLE_ONLY skipped or shortened some). Empty when nothing was ordered: `errors` then says why, per ' +
      'line (`field` ["cart", "lines", <cart line id>]). A repeated key returns the first checkout\'s lines.',
  })
  lines!: CheckoutLineOutcome[];

  @Field(() => String, {
    nullable: true,
    description:
      'Stripe only: the client secret of the PaymentIntent created for the order. The browser confirms the payment ' +
      'with it (Stripe.js `confirmPayment`); the order stays PENDING_PAYMENT (payment PENDING) until Stripe reports ' +
      'the outcome, then becomes CONFIRMED. Returned again for a repeated key while the payment can still be ' +
      'confirmed. Null with the other payment providers. Never store or log it.',
  })
  clientSecret!: string | null;
}
