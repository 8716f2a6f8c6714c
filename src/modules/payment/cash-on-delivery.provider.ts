/**
 * Cash on delivery: nothing is charged when the order is placed. `charge` answers PENDING with no
 * reference; the order is confirmed with its payment pending, and an admin marks the payment collected
 * when the courier hands over the money (recorded by the caller, not by this provider).
 *
 * Any card sent along is ignored and never echoed. Refunds are not made through this provider: cash is
 * given back in person, and the refund is recorded on the order by an admin (a later issue), so `refund`
 * is always FAILED and changes nothing. Stateless, hence trivially idempotent.
 */
import {
  assertChargeRequest,
  assertRefundRequest,
  type ChargeRequest,
  type ChargeResult,
  type PaymentProvider,
  type RefundRequest,
  type RefundResult,
} from './payment-provider.js';

export const CASH_REFUND_MESSAGE =
  'Cash on delivery payments are refunded in person; record the refund on the order instead.';

export class CashOnDeliveryProvider implements PaymentProvider {
  readonly name = 'cash-on-delivery';

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    assertChargeRequest(request);
    return { status: 'PENDING', providerReference: null };
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    assertRefundRequest(request);
    return { status: 'FAILED', message: CASH_REFUND_MESSAGE };
  }
}
