import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { products, type VariantRow, variants } from './catalog.tables.js';
import { recordStockMovement } from './inventory.service.js';
import type { ParsedVariant } from './product-input.js';

/** Variant row work shared by the product and the variant commands, in the caller's transaction. */

/** SKUs of the list already used by other variants (case-insensitive), and duplicates inside the list. */
export async function takenSkus(
  executor: Executor,
  skus: string[],
  exceptVariantId?: string,
): Promise<Set<string>> {
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

/** Inserts a variant with no stock, then books its initial stock as a RESTOCK by `actorId`. */
export async function insertVariant(
  tx: Executor,
  actorId: string | null,
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
    await recordStockMovement(tx, {
      variantId: row.id,
      delta: variant.stock,
      reason: 'RESTOCK',
      note: 'initial stock',
      actorId,
    });
  }
  return row;
}
