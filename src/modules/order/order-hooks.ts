import type { Executor } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';

/**
 * What the order domain asks of the domains built on it, without importing them: they answer from
 * their module's `wire()`. (The hook on recorded events, `orderEventRecorded`, lives with its event
 * type in order-events.ts.)
 */

/** What order needs to know about an order's parcels; answered by the fulfillment domain. */
export interface OrderParcels {
  /**
   * Units of each order line in parcels that have left the store (IN_TRANSIT, OUT_FOR_DELIVERY,
   * DELIVERED, EXCEPTION), keyed by order line id; lines with none are absent.
   */
  unitsLeftByLine(tx: Executor, orderId: string): Promise<Map<string, number>>;
  /** Whether any parcel of the order has left the store, batched through the request's loaders. */
  anyLeft(ctx: RequestContext, orderId: string): Promise<boolean>;
}

/** Without a fulfillment domain nothing ever leaves the store. */
const noParcels: OrderParcels = {
  unitsLeftByLine: async () => new Map(),
  anyLeft: async () => false,
};

let parcels: OrderParcels = noParcels;

/** Fulfillment's `wire()` installs its answer here. */
export function provideOrderParcels(impl: OrderParcels): void {
  parcels = impl;
}

/** The installed answer about parcels. */
export function orderParcels(): OrderParcels {
  return parcels;
}
