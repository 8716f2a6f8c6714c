import { eq } from 'drizzle-orm';
import type { RequestContext, Viewer } from '../../graphql/context.js';
import { forbidden, notFound, unauthenticated } from '../../graphql/errors.js';
import { type OrderEventRow, type OrderRow, orderEvents } from './order.tables.js';
import { mapNotices } from './order-event-hub.js';
import type { OrderEventNotice } from './order-events.js';
import { canSeeOrder, findOrder, isAdmin } from './order-queries.service.js';

/**
 * Real-time order updates: which committed order events a subscriber receives, and what is loaded
 * for each. Ownership is checked when subscribing (another customer's order answers exactly like a
 * missing one) and again for every event, with the subscriber's own permissions.
 */

/** One delivered event: the event row and the order as it is when the event is delivered. */
export interface OrderUpdateRows {
  event: OrderEventRow;
  order: OrderRow;
}

async function requireViewer(ctx: RequestContext): Promise<Viewer> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Events of one order, for its buyer or an admin; NOT_FOUND for a missing or someone else's order. */
export async function subscribeToOrder(
  ctx: RequestContext,
  orderId: string,
): Promise<AsyncIterableIterator<OrderUpdateRows>> {
  const order = await findOrder(ctx, { id: orderId });
  if (!order) throw notFound('Order');
  const viewer = await requireViewer(ctx);
  const notices = ctx.app.orderEvents.subscribe((notice) => notice.orderId === order.id);
  return mapNotices(notices, (notice) => loadOrderUpdate(ctx, viewer, notice));
}

/** Events of every order, for admins. */
export async function subscribeToAllOrders(
  ctx: RequestContext,
): Promise<AsyncIterableIterator<OrderUpdateRows>> {
  const viewer = await requireViewer(ctx);
  // The @auth directive already refuses non-admins; this keeps the service safe on its own.
  if (!isAdmin(viewer)) throw forbidden();
  const notices = ctx.app.orderEvents.subscribe(() => true);
  return mapNotices(notices, (notice) => loadOrderUpdate(ctx, viewer, notice));
}

/**
 * Loads what one notice announces; null (skipped) when the subscriber may not see the order or the
 * rows are gone. The subscription's context lives as long as the subscription: each event gets
 * fresh loaders, so the order (and its lines, payments, timeline) is read as it is now, not as the
 * first event cached it.
 */
async function loadOrderUpdate(
  ctx: RequestContext,
  viewer: Viewer,
  notice: OrderEventNotice,
): Promise<OrderUpdateRows | null> {
  ctx.loaders = ctx.app.newLoaders(ctx.app.db);
  const [order, [event]] = await Promise.all([
    ctx.loaders.order.orderById.load(notice.orderId),
    ctx.app.db.select().from(orderEvents).where(eq(orderEvents.id, notice.eventId)).limit(1),
  ]);
  if (!order || !event || event.orderId !== order.id || !canSeeOrder(viewer, order)) return null;
  return { event, order };
}
