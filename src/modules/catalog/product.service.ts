import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits, parseDecimalAmount } from '../../graphql/money.js';
import {
  normalizeTags,
  validateOptions,
  validateRequiredText,
  validateSku,
  validateSlug,
  validateTags,
} from './catalog.rules.js';
import {
  type ProductRow,
  type ProductStatus,
  productCategories,
  productColumns,
  products,
  type TaxClass,
  type VariantOption,
  type VariantRow,
  variants,
} from './catalog.tables.js';
import { unknownCategoryIds } from './category.service.js';
import { recordStockMovement } from './inventory.service.js';
import { freeSlug, slugBase, withGeneratedSlug } from './slugs.js';

export interface ProductResult {
  errors: UserError[];
  product: ProductRow | null;
}

export interface VariantInput {
  sku: string;
  title?: string | null;
  options?: VariantOption[] | null;
  price: string;
  compareAtPrice?: string | null;
  stock?: number | null;
  weightGrams?: number | null;
  position?: number | null;
}

/** Variant fields as updates give them: any may be omitted or null. */
export type VariantChanges = { [K in keyof Omit<VariantInput, 'stock'>]?: VariantInput[K] | null };

export interface ProductFields {
  title?: string | null;
  slug?: string | null;
  description?: string | null;
  brand?: string | null;
  tags?: string[] | null;
  status?: ProductStatus | null;
  taxClass?: TaxClass | null;
  categoryIds?: string[] | null;
}

const failProduct = (field: string[] | null, code: ErrorCode, message: string): ProductResult => ({
  errors: [userError(field, code, message)],
  product: null,
});

/** Public reads see ACTIVE products only; admins see every status. */
export async function findProduct(
  ctx: RequestContext,
  by: { id?: string | null; slug?: string | null },
  includeHidden: boolean,
): Promise<ProductRow | null> {
  let row: ProductRow | null = null;
  if (by.id) {
    row = isUuid(by.id) ? await ctx.loaders.catalog.productById.load(by.id) : null;
  } else if (by.slug) {
    [row = null] = await ctx.app.db
      .select(productColumns)
      .from(products)
      .where(eq(products.slug, by.slug))
      .limit(1);
    if (row) ctx.loaders.catalog.productById.prime(row.id, row);
  }
  if (!row || (!includeHidden && row.status !== 'ACTIVE')) return null;
  return row;
}

function validateProductFields(input: ProductFields, creating: boolean): UserError[] {
  const errors: UserError[] = [];
  if (creating || input.title != null) {
    errors.push(...validateRequiredText(input.title ?? '', ['input', 'title'], 'The title', 200));
  }
  if (input.slug != null) errors.push(...validateSlug(input.slug, ['input', 'slug']));
  if (input.description != null && input.description.length > 20_000) {
    errors.push(
      userError(
        ['input', 'description'],
        ErrorCode.INVALID_INPUT,
        'The description is at most 20000 characters.',
      ),
    );
  }
  if (input.brand != null && input.brand.trim().length > 100) {
    errors.push(
      userError(['input', 'brand'], ErrorCode.INVALID_INPUT, 'The brand is at most 100 characters.'),
    );
  }
  if (input.tags != null) errors.push(...validateTags(normalizeTags(input.tags), ['input', 'tags']));
  return errors;
}

interface ParsedVariant {
  sku: string;
  title: string;
  options: VariantOption[];
  price: number;
  compareAtPrice: number | null;
  stock: number;
  weightGrams: number | null;
  position: number | null;
}

/** Validates a variant input and converts its decimal prices to minor units. */
function parseVariant(
  ctx: RequestContext,
  input: VariantChanges & { stock?: number | null },
  field: string[],
  creating: boolean,
): { errors: UserError[]; value: Partial<ParsedVariant> } {
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  const errors: UserError[] = [];
  const value: Partial<ParsedVariant> = {};
  if (creating || input.sku != null) {
    const sku = (input.sku ?? '').trim();
    errors.push(...validateSku(sku, [...field, 'sku']));
    value.sku = sku;
  }
  if (input.options != null) {
    errors.push(...validateOptions(input.options, [...field, 'options']));
    value.options = input.options.map((o) => ({ name: o.name.trim(), value: o.value.trim() }));
  } else if (creating) value.options = [];
  if (input.title != null) {
    errors.push(...validateRequiredText(input.title, [...field, 'title'], 'The variant title', 200));
    value.title = input.title.trim();
  } else if (creating) {
    value.title = value.options?.length ? value.options.map((o) => o.value).join(' / ') : 'Default';
  }
  const money = (amount: string, name: 'price' | 'compareAtPrice') => {
    const minor = parseDecimalAmount(amount, digits);
    if (minor === null) {
      errors.push(
        userError(
          [...field, name],
          ErrorCode.INVALID_PRICE,
          `Enter a non-negative amount with at most ${digits} decimals, e.g. "19.99".`,
        ),
      );
    }
    return minor ?? 0;
  };
  if (creating || input.price != null) value.price = money(input.price ?? '', 'price');
  if (input.compareAtPrice !== undefined) {
    value.compareAtPrice =
      input.compareAtPrice === null || input.compareAtPrice === ''
        ? null
        : money(input.compareAtPrice, 'compareAtPrice');
  }
  if (input.stock != null) {
    if (!Number.isInteger(input.stock) || input.stock < 0) {
      errors.push(
        userError([...field, 'stock'], ErrorCode.INVALID_INPUT, 'Initial stock must be zero or more.'),
      );
    }
    value.stock = input.stock;
  } else if (creating) value.stock = 0;
  if (input.weightGrams !== undefined) {
    if (input.weightGrams !== null && (!Number.isInteger(input.weightGrams) || input.weightGrams < 0)) {
      errors.push(
        userError([...field, 'weightGrams'], ErrorCode.INVALID_INPUT, 'The weight is zero or more grams.'),
      );
    }
    value.weightGrams = input.weightGrams;
  }
  if (input.position != null) value.position = input.position;
  return { errors, value };
}

/** SKUs of the list already used by other variants (case-insensitive), and duplicates inside the list. */
async function takenSkus(executor: Executor, skus: string[], exceptVariantId?: string): Promise<Set<string>> {
  const lowered = skus.map((sku) => sku.toLowerCase());
  const taken = new Set(lowered.filter((sku, i) => lowered.indexOf(sku) !== i));
  if (lowered.length === 0) return taken;
  const condition = inArray(sql`lower(${variants.sku})`, lowered);
  const rows = await executor
    .select({ sku: variants.sku })
    .from(variants)
    .where(exceptVariantId ? and(condition, ne(variants.id, exceptVariantId)) : condition);
  for (const row of rows) taken.add(row.sku.toLowerCase());
  return taken;
}

/** Keeps the price aggregates used by sorting in step with the variants. */
export async function refreshProductAggregates(executor: Executor, productId: string): Promise<void> {
  await executor
    .update(products)
    .set({
      minPrice: sql`coalesce((SELECT min(price) FROM ${variants} WHERE product_id = ${productId}::uuid), 0)`,
      maxPrice: sql`coalesce((SELECT max(price) FROM ${variants} WHERE product_id = ${productId}::uuid), 0)`,
      updatedAt: new Date(),
    })
    .where(eq(products.id, productId));
}

async function insertVariant(
  ctx: RequestContext,
  tx: Executor,
  productId: string,
  variant: ParsedVariant,
  position: number,
): Promise<VariantRow> {
  const [row] = await tx
    .insert(variants)
    .values({
      productId,
      sku: variant.sku,
      title: variant.title,
      options: variant.options,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice,
      stock: 0,
      weightGrams: variant.weightGrams,
      position: variant.position ?? position,
    })
    .returning();
  if (!row) throw new Error('variant insert returned no row');
  if (variant.stock > 0) {
    const viewer = await ctx.viewer();
    await recordStockMovement(tx, {
      variantId: row.id,
      delta: variant.stock,
      reason: 'RESTOCK',
      note: 'initial stock',
      actorId: viewer?.id ?? null,
    });
  }
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
  const parsed = input.variants.map((variant, i) => {
    const result = parseVariant(ctx, variant, ['input', 'variants', String(i)], true);
    errors.push(...result.errors);
    return result.value as ParsedVariant;
  });
  if (errors.length > 0) return { errors, product: null };

  const { db } = ctx.app;
  const categoryIds = [...new Set(input.categoryIds ?? [])];
  try {
    return await db.transaction(async (tx) => {
      const unknown = await unknownCategoryIds(tx, categoryIds);
      if (unknown.length > 0) {
        return failProduct(
          ['input', 'categoryIds'],
          ErrorCode.NOT_FOUND,
          `Unknown categories: ${unknown.join(', ')}.`,
        );
      }
      const taken = await takenSkus(
        tx,
        parsed.map((v) => v.sku),
      );
      const clash = parsed.findIndex((v) => taken.has(v.sku.toLowerCase()));
      if (clash >= 0) {
        return failProduct(
          ['input', 'variants', String(clash), 'sku'],
          ErrorCode.SKU_TAKEN,
          `The SKU ${parsed[clash]?.sku} is already used.`,
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
      const insert = (slug: string) =>
        tx.transaction(
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
      for (const [i, variant] of parsed.entries()) await insertVariant(ctx, tx, product.id, variant, i);
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
    return await ctx.app.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(products)
        .set(changes)
        .where(eq(products.id, input.id))
        .returning(productColumns);
      if (!updated) return failProduct(['input', 'id'], ErrorCode.NOT_FOUND, 'No product with this id.');
      if (input.categoryIds != null) {
        const categoryIds = [...new Set(input.categoryIds)];
        const unknown = await unknownCategoryIds(tx, categoryIds);
        if (unknown.length > 0) {
          // Roll back the field changes too: bad input changes nothing.
          throw new InputRejected(
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
    if (err instanceof InputRejected) return err.result;
    if (isUniqueViolation(err, 'products_slug_key')) {
      return failProduct(['input', 'slug'], ErrorCode.SLUG_TAKEN, 'Another product already uses this slug.');
    }
    throw err;
  }
}

/** Thrown inside a transaction to roll it back and answer a payload error. */
class InputRejected extends Error {
  constructor(readonly result: ProductResult) {
    super('input rejected');
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

export interface VariantResult {
  errors: UserError[];
  variant: VariantRow | null;
}

const failVariant = (field: string[] | null, code: ErrorCode, message: string): VariantResult => ({
  errors: [userError(field, code, message)],
  variant: null,
});

export async function createVariant(
  ctx: RequestContext,
  input: VariantInput & { productId: string },
): Promise<VariantResult> {
  const { errors, value } = parseVariant(ctx, input, ['input'], true);
  if (errors.length > 0) return { errors, variant: null };
  if (!isUuid(input.productId))
    return failVariant(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.');
  try {
    return await ctx.app.db.transaction(async (tx) => {
      const [product] = await tx
        .select({ id: products.id })
        .from(products)
        .where(eq(products.id, input.productId))
        .for('update');
      if (!product)
        return failVariant(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.');
      if ((await takenSkus(tx, [value.sku as string])).size > 0) {
        return failVariant(['input', 'sku'], ErrorCode.SKU_TAKEN, `The SKU ${value.sku} is already used.`);
      }
      const [existing] = await tx
        .select({ n: count() })
        .from(variants)
        .where(eq(variants.productId, product.id));
      const variant = await insertVariant(ctx, tx, product.id, value as ParsedVariant, existing?.n ?? 0);
      await refreshProductAggregates(tx, product.id);
      const [fresh] = await tx.select().from(variants).where(eq(variants.id, variant.id));
      return { errors: [], variant: fresh ?? null };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'variants_sku_key'))
      return failVariant(['input', 'sku'], ErrorCode.SKU_TAKEN, 'The SKU is already used.');
    throw err;
  }
}

/** Changes a variant; stock is not editable here (it moves through inventoryAdjust and its ledger). */
export async function updateVariant(
  ctx: RequestContext,
  input: VariantChanges & { id: string },
): Promise<VariantResult> {
  const { errors, value } = parseVariant(ctx, input, ['input'], false);
  if (errors.length > 0) return { errors, variant: null };
  if (!isUuid(input.id)) return failVariant(['input', 'id'], ErrorCode.NOT_FOUND, 'No variant with this id.');
  try {
    return await ctx.app.db.transaction(async (tx) => {
      if (value.sku && (await takenSkus(tx, [value.sku], input.id)).size > 0) {
        return failVariant(['input', 'sku'], ErrorCode.SKU_TAKEN, `The SKU ${value.sku} is already used.`);
      }
      const { stock: _stock, position, ...rest } = value;
      const changes = { ...rest, ...(position != null ? { position } : {}) };
      const [updated] = await tx
        .update(variants)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(variants.id, input.id))
        .returning();
      if (!updated) return failVariant(['input', 'id'], ErrorCode.NOT_FOUND, 'No variant with this id.');
      await refreshProductAggregates(tx, updated.productId);
      return { errors: [], variant: updated };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'variants_sku_key'))
      return failVariant(['input', 'sku'], ErrorCode.SKU_TAKEN, 'The SKU is already used.');
    throw err;
  }
}

export async function deleteVariant(
  ctx: RequestContext,
  id: string,
): Promise<{ errors: UserError[]; deletedId: string | null }> {
  const missing = {
    errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No variant with this id.')],
    deletedId: null,
  };
  if (!isUuid(id)) return missing;
  return ctx.app.db.transaction(async (tx) => {
    const [variant] = await tx.select().from(variants).where(eq(variants.id, id));
    if (!variant) return missing;
    // Lock the product so two deletes cannot remove its last two variants at once.
    await tx
      .select({ id: products.id })
      .from(products)
      .where(eq(products.id, variant.productId))
      .for('update');
    const [siblings] = await tx
      .select({ n: count() })
      .from(variants)
      .where(eq(variants.productId, variant.productId));
    if ((siblings?.n ?? 0) <= 1) {
      return {
        errors: [
          userError(
            ['input', 'id'],
            ErrorCode.LAST_VARIANT,
            "This is the product's only variant: delete the product instead.",
          ),
        ],
        deletedId: null,
      };
    }
    await tx.delete(variants).where(eq(variants.id, id));
    await refreshProductAggregates(tx, variant.productId);
    return { errors: [], deletedId: id };
  });
}
