import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { toCardData } from '../payment/payment.types.js';
import type { OrderRow } from './order.tables.js';
import { toOrder } from './order.types.js';
import { payOrder } from './order-pay.service.js';
import type { Actor, OrderAction } from './order-state.types.js';
import { performOrderAction } from './order-transitions.service.js';
import {
  OrderCancelInput,
  OrderIdInput,
  OrderMutationPayload,
  OrderPayInput,
  OrderPayPayload,
} from './order-transitions.types.js';

const MAX_REASON = 500;

function payload(order: OrderRow | null, errors: UserError[]): OrderMutationPayload {
  return Object.assign(new OrderMutationPayload(), { order: order && toOrder(order), errors });
}

async function viewerActor(ctx: RequestContext, as: 'OWN_ROLE' | 'CUSTOMER'): Promise<Actor> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return as === 'OWN_ROLE' && viewer.role === 'ADMIN'
    ? { kind: 'ADMIN', userId: viewer.id }
    : { kind: 'CUSTOMER', userId: viewer.id };
}

async function act(ctx: RequestContext, orderId: string, action: OrderAction, actor: Actor) {
  const result = await performOrderAction(ctx, orderId, action, actor);
  return result.ok ? payload(result.order, []) : payload(result.order, [result.error]);
}

/** What happens to an order after checkout: payment retries, cancellation, cash collection (shipping: fulfillment). */
@Resolver()
export class OrderTransitionsResolver {
  @Auth('CUSTOMER')
  @Mutation(() => OrderMutationPayload, {
    description:
      'Cancels an order: customers their own while PENDING_PAYMENT or CONFIRMED, admins any order until it ships. ' +
      'Stock is returned, a captured card payment refunded, the coupon use released and the buyer emailed.',
  })
  async orderCancel(
    @Arg('input', () => OrderCancelInput, { description: 'The order and, optionally, why.' })
    input: OrderCancelInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderMutationPayload> {
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > MAX_REASON) {
      return payload(null, [
        userError(
          ['input', 'reason'],
          ErrorCode.INVALID_INPUT,
          `The reason is at most ${MAX_REASON} characters.`,
        ),
      ]);
    }
    const actor = await viewerActor(ctx, 'OWN_ROLE');
    return act(ctx, input.orderId, { type: 'CANCEL', reason }, actor);
  }

  @Auth('CUSTOMER')
  @Mutation(() => OrderPayPayload, {
    description:
      'Pays your order awaiting payment (PENDING_PAYMENT, e.g. after a declined card) with a card. Success confirms it; ' +
      'a decline keeps it awaiting payment (payment FAILED, the reason in `errors`) until its reservation ends. ' +
      'When the store takes cards with Stripe, send no card: the answer is a `clientSecret` (the current ' +
      "PaymentIntent's while it can still be confirmed, else a new one's) for the browser to confirm with Stripe.js; " +
      'the order stays PENDING_PAYMENT until Stripe reports the outcome.',
  })
  async orderPay(
    @Arg('input', () => OrderPayInput, { description: 'The order and, without Stripe, the card.' })
    input: OrderPayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderPayPayload> {
    const actor = await viewerActor(ctx, 'CUSTOMER');
    if (actor.kind === 'SYSTEM') throw unauthenticated();
    const result = await payOrder(
      ctx,
      { orderId: input.orderId, card: input.card ? toCardData(input.card) : null },
      actor.userId,
    );
    return Object.assign(new OrderPayPayload(), {
      order: result.order && toOrder(result.order),
      errors: result.errors,
      clientSecret: result.clientSecret,
    });
  }

  @Auth('ADMIN')
  @Mutation(() => OrderMutationPayload, {
    description:
      'Records that the cash of a cash-on-delivery order was collected (CONFIRMED, SHIPPED or DELIVERED): payment SUCCEEDED.',
  })
  async paymentMarkCollected(
    @Arg('input', () => OrderIdInput, { description: 'The cash-on-delivery order.' }) input: OrderIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderMutationPayload> {
    return act(ctx, input.orderId, { type: 'PAYMENT_COLLECTED' }, await viewerActor(ctx, 'OWN_ROLE'));
  }
}
