import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { products, variants } from '../catalog/catalog.tables.js';
import { type CartResult, changeCart, touchCart } from './cart.service.js';
import { cartLines, type carts } from './cart.tables.js';
import { methodServes } from './cart-shipping.service.js';
import { lineName } from './cart-view.js';
import { forgetCartView } from './cart-view-cache.js';

/** The cart's lines: adding, changing and removing them, and accepting what changed since. */

/** Most units of one variant a cart line may hold (and a single add may ask for). */
export const MAX_LINE_QUANTITY = 999;

export interface CartLineResult extends CartResult {
  /** The line added or changed; null when it was removed or nothing changed. */
  lineId: string | null;
  /** With INSUFFICIENT_STOCK: the most units the line may hold now (the variant's stock). */
  quantityAvailable: number | null;
}

const lineNotFound = () =>
  userError(['input', 'lineId'], ErrorCode.NOT_FOUND, 'No line with this id in your cart.');

interface AddOutcome {
  errors: UserError[];
  lineId: string | null;
  quantityAvailable: number | null;
}

function validateAddQuantity(quantity: number): UserError | null {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY
    ? null
    : userError(
        ['input', 'quantity'],
        ErrorCode.INVALID_INPUT,
        `The quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}.`,
      );
}

/** Adds to a cart whose row the caller has locked in `tx`; writes nothing when it returns errors. */
async function addItemLocked(
  tx: Executor,
  cartId: string,
  input: { variantId: string; quantity: number },
): Promise<AddOutcome> {
  const fail = (error: UserError, quantityAvailable: number | null = null): AddOutcome => ({
    errors: [error],
    lineId: null,
    quantityAvailable,
  });
  const invalid = validateAddQuantity(input.quantity);
  if (invalid) return fail(invalid);
  const variantNotFound = userError(
    ['input', 'variantId'],
    ErrorCode.VARIANT_NOT_FOUND,
    'No variant with this id.',
  );
  if (!isUuid(input.variantId)) return fail(variantNotFound);
  const [found] = await tx
    .select({
      price: variants.price,
      stock: variants.stock,
      variantTitle: variants.title,
      productTitle: products.title,
      status: products.status,
      existing: cartLines.quantity,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .leftJoin(cartLines, and(eq(cartLines.variantId, variants.id), eq(cartLines.cartId, cartId)))
    .where(eq(variants.id, input.variantId))
    .limit(1);
  if (!found) return fail(variantNotFound);
  const name = lineName({ product: { title: found.productTitle }, variant: { title: found.variantTitle } });
  if (found.status !== 'ACTIVE') {
    return fail(
      userError(['input', 'variantId'], ErrorCode.PRODUCT_NOT_AVAILABLE, `${name} is not for sale.`),
    );
  }
  const existing = found.existing ?? 0;
  const wanted = existing + input.quantity;
  if (wanted > found.stock) {
    const inCart = existing > 0 ? ` Your cart already has ${existing}.` : '';
    return fail(
      userError(
        ['input', 'quantity'],
        ErrorCode.INSUFFICIENT_STOCK,
        found.stock === 0
          ? `${name} is out of stock (0 available).${inCart}`
          : `Only ${found.stock} of ${name} available.${inCart}`,
      ),
      found.stock,
    );
  }
  if (wanted > MAX_LINE_QUANTITY) {
    return fail(
      userError(
        ['input', 'quantity'],
        ErrorCode.INVALID_INPUT,
        `A cart line holds at most ${MAX_LINE_QUANTITY} units; your cart already has ${existing}.`,
      ),
    );
  }
  // One row per variant: concurrent adds meet here and add up (the cart lock orders them too).
  const [line] = await tx
    .insert(cartLines)
    .values({ cartId, variantId: input.variantId, quantity: input.quantity, unitPriceSeen: found.price })
    .onConflictDoUpdate({
      target: [cartLines.cartId, cartLines.variantId],
      set: {
        quantity: sql`${cartLines.quantity} + excluded.quantity`,
        unitPriceSeen: sql`excluded.unit_price_seen`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: cartLines.id });
  return { errors: [], lineId: line?.id ?? null, quantityAvailable: null };
}

/**
 * For other modules (the wishlist's "move to cart"): adds a variant to a cart the caller has
 * locked in `tx` (see `viewerCartId`), with every rule of cartAddItem (quantity 1..999, variant
 * exists, product ACTIVE, the line's new quantity within stock). On success the cart's activity
 * is recorded; on errors nothing was written, and the caller decides whether to roll back.
 */
export async function addItemToCart(
  ctx: RequestContext,
  tx: Tx,
  cartId: string,
  input: { variantId: string; quantity: number },
): Promise<UserError[]> {
  const outcome = await addItemLocked(tx, cartId, input);
  if (outcome.errors.length === 0) {
    await touchCart(tx, cartId);
    forgetCartView(ctx, cartId);
  }
  return outcome.errors;
}

export function addItem(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  input: { variantId: string; quantity: number },
): Promise<CartLineResult> {
  return changeCart(ctx, cartToken, (tx, cart) => addItemLocked(tx, cart.id, input), {
    lineId: null,
    quantityAvailable: null,
  });
}

/** Sets a line's quantity (0 removes it); the new quantity must be in stock and the product for sale. */
export function updateItem(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  input: { lineId: string; quantity: number },
): Promise<CartLineResult> {
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart): Promise<AddOutcome> => {
      const fail = (error: UserError, quantityAvailable: number | null = null): AddOutcome => ({
        errors: [error],
        lineId: null,
        quantityAvailable,
      });
      const { quantity } = input;
      if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_LINE_QUANTITY) {
        return fail(
          userError(
            ['input', 'quantity'],
            ErrorCode.INVALID_INPUT,
            `The quantity must be a whole number from 0 (remove) to ${MAX_LINE_QUANTITY}.`,
          ),
        );
      }
      if (!isUuid(input.lineId)) return fail(lineNotFound());
      const [line] = await tx
        .select({
          id: cartLines.id,
          price: variants.price,
          stock: variants.stock,
          variantTitle: variants.title,
          productTitle: products.title,
          status: products.status,
        })
        .from(cartLines)
        .innerJoin(variants, eq(variants.id, cartLines.variantId))
        .innerJoin(products, eq(products.id, variants.productId))
        .where(and(eq(cartLines.id, input.lineId), eq(cartLines.cartId, cart.id)))
        .limit(1);
      if (!line) return fail(lineNotFound());
      if (quantity === 0) {
        await tx.delete(cartLines).where(eq(cartLines.id, line.id));
        return { errors: [], lineId: null, quantityAvailable: null };
      }
      const name = lineName({ product: { title: line.productTitle }, variant: { title: line.variantTitle } });
      if (line.status !== 'ACTIVE') {
        return fail(
          userError(
            ['input', 'lineId'],
            ErrorCode.PRODUCT_NOT_AVAILABLE,
            `${name} is no longer for sale: remove it from your cart.`,
          ),
        );
      }
      if (quantity > line.stock) {
        return fail(
          userError(
            ['input', 'quantity'],
            ErrorCode.INSUFFICIENT_STOCK,
            line.stock === 0
              ? `${name} is out of stock (0 available).`
              : `Only ${line.stock} of ${name} available.`,
          ),
          line.stock,
        );
      }
      // The shopper set this quantity looking at the current price: it is the one seen now.
      await tx
        .update(cartLines)
        .set({ quantity, unitPriceSeen: line.price, updatedAt: sql`now()` })
        .where(eq(cartLines.id, line.id));
      return { errors: [], lineId: line.id, quantityAvailable: null };
    },
    { lineId: null, quantityAvailable: null },
  );
}

export function removeItem(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  input: { lineId: string },
): Promise<CartResult> {
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart) => {
      if (!isUuid(input.lineId)) return { errors: [lineNotFound()] };
      const deleted = await tx
        .delete(cartLines)
        .where(and(eq(cartLines.id, input.lineId), eq(cartLines.cartId, cart.id)))
        .returning({ id: cartLines.id });
      return { errors: deleted.length === 0 ? [lineNotFound()] : [] };
    },
    {},
  );
}

/** Removes every line; the coupon, address and shipping method stay. */
export function clearCart(ctx: RequestContext, cartToken: string | null | undefined): Promise<CartResult> {
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart) => {
      await tx.delete(cartLines).where(eq(cartLines.cartId, cart.id));
      return { errors: [] };
    },
    {},
  );
}

/**
 * The shopper confirms what the warnings said: every line takes the current price, lines whose
 * product is no longer for sale or out of stock go, quantities above stock come down to it, and a
 * shipping method that no longer serves the destination is unselected.
 */
export function acceptChanges(
  ctx: RequestContext,
  cartToken: string | null | undefined,
): Promise<CartResult> {
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart) => {
      await tx.execute(sql`
        DELETE FROM ${cartLines} l USING ${variants} v, ${products} p
        WHERE l.cart_id = ${cart.id} AND v.id = l.variant_id AND p.id = v.product_id
          AND (p.status <> 'ACTIVE' OR v.stock = 0)`);
      await tx.execute(sql`
        UPDATE ${cartLines} l SET quantity = least(l.quantity, v.stock), unit_price_seen = v.price, updated_at = now()
        FROM ${variants} v
        WHERE l.cart_id = ${cart.id} AND v.id = l.variant_id
          AND (l.quantity > v.stock OR l.unit_price_seen <> v.price)`);
      const set: Partial<typeof carts.$inferInsert> = {};
      if (
        cart.shippingMethodCode &&
        !(await methodServes(tx, cart.shippingMethodCode, cart.shippingAddress))
      ) {
        set.shippingMethodCode = null;
      }
      return { errors: [], set };
    },
    {},
  );
}
