import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../account/account.tables.js';
import { orderLines, orders } from '../order/order.tables.js';

export const returnStatusEnum = pgEnum('return_status', ['REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED']);

/** A customer's request to send back some units of a delivered order. */
export const returnRequests = pgTable(
  'return_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: returnStatusEnum('status').notNull().default('REQUESTED'),
    reason: text('reason').notNull(),
    /** The admin's note on approval or rejection (shown to the customer). */
    resolutionNote: text('resolution_note'),
    /** Minor units refunded when the goods were received. */
    refundedAmount: integer('refunded_amount').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('return_requests_order_idx').on(t.orderId, t.createdAt, t.id),
    index('return_requests_status_created_idx').on(t.status, t.createdAt, t.id),
    check('return_requests_refunded_non_negative', sql`${t.refundedAmount} >= 0`),
  ],
);

/** Units of one order line in a return. */
export const returnLines = pgTable(
  'return_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    returnId: uuid('return_id')
      .notNull()
      .references(() => returnRequests.id, { onDelete: 'cascade' }),
    orderLineId: uuid('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    uniqueIndex('return_lines_return_line_key').on(t.returnId, t.orderLineId),
    index('return_lines_order_line_idx').on(t.orderLineId),
    check('return_lines_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export type ReturnRequestRow = typeof returnRequests.$inferSelect;
export type ReturnLineRow = typeof returnLines.$inferSelect;
