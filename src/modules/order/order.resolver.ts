import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { mapConnection, PageArgsType } from '../../graphql/pagination.js';
import { Order, OrderConnection, OrderLine, OrderStatus, toOrder, toOrderLine } from './order.types.js';
import { OrderEvent, toOrderEvent } from './order-event.types.js';
import { orderParcels } from './order-hooks.js';
import { Payment, PaymentConnection, toPayment } from './order-payment.types.js';
import * as queries from './order-queries.service.js';
import { canCancel } from './order-state.js';

@InputType('OrderFilterInput', { description: 'Narrows an order list; every given condition must hold.' })
class OrderFilterInput {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus | null;

  @Field(() => Date, { nullable: true, description: 'Only orders placed at or after this moment.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only orders placed before this moment.' })
  to?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only this customer's orders (for admins; a customer only ever sees their own).",
  })
  customerId?: string | null;
}

@ArgsType()
class OrdersArgs extends PageArgsType {
  @Field(() => OrderFilterInput, { nullable: true, description: 'Conditions on the orders listed.' })
  filter?: OrderFilterInput | null;
}

@Resolver(() => Order)
export class OrderResolver {
  @Auth('CUSTOMER')
  @Query(() => OrderConnection, {
    description: "The viewer's orders, newest first; admins see every customer's orders.",
  })
  async orders(@Args(() => OrdersArgs) args: OrdersArgs, @Ctx() ctx: RequestContext) {
    const page = await queries.listOrders(ctx, args.filter, args);
    return mapConnection(page, toOrder);
  }

  @Auth('CUSTOMER')
  @Query(() => Order, {
    nullable: true,
    description:
      "One order by id or number (exactly one). Null when it does not exist or is another customer's (admins see all).",
  })
  async order(
    @Arg('id', () => ID, { nullable: true, description: 'The order id.' }) id: string | null,
    @Arg('number', () => String, { nullable: true, description: 'The order number, e.g. ORD-000123.' })
    number: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Order | null> {
    const row = await queries.findOrder(ctx, { id, number });
    return row ? toOrder(row) : null;
  }

  @FieldResolver(() => [OrderLine], { description: 'The lines as sold, in cart order.' })
  async lines(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderLine[]> {
    const rows = await ctx.loaders.order.linesByOrder.load(order.id);
    return rows.map((row) => toOrderLine(row, order.row.currency));
  }

  @ListSize(3)
  @FieldResolver(() => [Payment], { description: 'Payment attempts, oldest first.' })
  async payments(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Payment[]> {
    const rows = await ctx.loaders.order.paymentsByOrder.load(order.id);
    return rows.map(toPayment);
  }

  @FieldResolver(() => [OrderEvent], { description: 'The timeline, oldest first.' })
  async events(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderEvent[]> {
    const rows = await ctx.loaders.order.eventsByOrder.load(order.id);
    return rows.map(toOrderEvent);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may cancel the order now (orderCancel): the buyer or an admin, until a parcel of it has left.',
  })
  async canCancel(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = await ctx.viewer();
    const actor = viewer ? queries.viewerActor(viewer, order.row) : null;
    if (!actor) return false;
    const allowed = canCancel(
      {
        status: order.row.status,
        paymentStatus: order.row.paymentStatus,
        paymentMethod: order.row.paymentMethod,
      },
      actor,
    );
    if (!allowed || order.row.status !== 'CONFIRMED') return allowed;
    // As orderCancel decides: a confirmed order with a parcel on its way can no longer be cancelled.
    return !(await orderParcels().anyLeft(ctx, order.id));
  }
}

@Resolver(() => Payment)
export class PaymentResolver {
  @Auth('CUSTOMER')
  @Query(() => PaymentConnection, {
    description: "The viewer's payments, newest first; admins see every payment.",
  })
  async payments(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: RequestContext) {
    return mapConnection(await queries.listPayments(ctx, args), toPayment);
  }

  @Auth('CUSTOMER')
  @Query(() => Payment, {
    nullable: true,
    description: "One payment; null when it does not exist or is another customer's (admins see all).",
  })
  async payment(
    @Arg('id', () => ID, { description: 'The payment id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Payment | null> {
    const row = await queries.findPayment(ctx, id);
    return row ? toPayment(row) : null;
  }

  @FieldResolver(() => Order, { description: 'The order paid.' })
  async order(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<Order> {
    const row = await ctx.loaders.order.orderById.load(payment.orderId);
    if (!row) throw new Error(`payment ${payment.id} has no order`);
    return toOrder(row);
  }
}
