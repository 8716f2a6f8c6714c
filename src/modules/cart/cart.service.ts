import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { formatMoney } from '../../graphql/money.js';
import { type AddressFields, findOwnAddress, validateAddressInput } from '../address/address.service.js';
import { products, variants } from '../catalog/catalog.tables.js';
import { checkCouponCode } from '../promotion/coupon.service.js';
import { shippingMethodsFor } from '../shipping/shipping.service.js';
import { type CartAddress, type CartNotice, type CartRow, cartLines, carts } from './cart.tables.js';
import { cartTokenHash, newCartToken } from './cart-token.js';
import { computeCartView, forgetCartView, lineName, loadCartLines } from './cart-view.js';

/**
 * The shopping cart's rules. A signed-in shopper has one cart, created on first use; a guest
 * reaches a cart through the secret token `cartCreate` returned (argument or X-Cart-Token
 * header). Every change runs in one transaction that first locks the cart row, so concurrent
 * changes of one cart apply one after the other, and a change that fails changes nothing.
 */

/** Most units of one variant a cart line may hold (and a single add may ask for). */
export const MAX_LINE_QUANTITY = 999;

export interface CartResult {
  /** The cart after the change (as it was when the change failed); null without a cart. */
  cart: CartRow | null;
  errors: UserError[];
}

export interface CartLineResult extends CartResult {
  /** The line added or changed; null when it was removed or nothing changed. */
  lineId: string | null;
  /** With INSUFFICIENT_STOCK: the most units the line may hold now (the variant's stock). */
  quantityAvailable: number | null;
}

export interface CartCreateResult extends CartResult {
  /** The new guest cart's secret token; null for a signed-in shopper (their cart needs none). */
  cartToken: string | null;
}

const cartNotFound = () =>
  userError(
    ['cartToken'],
    ErrorCode.CART_NOT_FOUND,
    'No cart matches the cart token (unknown, expired or merged at sign-in): create one with cartCreate.',
  );

const lineNotFound = () =>
  userError(['input', 'lineId'], ErrorCode.NOT_FOUND, 'No line with this id in your cart.');

/** Guest carts idle longer than GUEST_CART_TTL no longer exist for readers, swept or not. */
function notExpired(ctx: RequestContext): SQL {
  return sql`(${carts.userId} IS NOT NULL OR ${carts.updatedAt} > now() - ${ctx.app.config.guestCartTtl}::float8 * interval '1 second')`;
}

/** The moment an idle guest cart expires; null for a signed-in shopper's cart. */
export function cartExpiresAt(ctx: RequestContext, cart: CartRow): Date | null {
  return cart.userId ? null : new Date(cart.updatedAt.getTime() + ctx.app.config.guestCartTtl * 1000);
}

type Owner = { userId: string } | { tokenHash: string };

/** Whose cart a request means: the signed-in viewer's (any token ignored), else the guest token's. */
async function cartOwner(ctx: RequestContext, cartToken: string | null | undefined): Promise<Owner | null> {
  const viewer = await ctx.viewer();
  if (viewer) return { userId: viewer.id };
  const tokenHash = cartTokenHash(cartToken ?? ctx.cartToken);
  return tokenHash ? { tokenHash } : null;
}

/** The user's cart, created on first use (concurrent first uses meet on the unique user_id). */
async function userCart(executor: Executor, userId: string): Promise<CartRow> {
  const [found] = await executor.select().from(carts).where(eq(carts.userId, userId)).limit(1);
  if (found) return found;
  const [created] = await executor
    .insert(carts)
    .values({ userId })
    .onConflictDoNothing({ target: carts.userId })
    .returning();
  if (created) return created;
  const [existing] = await executor.select().from(carts).where(eq(carts.userId, userId)).limit(1);
  if (!existing) throw new Error('user cart vanished right after its creation');
  return existing;
}

/**
 * The cart of this request: the signed-in viewer's (created on first use), or the guest cart of
 * the token argument / X-Cart-Token header; null for a guest without a valid, unexpired token.
 */
export async function findCart(ctx: RequestContext, cartToken?: string | null): Promise<CartRow | null> {
  const owner = await cartOwner(ctx, cartToken);
  if (!owner) return null;
  if ('userId' in owner) return userCart(ctx.app.db, owner.userId);
  const [row] = await ctx.app.db
    .select()
    .from(carts)
    .where(and(eq(carts.guestTokenHash, owner.tokenHash), notExpired(ctx)))
    .limit(1);
  return row ?? null;
}

/** A guest's new cart and its secret token; a signed-in shopper gets their own cart and no token. */
export async function createCart(ctx: RequestContext): Promise<CartCreateResult> {
  const viewer = await ctx.viewer();
  if (viewer) return { cart: await userCart(ctx.app.db, viewer.id), cartToken: null, errors: [] };
  const { token, hash } = newCartToken();
  const [cart] = await ctx.app.db.insert(carts).values({ guestTokenHash: hash }).returning();
  if (!cart) throw new Error('cart insert returned no row');
  return { cart, cartToken: token, errors: [] };
}

/** Thrown inside a change to roll it back while keeping its outcome. */
class Rollback<T> extends Error {
  constructor(
    readonly cart: CartRow,
    readonly outcome: T,
  ) {
    super('cart change rolled back');
  }
}

/** Locks a cart row for the rest of the transaction; null when it is gone (merged, expired). */
async function lockCart(ctx: RequestContext, tx: Executor, cartId: string): Promise<CartRow | null> {
  const [row] = await tx
    .select()
    .from(carts)
    .where(and(eq(carts.id, cartId), notExpired(ctx)))
    .for('update');
  return row ?? null;
}

/**
 * Records activity on a cart: bumps updated_at (guest expiry counts from it) and clears the one-shot
 * notices (unless `set` brings new ones).
 */
async function touchCart(tx: Executor, cartId: string, set: Partial<typeof carts.$inferInsert> = {}) {
  const [row] = await tx
    .update(carts)
    .set({ notices: [], ...set, updatedAt: sql`now()` })
    .where(eq(carts.id, cartId))
    .returning();
  if (!row) throw new Error('locked cart vanished');
  return row;
}

/**
 * Runs `change` in one transaction on the request's cart, locked first. When the change returns
 * errors everything it did is rolled back, and the cart is returned as it was.
 */
async function changeCart<T extends { errors: UserError[]; set?: Partial<typeof carts.$inferInsert> }>(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  change: (tx: Tx, cart: CartRow) => Promise<T>,
  empty: Omit<T, 'errors' | 'set'>,
): Promise<Omit<T, 'set'> & CartResult> {
  const found = await findCart(ctx, cartToken);
  if (!found) return { ...empty, cart: null, errors: [cartNotFound()] } as Omit<T, 'set'> & CartResult;
  try {
    const result = await ctx.app.db.transaction(async (tx) => {
      const locked = await lockCart(ctx, tx, found.id);
      if (!locked) return { ...empty, cart: null, errors: [cartNotFound()] } as Omit<T, 'set'> & CartResult;
      const { set, ...outcome } = await change(tx, locked);
      if (outcome.errors.length > 0) throw new Rollback(locked, outcome);
      return { ...outcome, cart: await touchCart(tx, locked.id, set) };
    });
    forgetCartView(ctx, found.id);
    return result as Omit<T, 'set'> & CartResult;
  } catch (err) {
    if (err instanceof Rollback) return { ...err.outcome, cart: err.cart };
    throw err;
  }
}

// ---- lines ----

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

/**
 * For other modules: the user's cart id, created on first use and locked FOR UPDATE in `tx`
 * until it ends (pass it to `addItemToCart`).
 */
export async function lockUserCart(ctx: RequestContext, tx: Tx, userId: string): Promise<string> {
  const cart = await userCart(tx, userId);
  const locked = await lockCart(ctx, tx, cart.id);
  if (!locked) throw new Error('user cart vanished while locking it');
  return locked.id;
}

/**
 * For other modules: the signed-in viewer's cart id, created on first use and locked FOR UPDATE
 * in `tx` until it ends; null for a guest. Resolve the viewer before opening `tx` (an
 * `@Auth('CUSTOMER')` field already has): on PGlite a first `ctx.viewer()` inside a transaction
 * would wait for that transaction.
 */
export async function viewerCartId(ctx: RequestContext, tx: Tx): Promise<string | null> {
  const viewer = await ctx.viewer();
  return viewer ? lockUserCart(ctx, tx, viewer.id) : null;
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

// ---- coupon ----

export function applyCoupon(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  input: { code: string },
): Promise<CartResult> {
  return changeCart(
    ctx,
    cartToken,
    async (tx, cart) => {
      const field = ['input', 'code'];
      const check = await checkCouponCode(tx, input.code, cart.userId, new Date());
      if ('error' in check) return { errors: [userError(field, check.error, check.message)] };
      const coupon = check.coupon;
      const view = await computeCartView(ctx, tx, cart, { couponOverride: coupon });
      const currency = ctx.app.config.storeCurrency;
      if (view.pricing.couponProblem === 'MINIMUM_NOT_MET') {
        return {
          errors: [
            userError(
              field,
              ErrorCode.COUPON_MINIMUM_NOT_MET,
              `This coupon applies from ${formatMoney(coupon.minSubtotal ?? 0, currency)} of eligible items.`,
            ),
          ],
        };
      }
      if (view.pricing.couponProblem === 'NOT_APPLICABLE') {
        return {
          errors: [
            userError(
              field,
              ErrorCode.COUPON_NOT_APPLICABLE,
              view.lines.length === 0
                ? 'Your cart is empty: add items before applying a coupon.'
                : 'No item in your cart is eligible for this coupon.',
            ),
          ],
        };
      }
      return { errors: [], set: { couponId: coupon.id } };
    },
    {},
  );
}

export function removeCoupon(ctx: RequestContext, cartToken: string | null | undefined): Promise<CartResult> {
  return changeCart(ctx, cartToken, async () => ({ errors: [], set: { couponId: null } }), {});
}

// ---- shipping ----

async function methodServes(tx: Executor, code: string, address: CartAddress | null): Promise<boolean> {
  if (!address) return false;
  const methods = await shippingMethodsFor(tx, address.country);
  return methods.some((m) => m.code.toUpperCase() === code.toUpperCase());
}

function addressFromBook(row: {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
}): CartAddress {
  return {
    name: row.name,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postalCode: row.postalCode,
    country: row.country,
    phone: row.phone,
  };
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
  let address: CartAddress;
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
    address = addressFromBook(row);
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

// ---- merge at sign-in ----

/**
 * Moves a guest cart into the user's cart after a successful sign-in: quantities add up per
 * variant, capped at stock (a QUANTITY_REDUCED notice says so), lines of products no longer for
 * sale are left out (a notice says so), the guest's coupon, address and shipping method are taken
 * when the user's cart has none, and the guest cart is deleted. Both carts are locked in id order.
 * Never throws: a failed merge is logged and the sign-in goes on.
 */
export async function mergeGuestCart(
  ctx: RequestContext,
  userId: string,
  cartToken: string | null | undefined,
): Promise<void> {
  const tokenHash = cartTokenHash(cartToken);
  if (!tokenHash) return;
  try {
    const { db } = ctx.app;
    const [guest] = await db
      .select({ id: carts.id })
      .from(carts)
      .where(and(eq(carts.guestTokenHash, tokenHash), notExpired(ctx)))
      .limit(1);
    if (!guest) return;
    const user = await userCart(db, userId);
    await db.transaction(async (tx) => {
      const locked = await tx
        .select()
        .from(carts)
        .where(and(inArray(carts.id, [guest.id, user.id]), notExpired(ctx)))
        .orderBy(carts.id)
        .for('update');
      const guestCart = locked.find((c) => c.id === guest.id && c.guestTokenHash !== null);
      const userCartRow = locked.find((c) => c.id === user.id);
      if (!guestCart || !userCartRow) return; // merged by a concurrent sign-in, or expired meanwhile

      const [guestLines, userLines] = await Promise.all([
        loadCartLines(tx, guestCart.id),
        tx
          .select({ id: cartLines.id, variantId: cartLines.variantId, quantity: cartLines.quantity })
          .from(cartLines)
          .where(eq(cartLines.cartId, userCartRow.id)),
      ]);
      const userByVariant = new Map(userLines.map((l) => [l.variantId, l]));
      const notices: CartNotice[] = [];
      for (const line of guestLines) {
        const name = lineName(line);
        if (line.product.status !== 'ACTIVE') {
          notices.push({
            code: 'PRODUCT_UNAVAILABLE',
            variantId: line.variantId,
            message: `${name} from your guest cart is no longer available and was not added.`,
          });
          continue;
        }
        const existing = userByVariant.get(line.variantId);
        const had = existing?.quantity ?? 0;
        const wanted = had + line.quantity;
        const cap = Math.min(line.variant.stock, MAX_LINE_QUANTITY);
        const quantity = Math.max(had, Math.min(wanted, cap));
        if (quantity < wanted) {
          notices.push(
            quantity === 0
              ? {
                  code: 'OUT_OF_STOCK',
                  variantId: line.variantId,
                  message: `${name} from your guest cart is out of stock and was not added.`,
                }
              : {
                  code: 'QUANTITY_REDUCED',
                  variantId: line.variantId,
                  message: `${name}: ${wanted} wanted after merging your guest cart, ${quantity} kept (${line.variant.stock} available).`,
                },
          );
        }
        if (quantity === had) continue;
        if (existing) {
          await tx
            .update(cartLines)
            .set({ quantity, updatedAt: sql`now()` })
            .where(eq(cartLines.id, existing.id));
        } else {
          // The price the guest saw comes along, so a price change since still shows; so does the
          // time the line was added, which orders the lines.
          await tx.insert(cartLines).values({
            cartId: userCartRow.id,
            variantId: line.variantId,
            quantity,
            unitPriceSeen: line.unitPriceSeen,
            createdAt: line.createdAt,
          });
        }
      }
      const set: Partial<typeof carts.$inferInsert> = {};
      if (!userCartRow.couponId && guestCart.couponId) set.couponId = guestCart.couponId;
      if (!userCartRow.shippingAddress && guestCart.shippingAddress) {
        set.shippingAddress = guestCart.shippingAddress;
        set.shippingAddressId = null;
        set.shippingMethodCode = userCartRow.shippingMethodCode ?? guestCart.shippingMethodCode;
      }
      await tx.delete(carts).where(eq(carts.id, guestCart.id));
      await touchCart(tx, userCartRow.id, { ...set, notices });
    });
  } catch (err) {
    ctx.app.logger.error({ err, userId }, 'could not merge the guest cart at sign-in');
  }
}
