import { Arg, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { Order, toOrder } from './order.types.js';
import { OrderEvent, toOrderEvent } from './order-event.types.js';
import {
  type OrderUpdateRows,
  subscribeToAllOrders,
  subscribeToOrder,
} from './order-subscriptions.service.js';

@ObjectType({
  description:
    'A real-time order update (subscriptions): the event that was just committed and the order as it is ' +
    'when the update is delivered.',
})
export class OrderUpdate {
  @Field(() => OrderEvent, { description: "The new entry of the order's timeline." })
  event!: OrderEvent;

  @Field(() => Order, {
    description: 'The order, read when the update is delivered (its current status, payments, timeline).',
  })
  order!: Order;
}

function toOrderUpdate(rows: OrderUpdateRows): OrderUpdate {
  return Object.assign(new OrderUpdate(), { event: toOrderEvent(rows.event), order: toOrder(rows.order) });
}

/**
 * Subscriptions over graphql-ws (src/graphql/websocket.ts). `@auth` guards `subscribe` too, so a
 * refused caller is turned away when subscribing, not at the first event.
 */
@Resolver()
export class OrderSubscriptionResolver {
  @Auth('CUSTOMER')
  @Subscription(() => OrderUpdate, {
    description:
      'Every event of one order from now on (payment, cancellation, shipment, refund, return, ...), with the order ' +
      "as it then is. For the order's buyer and admins; another customer's order answers NOT_FOUND, like a missing one. " +
      'Served over WebSocket (graphql-ws) at /graphql.',
    subscribe: ({ args, context }) => subscribeToOrder(context as RequestContext, args.orderId as string),
  })
  orderUpdated(
    @Root() update: OrderUpdateRows,
    @Arg('orderId', () => ID, { description: 'The order to follow.' }) _orderId: string,
  ): OrderUpdate {
    return toOrderUpdate(update);
  }

  @Auth('ADMIN')
  @Subscription(() => OrderUpdate, {
    description:
      'Every event of every order from now on, as it is committed (by any server instance). Admins only. ' +
      'Served over WebSocket (graphql-ws) at /graphql.',
    subscribe: ({ context }) => subscribeToAllOrders(context as RequestContext),
  })
  orderEvents(@Root() update: OrderUpdateRows): OrderUpdate {
    return toOrderUpdate(update);
  }
}
