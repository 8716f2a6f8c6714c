import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../graphql/app-context.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import type { UserError } from '../graphql/errors.js';
import { applyCoupon } from '../modules/cart/cart-coupon.service.js';
import { addItem, clearCart } from '../modules/cart/cart-lines.service.js';
import { setShippingAddress, setShippingMethod } from '../modules/cart/cart-shipping.service.js';
import { variants } from '../modules/catalog/catalog.tables.js';
import { adjustInventory } from '../modules/catalog/inventory.service.js';
import { completeCheckout } from '../modules/checkout/checkout.service.js';
import { shipments } from '../modules/fulfillment/fulfillment.tables.js';
import { createShipment, updateShipmentStatus } from '../modules/fulfillment/shipment-commands.service.js';
import { orderLines, payments } from '../modules/order/order.tables.js';
import type { Actor, OrderAction } from '../modules/order/order-state.types.js';
import { performOrderAction } from '../modules/order/order-transitions.service.js';
import { refundPaymentAsAdmin } from '../modules/order/refund.service.js';
import { decideReturn } from '../modules/returns/return-decision.service.js';
import { receiveReturn } from '../modules/returns/return-receipt.service.js';
import { requestReturn } from '../modules/returns/return-request.service.js';
import type { HistoryCustomer, PlannedOrder, PlannedStep } from './order-history-plan.js';

/**
 * Carries out one planned order through the same services the API calls (cart -> checkout -> order
 * transitions, shipments, refunds, returns), as its customer or as the seeding admin, and records when
 * (real time) each step began and when (the plan's past instant) it should have happened: the
 * backdating (order-history-backdate.ts) moves every row a step wrote to the step's planned instant.
 */

export interface SellableVariant {
  id: string;
  price: number;
}

/** A step as it ran: rows written from `realFrom` on (until the next step) belong at `planned`. */
export interface StepTiming {
  realFrom: Date;
  planned: Date;
}

export interface PlacedOrder {
  orderId: string;
  number: string;
  restockRef: string;
  steps: StepTiming[];
  lines: number;
  refunds: number;
}

const GOOD_CARD = { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' };
const DECLINED_CARD = { ...GOOD_CARD, number: '4000000000000002' };

/** A context for `userId` in-process: the seeder is a trusted caller, so the viewer is given, not signed in. */
export function seedContext(app: AppContext, userId: string, role: 'CUSTOMER' | 'ADMIN'): RequestContext {
  const ctx = createRequestContext(app, {
    requestId: `history-seed-${userId}`,
    ip: '127.0.0.1',
    userAgent: 'order-history-seed',
    authorization: undefined,
    cookies: null,
  });
  const viewer = Promise.resolve({ id: userId, role, sessionId: 'order-history-seed' });
  return { ...ctx, viewer: () => viewer, clientKey: async () => `user:${userId}` };
}

function check(what: string, errors: readonly UserError[]): void {
  if (errors.length > 0)
    throw new Error(`${what}: ${errors.map((e) => `${e.code} ${e.message}`).join('; ')}`);
}

/** Restocks (RESTOCK ledger rows, through the inventory service) what the order needs and lacks. */
async function restock(
  admin: RequestContext,
  order: PlannedOrder,
  sellable: readonly SellableVariant[],
  reference: string,
): Promise<void> {
  const wanted = new Map(order.lines.map((l) => [(sellable[l.variant] as SellableVariant).id, l.quantity]));
  const rows = await admin.app.db
    .select({ id: variants.id, stock: variants.stock })
    .from(variants)
    .where(inArray(variants.id, [...wanted.keys()]));
  for (const row of rows) {
    const need = wanted.get(row.id) ?? 0;
    if (row.stock >= need + 2) continue;
    const done = await adjustInventory(admin, {
      variantId: row.id,
      delta: need + 40,
      reason: 'RESTOCK',
      reference,
      note: 'order history seed: restocked before an order',
    });
    check('restock', done.errors);
  }
}

async function fillCart(
  ctx: RequestContext,
  order: PlannedOrder,
  customer: HistoryCustomer,
  sellable: readonly SellableVariant[],
) {
  check('clear cart', (await clearCart(ctx, null)).errors);
  for (const line of order.lines) {
    const variantId = (sellable[line.variant] as SellableVariant).id;
    check('add item', (await addItem(ctx, null, { variantId, quantity: line.quantity })).errors);
  }
  check('address', (await setShippingAddress(ctx, null, { address: customer.address })).errors);
  check('method', (await setShippingMethod(ctx, null, { code: order.shippingMethod })).errors);
  // A coupon whose minimum this cart misses is simply not used, as a shopper would see it refused.
  if (order.coupon) await applyCoupon(ctx, null, { code: order.coupon });
}

async function paymentOf(app: AppContext, orderId: string) {
  const [payment] = await app.db.select().from(payments).where(eq(payments.orderId, orderId)).limit(1);
  if (!payment) throw new Error('order without a payment');
  return payment;
}

async function runStep(
  step: PlannedStep,
  order: PlannedOrder,
  placed: { orderId: string; number: string; total: number },
  customerCtx: RequestContext,
  admin: RequestContext,
  adminId: string,
): Promise<number> {
  const { orderId } = placed;
  const customerActor = { kind: 'CUSTOMER' as const, userId: (await customerCtx.viewer())?.id ?? '' };
  const adminActor = { kind: 'ADMIN' as const, userId: adminId };
  const act = async (action: OrderAction, actor: Actor) => {
    const done = await performOrderAction(customerCtx, orderId, action, actor);
    if (!done.ok) throw new Error(`${action.type}: ${done.error.code} ${done.error.message}`);
  };
  switch (step.kind) {
    case 'CANCEL':
      await act({ type: 'CANCEL', reason: null }, customerActor);
      return 0;
    case 'EXPIRE':
      await act({ type: 'RESERVATION_EXPIRED' }, { kind: 'SYSTEM' });
      return 0;
    case 'COLLECT_CASH':
      await act({ type: 'PAYMENT_COLLECTED' }, adminActor);
      return 0;
    case 'SHIP': {
      const shipped = await createShipment(
        admin,
        { orderId, carrier: 'UPS', trackingNumber: `1ZH${placed.number}`, status: 'IN_TRANSIT' },
        { userId: adminId },
      );
      check('ship', shipped.errors);
      return 0;
    }
    case 'DELIVER': {
      const [shipment] = await admin.app.db
        .select({ id: shipments.id })
        .from(shipments)
        .where(eq(shipments.orderId, orderId));
      if (!shipment) throw new Error('deliver: no shipment');
      check(
        'deliver',
        (
          await updateShipmentStatus(
            admin,
            { shipmentId: shipment.id, status: 'DELIVERED' },
            { userId: adminId },
          )
        ).errors,
      );
      return 0;
    }
    case 'REFUND_FULL':
    case 'REFUND_PARTIAL': {
      const payment = await paymentOf(admin.app, orderId);
      // Cash not collected yet cannot be refunded: nothing to give back.
      if (payment.status !== 'SUCCEEDED' && payment.status !== 'PARTIALLY_REFUNDED') return 0;
      const amount =
        step.kind === 'REFUND_FULL'
          ? null
          : (Math.max(1, Math.floor((payment.amount * order.refundPercent) / 100)) / 100).toFixed(2);
      const done = await refundPaymentAsAdmin(
        admin,
        { paymentId: payment.id, amount, reason: 'order history seed' },
        adminId,
      );
      check('refund', done.errors);
      return 1;
    }
    case 'RETURN': {
      const payment = await paymentOf(admin.app, orderId);
      if (payment.status !== 'SUCCEEDED') return 0;
      const [line] = await admin.app.db
        .select({ id: orderLines.id })
        .from(orderLines)
        .where(and(eq(orderLines.orderId, orderId)))
        .orderBy(orderLines.position)
        .limit(1);
      if (!line) return 0;
      const requested = await requestReturn(
        customerCtx,
        { orderId, lines: [{ orderLineId: line.id, quantity: 1 }], reason: 'Did not fit' },
        customerActor.userId,
      );
      check('return request', requested.errors);
      const returnId = requested.returnRow?.id as string;
      check('return approve', (await decideReturn(admin, { returnId }, 'APPROVED', adminId)).errors);
      check('return receive', (await receiveReturn(admin, returnId, adminId)).errors);
      return 1;
    }
  }
}

/**
 * Places `order` for `customer` and runs its later steps; returns what the backdating needs. Throws
 * when a service refuses what the plan expects (a bug, not data): the seed stops and says why.
 */
export async function placePlannedOrder(
  app: AppContext,
  order: PlannedOrder,
  customer: HistoryCustomer & { userId: string },
  sellable: readonly SellableVariant[],
  adminId: string,
  runId: string,
): Promise<PlacedOrder> {
  const admin = seedContext(app, adminId, 'ADMIN');
  const restockRef = `history:${runId}:${order.index}`;
  const steps: StepTiming[] = [{ realFrom: new Date(), planned: new Date(order.at.getTime() - 600_000) }];
  await restock(admin, order, sellable, restockRef);
  let placed: { orderId: string; number: string; total: number } | null = null;
  for (let attempt = 0; !placed; attempt += 1) {
    const ctx = seedContext(app, customer.userId, 'CUSTOMER');
    steps.push({ realFrom: new Date(), planned: order.at });
    await fillCart(ctx, order, customer, sellable);
    const result = await completeCheckout(ctx, {
      idempotencyKey: `history-${runId}-${order.index}-${attempt}`,
      paymentMethod: order.paymentMethod,
      availability: 'ALL_OR_NOTHING',
      card: order.paymentMethod === 'CARD' ? (order.declined ? DECLINED_CARD : GOOD_CARD) : null,
    });
    if (result.order) {
      placed = { orderId: result.order.id, number: result.order.number, total: result.order.total };
    } else if (attempt < 2 && result.errors.some((e) => e.code === 'INSUFFICIENT_STOCK')) {
      await restock(admin, order, sellable, restockRef); // another worker's order took the units meanwhile
    } else {
      check('checkout', result.errors);
    }
  }
  let refunds = 0;
  for (const step of order.steps) {
    const ctx = seedContext(app, customer.userId, 'CUSTOMER');
    steps.push({ realFrom: new Date(), planned: new Date(order.at.getTime() + step.afterMinutes * 60_000) });
    refunds += await runStep(step, order, placed, ctx, admin, adminId);
  }
  return {
    orderId: placed.orderId,
    number: placed.number,
    restockRef,
    steps,
    lines: order.lines.length,
    refunds,
  };
}
