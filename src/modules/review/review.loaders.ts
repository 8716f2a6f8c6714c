import DataLoader from 'dataloader';
import { and, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Connection } from '../../graphql/pagination.js';
import { countReviews, loadReviewPages, type SettledArgs } from './product-reviews.js';
import { type ReviewRow, reviewEmailOptOuts, reviews } from './review.tables.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly review: ReviewLoaders;
  }
}

export interface ReviewLoaders {
  /**
   * A page of a product's published reviews, or of an author's reviews (by `args.scope`); owners asked
   * with the same arguments share one statement.
   */
  reviewPages: DataLoader<{ ownerId: string; args: SettledArgs }, Connection<ReviewRow>, string>;
  /** The review a customer wrote of a product, any status (key: `authorId:productId`). */
  byAuthorAndProduct: DataLoader<string, ReviewRow | null>;
  /** Whether a user gets review request emails (no opt-out row), by user id. */
  requestEmailsEnabled: DataLoader<string, boolean>;
}

/** Runs `load` once per group of keys that share `group(key)`, answering in key order. */
async function inGroups<K, V>(
  keys: readonly K[],
  group: (key: K) => string,
  load: (keys: K[]) => Promise<V[]>,
): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const name = group(key);
    groups.set(name, [...(groups.get(name) ?? []), i]);
  });
  const answers = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const values = await load(indexes.map((i) => keys[i] as K));
      indexes.forEach((i, n) => {
        answers[i] = values[n] as V;
      });
    }),
  );
  return answers;
}

export function createReviewLoaders(db: Database): ReviewLoaders {
  const counts = new DataLoader<{ ownerId: string; args: SettledArgs }, number, string>(
    (keys) =>
      inGroups(
        keys,
        (k) => k.args.filterKey,
        (group) => {
          const args = group[0]?.args as SettledArgs;
          return countReviews(
            db,
            group.map((k) => k.ownerId),
            args.scope,
            args.filter,
          );
        },
      ),
    { cacheKeyFn: (k) => `${k.ownerId}:${k.args.filterKey}` },
  );
  return {
    reviewPages: new DataLoader(
      (keys) =>
        inGroups(
          keys,
          (k) => k.args.key,
          (group) => {
            const args = group[0]?.args as SettledArgs;
            return loadReviewPages(
              db,
              group.map((k) => k.ownerId),
              args,
              (ownerId) => counts.load({ ownerId, args }),
            );
          },
        ),
      { cacheKeyFn: (k) => `${k.ownerId}:${k.args.key}` },
    ),
    byAuthorAndProduct: new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = await db
        .select()
        .from(reviews)
        .where(
          and(
            isNotNull(reviews.authorId),
            inArray(reviews.authorId, [...new Set(pairs.map(([a]) => a))]),
            inArray(reviews.productId, [...new Set(pairs.map(([, p]) => p))]),
          ),
        );
      const byKey = new Map(rows.map((row) => [`${row.authorId}:${row.productId}`, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    requestEmailsEnabled: new DataLoader(async (userIds) => {
      const rows = await db
        .select({ userId: reviewEmailOptOuts.userId })
        .from(reviewEmailOptOuts)
        .where(inArray(reviewEmailOptOuts.userId, [...userIds]));
      const optedOut = new Set(rows.map((row) => row.userId));
      return userIds.map((id) => !optedOut.has(id));
    }),
  };
}
