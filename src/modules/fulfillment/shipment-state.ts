/**
 * Shipment statuses and what they mean for the order: pure functions, no database, no GraphQL.
 *
 * A shipment's status moves along this table (rows: from, columns: to; "scan" = the same status again,
 * recorded in the history as a further carrier scan with its note, without a status change):
 *
 * | from \ to        | PENDING | IN_TRANSIT | OUT_FOR_DELIVERY | DELIVERED | EXCEPTION | RETURNED |
 * |------------------|---------|------------|------------------|-----------|-----------|----------|
 * | PENDING          | -       | yes        | yes              | yes       | yes       | -        |
 * | IN_TRANSIT       | -       | scan       | yes              | yes       | yes       | yes      |
 * | OUT_FOR_DELIVERY | -       | yes        | scan             | yes       | yes       | yes      |
 * | EXCEPTION        | -       | yes        | yes              | yes       | scan      | yes      |
 * | DELIVERED        | -       | -          | -                | -         | -         | yes      |
 * | RETURNED         | -       | -          | -                | -         | -         | -        |
 *
 * Why: nothing goes back to PENDING (the parcel has left); a failed delivery attempt may go back from
 * OUT_FOR_DELIVERY to IN_TRANSIT; EXCEPTION (damaged, address problem, held at customs) is recoverable;
 * DELIVERED is final but for a return to the sender; RETURNED is final (the store ships the units again
 * in a new shipment). A PENDING parcel never left, so it cannot be returned: it is simply not sent.
 */

export const SHIPMENT_STATUSES = [
  'PENDING',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
  'RETURNED',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

const NEXT: Record<ShipmentStatus, readonly ShipmentStatus[]> = {
  PENDING: ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION'],
  IN_TRANSIT: ['OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'RETURNED'],
  OUT_FOR_DELIVERY: ['IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'RETURNED'],
  EXCEPTION: ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'RETURNED'],
  DELIVERED: ['RETURNED'],
  RETURNED: [],
};

/** Statuses in which a further update with the same status is a carrier scan worth keeping. */
const SCANNABLE: readonly ShipmentStatus[] = ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'EXCEPTION'];

export type ShipmentMove = { ok: true; changed: boolean } | { ok: false; message: string };

const label = (s: ShipmentStatus) => s.toLowerCase().replaceAll('_', ' ');

/** Whether a shipment may move from `from` to `to`; `changed` is false for a same-status scan. */
export function shipmentMove(from: ShipmentStatus, to: ShipmentStatus): ShipmentMove {
  if (from === to) {
    return SCANNABLE.includes(from)
      ? { ok: true, changed: false }
      : { ok: false, message: `The shipment is already ${label(from)}.` };
  }
  if (NEXT[from].includes(to)) return { ok: true, changed: true };
  return { ok: false, message: `A shipment cannot go from ${label(from)} to ${label(to)}.` };
}

/** Whether the parcel has left the store (its units count as shipped). */
export function hasLeft(status: ShipmentStatus): boolean {
  return (
    status === 'IN_TRANSIT' ||
    status === 'OUT_FOR_DELIVERY' ||
    status === 'DELIVERED' ||
    status === 'EXCEPTION'
  );
}

/** Whether the shipment still holds its units: a RETURNED parcel's units are back at the store. */
export function holdsUnits(status: ShipmentStatus): boolean {
  return status !== 'RETURNED';
}

export interface LineQuantity {
  orderLineId: string;
  quantity: number;
}

export interface ShipmentUnits {
  status: ShipmentStatus;
  lines: readonly LineQuantity[];
}

/** Units of each order line not in any shipment yet (RETURNED shipments give theirs back). */
export function unallocatedUnits(
  orderLines: readonly { id: string; quantity: number }[],
  shipments: readonly ShipmentUnits[],
): Map<string, number> {
  const left = new Map(orderLines.map((l) => [l.id, l.quantity]));
  for (const shipment of shipments) {
    if (!holdsUnits(shipment.status)) continue;
    for (const line of shipment.lines) {
      left.set(line.orderLineId, (left.get(line.orderLineId) ?? 0) - line.quantity);
    }
  }
  return left;
}

export interface FulfillmentProgress {
  /** Every unit of every line is in a shipment that has left (IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION). */
  allShipped: boolean;
  /** Every unit of every line is in a DELIVERED shipment. */
  allDelivered: boolean;
}

/** How far an order's units have gone, from its lines and shipments. */
export function fulfillmentProgress(
  orderLines: readonly { id: string; quantity: number }[],
  shipments: readonly ShipmentUnits[],
): FulfillmentProgress {
  const shipped = new Map<string, number>();
  const delivered = new Map<string, number>();
  for (const shipment of shipments) {
    for (const line of shipment.lines) {
      if (hasLeft(shipment.status)) {
        shipped.set(line.orderLineId, (shipped.get(line.orderLineId) ?? 0) + line.quantity);
      }
      if (shipment.status === 'DELIVERED') {
        delivered.set(line.orderLineId, (delivered.get(line.orderLineId) ?? 0) + line.quantity);
      }
    }
  }
  const covers = (counts: Map<string, number>) =>
    orderLines.length > 0 && orderLines.every((l) => (counts.get(l.id) ?? 0) >= l.quantity);
  return { allShipped: covers(shipped), allDelivered: covers(delivered) };
}

/**
 * The order actions that bring an order in line with its shipments: the one derivation of order status
 * from shipments. A CONFIRMED order whose units have all left is shipped; a SHIPPED order whose units are
 * all delivered is delivered (both, in order, when the last parcel goes straight to DELIVERED). Orders in
 * any other status are left alone: nothing moves an order back.
 */
export function orderActionsFor(
  orderStatus: string,
  progress: FulfillmentProgress,
): ('MARK_SHIPPED' | 'MARK_DELIVERED')[] {
  const actions: ('MARK_SHIPPED' | 'MARK_DELIVERED')[] = [];
  let status = orderStatus;
  if (status === 'CONFIRMED' && progress.allShipped) {
    actions.push('MARK_SHIPPED');
    status = 'SHIPPED';
  }
  if (status === 'SHIPPED' && progress.allDelivered) actions.push('MARK_DELIVERED');
  return actions;
}
