import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { viewerCartId } from '../cart/cart.service.js';
import { addItemToCart, MAX_LINE_QUANTITY } from '../cart/cart-lines.service.js';
import { products, variants } from '../catalog/catalog.tables.js';
import { type WishlistItemRow, wishlistItems } from './wishlist.tables.js';

export type { WishlistItemRow } from './wishlist.tables.js';

/**
 * The wishlist: products (optionally one variant each) a signed-in customer saved for later.
 * Every read and write is scoped to the viewer: another customer's item id behaves exactly like
 * an unknown one (NOT_FOUND), so its existence never leaks. Items stay listed when their product
 * stops being for sale (the client sees it through `available`); deleting a product or a
 * variant deletes the items naming it (foreign keys cascade).
 */

/** Most items one customer's wishlist holds. */
export const MAX_WISHLIST_ITEMS = 500;

export interface WishlistAddResult {
  errors: UserError[];
  item: WishlistItemRow | null;
}

export interface WishlistRemoveResult {
  errors: UserError[];
  deletedId: string | null;
}

export interface WishlistMoveResult {
  errors: UserError[];
  /** The wishlist item removed because it is in the cart now; null when errors. */
  removedItemId: string | null;
  /** With INSUFFICIENT_STOCK: units in stock of the variant; null otherwise. */
  quantityAvailable: number | null;
}

const itemNotFound = () =>
  userError(['input', 'itemId'], ErrorCode.NOT_FOUND, 'No item with this id in your wishlist.');

const variantNotFound = (field: string[]) =>
  userError(field, ErrorCode.VARIANT_NOT_FOUND, 'No variant with this id for this product.');

async function viewerId(ctx: RequestContext): Promise<string> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  return viewer.id;
}

/**
 * Serializes the wishlist writes of one user (transaction-scoped advisory lock), so concurrent
 * adds cannot pass the size cap together.
 */
async function lockWishlist(tx: Executor, userId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(727277, hashtext(${userId}::text))`);
}

const ownItem = (userId: string, itemId: string) =>
  and(eq(wishlistItems.id, itemId), eq(wishlistItems.userId, userId));

/** The viewer's items, newest first, keyset-paginated. */
export async function listWishlist(
  ctx: RequestContext,
  page: PageArgs,
): Promise<Connection<WishlistItemRow>> {
  const userId = await viewerId(ctx);
  return paginateTable(ctx.app.db, wishlistItems, [eq(wishlistItems.userId, userId)], page, {
    column: wishlistItems.createdAt,
    sqlType: 'timestamptz',
    value: (item) => item.createdAt,
    direction: 'desc',
  });
}

/**
 * Saves a product (and optionally one of its variants) to the viewer's wishlist. The product must
 * be for sale and the variant one of its own. Saving the same product and variant again is not an
 * error: the item already saved is returned unchanged.
 */
export async function addToWishlist(
  ctx: RequestContext,
  input: { productId: string; variantId?: string | null },
): Promise<WishlistAddResult> {
  const userId = await viewerId(ctx);
  const fail = (error: UserError): WishlistAddResult => ({ errors: [error], item: null });
  const productNotFound = () =>
    fail(userError(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.'));
  const variantId = input.variantId ?? null;
  if (!isUuid(input.productId)) return productNotFound();
  if (variantId !== null && !isUuid(variantId)) return fail(variantNotFound(['input', 'variantId']));

  return transact(ctx, async (tx) => {
    // KEY SHARE: the product (and variant) cannot be deleted before the item referencing it is in.
    const [product] = await tx
      .select({ id: products.id, title: products.title, status: products.status })
      .from(products)
      .where(eq(products.id, input.productId))
      .for('key share');
    if (!product) return rollback(productNotFound());
    if (product.status !== 'ACTIVE') {
      return rollback(
        fail(
          userError(
            ['input', 'productId'],
            ErrorCode.PRODUCT_NOT_AVAILABLE,
            `${product.title} is not for sale.`,
          ),
        ),
      );
    }
    if (variantId !== null) {
      const [variant] = await tx
        .select({ id: variants.id })
        .from(variants)
        .where(and(eq(variants.id, variantId), eq(variants.productId, product.id)))
        .for('key share');
      if (!variant) return rollback(fail(variantNotFound(['input', 'variantId'])));
    }

    await lockWishlist(tx, userId);
    const samePair = and(
      eq(wishlistItems.userId, userId),
      eq(wishlistItems.productId, product.id),
      variantId === null ? isNull(wishlistItems.variantId) : eq(wishlistItems.variantId, variantId),
    );
    const [existing] = await tx.select().from(wishlistItems).where(samePair).limit(1);
    if (existing) return { errors: [], item: existing };

    const [held] = await tx
      .select({ n: count() })
      .from(wishlistItems)
      .where(eq(wishlistItems.userId, userId));
    if ((held?.n ?? 0) >= MAX_WISHLIST_ITEMS) {
      return rollback(
        fail(
          userError(
            null,
            ErrorCode.INVALID_INPUT,
            `A wishlist holds at most ${MAX_WISHLIST_ITEMS} items: remove one first.`,
          ),
        ),
      );
    }
    // The unique (user, product, variant) key, NULLS NOT DISTINCT, keeps one item per pair even
    // without the lock above.
    const [created] = await tx
      .insert(wishlistItems)
      .values({ userId, productId: product.id, variantId })
      .onConflictDoNothing()
      .returning();
    if (created) return { errors: [], item: created };
    const [raced] = await tx.select().from(wishlistItems).where(samePair).limit(1);
    if (!raced) throw new Error('wishlist item vanished right after a conflicting insert');
    return { errors: [], item: raced };
  });
}

/** Removes one of the viewer's items; another customer's item is NOT_FOUND, like an unknown one. */
export async function removeFromWishlist(
  ctx: RequestContext,
  input: { itemId: string },
): Promise<WishlistRemoveResult> {
  const userId = await viewerId(ctx);
  const missing = { errors: [itemNotFound()], deletedId: null };
  if (!isUuid(input.itemId)) return missing;
  const [deleted] = await ctx.app.db
    .delete(wishlistItems)
    .where(ownItem(userId, input.itemId))
    .returning({ id: wishlistItems.id });
  return deleted ? { errors: [], deletedId: deleted.id } : missing;
}

/**
 * Moves one of the viewer's items into their cart, in one transaction: the item is locked, the
 * variant chosen (the input's, else the item's, else the product's only one), the viewer's cart
 * locked, the units added with every rule of cartAddItem (quantity, availability, stock), and only
 * then the item deleted. Any error rolls everything back: the wishlist and the cart stay as they were.
 */
export async function moveToCart(
  ctx: RequestContext,
  input: { itemId: string; quantity: number; variantId?: string | null },
): Promise<WishlistMoveResult> {
  // The viewer is resolved before the transaction (on PGlite a first resolution inside it would wait for it).
  const userId = await viewerId(ctx);
  const failed = (error: UserError, quantityAvailable: number | null = null): WishlistMoveResult => ({
    errors: [error],
    removedItemId: null,
    quantityAvailable,
  });
  const chosen = input.variantId ?? null;
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > MAX_LINE_QUANTITY) {
    return failed(
      userError(
        ['input', 'quantity'],
        ErrorCode.INVALID_INPUT,
        `The quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}.`,
      ),
    );
  }
  if (!isUuid(input.itemId)) return failed(itemNotFound());
  if (chosen !== null && !isUuid(chosen)) return failed(variantNotFound(['input', 'variantId']));

  // A refusal rolls back whatever the move did so far (the cart line included).
  const refuse = (error: UserError, quantityAvailable: number | null = null) =>
    rollback(failed(error, quantityAvailable));
  return transact(ctx, async (tx) => {
    // Locked: two concurrent moves of one item add it to the cart once.
    const [item] = await tx
      .select({
        id: wishlistItems.id,
        productId: wishlistItems.productId,
        variantId: wishlistItems.variantId,
        title: products.title,
        status: products.status,
      })
      .from(wishlistItems)
      .innerJoin(products, eq(products.id, wishlistItems.productId))
      .where(ownItem(userId, input.itemId))
      .for('update', { of: wishlistItems });
    if (!item) return refuse(itemNotFound());
    if (item.status !== 'ACTIVE') {
      return refuse(
        userError(['input', 'itemId'], ErrorCode.PRODUCT_NOT_AVAILABLE, `${item.title} is not for sale now.`),
      );
    }

    let variantId: string;
    if (chosen !== null) {
      const [variant] = await tx
        .select({ id: variants.id })
        .from(variants)
        .where(and(eq(variants.id, chosen), eq(variants.productId, item.productId)));
      if (!variant) return refuse(variantNotFound(['input', 'variantId']));
      variantId = variant.id;
    } else if (item.variantId !== null) {
      variantId = item.variantId;
    } else {
      const candidates = await tx
        .select({ id: variants.id })
        .from(variants)
        .where(eq(variants.productId, item.productId))
        .limit(2);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      if (!only) {
        return refuse(
          userError(
            ['input', 'itemId'],
            ErrorCode.INVALID_INPUT,
            `${item.title} comes in several variants: choose one (input.variantId).`,
          ),
        );
      }
      variantId = only.id;
    }

    const cartId = await viewerCartId(ctx, tx);
    if (!cartId) throw new Error('a signed-in viewer has no cart');
    const errors = await addItemToCart(ctx, tx, cartId, { variantId, quantity: input.quantity });
    const [error] = errors;
    if (error) {
      // The cart names the variant; here it came from the item unless the input chose it.
      const field =
        chosen === null && error.field?.join('.') === 'input.variantId' ? ['input', 'itemId'] : error.field;
      let quantityAvailable: number | null = null;
      if (error.code === ErrorCode.INSUFFICIENT_STOCK) {
        const [stock] = await tx
          .select({ stock: variants.stock })
          .from(variants)
          .where(eq(variants.id, variantId));
        quantityAvailable = stock?.stock ?? 0;
      }
      return refuse(userError(field, error.code, error.message), quantityAvailable);
    }
    await tx.delete(wishlistItems).where(eq(wishlistItems.id, item.id));
    return { errors: [], removedItemId: item.id, quantityAvailable: null };
  });
}
