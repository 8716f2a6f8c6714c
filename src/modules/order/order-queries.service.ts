import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { RequestContext, Viewer } from '../../graphql/context.js';
import { badUserInput, unauthenticated } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { roleAtLeast } from '../../graphql/roles.js';
import { type OrderRow, orders, type PaymentRow, payments } from './order.tables.js';
import type { Actor, OrderStatus } from './order-state.types.js';

/**
 * The read side of orders and payments, with ownership: a customer reads only their own orders and
 * payments (another customer's are "not found", indistinguishable from missing ones); an admin reads all.
 */

export interface OrderFilter {
  status?: OrderStatus | null;
  /** Placed at or after. */
  from?: Date | null;
  /** Placed before. */
  to?: Date | null;
  /** Admins only: one customer's orders. */
  customerId?: string | null;
}

async function requireViewer(ctx: RequestContext): Promise<Viewer> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return viewer;
}

export const isAdmin = (viewer: Viewer): boolean => roleAtLeast(viewer.role, 'ADMIN');

/** Whether the viewer may see this order (its buyer, or an admin). */
export function canSeeOrder(viewer: Viewer, order: Pick<OrderRow, 'userId'>): boolean {
  return order.userId === viewer.id || isAdmin(viewer);
}

/** The capacity in which the viewer acts on an order: its buyer as CUSTOMER, otherwise an admin as ADMIN. */
export function viewerActor(viewer: Viewer, order: Pick<OrderRow, 'userId'>): Actor | null {
  if (order.userId === viewer.id) return { kind: 'CUSTOMER', userId: viewer.id };
  return isAdmin(viewer) ? { kind: 'ADMIN', userId: viewer.id } : null;
}

/** The viewer's orders (all orders for an admin), newest first. */
export async function listOrders(
  ctx: RequestContext,
  filter: OrderFilter | null | undefined,
  page: PageArgs,
): Promise<Connection<OrderRow>> {
  const viewer = await requireViewer(ctx);
  const conditions: SQL[] = [];
  if (!isAdmin(viewer)) conditions.push(eq(orders.userId, viewer.id));
  if (filter?.customerId != null) {
    if (!isUuid(filter.customerId)) throw badUserInput('customerId must be a user id.', 'customerId');
    conditions.push(eq(orders.userId, filter.customerId));
  }
  if (filter?.status) conditions.push(eq(orders.status, filter.status));
  if (filter?.from) conditions.push(gte(orders.createdAt, filter.from));
  if (filter?.to) conditions.push(lt(orders.createdAt, filter.to));
  const result = await paginateTable(ctx.app.db, orders, conditions, page, {
    column: orders.createdAt,
    sqlType: 'timestamptz',
    value: (o) => o.createdAt,
    direction: 'desc',
  });
  for (const row of result.nodes) ctx.loaders.order.orderById.prime(row.id, row);
  return result;
}

/** One order by id or number (exactly one of them); null when missing or not the viewer's. */
export async function findOrder(
  ctx: RequestContext,
  by: { id?: string | null; number?: string | null },
): Promise<OrderRow | null> {
  const viewer = await requireViewer(ctx);
  if ((by.id == null) === (by.number == null)) throw badUserInput('Pass exactly one of id and number.');
  let row: OrderRow | null = null;
  if (by.id != null) {
    if (!isUuid(by.id)) return null;
    row = await ctx.loaders.order.orderById.load(by.id);
  } else {
    const number = (by.number as string).trim().toUpperCase();
    const [found] = await ctx.app.db.select().from(orders).where(eq(orders.number, number)).limit(1);
    row = found ?? null;
  }
  return row && canSeeOrder(viewer, row) ? row : null;
}

/** The viewer's payments (all payments for an admin), newest first. */
export async function listPayments(ctx: RequestContext, page: PageArgs): Promise<Connection<PaymentRow>> {
  const viewer = await requireViewer(ctx);
  const conditions: SQL[] = isAdmin(viewer) ? [] : [eq(payments.userId, viewer.id)];
  return paginateTable(ctx.app.db, payments, conditions, page, {
    column: payments.createdAt,
    sqlType: 'timestamptz',
    value: (p) => p.createdAt,
    direction: 'desc',
  });
}

/** One payment; null when missing or not the viewer's. */
export async function findPayment(ctx: RequestContext, id: string): Promise<PaymentRow | null> {
  const viewer = await requireViewer(ctx);
  if (!isUuid(id)) return null;
  const conditions: SQL[] = [eq(payments.id, id)];
  if (!isAdmin(viewer)) conditions.push(eq(payments.userId, viewer.id));
  const [row] = await ctx.app.db
    .select()
    .from(payments)
    .where(and(...conditions))
    .limit(1);
  return row ?? null;
}
