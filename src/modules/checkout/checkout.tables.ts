import { jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { orders } from '../order/order.tables.js';
import { CHECKOUT_AVAILABILITIES, type CheckoutLineOutcomeData } from './checkout-lines.js';

export const checkoutAvailabilityEnum = pgEnum('checkout_availability', CHECKOUT_AVAILABILITIES);

/**
 * What a checkout that placed an order was asked and did, per cart line: what a replay of its
 * idempotency key answers again (the cart lines themselves are gone or changed by then). One row per
 * order placed by checkoutComplete, written in its transaction.
 */
export const checkoutOutcomes = pgTable('checkout_outcomes', {
  orderId: uuid('order_id')
    .primaryKey()
    .references(() => orders.id, { onDelete: 'cascade' }),
  availability: checkoutAvailabilityEnum('availability').notNull(),
  /** Every cart line at checkout, in cart order: requested and bought units, and why. */
  lines: jsonb('lines').$type<CheckoutLineOutcomeData[]>().notNull(),
  /**
   * The request fingerprint (checkout-replay.ts) of the cart as this checkout left it, when it left
   * lines behind (AVAILABLE_ONLY): a retry of the key then still finds "the same cart". Null when the
   * cart was emptied.
   */
  remainderFingerprint: text('remainder_fingerprint'),
});

export type CheckoutOutcomeRow = typeof checkoutOutcomes.$inferSelect;
