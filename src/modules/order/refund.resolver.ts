import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { unauthenticated } from '../../graphql/errors.js';
import { Order, toOrder } from './order.types.js';
import { Payment, toPayment } from './order-payment.types.js';
import { refundPaymentAsAdmin } from './refund.service.js';
import { PaymentRefundInput, PaymentRefundPayload, Refund, toRefund } from './refund.types.js';

/** paymentRefund, and the refunds of a payment. */
@Resolver(() => Payment)
export class PaymentRefundResolver {
  @Auth('ADMIN')
  @Mutation(() => PaymentRefundPayload, {
    description:
      'Refunds all or part of a captured payment (card through its provider, cash recorded as handed back). ' +
      'Never more than is still refundable; the payment becomes PARTIALLY_REFUNDED or REFUNDED, and the order ' +
      'REFUNDED once nothing is left captured (restocked when it had not shipped). The buyer is emailed.',
  })
  async paymentRefund(
    @Arg('input', () => PaymentRefundInput, {
      description: 'The payment and, optionally, the amount and why.',
    })
    input: PaymentRefundInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRefundPayload> {
    const viewer = await ctx.viewer();
    if (!viewer) throw unauthenticated();
    const outcome = await refundPaymentAsAdmin(
      ctx,
      { paymentId: input.paymentId, amount: input.amount ?? null, reason: input.reason ?? null },
      viewer.id,
    );
    return Object.assign(new PaymentRefundPayload(), {
      refund: outcome.refund && toRefund(outcome.refund),
      payment: outcome.payment && toPayment(outcome.payment),
      order: outcome.order && toOrder(outcome.order),
      errors: outcome.errors,
    });
  }

  @ListSize(3)
  @FieldResolver(() => [Refund], { description: 'Refunds of this payment, oldest first.' })
  async refunds(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<Refund[]> {
    return (await ctx.loaders.refund.refundsByPayment.load(payment.id)).map(toRefund);
  }
}

/** The refunds of an order (its visibility is the order's: the buyer or an admin). */
@Resolver(() => Order)
export class OrderRefundsResolver {
  @ListSize(3)
  @FieldResolver(() => [Refund], { description: "Refunds of the order's payments, oldest first." })
  async refunds(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Refund[]> {
    return (await ctx.loaders.refund.refundsByOrder.load(order.id)).map(toRefund);
  }
}
