import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import type { TestApp } from '../support/harness.js';

/**
 * The columns that keep a deleted customer's name and phone as the law requires: the address snapshots
 * of orders (the invoice and shipping record of a sale). README "Deleting an account" lists the same.
 * Payments keep only a card brand and last four digits; there is no invoice table yet.
 */
export const RETAINED_BY_LAW = ['orders.billing_address', 'orders.shipping_address'];

export interface Hit {
  column: string;
  needle: string;
}

/**
 * Every text, character, json and jsonb column (and text array) of every table in the database's schema,
 * read from information_schema, searched for each needle (case-insensitively, as a substring): where
 * each one still appears. One query per column; a column without a hit answers nothing.
 */
export async function searchWholeDatabase(t: TestApp, needles: readonly string[]): Promise<Hit[]> {
  const db = t.database.db;
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`SELECT c.table_name, c.column_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
               OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar', '_bpchar')))
        ORDER BY c.table_name, c.column_name`,
  );
  if (columns.length < 50) throw new Error(`only ${columns.length} text columns found: the search is broken`);
  const hits: Hit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const value = sql`lower(${sql.identifier(column)}::text)`;
    const found = await queryRows<{ needle: string }>(
      db,
      sql.join(
        needles.map(
          (needle) =>
            sql`SELECT ${needle}::text AS needle WHERE EXISTS (
              SELECT 1 FROM ${sql.identifier(table)} WHERE strpos(${value}, lower(${needle}::text)) > 0)`,
        ),
        sql` UNION ALL `,
      ),
    );
    for (const row of found) hits.push({ column: `${table}.${column}`, needle: row.needle });
  }
  return hits;
}
