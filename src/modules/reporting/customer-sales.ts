import { type SQL, sql } from 'drizzle-orm';
import { reportOrderFacts } from './reporting.tables.js';

/**
 * Where the customer report reads sales from: the order-level sales facts (report_order_facts, one row
 * per order that reached CONFIRMED, at the order's created_at, kept in the order transactions by
 * sales-facts.service.ts). Orders cancelled before confirmation and expired unpaid orders have no
 * fact; a confirmed order cancelled later keeps its fact (it was a sale; its money counts back as a
 * refund in the sales report).
 */

/** The sales created in [start, end) as a row source `sales(user_id, created_at)` (report_order_facts_occurred_idx). */
export function salesBetween(start: Date, end: Date): SQL {
  return sql`(select ${reportOrderFacts.userId} as user_id, ${reportOrderFacts.occurredAt} as created_at
    from ${reportOrderFacts}
    where ${reportOrderFacts.occurredAt} >= ${start.toISOString()}::timestamptz
      and ${reportOrderFacts.occurredAt} < ${end.toISOString()}::timestamptz) as sales`;
}

/** The time of the first sale ever of the user `userId` (report_order_facts_user_idx: one index probe). */
export function firstSaleAt(userId: SQL): SQL {
  return sql`(select min(f.occurred_at) from ${reportOrderFacts} f where f.user_id = ${userId})`;
}
