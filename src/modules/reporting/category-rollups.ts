/**
 * Category rollups (report_category_slots): per slot and category, the sales of the lines whose
 * product is in the category or below it, and how many orders have such a line. A category's orders
 * are not a sum of its products' orders (an order with two of its products counts once), so they are
 * counted per order when the order changes: the order's lines before and after, each joined with its
 * product's categories and their ancestors (current membership, each pair once), grouped per order.
 *
 * Membership changes make them stale (triggers bump reporting_state.membership_version, migration
 * 0015); `recomputeCategoryRollups` (category-recompute.ts) corrects them from the line and refund
 * facts, and reports read them only while `category_rollups_version` equals the membership version
 * (sales-report.service.ts).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { uuidArray } from '../../db/pg-array.js';
import { GRAIN_VALUES } from './rollup-grains.js';
import { type SalesFacts, SLOT_MS } from './sales-facts.rules.js';

/** One line or refund fact of an order, signed: -1 for what was stored, +1 for what replaces it. */
export interface CategoryInput {
  order_id: string;
  shard: number;
  sign: number;
  product_id: string;
  slot: string;
  /** A line (it makes the order count in its categories) or a refund (money only). */
  line: boolean;
  units: number;
  gross: number;
  discount: number;
  shipping: number;
  tax: number;
  refunds: number;
}

const slotIso = (at: number) => new Date(Math.floor(at / SLOT_MS) * SLOT_MS).toISOString();

/** The signed inputs of an order whose facts change from `before` to `after` (products only). */
export function categoryInputs(
  orderId: string,
  shard: number,
  before: SalesFacts,
  after: SalesFacts,
): CategoryInput[] {
  const inputs: CategoryInput[] = [];
  for (const [sign, facts] of [
    [-1, before],
    [1, after],
  ] as const) {
    for (const l of facts.lines) {
      if (!l.productId) continue;
      inputs.push({
        order_id: orderId,
        shard,
        sign,
        product_id: l.productId,
        slot: slotIso(l.occurredAt),
        line: true,
        units: l.units,
        gross: l.gross,
        discount: l.discount,
        shipping: l.shipping,
        tax: l.tax,
        refunds: 0,
      });
    }
    for (const r of facts.refunds) {
      if (!r.productId) continue;
      inputs.push({
        order_id: orderId,
        shard,
        sign,
        product_id: r.productId,
        slot: slotIso(r.occurredAt),
        line: false,
        units: 0,
        gross: 0,
        discount: 0,
        shipping: 0,
        tax: 0,
        refunds: r.amount,
      });
    }
  }
  return inputs;
}

const MEASURES = ['units', 'gross', 'discount', 'shipping', 'tax', 'refunds'];

/**
 * `membership(product_id, category_id)`: each product with its categories and all their ancestors,
 * every pair once (a product in two sibling categories counts once in their parent), for these
 * products. They come as an array (`= ANY`), not as a subquery of the inputs: PostgreSQL guesses 100
 * rows for a jsonb_to_recordset and hash-joined the whole of product_categories in every checkout.
 */
function membership(productIds: readonly string[]): SQL {
  return sql`membership(product_id, category_id) AS (
      SELECT pc.product_id, pc.category_id FROM product_categories pc
      WHERE pc.product_id = ANY (${uuidArray([...new Set(productIds)])}::uuid[])
      UNION
      SELECT m.product_id, c.parent_id FROM membership m JOIN categories c ON c.id = m.category_id
      WHERE c.parent_id IS NOT NULL
    )`;
}

/** The names of categoryRollupUpsert's CTEs. */
export const CATEGORY_ROLLUP_CTES = ['category_inputs', 'membership', 'per_order', 'category_rows'];

/**
 * The CTEs (of a `WITH RECURSIVE`) that add the inputs to the category rollups at every grain, in key
 * order (after the other rollup tables, so every transaction locks rollup rows in one order). `after`
 * names a CTE this one must follow.
 */
export function categoryRollupUpsert(inputs: readonly CategoryInput[], after: string): SQL {
  const signed = MEASURES.map((m) => `sum(i.sign * i.${m}) AS ${m}`).join(', ');
  const add = [`orders`, ...MEASURES]
    .map((c) => `${c} = report_category_slots.${c} + excluded.${c}`)
    .join(', ');
  return sql`category_inputs AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(inputs)}::jsonb) AS x(order_id uuid, shard int, sign int,
        product_id uuid, slot timestamptz, line boolean, units bigint, gross bigint, discount bigint,
        shipping bigint, tax bigint, refunds bigint)
    ), ${membership(inputs.map((i) => i.product_id))},
    per_order AS (
      SELECT m.category_id, i.slot, i.shard, i.order_id, i.sign,
        CASE WHEN bool_or(i.line) THEN i.sign ELSE 0 END AS orders, ${sql.raw(signed)}
      FROM category_inputs i JOIN membership m ON m.product_id = i.product_id
      GROUP BY m.category_id, i.slot, i.shard, i.order_id, i.sign
    ),
    category_rows AS (
      INSERT INTO report_category_slots (category_id, grain, slot, shard, orders, ${sql.raw(MEASURES.join(', '))})
      SELECT p.category_id, g.grain, date_bin(g.width, p.slot, timestamptz 'epoch') AS bin, p.shard, sum(p.orders),
        ${sql.raw(MEASURES.map((m) => `sum(p.${m})`).join(', '))}
      FROM per_order p CROSS JOIN ${GRAIN_VALUES}
      WHERE (SELECT count(*) FROM ${sql.raw(after)}) >= 0
      GROUP BY p.category_id, g.grain, bin, p.shard
      HAVING sum(p.orders) <> 0 OR ${sql.raw(MEASURES.map((m) => `sum(p.${m}) <> 0`).join(' OR '))}
      ORDER BY p.category_id, g.grain, bin, p.shard
      ON CONFLICT (category_id, grain, slot, shard) DO UPDATE SET ${sql.raw(add)}
      RETURNING 1
    )`;
}

/** SQL true while the category rollups match the current membership. */
export const CATEGORY_ROLLUPS_FRESH = sql`EXISTS (SELECT 1 FROM reporting_state rs
  WHERE rs.id = 1 AND rs.category_rollups_version = rs.membership_version)`;

/** Whether the category rollups match the current membership. */
export async function categoryRollupsFresh(db: Executor): Promise<boolean> {
  const [row] = await queryRows<{ fresh: boolean }>(db, sql`SELECT ${CATEGORY_ROLLUPS_FRESH} AS fresh`);
  return Boolean(row?.fresh);
}

/**
 * The membership version the category rollups are behind, or null while they are fresh (or before
 * the first rebuild).
 */
export async function staleMembershipVersion(db: Executor): Promise<number | null> {
  const [row] = await queryRows<{ version: string | number }>(
    db,
    sql`SELECT membership_version AS version FROM reporting_state
      WHERE id = 1 AND category_rollups_version <> membership_version`,
  );
  return row ? Number(row.version) : null;
}
