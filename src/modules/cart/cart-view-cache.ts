import type { Database } from '../../db/client.js';
import type { RequestContext } from '../../graphql/context.js';
import type { CartRow } from './cart.tables.js';
import { type CartView, computeCartView } from './cart-view.js';

/** The per-request cache of cart views: a cart's fields share one computation. */

const viewsByRequest = new WeakMap<RequestContext, Map<string, Promise<CartView>>>();

/**
 * The view of a cart for this request, computed once however many fields of the cart a query
 * selects. Keyed by the cart row's id and last change, so a mutation's result is never stale.
 */
export function cartView(ctx: RequestContext, cart: CartRow): Promise<CartView> {
  let views = viewsByRequest.get(ctx);
  if (!views) {
    views = new Map();
    viewsByRequest.set(ctx, views);
  }
  const key = `${cart.id}@${cart.updatedAt.getTime()}`;
  let view = views.get(key);
  if (!view) {
    view = computeCartView(ctx, ctx.app.db as Database, cart);
    views.set(key, view);
  }
  return view;
}

/** Drops the cached views of a cart after it changed in this request. */
export function forgetCartView(ctx: RequestContext, cartId: string): void {
  const views = viewsByRequest.get(ctx);
  if (!views) return;
  for (const key of [...views.keys()]) if (key.startsWith(`${cartId}@`)) views.delete(key);
}
