import { pgEnum } from 'drizzle-orm/pg-core';
import { PAYMENT_METHODS } from './payment-methods.js';

/**
 * The payment domain's tables. The payments and refunds of an order reference the order by foreign
 * key, so they are the order's payment records and live in order.tables.ts.
 */

export const paymentMethodEnum = pgEnum('payment_method', PAYMENT_METHODS);
