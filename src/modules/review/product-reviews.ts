import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.js';
import { badUserInput } from '../../graphql/errors.js';
import { type Connection, decodeCursor, encodeCursor, LazyConnection } from '../../graphql/pagination.js';
import type { ReviewRow } from './review.tables.js';

/**
 * `Product.reviews` and `User.reviews`: a page of each product's published reviews (or of each
 * author's reviews, any status), for every product (author) of a request in ONE statement (a LATERAL
 * keyset read per id), and their counts in one more, only when a client selects `totalCount`. Keyset
 * cursors (sort value + id), so a late page costs what the first does.
 */

export const REVIEWS_PAGE_MAX = 50;
export const REVIEWS_PAGE_DEFAULT = 10;

export type ReviewSortKey = 'NEWEST' | 'HIGHEST' | 'LOWEST' | 'MOST_HELPFUL';

export interface ReviewListFilter {
  rating?: number | null;
  withText?: boolean | null;
  verifiedOnly?: boolean | null;
}

/** Whose reviews: a product's published ones, or an author's in any status. */
export type ReviewScope = 'product' | 'author';

export interface ReviewPageArgs {
  first?: number | null;
  after?: string | null;
  sort?: ReviewSortKey | null;
  filter?: ReviewListFilter | null;
}

/** The arguments checked and settled, and the key of a batch (products with the same arguments share one statement). */
export interface SettledArgs {
  scope: ReviewScope;
  limit: number;
  after: [string | number, string] | null;
  sort: ReviewSortKey;
  filter: ReviewListFilter;
  key: string;
  filterKey: string;
}

const SORTS: Record<ReviewSortKey, { column: string; type: 'timestamptz' | 'integer'; desc: boolean }> = {
  NEWEST: { column: 'created_at', type: 'timestamptz', desc: true },
  HIGHEST: { column: 'rating', type: 'integer', desc: true },
  LOWEST: { column: 'rating', type: 'integer', desc: false },
  MOST_HELPFUL: { column: 'helpful_count', type: 'integer', desc: true },
};

export function settleArgs(args: ReviewPageArgs, scope: ReviewScope = 'product'): SettledArgs {
  const limit = args.first ?? REVIEWS_PAGE_DEFAULT;
  if (!Number.isInteger(limit) || limit < 0 || limit > REVIEWS_PAGE_MAX)
    throw badUserInput(`first must be between 0 and ${REVIEWS_PAGE_MAX}.`, 'first');
  const sort = args.sort ?? 'NEWEST';
  const rating = args.filter?.rating ?? null;
  if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5))
    throw badUserInput('filter.rating is 1 to 5.', 'filter.rating');
  let after: SettledArgs['after'] = null;
  if (args.after) {
    after = decodeCursor(args.after);
    const [value] = after;
    const fits =
      SORTS[sort].type === 'integer'
        ? Number.isInteger(value) && Math.abs(value as number) < 2 ** 31
        : typeof value === 'string' && /^\d{4}-/.test(value) && new Date(value).toISOString() === value;
    if (!fits) throw badUserInput('The cursor is not valid for this list.', 'after');
  }
  const filter = {
    rating,
    withText: args.filter?.withText ?? null,
    verifiedOnly: args.filter?.verifiedOnly ?? null,
  };
  const filterKey = JSON.stringify([scope, filter]);
  return {
    scope,
    limit,
    after,
    sort,
    filter,
    filterKey,
    key: JSON.stringify([limit, after, sort, filterKey]),
  };
}

const OWNER: Record<ReviewScope, SQL> = { product: sql.raw('r.product_id'), author: sql.raw('r.author_id') };

function filterSql(scope: ReviewScope, filter: ReviewListFilter): SQL {
  const parts: SQL[] = [scope === 'product' ? sql`r.status = 'PUBLISHED'` : sql`true`];
  if (filter.rating !== null && filter.rating !== undefined) parts.push(sql`r.rating = ${filter.rating}`);
  if (filter.withText) parts.push(sql`r.body <> ''`);
  if (filter.verifiedOnly) parts.push(sql`r.order_line_id IS NOT NULL`);
  return sql.join(parts, sql` AND `);
}

const REVIEW_COLUMNS = sql.raw(
  'r.id, r.product_id, r.author_id, r.order_line_id, r.rating, r.title, r.body, r.status, r.rejection_reason, ' +
    'r.reply_body, r.replied_at, r.helpful_count, r.unhelpful_count, r.created_at, r.updated_at',
);

const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/** A reviews row as both drivers return it to raw SQL (timestamps as text). */
export function toReviewRow(r: Record<string, unknown>): ReviewRow {
  return {
    id: r.id as string,
    productId: r.product_id as string,
    authorId: r.author_id as string | null,
    orderLineId: r.order_line_id as string | null,
    rating: Number(r.rating),
    title: r.title as string,
    body: r.body as string,
    status: r.status as ReviewRow['status'],
    rejectionReason: r.rejection_reason as string | null,
    replyBody: r.reply_body as string | null,
    repliedAt: date(r.replied_at),
    helpfulCount: Number(r.helpful_count),
    unhelpfulCount: Number(r.unhelpful_count),
    createdAt: date(r.created_at) as Date,
    updatedAt: date(r.updated_at) as Date,
  };
}

function sortValue(row: ReviewRow, sort: ReviewSortKey): string | number | Date {
  if (sort === 'NEWEST') return row.createdAt;
  return sort === 'MOST_HELPFUL' ? row.helpfulCount : row.rating;
}

/** One page per product (author) id, all with the same settled arguments, in one statement. */
export async function loadReviewPages(
  db: Database,
  ownerIds: readonly string[],
  args: SettledArgs,
  count: (ownerId: string) => Promise<number>,
): Promise<Connection<ReviewRow>[]> {
  const { column, type, desc } = SORTS[args.sort];
  const dir = sql.raw(desc ? 'DESC' : 'ASC');
  const col = sql.raw(`r.${column}`);
  const cursor = args.after
    ? sql` AND (${col}, r.id) ${sql.raw(desc ? '<' : '>')} (cast(${args.after[0]} as ${sql.raw(type)}), cast(${args.after[1]} as uuid))`
    : sql``;
  const rows =
    args.limit === 0 || ownerIds.length === 0
      ? []
      : await queryRows<Record<string, unknown>>(
          db,
          sql`SELECT page.* FROM unnest(ARRAY[${sql.join(
            ownerIds.map((id) => sql`${id}`),
            sql`, `,
          )}]::uuid[]) AS p(id)
          CROSS JOIN LATERAL (
            SELECT ${REVIEW_COLUMNS} FROM reviews r
            WHERE ${OWNER[args.scope]} = p.id AND ${filterSql(args.scope, args.filter)}${cursor}
            ORDER BY ${col} ${dir}, r.id ${dir} LIMIT ${args.limit + 1}
          ) AS page`,
        );
  const byOwner = new Map<string, ReviewRow[]>(ownerIds.map((id) => [id, []]));
  for (const raw of rows) {
    const row = toReviewRow(raw);
    byOwner.get((args.scope === 'product' ? row.productId : row.authorId) ?? '')?.push(row);
  }
  return ownerIds.map((ownerId) => {
    const all = byOwner.get(ownerId) ?? [];
    const page = all.slice(0, args.limit);
    const edges = page.map((node) => ({ cursor: encodeCursor(sortValue(node, args.sort), node.id), node }));
    const pageInfo = {
      hasNextPage: all.length > args.limit,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    };
    return new LazyConnection(edges, page, pageInfo, () => count(ownerId));
  });
}

/** Reviews matching the filter, per product (author) id, in one statement. */
export async function countReviews(
  db: Database,
  ownerIds: readonly string[],
  scope: ReviewScope,
  filter: ReviewListFilter,
): Promise<number[]> {
  const owner = OWNER[scope];
  const rows = await queryRows<{ owner_id: string; n: number }>(
    db,
    sql`SELECT ${owner}::text AS owner_id, count(*)::int AS n FROM reviews r
        WHERE ${owner} = ANY (ARRAY[${sql.join(
          ownerIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[]) AND ${filterSql(scope, filter)}
        GROUP BY ${owner}`,
  );
  const byId = new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
  return ownerIds.map((id) => byId.get(id) ?? 0);
}
