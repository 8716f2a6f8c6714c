import type { NodeKind } from '../../graphql/node.js';
import { orderPartNode } from '../order/order.nodes.js';
import { type ShipmentRow, shipments } from './fulfillment.tables.js';
import { toShipment } from './fulfillment.types.js';

/** The fulfillment domain's Node type: a shipment, seen by whoever may see its order. */
export const fulfillmentNodes: NodeKind[] = [
  orderPartNode<ShipmentRow>('Shipment', shipments, shipments.id, (row, order) =>
    toShipment(row, order.currency),
  ),
];
