import { eq, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../graphql/context.js';
import { type Connection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { type ReturnRequestRow, returnRequests } from './returns.tables.js';

/** Every return (admins), newest first, optionally of one status. */
export async function listReturns(
  ctx: RequestContext,
  status: ReturnRequestRow['status'] | null | undefined,
  page: PageArgs,
): Promise<Connection<ReturnRequestRow>> {
  const conditions: SQL[] = status ? [eq(returnRequests.status, status)] : [];
  return paginateTable(ctx.app.db, returnRequests, conditions, page, {
    column: returnRequests.createdAt,
    sqlType: 'timestamptz',
    value: (r) => r.createdAt,
    direction: 'desc',
  });
}
