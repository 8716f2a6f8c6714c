import { byId, type NodeKind } from '../../graphql/node.js';
import { cartExpiresAt, findCart } from './cart.service.js';
import { cartLines, carts } from './cart.tables.js';
import { toCart } from './cart.types.js';
import { toCartLine } from './cart-line.types.js';
import { cartView } from './cart-view-cache.js';

/**
 * The cart's Node types: the cart of this request (the signed-in shopper's, or the guest cart of the
 * X-Cart-Token header, as `cart` answers it) and its lines; any other cart is null.
 */
export const cartNodes: NodeKind[] = [
  {
    typename: 'Cart',
    table: carts,
    idColumn: carts.id,
    async load(ctx, ids) {
      const cart = await findCart(ctx);
      return cart && ids.includes(cart.id) ? byId([toCart(cart, cartExpiresAt(ctx, cart))]) : new Map();
    },
  },
  {
    typename: 'CartLine',
    table: cartLines,
    idColumn: cartLines.id,
    async load(ctx, ids) {
      const cart = await findCart(ctx);
      if (!cart) return new Map();
      const currency = ctx.app.config.storeCurrency;
      const lines = (await cartView(ctx, cart)).lines.filter((line) => ids.includes(line.id));
      return byId(lines.map((line) => toCartLine(line, currency)));
    },
  },
];
