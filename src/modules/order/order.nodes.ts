import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { RequestContext } from '../../graphql/context.js';
import { byId, found, type NodeKind, partNode } from '../../graphql/node.js';
import {
  type OrderEventRow,
  type OrderLineRow,
  type OrderRow,
  orderEvents,
  orderLines,
  orders,
  type PaymentRow,
  payments,
  type RefundRow,
  refunds,
} from './order.tables.js';
import { toOrder, toOrderLine } from './order.types.js';
import { toOrderEvent } from './order-event.types.js';
import { toPayment } from './order-payment.types.js';
import { canSeeOrder } from './order-queries.service.js';
import { toRefund } from './refund.types.js';

/** The orders among these ids that the viewer may see: their buyer's, or any for an admin (as `order(id)`). */
export async function visibleOrders(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<Map<string, OrderRow>> {
  const viewer = await ctx.viewer();
  if (!viewer || ids.length === 0) return new Map();
  const rows = found(await ctx.loaders.order.orderById.loadMany([...new Set(ids)]));
  return byId(rows.filter((order) => canSeeOrder(viewer, order)));
}

/**
 * A Node type that belongs to an order (a line, an event, a payment, a shipment…): seen by whoever may
 * see its order, as the order's own fields show it.
 */
export const orderPartNode = <Row extends { id: string; orderId: string }>(
  typename: string,
  table: PgTable,
  idColumn: PgColumn,
  toObject: (row: Row, order: OrderRow) => { id: string },
): NodeKind =>
  partNode<Row, OrderRow>({
    typename,
    table,
    idColumn,
    parentId: (row) => row.orderId,
    visibleParents: visibleOrders,
    toObject,
  });

/** The order domain's Node types. */
export const orderNodes: NodeKind[] = [
  {
    typename: 'Order',
    table: orders,
    idColumn: orders.id,
    async load(ctx, ids) {
      return new Map([...(await visibleOrders(ctx, ids))].map(([id, row]) => [id, toOrder(row)]));
    },
  },
  orderPartNode<OrderLineRow>('OrderLine', orderLines, orderLines.id, (row, order) =>
    toOrderLine(row, order.currency),
  ),
  orderPartNode<OrderEventRow>('OrderEvent', orderEvents, orderEvents.id, toOrderEvent),
  orderPartNode<PaymentRow>('Payment', payments, payments.id, toPayment),
  orderPartNode<RefundRow>('Refund', refunds, refunds.id, toRefund),
];
