import type { Executor } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, userError } from '../../graphql/errors.js';
import { type AddressFields, findOwnAddress, validateAddressInput } from '../address/address.service.js';
import { type AddressSnapshot, snapshotOf } from '../address/address-snapshot.js';
import { shippingMethodsFor } from '../shipping/shipping.service.js';
import { type CartResult, changeCart, findCart } from './cart.service.js';
import type { carts } from './cart.tables.js';

/** Where a cart ships to and how: its destination address and its shipping method. */

/** Whether the shipping method `code` serves `address` (none without an address). */
export async function methodServes(
  tx: Executor,
  code: string,
  address: AddressSnapshot | null,
): Promise<boolean> {
  if (!address) return false;
  const methods = await shippingMethodsFor(tx, address.country);
  return methods.some((m) => m.code.toUpperCase() === code.toUpperCase());
}

/**
 * Ships the cart to an address-book entry (`addressId`, signed-in shoppers) or to an address typed
 * in (`address`): exactly one of them. The cart keeps a copy. A selected shipping method that does
 * not serve the new destination is unselected.
 */
export async function setShippingAddress(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  input: { addressId?: string | null; address?: AddressFields | null },
): Promise<CartResult> {
  const hasId = input.addressId != null;
  const hasAddress = input.address != null;
  let address: AddressSnapshot;
  let addressId: string | null = null;
  if (hasId === hasAddress) {
    return {
      cart: await findCart(ctx, cartToken),
      errors: [userError(['input'], ErrorCode.INVALID_INPUT, 'Pass exactly one of addressId and address.')],
    };
  }
  if (hasId) {
    // Read before the cart's transaction: the address book is read through the database.
    const row = await findOwnAddress(ctx, input.addressId as string);
    if (!row) {
      return {
        cart: await findCart(ctx, cartToken),
        errors: [
          userError(
            ['input', 'addressId'],
            ErrorCode.NOT_FOUND,
            'No address with this id in your address book.',
          ),
        ],
      };
    }
    address = snapshotOf(row);
    addressId = row.id;
  } else {
    const checked = validateAddressInput(input.address as AddressFields, ['input', 'address']);
    if ('errors' in checked) return { cart: await findCart(ctx, cartToken), errors: checked.errors };
    address = checked.address;
  }
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart) => {
      const set: Partial<typeof carts.$inferInsert> = {
        shippingAddress: address,
        shippingAddressId: addressId,
      };
      if (cart.shippingMethodCode && !(await methodServes(tx, cart.shippingMethodCode, address))) {
        set.shippingMethodCode = null;
      }
      return { errors: [], set };
    },
    {},
  );
}

/** Selects one of the shipping methods offered for the cart's address (an address is needed first). */
export function setShippingMethod(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  input: { code: string },
): Promise<CartResult> {
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart) => {
      const field = ['input', 'code'];
      if (!cart.shippingAddress) {
        return {
          errors: [
            userError(
              field,
              ErrorCode.SHIPPING_ADDRESS_REQUIRED,
              'Set a shipping address first (cartSetShippingAddress): methods depend on the destination.',
            ),
          ],
        };
      }
      const code = input.code.trim().toUpperCase();
      const methods = await shippingMethodsFor(tx, cart.shippingAddress.country);
      const method = methods.find((m) => m.code.toUpperCase() === code);
      if (!method) {
        return {
          errors: [
            userError(
              field,
              ErrorCode.SHIPPING_METHOD_UNAVAILABLE,
              `No shipping method "${input.code.trim()}" ships to ${cart.shippingAddress.country}; see availableShippingMethods.`,
            ),
          ],
        };
      }
      return { errors: [], set: { shippingMethodCode: method.code } };
    },
    {},
  );
}
