import { eq, like, or } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { escapeLike } from '../../db/like.js';
import { slugify, uniqueSlug } from './catalog.rules.js';

/** The first free slug among `base`, `base-2`, `base-3`... in a table. */
export async function freeSlug(
  executor: Executor,
  table: PgTable,
  column: AnyPgColumn,
  base: string,
): Promise<string> {
  const rows = (await executor
    .select({ slug: column })
    .from(table)
    .where(or(eq(column, base), like(column, `${escapeLike(base)}-%`)))) as { slug: string }[];
  return uniqueSlug(base, new Set(rows.map((row) => row.slug)));
}

/** Base of a generated slug: the title's, or a fallback when the title has no usable letters. */
export function slugBase(title: string, fallback: string): string {
  return slugify(title) || fallback;
}

/**
 * Runs `insert` with a generated slug, retrying with the next free suffix when a concurrent
 * insert took the same slug between our read and our write.
 */
export async function withGeneratedSlug<T>(
  pick: () => Promise<string>,
  insert: (slug: string) => Promise<T>,
  constraint: string,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const slug = await pick();
    try {
      return await insert(slug);
    } catch (err) {
      if (attempt >= 5 || !isUniqueViolation(err, constraint)) throw err;
    }
  }
}
