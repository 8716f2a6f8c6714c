import { inArray } from 'drizzle-orm';
import type { RequestContext } from '../../graphql/context.js';
import { adminOnlyNode, byId, found, type NodeKind, viewerIsAdmin } from '../../graphql/node.js';
import {
  categories,
  type ProductRow,
  productImages,
  products,
  type StockMovementRow,
  stockMovements,
  variants,
} from './catalog.tables.js';
import { toCategory } from './category.types.js';
import { toStockMovement } from './inventory.types.js';
import { toProduct } from './product.types.js';
import { toImage } from './product-image.types.js';
import { toVariant } from './variant.types.js';

/** Products the viewer may see among these ids: ACTIVE ones, or any for an admin (as `product(id)`). */
async function visibleProducts(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<Map<string, ProductRow>> {
  const admin = await viewerIsAdmin(ctx);
  const rows = found(await ctx.loaders.catalog.productById.loadMany(ids));
  return byId(rows.filter((row) => admin || row.status === 'ACTIVE'));
}

/** The rows of a product's part (variant, image) whose product the viewer may see. */
async function ofVisibleProducts<T extends { productId: string }>(
  ctx: RequestContext,
  rows: T[],
): Promise<T[]> {
  const visible = await visibleProducts(ctx, [...new Set(rows.map((row) => row.productId))]);
  return rows.filter((row) => visible.has(row.productId));
}

/** The catalog's Node types: what the public sees of the storefront, and the admin-only stock ledger. */
export const catalogNodes: NodeKind[] = [
  {
    typename: 'Product',
    table: products,
    idColumn: products.id,
    async load(ctx, ids) {
      return new Map([...(await visibleProducts(ctx, ids))].map(([id, row]) => [id, toProduct(row)]));
    },
  },
  {
    typename: 'ProductVariant',
    table: variants,
    idColumn: variants.id,
    async load(ctx, ids) {
      const rows = await ctx.app.db
        .select()
        .from(variants)
        .where(inArray(variants.id, [...ids]));
      const currency = ctx.app.config.storeCurrency;
      return byId((await ofVisibleProducts(ctx, rows)).map((row) => toVariant(row, currency)));
    },
  },
  {
    typename: 'ProductImage',
    table: productImages,
    idColumn: productImages.id,
    async load(ctx, ids) {
      const rows = await ctx.app.db
        .select()
        .from(productImages)
        .where(inArray(productImages.id, [...ids]));
      const { publicUrl } = ctx.app.config;
      return byId((await ofVisibleProducts(ctx, rows)).map((row) => toImage(row, publicUrl)));
    },
  },
  {
    // Categories are public, as `category(id)` is.
    typename: 'Category',
    table: categories,
    idColumn: categories.id,
    async load(ctx, ids) {
      const rows = await ctx.app.db
        .select()
        .from(categories)
        .where(inArray(categories.id, [...ids]));
      return byId(rows.map(toCategory));
    },
  },
  adminOnlyNode<StockMovementRow>('StockMovement', stockMovements, stockMovements.id, (_ctx, rows) =>
    rows.map(toStockMovement),
  ),
];
