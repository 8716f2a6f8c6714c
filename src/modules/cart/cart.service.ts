import { and, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { selectOnce } from '../../db/query-memo.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { type CartRow, carts } from './cart.tables.js';
import { cartTokenHash, newCartToken } from './cart-token.js';
import { forgetCartView } from './cart-view-cache.js';

/**
 * The shopping cart itself: finding it, creating it, and running a change on it. A signed-in
 * shopper has one cart, created on first use; a guest reaches a cart through the secret token
 * `cartCreate` returned (argument or X-Cart-Token header). Every change runs in one transaction
 * that first locks the cart row, so concurrent changes of one cart apply one after the other, and
 * a change that fails changes nothing. The changes themselves live beside this file: lines
 * (cart-lines.service.ts), coupon (cart-coupon.service.ts), shipping (cart-shipping.service.ts),
 * the merge at sign-in (guest-cart-merge.ts).
 */

export interface CartResult {
  /** The cart after the change (as it was when the change failed); null without a cart. */
  cart: CartRow | null;
  errors: UserError[];
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

/** Guest carts idle longer than GUEST_CART_TTL no longer exist for readers, swept or not. */
export function notExpired(ctx: RequestContext): SQL {
  return notExpiredWithin(ctx.app.config.guestCartTtl);
}

/** notExpired with the guest carts' lifetime in seconds given as a value or a placeholder. */
function notExpiredWithin(ttlSeconds: number | Placeholder): SQL {
  return sql`(${carts.userId} IS NOT NULL OR ${carts.updatedAt} > now() - ${ttlSeconds}::float8 * interval '1 second')`;
}

// The cart reads of every cart request, built once (see selectOnce).
const userCartStatement = selectOnce('user-cart', (qb) =>
  qb
    .select()
    .from(carts)
    .where(eq(carts.userId, sql.placeholder('userId')))
    .limit(1),
);
const guestCartStatement = selectOnce('guest-cart', (qb) =>
  qb
    .select()
    .from(carts)
    .where(
      and(eq(carts.guestTokenHash, sql.placeholder('tokenHash')), notExpiredWithin(sql.placeholder('ttl'))),
    )
    .limit(1),
);
const lockCartStatement = selectOnce('lock-cart', (qb) =>
  qb
    .select()
    .from(carts)
    .where(and(eq(carts.id, sql.placeholder('cartId')), notExpiredWithin(sql.placeholder('ttl'))))
    .for('update'),
);

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
export async function userCart(executor: Executor, userId: string): Promise<CartRow> {
  const [found] = await userCartStatement(executor, { userId });
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
  const [row] = await guestCartStatement(ctx.app.db, {
    tokenHash: owner.tokenHash,
    ttl: ctx.app.config.guestCartTtl,
  });
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

/** Locks a cart row for the rest of the transaction; null when it is gone (merged, expired). */
export async function lockCart(ctx: RequestContext, tx: Executor, cartId: string): Promise<CartRow | null> {
  const [row] = await lockCartStatement(tx, { cartId, ttl: ctx.app.config.guestCartTtl });
  return row ?? null;
}

/**
 * Records activity on a cart: bumps updated_at (guest expiry counts from it) and clears the one-shot
 * notices (unless `set` brings new ones).
 */
export async function touchCart(tx: Executor, cartId: string, set: Partial<typeof carts.$inferInsert> = {}) {
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
export async function changeCart<T extends { errors: UserError[]; set?: Partial<typeof carts.$inferInsert> }>(
  ctx: RequestContext,
  cartToken: string | null | undefined,
  change: (tx: Tx, cart: CartRow) => Promise<T>,
  empty: Omit<T, 'errors' | 'set'>,
): Promise<Omit<T, 'set'> & CartResult> {
  type Result = Omit<T, 'set'> & CartResult;
  const found = await findCart(ctx, cartToken);
  if (!found) return { ...empty, cart: null, errors: [cartNotFound()] } as Result;
  let rolledBack = false;
  const result = await transact(
    ctx,
    async (tx) => {
      const locked = await lockCart(ctx, tx, found.id);
      if (!locked) return { ...empty, cart: null, errors: [cartNotFound()] } as Result;
      const { set, ...outcome } = await change(tx, locked);
      if (outcome.errors.length > 0) {
        rolledBack = true;
        return rollback(Object.assign({}, outcome, { cart: locked }) as Result);
      }
      return Object.assign({}, outcome, { cart: await touchCart(tx, locked.id, set) }) as Result;
    },
    // Key lookups and writes of a few fixed shapes, at the rate shoppers change carts: see TransactionOptions.
    { reusePlans: true },
  );
  // A rolled-back change left the cart as it was: its cached view still holds.
  if (!rolledBack) forgetCartView(ctx, found.id);
  return result;
}

/**
 * For other modules: the user's cart id, created on first use and locked FOR UPDATE in `tx`
 * until it ends (pass it to `addItemToCart`).
 */
export async function lockUserCart(ctx: RequestContext, tx: Tx, userId: string): Promise<string> {
  return (await lockUserCartRow(ctx, tx, userId)).id;
}

/** The user's cart row, locked FOR UPDATE (built once: it runs at every checkout). */
const lockUserCartStatement = selectOnce('lock-user-cart', (qb) =>
  qb
    .select()
    .from(carts)
    .where(eq(carts.userId, sql.placeholder('userId')))
    .limit(1)
    .for('update'),
);

/**
 * The user's cart row, created on first use and locked FOR UPDATE in `tx` until it ends: one statement
 * when the cart exists (the lock's read is the row), the creation path otherwise.
 */
export async function lockUserCartRow(ctx: RequestContext, tx: Tx, userId: string): Promise<CartRow> {
  const [row] = await lockUserCartStatement(tx, { userId });
  if (row) return row;
  const cart = await userCart(tx, userId);
  const locked = await lockCart(ctx, tx, cart.id);
  if (!locked) throw new Error('user cart vanished while locking it');
  return locked;
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
