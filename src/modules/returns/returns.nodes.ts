import { byId, type NodeKind, partNode, rowsById } from '../../graphql/node.js';
import { orderPartNode, visibleOrders } from '../order/order.nodes.js';
import { type ReturnLineRow, type ReturnRequestRow, returnLines, returnRequests } from './returns.tables.js';
import { toReturn, toReturnLine } from './returns.types.js';

/** The returns domain's Node types: a return and its lines, seen by whoever may see the order. */
export const returnsNodes: NodeKind[] = [
  orderPartNode<ReturnRequestRow>('Return', returnRequests, returnRequests.id, (row, order) =>
    toReturn(row, order.currency),
  ),
  partNode<ReturnLineRow, ReturnRequestRow>({
    typename: 'ReturnLine',
    table: returnLines,
    idColumn: returnLines.id,
    parentId: (line) => line.returnId,
    // A return is seen by whoever may see its order.
    visibleParents: async (ctx, returnIds) => {
      const requests = await rowsById<ReturnRequestRow>(ctx, returnRequests, returnRequests.id, returnIds);
      const orders = await visibleOrders(
        ctx,
        requests.map((request) => request.orderId),
      );
      return byId(requests.filter((request) => orders.has(request.orderId)));
    },
    toObject: toReturnLine,
  }),
];
