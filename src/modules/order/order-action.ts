import type { AppContext } from '../../graphql/app-context.js';
import type { UserError } from '../../graphql/errors.js';
import type { OrderRow, RefundRow } from './order.tables.js';
import type { OrderEffect, OrderTransitionEvent } from './order-state.types.js';

/** What an order action (order-transitions.service.ts `applyOrderAction`) is given and answers. */

/** Anything carrying the app: a request context, or `{ app }` for workers. */
export interface HasApp {
  app: AppContext;
}

export type OrderActionResult =
  | { ok: true; order: OrderRow; event: OrderTransitionEvent; effects: OrderEffect[] }
  | { ok: false; order: OrderRow | null; error: UserError };

/** What caused money to go back, as the refunds ledger records it. */
export type RefundSource = 'ADMIN' | 'CANCELLATION' | 'RETURN' | 'PROVIDER';

/**
 * How an action that gives money back records it, beyond what the action says:
 * - `paymentId` and `amount` are required for PARTIAL_REFUND (which payment, how much, in minor units);
 *   every other refunding action gives back everything still captured on the order's payments.
 * - `source` is the refunds row's source; by default CANCELLATION for a cancellation or a late payment,
 *   ADMIN for an admin's refund, PROVIDER for the system's.
 * - `madeAtProvider`: the money already went back at the provider (a webhook reported it): record the
 *   refund under this reference without calling the provider.
 * - `email: false` leaves out the refunded email (a received return sends its own, with the amount).
 */
export interface RefundDetails {
  paymentId?: string;
  amount?: number;
  source?: RefundSource;
  returnId?: string | null;
  madeAtProvider?: { paymentId: string; reference: string };
  email?: boolean;
  /** Told about every refunds row written, in order. */
  onRecorded?: (row: RefundRow) => void;
}

/**
 * Thrown inside the transaction when an effect fails after writes began (a provider refusing or not
 * answering a refund): an error, not a result, so whatever transaction the action runs in — a
 * mutation's, a webhook's, a sweeper's savepoint — rolls back. `runInTransaction` turns it into a
 * refusal for the mutations.
 */
export class OrderActionError extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
    this.name = 'OrderActionError';
  }
}
