import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { RequestContext } from '../../graphql/context.js';
import {
  adminOnlyNode,
  byId,
  found,
  type NodeKind,
  partNode,
  rowsById,
  viewerIsAdmin,
} from '../../graphql/node.js';
import {
  type CategoryRow,
  categories,
  type ProductImageRow,
  type ProductRow,
  productImages,
  products,
  type StockMovementRow,
  stockMovements,
  type VariantRow,
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

/** A part of a product (a variant, an image): seen by whoever may see its product. */
const productPartNode = <Row extends { id: string; productId: string }>(
  typename: string,
  table: PgTable,
  idColumn: PgColumn,
  toObject: (ctx: RequestContext, row: Row) => { id: string },
): NodeKind =>
  partNode<Row, ProductRow>({
    typename,
    table,
    idColumn,
    parentId: (row) => row.productId,
    visibleParents: visibleProducts,
    toObject: (row, _product, ctx) => toObject(ctx, row),
  });

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
  productPartNode<VariantRow>('ProductVariant', variants, variants.id, (ctx, row) =>
    toVariant(row, ctx.app.config.storeCurrency),
  ),
  productPartNode<ProductImageRow>('ProductImage', productImages, productImages.id, (ctx, row) =>
    toImage(row, ctx.app.config.publicUrl),
  ),
  {
    // Categories are public, as `category(id)` is.
    typename: 'Category',
    table: categories,
    idColumn: categories.id,
    async load(ctx, ids) {
      return byId((await rowsById<CategoryRow>(ctx, categories, categories.id, ids)).map(toCategory));
    },
  },
  adminOnlyNode<StockMovementRow>('StockMovement', stockMovements, stockMovements.id, (_ctx, rows) =>
    rows.map(toStockMovement),
  ),
];
