import { sql } from 'drizzle-orm';
import { bigserial, customType, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A 64-bit transaction id (PostgreSQL 13+): never wraps around, comparable with a snapshot's bounds. */
const xid8 = customType<{ data: string }>({
  dataType() {
    return 'xid8';
  },
});

/**
 * What changed in the catalog that the facet index (facet-index.ts) must re-read: one row per
 * product changed, written by triggers (drizzle/0020_catalog-facet-change-triggers.sql) in the
 * writing transaction. `xid` is that transaction's id: an instance knows the snapshot its index
 * reflects, and the rows whose transaction that snapshot did not see are exactly the changes it
 * lacks, whatever the order in which transactions took their `version` and committed.
 * A null `product_id` (a TRUNCATE) means "re-read everything". Housekeeping purges old rows
 * (catalog.purges.ts); an index that has not looked for longer than half that retention rebuilds.
 */
export const catalogFacetChanges = pgTable(
  'catalog_facet_changes',
  {
    version: bigserial('version', { mode: 'number' }).primaryKey(),
    productId: uuid('product_id'),
    xid: xid8('xid').notNull().default(sql`pg_current_xact_id()`),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('catalog_facet_changes_xid_idx').on(t.xid),
    index('catalog_facet_changes_created_idx').on(t.createdAt),
  ],
);
