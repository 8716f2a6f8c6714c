import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { formatMoney } from '../../graphql/money.js';
import { users } from '../account/account.tables.js';
import { enqueueEmail } from '../notification/outbox.js';
import { orderEmails } from '../notification/templates.js';
import type { OrderRow } from '../order/order.tables.js';
import type { HasApp } from '../order/order-action.js';
import type { ShipmentRow } from './fulfillment.tables.js';

/**
 * Queues the "shipped" email for a parcel that has just left the store, in the transaction of the move
 * (the outbox sends it after commit). `complete`: every unit of the order has now left.
 */
export async function sendShippedEmail(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  shipment: ShipmentRow,
  complete: boolean,
): Promise<void> {
  const [user] = await tx
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, order.userId));
  if (!user) return;
  await enqueueEmail(
    ctx,
    tx,
    'order.shipped',
    orderEmails.shipped(
      {
        to: user.email,
        name: user.name,
        orderNumber: order.number,
        total: formatMoney(order.total, order.currency),
        url: `${ctx.app.config.storefrontUrl}/account/orders/${order.number}`,
      },
      {
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        trackingUrl: shipment.trackingUrl,
        complete,
      },
    ),
  );
}
