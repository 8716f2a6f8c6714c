import { count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction, rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { validateRequiredText, validateSlug } from './catalog.rules.js';
import { type CategoryRow, categories, productCategories } from './catalog.tables.js';
import { CategoryTree } from './category-tree.js';
import { freeSlug, slugBase, withGeneratedSlug } from './slugs.js';

export interface CategoryResult {
  errors: UserError[];
  category: CategoryRow | null;
}

const fail = (field: string[] | null, code: ErrorCode, message: string): CategoryResult => ({
  errors: [userError(field, code, message)],
  category: null,
});

const notFound = (field: string[]) => fail(field, ErrorCode.NOT_FOUND, 'No category with this id.');
const slugTaken = () =>
  fail(['input', 'slug'], ErrorCode.SLUG_TAKEN, 'Another category already uses this slug.');

/**
 * Tree changes take one transaction-scoped advisory lock, so two concurrent moves can never
 * build a cycle between them (each checks the tree the other already changed).
 */
async function lockTree(tx: Executor): Promise<CategoryTree> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(727275)`);
  return new CategoryTree(await tx.select().from(categories));
}

export async function findCategory(ctx: RequestContext, by: { id?: string | null; slug?: string | null }) {
  const tree = await ctx.loaders.catalog.categoryTree();
  if (by.id) return isUuid(by.id) ? (tree.get(by.id) ?? null) : null;
  if (by.slug) return tree.getBySlug(by.slug) ?? null;
  return null;
}

export interface CategoryInput {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  position?: number | null;
}

function validateCategoryInput(input: CategoryInput, creating: boolean): UserError[] {
  const errors: UserError[] = [];
  if (creating || input.name != null)
    errors.push(...validateRequiredText(input.name ?? '', ['input', 'name'], 'The name', 100));
  if (input.slug != null) errors.push(...validateSlug(input.slug, ['input', 'slug']));
  if (input.description != null && input.description.length > 5000) {
    errors.push(
      userError(
        ['input', 'description'],
        ErrorCode.INVALID_INPUT,
        'The description is at most 5000 characters.',
      ),
    );
  }
  return errors;
}

export async function createCategory(
  ctx: RequestContext,
  input: CategoryInput & { parentId?: string | null },
): Promise<CategoryResult> {
  const errors = validateCategoryInput(input, true);
  if (errors.length > 0) return { errors, category: null };
  try {
    return await transact(ctx, async (tx) => {
      const tree = await lockTree(tx);
      if (input.parentId && !(isUuid(input.parentId) && tree.get(input.parentId)))
        return rollback(notFound(['input', 'parentId']));
      const values = {
        name: (input.name ?? '').trim(),
        description: input.description ?? '',
        parentId: input.parentId ?? null,
        position: input.position ?? (input.parentId ? tree.children(input.parentId) : tree.roots()).length,
      };
      const insert = (slug: string) =>
        inTransaction(
          tx,
          async (sp) =>
            (
              await sp
                .insert(categories)
                .values({ ...values, slug })
                .returning()
            )[0],
        );
      const created = input.slug
        ? await insert(input.slug)
        : await withGeneratedSlug(
            () => freeSlug(tx, categories, categories.slug, slugBase(values.name, 'category')),
            insert,
            'categories_slug_key',
          );
      return { errors: [], category: created ?? null };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'categories_slug_key')) return slugTaken();
    throw err;
  }
}

export async function updateCategory(
  ctx: RequestContext,
  input: CategoryInput & { id: string },
): Promise<CategoryResult> {
  const errors = validateCategoryInput(input, false);
  if (errors.length > 0) return { errors, category: null };
  if (!isUuid(input.id)) return notFound(['input', 'id']);
  const changes: Partial<typeof categories.$inferInsert> = { updatedAt: new Date() };
  if (input.name != null) changes.name = input.name.trim();
  if (input.slug != null) changes.slug = input.slug;
  if (input.description != null) changes.description = input.description;
  if (input.position != null) changes.position = input.position;
  try {
    const [updated] = await ctx.app.db
      .update(categories)
      .set(changes)
      .where(eq(categories.id, input.id))
      .returning();
    return updated ? { errors: [], category: updated } : notFound(['input', 'id']);
  } catch (err) {
    if (isUniqueViolation(err, 'categories_slug_key')) return slugTaken();
    throw err;
  }
}

/**
 * Moves a category (with its subtree) under another parent, to the root with `parentId: null`,
 * or, with parentId omitted, to another position among its siblings.
 */
export async function moveCategory(
  ctx: RequestContext,
  input: { id: string; parentId?: string | null; position?: number | null },
): Promise<CategoryResult> {
  if (!isUuid(input.id)) return notFound(['input', 'id']);
  return transact(ctx, async (tx) => {
    const tree = await lockTree(tx);
    const current = tree.get(input.id);
    if (!current) return rollback(notFound(['input', 'id']));
    // Omitted parentId keeps the parent (a reorder among siblings); null moves to the root.
    const parentId = input.parentId === undefined ? current.parentId : input.parentId;
    if (parentId !== null) {
      if (!isUuid(parentId) || !tree.get(parentId)) return rollback(notFound(['input', 'parentId']));
      if (tree.withDescendants(input.id).includes(parentId)) {
        return rollback(
          fail(
            ['input', 'parentId'],
            ErrorCode.CATEGORY_CYCLE,
            'A category cannot be moved below itself or one of its descendants.',
          ),
        );
      }
    }
    const siblings = (parentId ? tree.children(parentId) : tree.roots()).filter((c) => c.id !== input.id);
    const [moved] = await tx
      .update(categories)
      .set({ parentId, position: input.position ?? siblings.length, updatedAt: new Date() })
      .where(eq(categories.id, input.id))
      .returning();
    return { errors: [], category: moved ?? null };
  });
}

/**
 * Deletes a category. One with subcategories or products is refused unless `reassignTo` names
 * the category that receives them (its children are re-parented, its products re-linked).
 */
export async function deleteCategory(
  ctx: RequestContext,
  input: { id: string; reassignTo?: string | null },
): Promise<{ errors: UserError[]; deletedId: string | null }> {
  const failed = (result: CategoryResult) => ({ errors: result.errors, deletedId: null });
  if (!isUuid(input.id)) return failed(notFound(['input', 'id']));
  return transact(ctx, async (tx) => {
    const tree = await lockTree(tx);
    if (!tree.get(input.id)) return rollback(failed(notFound(['input', 'id'])));
    const children = tree.children(input.id);
    const [linked] = await tx
      .select({ n: count() })
      .from(productCategories)
      .where(eq(productCategories.categoryId, input.id));
    const productCount = linked?.n ?? 0;

    if (children.length > 0 || productCount > 0) {
      const target = input.reassignTo;
      if (!target) {
        return rollback(
          failed(
            fail(
              ['input', 'reassignTo'],
              ErrorCode.CATEGORY_NOT_EMPTY,
              `The category has ${children.length} subcategories and ${productCount} products: pass reassignTo to move them to another category.`,
            ),
          ),
        );
      }
      if (!isUuid(target) || !tree.get(target)) return rollback(failed(notFound(['input', 'reassignTo'])));
      if (tree.withDescendants(input.id).includes(target)) {
        return rollback(
          failed(
            fail(
              ['input', 'reassignTo'],
              ErrorCode.CATEGORY_CYCLE,
              'The contents cannot move to the category itself or below it.',
            ),
          ),
        );
      }
      await tx
        .update(categories)
        .set({ parentId: target, updatedAt: new Date() })
        .where(eq(categories.parentId, input.id));
      // Link the products to the target (skipping those already there), then drop the old links.
      await tx.execute(sql`
        INSERT INTO ${productCategories} (product_id, category_id)
        SELECT product_id, ${target}::uuid FROM ${productCategories} WHERE category_id = ${input.id}::uuid
        ON CONFLICT DO NOTHING`);
      await tx.delete(productCategories).where(eq(productCategories.categoryId, input.id));
    }
    await tx.delete(categories).where(eq(categories.id, input.id));
    return { errors: [], deletedId: input.id };
  });
}

/** The given category ids that do not exist (for product inputs). */
export async function unknownCategoryIds(executor: Executor, ids: readonly string[]): Promise<string[]> {
  const valid = ids.filter(isUuid);
  const found = valid.length
    ? await executor.select({ id: categories.id }).from(categories).where(inArray(categories.id, valid))
    : [];
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}
