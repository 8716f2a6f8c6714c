import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { inTransaction } from '../db/transact.js';
import { HISTORY_EMAIL_DOMAIN } from './order-history-plan.js';
import type { PlacedOrder } from './order-history-steps.js';

/**
 * Moves the rows a batch of seeded orders wrote into the past. Each order's steps ran one after the
 * other in real time; every row stamped at real time `t` within step k (from its start until the next
 * step's) is moved to `planned_k + (t - start_k)`: the order of events is kept, and each step lands at its
 * planned instant. One UPDATE per table, in one transaction, through a temporary table of the steps:
 * orders (created, updated, reservation end), order events, payments, refunds, returns, shipments and
 * their history, coupon redemptions and stock movements (by order number, or the restock reference).
 *
 * The outbox messages the seeded customers' orders produced (confirmations, shipping notices...) are
 * deleted: they belong to a past that was never mailed, and a server started on this database must not
 * send thousands of old emails to invented addresses.
 */

const moved = (column: string, key: string) =>
  `coalesce((SELECT s.planned + (${column} - s.real_from) FROM history_steps s
    WHERE ${key} AND ${column} >= s.real_from AND ${column} < s.real_to LIMIT 1), ${column})`;

export async function backdateOrders(db: Database, placed: readonly PlacedOrder[]): Promise<void> {
  if (placed.length === 0) return;
  const rows = placed.flatMap((order) =>
    order.steps.map((step, i) => ({
      order_id: order.orderId,
      number: order.number,
      restock_ref: order.restockRef,
      real_from: step.realFrom.toISOString(),
      real_to: order.steps[i + 1]?.realFrom.toISOString() ?? 'infinity',
      planned: step.planned.toISOString(),
    })),
  );
  await inTransaction(db, async (tx) => {
    const run = (text: string) => tx.execute(sql.raw(text));
    await run(`CREATE TEMP TABLE history_steps (order_id uuid, number text, restock_ref text,
      real_from timestamptz, real_to timestamptz, planned timestamptz) ON COMMIT DROP`);
    await tx.execute(sql`INSERT INTO history_steps
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS x(order_id uuid, number text, restock_ref text, real_from timestamptz, real_to timestamptz, planned timestamptz)`);
    await run('CREATE INDEX ON history_steps (order_id)');
    await run('ANALYZE history_steps');
    const ofBatch = 'IN (SELECT order_id FROM history_steps)';
    const byOrder = (alias: string) => `s.order_id = ${alias}.order_id`;
    await run(`UPDATE orders o SET created_at = ${moved('o.created_at', 's.order_id = o.id')},
      updated_at = ${moved('o.updated_at', 's.order_id = o.id')},
      reserved_until = o.reserved_until + (${moved('o.created_at', 's.order_id = o.id')} - o.created_at)
      WHERE o.id ${ofBatch}`);
    await run(
      `UPDATE order_events e SET created_at = ${moved('e.created_at', byOrder('e'))} WHERE e.order_id ${ofBatch}`,
    );
    await run(`UPDATE payments p SET created_at = ${moved('p.created_at', byOrder('p'))},
      updated_at = ${moved('p.updated_at', byOrder('p'))} WHERE p.order_id ${ofBatch}`);
    await run(
      `UPDATE refunds r SET created_at = ${moved('r.created_at', byOrder('r'))} WHERE r.order_id ${ofBatch}`,
    );
    await run(`UPDATE return_requests r SET created_at = ${moved('r.created_at', byOrder('r'))},
      updated_at = ${moved('r.updated_at', byOrder('r'))} WHERE r.order_id ${ofBatch}`);
    await run(`UPDATE shipment_events se SET occurred_at = ${moved('se.occurred_at', byOrder('sh'))},
      created_at = ${moved('se.created_at', byOrder('sh'))}
      FROM shipments sh WHERE sh.id = se.shipment_id AND sh.order_id ${ofBatch}`);
    await run(`UPDATE shipments sh SET created_at = ${moved('sh.created_at', byOrder('sh'))},
      updated_at = ${moved('sh.updated_at', byOrder('sh'))} WHERE sh.order_id ${ofBatch}`);
    await run(`UPDATE coupon_redemptions c SET created_at = ${moved('c.created_at', 's.number = c.order_reference')}
      WHERE c.order_reference IN (SELECT number FROM history_steps)`);
    // By variant and time (the ledger's index), then matched by reference: an order's number or its restock.
    await run(`UPDATE stock_movements m SET created_at = ${moved('m.created_at', '(s.number = m.reference OR s.restock_ref = m.reference)')}
      WHERE m.variant_id IN (SELECT variant_id FROM order_lines WHERE order_id ${ofBatch})
        AND m.created_at >= (SELECT min(real_from) FROM history_steps)
        AND m.reference IN (SELECT number FROM history_steps UNION SELECT restock_ref FROM history_steps)`);
    await run(
      `DELETE FROM outbox_messages WHERE status = 'PENDING' AND recipient LIKE '%@${HISTORY_EMAIL_DOMAIN}'`,
    );
  });
}

/** Seeded customers signed up before their first order (up to 30 days), or at their first order's time. */
export async function backdateCustomers(db: Database): Promise<void> {
  await db.execute(
    sql.raw(`UPDATE users u SET created_at = f.first - interval '1 hour' * (abs(hashtext(u.email)) % 720)
    FROM (SELECT user_id, min(created_at) AS first FROM orders GROUP BY user_id) f
    WHERE f.user_id = u.id AND u.email LIKE '%@${HISTORY_EMAIL_DOMAIN}' AND u.created_at > f.first`),
  );
}
