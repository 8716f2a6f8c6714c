import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { AccountDataSections } from '../account/account-hooks.js';
import { orderLines, orders, payments } from './order.tables.js';

/**
 * accountDataExporting: the `orders` section, oldest first, each with its lines and payments as
 * stored (amounts in minor units of `currency`). Orders register nothing on accountDeleting: they are
 * kept, with their address snapshots, as the law requires.
 */
export async function exportOrders(
  executor: Executor,
  userId: string,
  sections: AccountDataSections,
): Promise<void> {
  const rows = await executor
    .select()
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(asc(orders.createdAt), asc(orders.id));
  const ids = rows.map((order) => order.id);
  const lines = ids.length
    ? await executor
        .select()
        .from(orderLines)
        .where(inArray(orderLines.orderId, ids))
        .orderBy(asc(orderLines.orderId), asc(orderLines.position))
    : [];
  const paid = ids.length
    ? await executor
        .select()
        .from(payments)
        .where(inArray(payments.orderId, ids))
        .orderBy(asc(payments.createdAt), asc(payments.id))
    : [];
  sections.orders = rows.map((order) => ({
    number: order.number,
    status: order.status,
    paymentStatus: order.paymentStatus,
    paymentMethod: order.paymentMethod,
    currency: order.currency,
    subtotal: order.subtotal,
    discount: order.discount,
    shipping: order.shipping,
    tax: order.tax,
    total: order.total,
    couponCode: order.couponCode,
    shippingAddress: order.shippingAddress,
    billingAddress: order.billingAddress,
    shippingMethod: order.shippingMethod,
    note: order.note,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    createdAt: order.createdAt,
    lines: lines
      .filter((line) => line.orderId === order.id)
      .map((line) => ({
        productTitle: line.productTitle,
        variantTitle: line.variantTitle,
        sku: line.sku,
        options: line.options,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        subtotal: line.subtotal,
        discount: line.discount,
        tax: line.tax,
        total: line.total,
      })),
    payments: paid
      .filter((payment) => payment.orderId === order.id)
      .map((payment) => ({
        method: payment.method,
        status: payment.status,
        amount: payment.amount,
        refundedAmount: payment.refundedAmount,
        cardBrand: payment.cardBrand,
        cardLast4: payment.cardLast4,
        createdAt: payment.createdAt,
      })),
  }));
}
