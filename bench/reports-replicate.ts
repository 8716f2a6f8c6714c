import postgres from 'postgres';

/**
 * Growing a seeded order history to the reports scenario's size (200,000 orders) in SQL. The history
 * seeder places every order through the services, which is right for `npm run seed` but runs at
 * 10-30 orders/s on this 2-core machine: 200,000 orders would take hours. So the bench seeds a base
 * history through the seeder (its rows made by the real rules) and copies it: each copy gets new ids
 * and order numbers, and every timestamp of an order (its lines, events, payments and refunds) moves
 * by the same whole number of weeks (weekday and hour-of-day patterns kept), wrapped back into the
 * window when the order's last event would fall after its end. Refunds of returns lose their link to
 * the return (returns are not copied), so they count as plain refunds of the copied order.
 *
 * The report facts and rollups are then rebuilt from the copied rows by the real rebuild
 * (`rebuildSalesReports`), as `npm run reports:rebuild` does.
 */

/** The rows a copy duplicates, parents first, with how each table's copied rows are identified. */
const COPIED: { table: string; map?: string }[] = [
  { table: 'orders', map: 'copy_orders' },
  { table: 'order_lines', map: 'copy_lines' },
  { table: 'payments', map: 'copy_payments' },
  { table: 'order_events' },
  { table: 'refunds' },
];

/** Columns whose copies must differ (unique keys) or may not be copied (links to uncopied rows). */
const OVERRIDES: Record<string, Record<string, (copy: number) => string>> = {
  orders: {
    number: (copy) => `t.number || '-${copy}'`,
    idempotency_key: (copy) => `t.idempotency_key || ':copy${copy}'`,
  },
  refunds: {
    provider_reference: (copy) => `t.provider_reference || ':copy${copy}'`,
    return_id: () => 'NULL',
  },
};

interface Column {
  name: string;
  type: string;
}

async function columnsOf(client: postgres.Sql, table: string): Promise<Column[]> {
  const rows = await client<{ column_name: string; data_type: string }[]>`
    SELECT column_name, data_type FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`;
  return rows.map((row) => ({ name: row.column_name, type: row.data_type }));
}

/** The SELECT expression of one copied column of `table` (aliased t, its order's mapping o). */
function copiedColumn(table: string, map: string | undefined, column: Column, copy: number): string {
  const override = OVERRIDES[table]?.[column.name];
  if (override) return override(copy);
  if (column.name === 'id') return map ? 'm.new_id' : 'gen_random_uuid()';
  if (column.name === 'order_id') return 'o.new_id';
  if (column.name === 'order_line_id') return 'l.new_id';
  if (column.name === 'payment_id') return 'p.new_id';
  if (column.type === 'timestamp with time zone') return `t.${column.name} + o.shift`;
  return `t.${column.name}`;
}

function joins(table: string, columns: Column[], map: string | undefined): string {
  const has = (name: string) => columns.some((c) => c.name === name);
  const parts: string[] = [];
  if (table === 'orders') parts.push('JOIN copy_orders o ON o.old_id = t.id');
  else parts.push('JOIN copy_orders o ON o.old_id = t.order_id');
  if (map && table !== 'orders') parts.push(`JOIN ${map} m ON m.old_id = t.id`);
  if (table === 'orders') parts.push('JOIN copy_orders m ON m.old_id = t.id');
  if (has('order_line_id') && table !== 'order_lines')
    parts.push('LEFT JOIN copy_lines l ON l.old_id = t.order_line_id');
  if (has('payment_id') && table !== 'payments')
    parts.push('JOIN copy_payments p ON p.old_id = t.payment_id');
  return parts.join(' ');
}

export interface ReplicateOptions {
  /** Copies to add (the base history itself is copy 0). */
  copies: number;
  days: number;
  /** The window's end (the seeding instant). */
  now: Date;
  log: (line: string) => void;
}

/** Adds `copies` copies of every order in the database (see the top of this file). Returns orders added. */
export async function replicateHistory(url: string, options: ReplicateOptions): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`CREATE TEMP TABLE base_orders AS SELECT id FROM orders`;
    const [{ n } = { n: 0 }] = await client<{ n: number }[]>`SELECT count(*)::int AS n FROM base_orders`;
    const columns = new Map<string, Column[]>();
    for (const { table } of COPIED) columns.set(table, await columnsOf(client, table));
    const weeks = Math.max(1, Math.floor(options.days / 7));
    for (let copy = 1; copy <= options.copies; copy++) {
      // Whole weeks, spread over the window by a step coprime with most window lengths.
      const shiftDays = 7 * ((copy * 37) % weeks || 1);
      await client.begin(async (tx) => {
        await tx.unsafe(
          `CREATE TEMP TABLE copy_orders ON COMMIT DROP AS
           SELECT t.id AS old_id, gen_random_uuid() AS new_id,
             CASE WHEN greatest(t.updated_at,
                    (SELECT max(e.created_at) FROM order_events e WHERE e.order_id = t.id),
                    (SELECT max(r.created_at) FROM refunds r WHERE r.order_id = t.id))
                  + make_interval(days => $1) > $2::timestamptz
               THEN make_interval(days => $1 - $3) ELSE make_interval(days => $1) END AS shift
           FROM orders t JOIN base_orders b ON b.id = t.id`,
          [shiftDays, options.now.toISOString(), options.days],
        );
        await tx.unsafe(`CREATE TEMP TABLE copy_lines ON COMMIT DROP AS
          SELECT t.id AS old_id, gen_random_uuid() AS new_id FROM order_lines t JOIN copy_orders o ON o.old_id = t.order_id`);
        await tx.unsafe(`CREATE TEMP TABLE copy_payments ON COMMIT DROP AS
          SELECT t.id AS old_id, gen_random_uuid() AS new_id FROM payments t JOIN copy_orders o ON o.old_id = t.order_id`);
        for (const { table, map } of COPIED) {
          const cols = columns.get(table) as Column[];
          const list = cols.map((c) => `"${c.name}"`).join(', ');
          const select = cols.map((c) => copiedColumn(table, map, c, copy)).join(', ');
          await tx.unsafe(
            `INSERT INTO ${table} (${list}) SELECT ${select} FROM ${table} t ${joins(table, cols, map)}`,
          );
        }
      });
      if (copy % 10 === 0 || copy === options.copies) options.log(`  copy ${copy} / ${options.copies}`);
    }
    return n * options.copies;
  } finally {
    await client.end();
  }
}
