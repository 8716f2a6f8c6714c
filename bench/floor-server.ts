import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The floor of the products page: what a minimal hand-written server costs on the same machine
 * and data. One SQL statement returns the 20 newest ACTIVE products with their variants,
 * categories and images already aggregated as JSON; node:http answers it with JSON.stringify.
 * No GraphQL, no framework, no DataLoader: everything our server does beyond this is overhead
 * to justify. The benchmark reports our products page as a percentage of this server's req/s.
 */
export const FLOOR_SQL = `
SELECT p.id, p.slug, p.title, p.brand, p.min_price, p.max_price, p.rating_average, p.rating_count, p.created_at,
  (SELECT coalesce(json_agg(json_build_object(
      'id', v.id, 'sku', v.sku, 'title', v.title, 'price', v.price, 'compareAtPrice', v.compare_at_price,
      'stock', v.stock, 'options', v.options) ORDER BY v.position, v.created_at, v.id), '[]'::json)
     FROM variants v WHERE v.product_id = p.id) AS variants,
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'slug', c.slug)
      ORDER BY c.position, c.name), '[]'::json)
     FROM product_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.product_id = p.id) AS categories,
  (SELECT coalesce(json_agg(json_build_object('id', i.id, 'alt', i.alt, 'renditions', i.renditions)
      ORDER BY i.position, i.created_at, i.id), '[]'::json)
     FROM product_images i WHERE i.product_id = p.id) AS images
FROM products p
WHERE p.status = 'ACTIVE'
ORDER BY p.created_at DESC, p.id DESC
LIMIT 20`;

/**
 * The floor of a product page (`product(slug)`, the "product by slug" scenario): one statement
 * returning the product with its variants, images (renditions) and categories with their ancestors,
 * aggregated as JSON.
 */
export const FLOOR_SLUG_SQL = `
SELECT p.id, p.slug, p.title, p.description, p.brand, p.tags, p.status, p.tax_class, p.created_at, p.updated_at,
  p.units_sold, p.min_price, p.max_price, p.rating_average, p.rating_count,
  (SELECT coalesce(json_agg(json_build_object(
      'id', v.id, 'sku', v.sku, 'title', v.title, 'position', v.position, 'weightGrams', v.weight_grams,
      'price', v.price, 'compareAtPrice', v.compare_at_price, 'stock', v.stock, 'options', v.options)
      ORDER BY v.position, v.created_at, v.id), '[]'::json)
     FROM variants v WHERE v.product_id = p.id) AS variants,
  (SELECT coalesce(json_agg(json_build_object('id', i.id, 'alt', i.alt, 'width', i.width, 'height', i.height,
      'renditions', i.renditions) ORDER BY i.position, i.created_at, i.id), '[]'::json)
     FROM product_images i WHERE i.product_id = p.id) AS images,
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'slug', c.slug, 'ancestors',
      (WITH RECURSIVE up(id, depth) AS (
         SELECT c.parent_id, 1 WHERE c.parent_id IS NOT NULL
         UNION ALL
         SELECT a.parent_id, up.depth + 1 FROM categories a JOIN up ON a.id = up.id WHERE a.parent_id IS NOT NULL)
       SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'slug', a.slug) ORDER BY up.depth DESC), '[]'::json)
       FROM up JOIN categories a ON a.id = up.id))
      ORDER BY c.position, c.name), '[]'::json)
     FROM product_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.product_id = p.id) AS categories
FROM products p
WHERE p.slug = $1 AND p.status = 'ACTIVE'`;

/**
 * The floor of a checkout (the "checkout floor" scenario): the durable writes of a card checkout that
 * buys the whole cart, in ONE statement of one transaction, for a user id given in the request (no
 * sign-in check). It locks the user's cart, writes the order (CONFIRMED, paid; its number from
 * `order_number_seq`), its lines priced from the variants, takes the stock as checkout does (the
 * variants locked in id order, all decremented only if each has the units, a ledger row each), records
 * the payment and empties the cart. Our checkout does more per order (pricing rules, tax, idempotency
 * replay, events, webhook deliveries, the confirmation email, sales facts, units sold): the difference
 * is what the ratio shows. `taken` < `lines` means a variant ran short: the caller rolls back.
 */
export const FLOOR_CHECKOUT_SQL = `
WITH cart AS (
  SELECT c.id, c.shipping_address, c.shipping_method_code FROM carts c WHERE c.user_id = $1 FOR UPDATE
), lines AS (
  SELECT l.variant_id, l.quantity, v.price, v.product_id, v.sku, v.title AS variant_title, v.options,
    p.title AS product_title, p.tax_class, row_number() OVER (ORDER BY l.created_at, l.id)::int AS position
  FROM cart JOIN cart_lines l ON l.cart_id = cart.id JOIN variants v ON v.id = l.variant_id
  JOIN products p ON p.id = v.product_id
), method AS (
  SELECT m.code, m.name, m.price FROM cart JOIN shipping_methods m ON m.code = cart.shipping_method_code
), placed AS (
  INSERT INTO orders (number, user_id, status, payment_status, payment_method, idempotency_key,
    request_fingerprint, currency, subtotal, discount, shipping, tax, total, shipping_address,
    billing_address, shipping_method)
  SELECT 'ORD-' || lpad(nextval('order_number_seq')::text, 6, '0'), $1, 'CONFIRMED', 'SUCCEEDED', 'CARD', $2,
    '', 'USD', s.subtotal, 0, m.price, 0, s.subtotal + m.price, cart.shipping_address, cart.shipping_address,
    json_build_object('code', m.code, 'name', m.name, 'price', m.price)
  FROM cart, method m, (SELECT sum(price * quantity)::int AS subtotal FROM lines) s
  RETURNING id, number, total
), written_lines AS (
  INSERT INTO order_lines (order_id, position, product_id, variant_id, product_title, variant_title, sku,
    options, tax_class, unit_price, quantity, subtotal, discount, tax, total)
  SELECT o.id, l.position, l.product_id, l.variant_id, l.product_title, l.variant_title, l.sku, l.options,
    l.tax_class, l.price, l.quantity, l.price * l.quantity, 0, 0, l.price * l.quantity
  FROM placed o, lines l
), locked AS (
  SELECT v.id, v.stock FROM variants v WHERE v.id IN (SELECT variant_id FROM lines) ORDER BY v.id FOR NO KEY UPDATE
), enough AS (
  SELECT count(*) = (SELECT count(*) FROM lines) AS ok
  FROM lines w JOIN locked l ON l.id = w.variant_id WHERE l.stock >= w.quantity
), taken AS (
  UPDATE variants v SET stock = v.stock - w.quantity, updated_at = now()
  FROM lines w
  WHERE v.id = w.variant_id AND (SELECT ok FROM enough) AND v.stock >= w.quantity
  RETURNING v.id, w.quantity
), ledger AS (
  INSERT INTO stock_movements (variant_id, delta, reason, reference, actor_id)
  SELECT t.id, -t.quantity, 'ORDER', o.number, $1 FROM taken t, placed o ORDER BY t.id
), paid AS (
  INSERT INTO payments (order_id, user_id, method, provider, status, amount, currency, card_brand, card_last4)
  SELECT o.id, $1, 'CARD', 'simulated', 'SUCCEEDED', o.total, 'USD', 'visa', '4242' FROM placed o
), emptied AS (
  DELETE FROM cart_lines WHERE cart_id IN (SELECT id FROM cart)
)
SELECT o.id, o.number, o.total, (SELECT count(*) FROM taken)::int AS taken, (SELECT count(*) FROM lines)::int AS lines
FROM placed o`;

/** Runs one statement with parameters (prepared where the driver can). */
export type FloorQuery = (text: string, params: unknown[]) => Promise<unknown[]>;

/** Runs FLOOR_CHECKOUT_SQL in a transaction: the order's row, or null (rolled back) when the stock ran short. */
export type FloorCheckout = (userId: string, idempotencyKey: string) => Promise<unknown | null>;

class SoldOut extends Error {
  constructor() {
    super('a variant of the cart ran short');
  }
}

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `{ data: { product } }` for `/product/<slug>` (FLOOR_SLUG_SQL), `{ data: { order } }` for
 * `/checkout` with a body `{ "userId", "idempotencyKey" }` (FLOOR_CHECKOUT_SQL; 409 when the stock ran
 * short) and `{ data: { products: { nodes } } }` (FLOOR_SQL) for any other path.
 */
export async function startFloorServer(runQuery: FloorQuery, checkout: FloorCheckout): Promise<FloorServer> {
  const answer = async (path: string, body: string): Promise<unknown> => {
    if (path === '/checkout') {
      const { userId, idempotencyKey } = JSON.parse(body) as { userId: string; idempotencyKey: string };
      const order = await checkout(userId, idempotencyKey);
      if (!order) throw new SoldOut();
      return { data: { order } };
    }
    if (path.startsWith('/product/')) {
      const [product = null] = await runQuery(FLOOR_SLUG_SQL, [decodeURIComponent(path.slice(9))]);
      return { data: { product } };
    }
    return { data: { products: { nodes: await runQuery(FLOOR_SQL, []) } } };
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      answer(req.url ?? '/', Buffer.concat(chunks).toString()).then(
        (data) => {
          const body = JSON.stringify(data);
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          });
          res.end(body);
        },
        (err: unknown) => {
          res.writeHead(err instanceof SoldOut ? 409 : 500, { 'content-type': 'text/plain' });
          res.end(String(err));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
