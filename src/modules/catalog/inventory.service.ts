import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import {
  type StockMovementReason,
  type StockMovementRow,
  stockMovements,
  type VariantRow,
  variants,
} from './catalog.tables.js';

/**
 * Locks these variants' rows (duplicates and nulls ignored) in id order, the one order every stock
 * change takes them in, so two transactions crossing the same variants never deadlock.
 */
export async function lockVariants(tx: Executor, ids: Iterable<string | null>): Promise<void> {
  const sorted = [...new Set([...ids].filter((id): id is string => id !== null))].sort();
  if (sorted.length === 0) return;
  await tx
    .select({ id: variants.id })
    .from(variants)
    .where(inArray(variants.id, sorted))
    .orderBy(asc(variants.id))
    .for('update');
}

export interface StockChange {
  variantId: string;
  delta: number;
  reason: StockMovementReason;
  reference?: string | null;
  note?: string | null;
  actorId: string | null;
}

export type StockChangeOutcome =
  | { ok: true; variant: VariantRow; movement: StockMovementRow }
  | { ok: false; reason: 'NOT_FOUND' }
  | { ok: false; reason: 'INSUFFICIENT_STOCK'; available: number };

/**
 * The one way stock changes: the variant's stock moves by `delta` in a single conditional
 * UPDATE (never below zero, even under concurrent orders; the CHECK constraint backs it up)
 * and a ledger row records why, in the caller's transaction.
 */
export async function recordStockMovement(tx: Executor, change: StockChange): Promise<StockChangeOutcome> {
  const [variant] = await tx
    .update(variants)
    .set({ stock: sql`${variants.stock} + ${change.delta}`, updatedAt: new Date() })
    .where(and(eq(variants.id, change.variantId), sql`${variants.stock} + ${change.delta} >= 0`))
    .returning();
  if (!variant) {
    const [current] = await tx
      .select({ stock: variants.stock })
      .from(variants)
      .where(eq(variants.id, change.variantId));
    return current
      ? { ok: false, reason: 'INSUFFICIENT_STOCK', available: current.stock }
      : { ok: false, reason: 'NOT_FOUND' };
  }
  const [movement] = await tx
    .insert(stockMovements)
    .values({
      variantId: change.variantId,
      delta: change.delta,
      reason: change.reason,
      reference: change.reference ?? null,
      note: change.note ?? null,
      actorId: change.actorId,
    })
    .returning();
  if (!movement) throw new Error('stock movement insert returned no row');
  return { ok: true, variant, movement };
}

export interface InventoryAdjustResult {
  errors: UserError[];
  variant: VariantRow | null;
  movement: StockMovementRow | null;
}

/** Admin stock change (restock, count correction, return) with its ledger row. */
export async function adjustInventory(
  ctx: RequestContext,
  input: {
    variantId: string;
    delta: number;
    reason: StockMovementReason;
    note?: string | null;
    reference?: string | null;
  },
): Promise<InventoryAdjustResult> {
  const fail = (field: string[], code: ErrorCode, message: string): InventoryAdjustResult => ({
    errors: [userError(field, code, message)],
    variant: null,
    movement: null,
  });
  if (!Number.isInteger(input.delta) || input.delta === 0) {
    return fail(['input', 'delta'], ErrorCode.INVALID_INPUT, 'The change must be a non-zero whole number.');
  }
  if ((input.note?.length ?? 0) > 500 || (input.reference?.length ?? 0) > 200) {
    return fail(
      ['input', 'note'],
      ErrorCode.INVALID_INPUT,
      'The note is at most 500 characters, the reference 200.',
    );
  }
  if (!isUuid(input.variantId))
    return fail(['input', 'variantId'], ErrorCode.NOT_FOUND, 'No variant with this id.');
  return transact(ctx, async (tx, viewer) => {
    const outcome = await recordStockMovement(tx, { ...input, actorId: viewer?.id ?? null });
    if (outcome.ok) return { errors: [], variant: outcome.variant, movement: outcome.movement };
    if (outcome.reason === 'NOT_FOUND')
      return rollback(fail(['input', 'variantId'], ErrorCode.NOT_FOUND, 'No variant with this id.'));
    return rollback(
      fail(
        ['input', 'delta'],
        ErrorCode.INSUFFICIENT_STOCK,
        `Only ${outcome.available} in stock: stock cannot go below zero.`,
      ),
    );
  });
}

/** A variant's ledger, newest first. */
export function listStockMovements(
  ctx: RequestContext,
  variantId: string,
  page: PageArgs,
): Promise<Connection<StockMovementRow>> {
  const conditions = isUuid(variantId) ? [eq(stockMovements.variantId, variantId)] : [sql`false`];
  return paginateTable(ctx.app.db, stockMovements, conditions, page, {
    column: stockMovements.createdAt,
    sqlType: 'timestamptz',
    value: (m) => m.createdAt,
    direction: 'desc',
  });
}

/** Variants at or below `threshold` units, emptiest first. */
export function listLowStockVariants(
  ctx: RequestContext,
  threshold: number,
  page: PageArgs,
): Promise<Connection<VariantRow>> {
  return paginateTable(ctx.app.db, variants, [lte(variants.stock, threshold)], page, {
    column: variants.stock,
    sqlType: 'integer',
    value: (v) => v.stock,
    direction: 'asc',
  });
}
