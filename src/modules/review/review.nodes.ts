import { inArray } from 'drizzle-orm';
import { byId, type NodeKind, viewerIsAdmin } from '../../graphql/node.js';
import { products } from '../catalog/catalog.tables.js';
import { reviews } from './review.tables.js';
import { toReview } from './review.types.js';

/**
 * The Review Node type: a published review of a product for sale is public; any other review is seen by
 * its author and administrators only (others get null, as for an unknown id).
 */
export const reviewNodes: NodeKind[] = [
  {
    typename: 'Review',
    table: reviews,
    idColumn: reviews.id,
    async load(ctx, ids) {
      const rows = await ctx.app.db
        .select()
        .from(reviews)
        .where(inArray(reviews.id, [...ids]));
      if (await viewerIsAdmin(ctx)) return byId(rows.map(toReview));
      const viewer = await ctx.viewer();
      const productIds = [...new Set(rows.map((row) => row.productId))];
      const active = new Set(
        productIds.length === 0
          ? []
          : (
              await ctx.app.db
                .select({ id: products.id, status: products.status })
                .from(products)
                .where(inArray(products.id, productIds))
            )
              .filter((p) => p.status === 'ACTIVE')
              .map((p) => p.id),
      );
      return byId(
        rows
          .filter(
            (row) =>
              (viewer !== null && row.authorId === viewer.id) ||
              (row.status === 'PUBLISHED' && active.has(row.productId)),
          )
          .map(toReview),
      );
    },
  },
];
