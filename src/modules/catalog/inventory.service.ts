import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
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
 *
 * FOR NO KEY UPDATE, as takeStockAtomically: the lock the stock UPDATE takes anyway. FOR UPDATE also
 * waits for the KEY SHARE locks that other transactions' order lines and ledger rows hold on these rows
 * through their foreign keys, and a checkout takes those (inserting its lines) before its stock
 * statement, in its cart's order: a cancellation restocking variants A and B deadlocked with it (it held
 * A FOR UPDATE and waited for B's KEY SHARE, the checkout waited for A), SQLSTATE 40P01 in
 * tests/checkout/concurrent-pay-cancel.test.ts.
 */
export async function lockVariants(tx: Executor, ids: Iterable<string | null>): Promise<void> {
  const sorted = [...new Set([...ids].filter((id): id is string => id !== null))].sort();
  if (sorted.length === 0) return;
  await tx
    .select({ id: variants.id })
    .from(variants)
    .where(inArray(variants.id, sorted))
    .orderBy(asc(variants.id))
    .for('no key update');
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

/**
 * Takes units of several variants for one reason (an order: reason ORDER, reference its number) in ONE
 * statement, all or nothing: the variants' rows are locked in id order (so two callers crossing the same
 * variants never deadlock) with FOR NO KEY UPDATE, the lock the UPDATE itself takes (FOR UPDATE would also
 * wait for the KEY SHARE locks that other transactions' order lines and ledger rows hold on these rows
 * through their foreign keys, and deadlock with them), and only when every one of them still has the units asked are they all
 * decremented, each with its ledger row. Meant to run as late as possible in its transaction: the row
 * locks it takes are held to the end of it. Returns the variants that could not be served, with what
 * they had (0 for a variant that no longer exists); empty when everything was taken.
 */
export async function takeStockAtomically(
  tx: Executor,
  take: { variantId: string; quantity: number }[],
  movement: { reason: StockMovementReason; reference: string; actorId: string | null },
): Promise<{ variantId: string; available: number }[]> {
  const wanted = new Map<string, number>();
  for (const { variantId, quantity } of take) wanted.set(variantId, (wanted.get(variantId) ?? 0) + quantity);
  if (wanted.size === 0) return [];
  // The variants are found by `= ANY (ARRAY(SELECT … FROM wanted))`, not by joining `wanted`: PostgreSQL
  // guesses 100 rows for jsonb_to_recordset and then scanned the whole variants table twice (the second
  // time holding the hot row's lock), 2-4 ms per checkout at 10,000 products; with an array it reads the
  // primary key. The array is built in the statement, not passed as a parameter: PostgreSQL sizes a
  // parameter's array from its value in a custom plan (1 element) but guesses 10 in a generic one, so it
  // found the custom plan cheaper and planned the statement again on every checkout (0.26 ms of its CPU,
  // pg_stat_statements); an array it computes is guessed at 10 in both, and the plan is kept.
  const rows = await queryRows<{ variant_id: string; available: number | null; taken: number }>(
    tx,
    sql`WITH wanted AS (
      SELECT w.variant_id, w.quantity FROM jsonb_to_recordset(${JSON.stringify(
        [...wanted].map(([variant_id, quantity]) => ({ variant_id, quantity })),
      )}::jsonb) AS w(variant_id uuid, quantity int)
    ), locked AS (
      SELECT v.id, v.stock FROM variants v WHERE v.id = ANY (ARRAY(SELECT variant_id FROM wanted))
        ORDER BY v.id FOR NO KEY UPDATE
    ), enough AS (
      SELECT count(*) = (SELECT count(*) FROM wanted) AS ok
      FROM wanted w JOIN locked l ON l.id = w.variant_id WHERE l.stock >= w.quantity
    ), taken AS (
      UPDATE variants v SET stock = v.stock - w.quantity, updated_at = now()
      FROM wanted w
      WHERE v.id = ANY (ARRAY(SELECT variant_id FROM wanted)) AND v.id = w.variant_id AND (SELECT ok FROM enough)
        AND v.stock >= w.quantity
      RETURNING v.id, w.quantity
    ), ledger AS (
      INSERT INTO stock_movements (variant_id, delta, reason, reference, actor_id)
      SELECT t.id, -t.quantity, ${movement.reason}::stock_movement_reason, ${movement.reference}::text,
        ${movement.actorId}::uuid
      FROM taken t ORDER BY t.id
    )
    SELECT w.variant_id, l.stock AS available, (SELECT count(*) FROM taken)::int AS taken
    FROM wanted w LEFT JOIN locked l ON l.id = w.variant_id`,
  );
  const taken = Number(rows[0]?.taken ?? 0);
  if (taken === wanted.size) return [];
  return rows
    .filter((r) => r.available === null || Number(r.available) < (wanted.get(r.variant_id) ?? 0))
    .map((r) => ({ variantId: r.variant_id, available: Number(r.available ?? 0) }))
    .sort((a, b) => (a.variantId < b.variantId ? -1 : 1));
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
