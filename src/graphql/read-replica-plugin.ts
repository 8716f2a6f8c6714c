import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { parseLsn, primaryWritePosition, type ReadReplica } from '../db/read-replica.js';
import type { RequestContext } from './context.js';

/** The client's last write position: an HttpOnly cookie for browsers, a header for other clients. */
export const READ_AFTER_COOKIE = 'storefront_read_after';
export const READ_AFTER_HEADER = 'x-read-after';
/**
 * How long a client carries its write position: far beyond any healthy replica's lag (usually well
 * under a second), while a stuck replica is for its lag alert, not for this cookie, to catch.
 */
const READ_AFTER_SECONDS = 300;
const PATH = '/graphql';

/**
 * Routes storefront reads to the replica (README "Growing past one database server"). A query by
 * a guest or a customer reads from the replica, unless the client wrote and the replica has not yet
 * replayed that write (its position, see src/db/read-replica.ts); mutations, subscriptions, staff
 * (vendors and administrators: their tools show what they just changed, and they are few) and
 * transactions stay on the primary, as does resolving who the caller is (a revoked login or a
 * disabled account takes effect at once). After a request that wrote, the client gets the primary's
 * write position back.
 */
export function readReplicaPlugin(replica: ReadReplica): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue: ctx }) {
      const routing = ctx.readRouting;
      if (!routing) return;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'query') return;
          if (!(await guestOrCustomer(ctx))) return;
          if (!replica.available()) return;
          const position = clientPosition(ctx, request.http?.headers);
          if (position !== undefined && !(await replayed(replica, position))) return;
          routing.allowReplica();
        },
        async willSendResponse({ response }) {
          if (!routing.wrote) return;
          let position: string;
          try {
            // On the primary's own pool, past the request's deadline too: the write is done. Not
            // among the request's statements (X-SQL-Query-Count, metrics): Apollo runs the plugins'
            // willSendResponse together, and those have read the count already.
            position = await primaryWritePosition(ctx.app.database.db);
          } catch (err) {
            ctx.app.logger.warn({ err }, 'could not read the primary write position: no read-your-writes');
            return;
          }
          const secure = ctx.app.config.publicUrl.startsWith('https:');
          ctx.cookies?.set(READ_AFTER_COOKIE, position, {
            maxAgeSeconds: READ_AFTER_SECONDS,
            path: PATH,
            secure,
          });
          response.http.headers.set(READ_AFTER_HEADER, position);
        },
      };
    },
  };
}

/** Whether the replica has replayed `position`; false when it cannot tell (it does not answer). */
async function replayed(replica: ReadReplica, position: bigint): Promise<boolean> {
  try {
    return await replica.hasReplayed(position);
  } catch (err) {
    if (!replica.failed(err)) throw err;
    return false;
  }
}

/** Anonymous or a customer; staff, and a caller whose token is refused, read from the primary. */
async function guestOrCustomer(ctx: RequestContext): Promise<boolean> {
  try {
    const viewer = await ctx.viewer();
    return viewer === null || viewer.role === 'CUSTOMER';
  } catch {
    // The resolvers that ask for the caller get the same refusal, as without a replica.
    return false;
  }
}

/** The highest valid position the client sent (cookie or header); a malformed one is ignored. */
function clientPosition(ctx: RequestContext, headers: HeaderMap | undefined): bigint | undefined {
  let highest: bigint | undefined;
  for (const text of [ctx.cookies?.get(READ_AFTER_COOKIE), headers?.get(READ_AFTER_HEADER)]) {
    const position = text === undefined ? undefined : parseLsn(text.trim());
    if (position !== undefined && (highest === undefined || position > highest)) highest = position;
  }
  return highest;
}
