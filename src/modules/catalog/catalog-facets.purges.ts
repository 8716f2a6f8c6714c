import { sql } from 'drizzle-orm';
import { deleteDueRows, type Purge, secondsBefore } from '../../db/purge.js';
import { catalogFacetChanges } from './catalog-facets.tables.js';

/**
 * How long the facet change log keeps a row. An instance whose index has not looked at the log for
 * half of it rebuilds its index instead of reading changes (facet-index.ts), so a purged row is
 * never one an index still needs (as long as no catalog write transaction stays open that long).
 */
export const FACET_CHANGE_RETENTION_SECONDS = 3600;

/** What the catalog domain purges (README "Housekeeping"): facet change log rows past their retention. */
export function catalogPurges(): Purge[] {
  return [
    {
      kind: 'catalog_facet_changes',
      purgeBatch: (db, now, limit) =>
        deleteDueRows(
          db,
          catalogFacetChanges,
          catalogFacetChanges.version,
          sql`${catalogFacetChanges.createdAt} <= ${secondsBefore(now, FACET_CHANGE_RETENTION_SECONDS)}`,
          limit,
        ),
    },
  ];
}
