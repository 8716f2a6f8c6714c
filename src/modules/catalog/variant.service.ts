import { count, eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/errors.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits } from '../../graphql/money.js';
import { products, type VariantRow, variants } from './catalog.tables.js';
import { type ParsedVariant, parseVariant, type VariantChanges, type VariantInput } from './product-input.js';
import { insertVariant, refreshProductAggregates, takenSkus } from './variant-rows.js';

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
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  const { errors, value } = parseVariant(input, digits, ['input'], true);
  if (errors.length > 0) return { errors, variant: null };
  if (!isUuid(input.productId))
    return failVariant(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.');
  try {
    return await transact(ctx, async (tx, viewer) => {
      const [product] = await tx
        .select({ id: products.id })
        .from(products)
        .where(eq(products.id, input.productId))
        .for('update');
      if (!product)
        return rollback(failVariant(['input', 'productId'], ErrorCode.NOT_FOUND, 'No product with this id.'));
      if ((await takenSkus(tx, [value.sku as string])).size > 0) {
        return rollback(
          failVariant(['input', 'sku'], ErrorCode.SKU_TAKEN, `The SKU ${value.sku} is already used.`),
        );
      }
      const [existing] = await tx
        .select({ n: count() })
        .from(variants)
        .where(eq(variants.productId, product.id));
      const variant = await insertVariant(
        tx,
        viewer?.id ?? null,
        product.id,
        value as ParsedVariant,
        existing?.n ?? 0,
      );
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
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  const { errors, value } = parseVariant(input, digits, ['input'], false);
  if (errors.length > 0) return { errors, variant: null };
  if (!isUuid(input.id)) return failVariant(['input', 'id'], ErrorCode.NOT_FOUND, 'No variant with this id.');
  try {
    return await transact(ctx, async (tx) => {
      if (value.sku && (await takenSkus(tx, [value.sku], input.id)).size > 0) {
        return rollback(
          failVariant(['input', 'sku'], ErrorCode.SKU_TAKEN, `The SKU ${value.sku} is already used.`),
        );
      }
      const { stock: _stock, position, ...rest } = value;
      const changes = { ...rest, ...(position != null ? { position } : {}) };
      const [updated] = await tx
        .update(variants)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(variants.id, input.id))
        .returning();
      if (!updated)
        return rollback(failVariant(['input', 'id'], ErrorCode.NOT_FOUND, 'No variant with this id.'));
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
  return transact(ctx, async (tx) => {
    const [variant] = await tx.select().from(variants).where(eq(variants.id, id));
    if (!variant) return rollback(missing);
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
      return rollback({
        errors: [
          userError(
            ['input', 'id'],
            ErrorCode.LAST_VARIANT,
            "This is the product's only variant: delete the product instead.",
          ),
        ],
        deletedId: null,
      });
    }
    await tx.delete(variants).where(eq(variants.id, id));
    await refreshProductAggregates(tx, variant.productId);
    return { errors: [], deletedId: id };
  });
}
