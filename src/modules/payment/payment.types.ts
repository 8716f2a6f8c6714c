import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import {
  PAYMENT_METHODS,
  type PaymentMethod as PaymentMethodName,
  paymentMethodEntry,
} from './payment-methods.js';
import type { CardInput as CardData } from './payment-provider.js';

/** GraphQL types of the payment domain: the method enum (from the one list) and card details. */

export const PaymentMethod = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, m])) as {
  [K in PaymentMethodName]: K;
};
export type PaymentMethod = PaymentMethodName;
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How an order is paid.',
  valuesConfig: Object.fromEntries(
    PAYMENT_METHODS.map((m) => [m, { description: paymentMethodEntry(m).description }]),
  ) as Record<PaymentMethodName, { description: string }>,
});

@InputType('CardInput', {
  description:
    'Card details for one payment (checkoutComplete, orderPay). Used for this request only: never stored, logged or ' +
    'returned; orders keep only the brand and last four digits. Test cards: see the README.',
})
export class CardInput {
  @Field(() => String, { description: 'Card number, 12 to 19 digits; spaces and dashes are ignored.' })
  number!: string;

  @Field(() => Int, { description: 'Expiry month, 1 to 12.' })
  expMonth!: number;

  @Field(() => Int, { description: 'Expiry year: four digits (2031), or two read as 20xx.' })
  expYear!: number;

  @Field(() => String, { description: 'Security code: 3 digits, 4 for American Express.' })
  cvc!: string;

  @Field(() => String, { nullable: true, description: 'Name on the card (optional).' })
  holderName?: string | null;
}

/** The card input as the payment providers take it (a plain object, optional name left out when absent). */
export function toCardData(input: CardInput): CardData {
  return {
    number: input.number,
    expMonth: input.expMonth,
    expYear: input.expYear,
    cvc: input.cvc,
    ...(input.holderName ? { holderName: input.holderName } : {}),
  };
}
