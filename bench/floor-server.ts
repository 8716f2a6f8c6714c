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

/** Runs one statement with parameters (prepared where the driver can). */
export type FloorQuery = (text: string, params: unknown[]) => Promise<unknown[]>;

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `{ data: { product } }` for `/product/<slug>` (FLOOR_SLUG_SQL) and `{ data: { products: { nodes } } }`
 * (FLOOR_SQL) for any other path.
 */
export async function startFloorServer(runQuery: FloorQuery): Promise<FloorServer> {
  const answer = async (path: string): Promise<unknown> => {
    if (path.startsWith('/product/')) {
      const [product = null] = await runQuery(FLOOR_SLUG_SQL, [decodeURIComponent(path.slice(9))]);
      return { data: { product } };
    }
    return { data: { products: { nodes: await runQuery(FLOOR_SQL, []) } } };
  };
  const server: Server = createServer((req, res) => {
    req.resume(); // read and ignore the request body
    req.on('end', () => {
      answer(req.url ?? '/').then(
        (data) => {
          const body = JSON.stringify(data);
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          });
          res.end(body);
        },
        (err: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
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
