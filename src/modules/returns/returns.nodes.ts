import { inArray } from 'drizzle-orm';
import { byId, type NodeKind, rowsById } from '../../graphql/node.js';
import { orderPartNode, visibleOrders } from '../order/order.nodes.js';
import { type ReturnLineRow, type ReturnRequestRow, returnLines, returnRequests } from './returns.tables.js';
import { toReturn, toReturnLine } from './returns.types.js';

/** The returns domain's Node types: a return and its lines, seen by whoever may see the order. */
export const returnsNodes: NodeKind[] = [
  orderPartNode<ReturnRequestRow>('Return', returnRequests, returnRequests.id, (row, order) =>
    toReturn(row, order.currency),
  ),
  {
    typename: 'ReturnLine',
    table: returnLines,
    idColumn: returnLines.id,
    async load(ctx, ids) {
      if (!(await ctx.viewer())) return new Map();
      const lines = await rowsById<ReturnLineRow>(ctx, returnLines, returnLines.id, ids);
      const returnIds = [...new Set(lines.map((line) => line.returnId))];
      const requests =
        returnIds.length === 0
          ? []
          : await ctx.app.db.select().from(returnRequests).where(inArray(returnRequests.id, returnIds));
      const orders = await visibleOrders(
        ctx,
        requests.map((request) => request.orderId),
      );
      const visible = new Set(requests.filter((r) => orders.has(r.orderId)).map((r) => r.id));
      return byId(lines.filter((line) => visible.has(line.returnId)).map(toReturnLine));
    },
  },
];
