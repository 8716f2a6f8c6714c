import { eq, sql } from 'drizzle-orm';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import { compileOnce, runCompiled } from '../../db/query-memo.js';
import { inTransaction, rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits } from '../../graphql/money.js';
import { primeProduct } from './catalog.loaders.js';
import { normalizeTags } from './catalog.rules.js';
import { type ProductRow, productCategories, productColumns, products } from './catalog.tables.js';
import { unknownCategoryIds } from './category.service.js';
import {
  type ParsedVariant,
  type ProductFields,
  parseVariant,
  type VariantInput,
  validateProductFields,
} from './product-input.js';
import { toProductParts, toProductRow } from './product-rows.js';
import { freeSlug, slugBase, withGeneratedSlug } from './slugs.js';
import { insertVariant, refreshProductAggregates, takenSkus } from './variant-rows.js';

export interface ProductResult {
  errors: UserError[];
  product: ProductRow | null;
}

const failProduct = (field: string[] | null, code: ErrorCode, message: string): ProductResult => ({
  errors: [userError(field, code, message)],
  product: null,
});

/**
 * A product page's row and parts (variants, images, categories) by slug in one prepared statement,
 * primed into the loaders. (It was three statements compiled per request: bench/README.md, "product
 * by slug".) When the page shows its categories' breadcrumbs, the same call also reads their
 * ancestors (a recursive CTE), instead of a second statement for the whole category tree.
 * The query is the SQL function of drizzle/0021_product-page-function.sql, so PostgreSQL plans it
 * once per connection instead of on every execution (see there).
 */
const PRODUCT_BY_SLUG = compileOnce<[string, boolean]>(
  (slug, withAncestors) => sql`SELECT * FROM product_page_by_slug(${slug}, ${withAncestors})`,
  2,
);

async function productBySlug(
  ctx: RequestContext,
  slug: string,
  withAncestors: boolean,
): Promise<ProductRow | null> {
  const [found] = await runCompiled<Record<string, unknown>>(
    ctx.app.db,
    'product-by-slug',
    PRODUCT_BY_SLUG(slug, withAncestors),
  );
  if (!found) return null;
  const row = toProductRow(found);
  primeProduct(ctx.loaders.catalog, row, toProductParts(found, row.id));
  return row;
}

/**
 * Public reads see ACTIVE products only; admins see every status. `withAncestors`: the query shows
 * the categories' ancestors (fetched with a product read by slug).
 */
export async function findProduct(
  ctx: RequestContext,
  by: { id?: string | null; slug?: string | null },
  includeHidden: boolean,
  withAncestors = false,
): Promise<ProductRow | null> {
  let row: ProductRow | null = null;
  if (by.id) {
    row = isUuid(by.id) ? await ctx.loaders.catalog.productById.load(by.id) : null;
  } else if (by.slug) {
    row = await productBySlug(ctx, by.slug, withAncestors);
  }
  if (!row || (!includeHidden && row.status !== 'ACTIVE')) return null;
  return row;
}

export async function createProduct(
  ctx: RequestContext,
  input: ProductFields & { variants: VariantInput[] },
): Promise<ProductResult> {
  const errors = validateProductFields(input, true);
  if (input.variants.length === 0) {
    errors.push(
      userError(['input', 'variants'], ErrorCode.INVALID_INPUT, 'A product needs at least one variant.'),
    );
  }
  if (input.variants.length > 100) {
    errors.push(
      userError(['input', 'variants'], ErrorCode.INVALID_INPUT, 'At most 100 variants per product.'),
    );
  }
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  const parsed = input.variants.map((variant, i) => {
    const result = parseVariant(variant, digits, ['input', 'variants', String(i)], true);
    errors.push(...result.errors);
    return result.value as ParsedVariant;
  });
  if (errors.length > 0) return { errors, product: null };

  const categoryIds = [...new Set(input.categoryIds ?? [])];
  try {
    return await transact(ctx, async (tx, viewer) => {
      const unknown = await unknownCategoryIds(tx, categoryIds);
      if (unknown.length > 0) {
        return rollback(
          failProduct(
            ['input', 'categoryIds'],
            ErrorCode.NOT_FOUND,
            `Unknown categories: ${unknown.join(', ')}.`,
          ),
        );
      }
      const taken = await takenSkus(
        tx,
        parsed.map((v) => v.sku),
      );
      const clash = parsed.findIndex((v) => taken.has(v.sku.toLowerCase()));
      if (clash >= 0) {
        return rollback(
          failProduct(
            ['input', 'variants', String(clash), 'sku'],
            ErrorCode.SKU_TAKEN,
            `The SKU ${parsed[clash]?.sku} is already used.`,
          ),
        );
      }
      const tags = normalizeTags(input.tags ?? []);
      const title = (input.title ?? '').trim();
      const values = {
        title,
        description: input.description ?? '',
        brand: input.brand?.trim() || null,
        tags,
        tagsText: tags.join(' '),
        status: input.status ?? 'DRAFT',
        taxClass: input.taxClass ?? 'STANDARD',
      } as const;
      // A savepoint, so a slug taken meanwhile fails only this attempt and the next slug is tried.
      const insert = (slug: string) =>
        inTransaction(
          tx,
          async (sp) =>
            (
              await sp
                .insert(products)
                .values({ ...values, slug })
                .returning({ id: products.id })
            )[0],
        );
      const product = input.slug
        ? await insert(input.slug)
        : await withGeneratedSlug(
            () => freeSlug(tx, products, products.slug, slugBase(title, 'product')),
            insert,
            'products_slug_key',
          );
      if (!product) throw new Error('product insert returned no row');
      const actorId = viewer?.id ?? null;
      for (const [i, variant] of parsed.entries()) await insertVariant(tx, actorId, product.id, variant, i);
      if (categoryIds.length > 0) {
        await tx
          .insert(productCategories)
          .values(categoryIds.map((categoryId) => ({ productId: product.id, categoryId })));
      }
      await refreshProductAggregates(tx, product.id);
      const [fresh] = await tx.select(productColumns).from(products).where(eq(products.id, product.id));
      return { errors: [], product: fresh ?? null };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'products_slug_key')) {
      return failProduct(['input', 'slug'], ErrorCode.SLUG_TAKEN, 'Another product already uses this slug.');
    }
    if (isUniqueViolation(err, 'variants_sku_key')) {
      return failProduct(['input', 'variants'], ErrorCode.SKU_TAKEN, 'One of the SKUs is already used.');
    }
    throw err;
  }
}

export async function updateProduct(
  ctx: RequestContext,
  input: ProductFields & { id: string },
): Promise<ProductResult> {
  const errors = validateProductFields(input, false);
  if (errors.length > 0) return { errors, product: null };
  if (!isUuid(input.id)) return failProduct(['input', 'id'], ErrorCode.NOT_FOUND, 'No product with this id.');
  const changes: Partial<typeof products.$inferInsert> = { updatedAt: new Date() };
  if (input.title != null) changes.title = input.title.trim();
  if (input.slug != null) changes.slug = input.slug;
  if (input.description != null) changes.description = input.description;
  if (input.brand !== undefined) changes.brand = input.brand?.trim() || null;
  if (input.tags != null) {
    changes.tags = normalizeTags(input.tags);
    changes.tagsText = changes.tags.join(' ');
  }
  if (input.status != null) changes.status = input.status;
  if (input.taxClass != null) changes.taxClass = input.taxClass;
  try {
    return await transact(ctx, async (tx) => {
      const [updated] = await tx
        .update(products)
        .set(changes)
        .where(eq(products.id, input.id))
        .returning(productColumns);
      if (!updated)
        return rollback(failProduct(['input', 'id'], ErrorCode.NOT_FOUND, 'No product with this id.'));
      if (input.categoryIds != null) {
        const categoryIds = [...new Set(input.categoryIds)];
        const unknown = await unknownCategoryIds(tx, categoryIds);
        if (unknown.length > 0) {
          // Roll back the field changes too: bad input changes nothing.
          return rollback(
            failProduct(
              ['input', 'categoryIds'],
              ErrorCode.NOT_FOUND,
              `Unknown categories: ${unknown.join(', ')}.`,
            ),
          );
        }
        await tx.delete(productCategories).where(eq(productCategories.productId, input.id));
        if (categoryIds.length > 0) {
          await tx
            .insert(productCategories)
            .values(categoryIds.map((categoryId) => ({ productId: input.id, categoryId })));
        }
      }
      return { errors: [], product: updated };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'products_slug_key')) {
      return failProduct(['input', 'slug'], ErrorCode.SLUG_TAKEN, 'Another product already uses this slug.');
    }
    throw err;
  }
}

/**
 * Deletes a product. One that other records still reference (order lines hold their variants
 * with ON DELETE RESTRICT) is archived instead, so order history stays intact.
 */
export async function deleteProduct(
  ctx: RequestContext,
  id: string,
): Promise<{ errors: UserError[]; deletedId: string | null; archived: ProductRow | null }> {
  const missing = {
    errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No product with this id.')],
    deletedId: null,
    archived: null,
  };
  if (!isUuid(id)) return missing;
  const { db } = ctx.app;
  try {
    const [deleted] = await db.delete(products).where(eq(products.id, id)).returning({ id: products.id });
    return deleted ? { errors: [], deletedId: deleted.id, archived: null } : missing;
  } catch (err) {
    if (!isForeignKeyViolation(err)) throw err;
    const [archived] = await db
      .update(products)
      .set({ status: 'ARCHIVED', updatedAt: new Date() })
      .where(eq(products.id, id))
      .returning(productColumns);
    return { errors: [], deletedId: null, archived: archived ?? null };
  }
}
