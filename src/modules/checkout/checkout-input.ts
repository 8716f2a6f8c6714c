import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { validateAddressInput } from '../address/address.service.js';
import type { AddressSnapshot as CartAddress } from '../address/address-snapshot.js';
import { validateCard } from '../payment/card-validation.js';
import { settlementOf } from '../payment/payment-methods.js';
import type { PaymentProvider } from '../payment/payment-provider.js';
import type { CheckoutInput } from './checkout-result.js';

/** An idempotency key is 1 to 200 characters (a UUID is typical). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
export const MAX_NOTE_LENGTH = 1000;

/**
 * Checks the checkout input before anything is locked: key, note, billing address, and the card as the
 * method's provider wants it (refused when the provider confirms in the browser, required and validated
 * when the provider takes it, ignored for a method settled on delivery).
 */
export function validateCheckoutInput(
  input: CheckoutInput,
  now: Date,
  provider: PaymentProvider,
): { errors: UserError[]; billing: CartAddress | null } {
  const errors: UserError[] = [];
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    errors.push(
      userError(
        ['input', 'idempotencyKey'],
        ErrorCode.INVALID_INPUT,
        `The idempotency key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters (a new UUID per checkout is ideal).`,
      ),
    );
  }
  if ((input.note?.length ?? 0) > MAX_NOTE_LENGTH) {
    errors.push(
      userError(
        ['input', 'note'],
        ErrorCode.INVALID_INPUT,
        `The note is at most ${MAX_NOTE_LENGTH} characters.`,
      ),
    );
  }
  let billing: CartAddress | null = null;
  if (input.billingAddress) {
    const checked = validateAddressInput(input.billingAddress, ['input', 'billingAddress']);
    if ('errors' in checked) errors.push(...checked.errors);
    else billing = checked.address;
  }
  if (provider.confirmsInBrowser) {
    // Stripe: the card is entered in Stripe's own form in the browser; it must never transit here.
    if (input.card) {
      errors.push(
        userError(
          ['input', 'card'],
          ErrorCode.INVALID_INPUT,
          'Card details are not accepted here: this store takes cards with Stripe. Check out without `card`, then ' +
            'confirm the payment in the browser with Stripe.js and the returned clientSecret.',
        ),
      );
    }
  } else if (settlementOf(input.paymentMethod) === 'PROVIDER') {
    if (!input.card) {
      errors.push(
        userError(['input', 'card'], ErrorCode.INVALID_INPUT, 'Card details are required to pay by card.'),
      );
    } else {
      for (const problem of validateCard(input.card, now)) {
        errors.push(userError(['input', 'card', problem.field], ErrorCode[problem.code], problem.message));
      }
    }
  }
  return { errors, billing };
}
