import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { toOrder } from '../order/order.types.js';
import { toPayment } from '../order/order-payment.types.js';
import { toCardData } from '../payment/payment.types.js';
import { completeCheckout } from './checkout.service.js';
import { CheckoutCompleteInput, CheckoutCompletePayload } from './checkout.types.js';
import { toCheckoutLineOutcome } from './checkout-lines.types.js';

@Resolver()
export class CheckoutResolver {
  @Auth('CUSTOMER')
  @Mutation(() => CheckoutCompletePayload, {
    description:
      "Turns the signed-in shopper's cart (with its shipping address and method) into an order, in one transaction: " +
      'lines re-validated (for sale, in stock, price as shown), stock reserved, coupon counted, payment taken, cart ' +
      'emptied, confirmation email queued. Guests sign in or register first (their cart merges). Idempotent per ' +
      '`idempotencyKey`. A declined card still places the order (PENDING_PAYMENT) and reports the decline in `errors`. ' +
      'With Stripe, no card is sent: the order is placed PENDING_PAYMENT with a `clientSecret` the browser confirms. ' +
      'With `availability: AVAILABLE_ONLY` it buys what is available instead of refusing the whole cart, and ' +
      '`lines` reports per cart line what was bought.',
  })
  async checkoutComplete(
    @Arg('input', () => CheckoutCompleteInput, { description: 'What to check out with.' })
    input: CheckoutCompleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CheckoutCompletePayload> {
    const result = await completeCheckout(ctx, {
      idempotencyKey: input.idempotencyKey,
      paymentMethod: input.paymentMethod,
      card: input.card ? toCardData(input.card) : null,
      billingAddress: input.billingAddress ?? null,
      note: input.note ?? null,
      availability: input.availability ?? 'ALL_OR_NOTHING',
    });
    return Object.assign(new CheckoutCompletePayload(), {
      errors: result.errors,
      order: result.order ? toOrder(result.order) : null,
      payment: result.payment ? toPayment(result.payment) : null,
      clientSecret: result.clientSecret,
      lines: result.lines.map(toCheckoutLineOutcome),
    });
  }
}
