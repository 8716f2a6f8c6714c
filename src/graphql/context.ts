import type { Database } from '../db/client.js';
import type { QueryCount } from '../db/query-counter.js';
import { guardDatabase } from '../db/statement-guard.js';
import type { HttpCookies } from '../http/cookies.js';
import { newRequestFacts, type RequestFacts } from '../http/request-facts.js';
import type { AppContext } from './app-context.js';
import type { CredentialSource, Viewer } from './identity.js';
import type { Loaders } from './loaders.js';
import { ReadRouting } from './read-routing.js';
import { RequestDeadline } from './request-deadline.js';

export type { Viewer };

/**
 * Everything a resolver or service needs about one request, passed explicitly: the app's
 * dependencies, who is calling, and per-request DataLoaders.
 */
export interface RequestContext {
  requestId: string;
  /** The app's dependencies; its `db` stops starting statements once `deadline` has passed. */
  app: AppContext;
  /**
   * `app.db`, but on the primary whatever the read routing (DATABASE_READ_URL): for reads into state
   * that every request of the instance shares (the facet index), which must follow one database, the
   * one a client's own writes are on. Guarded and counted like `app.db`; without a replica, `app.db`.
   */
  primaryDb: Database;
  /** The time budget of this query or mutation (started by src/graphql/deadline-execution.ts). */
  deadline: RequestDeadline;
  ip: string;
  userAgent: string | undefined;
  /** Null outside HTTP (scripts, workers). */
  cookies: HttpCookies | null;
  /** Guest cart token from the `X-Cart-Token` header; a `cartToken` argument wins over it. */
  cartToken: string | undefined;
  /**
   * Where the request's credential comes from: the `Authorization` header (which wins over cookies),
   * the session cookies (the access cookie of cookie sessions, or the refresh cookie that
   * accountTokenRefresh and accountLogout read; src/graphql/cross-site-guard.ts refuses cross-site
   * mutations sent with them), or nowhere.
   */
  credentialSource: CredentialSource;
  /** The signed-in caller, resolved on first use; null when anonymous. */
  viewer(): Promise<Viewer | null>;
  /**
   * Who pays for this request in the cost throttle: `user:<id>` when the access token is valid
   * (checked by signature only, no database query), else `ip:<address>`.
   */
  clientKey(): Promise<string>;
  loaders: Loaders;
  /** SQL statements run for this request so far (query budgets, X-SQL-Query-Count). */
  queryCount: QueryCount;
  /** What the access log and the metrics report about this request, filled in as it runs. */
  facts: RequestFacts;
  /** Which of its statements may read from the replica (only with DATABASE_READ_URL). */
  readRouting?: ReadRouting;
}

export interface RequestInfo {
  requestId: string;
  ip: string;
  userAgent: string | undefined;
  authorization: string | undefined;
  cookies: HttpCookies | null;
  cartToken?: string | undefined;
  /** The HTTP request's facts (its `queryCount` counts this request's statements). */
  facts?: RequestFacts;
}

export function createRequestContext(shared: AppContext, request: RequestInfo): RequestContext {
  let viewer: Promise<Viewer | null> | undefined;
  const facts = request.facts ?? newRequestFacts();
  const deadline = new RequestDeadline();
  const routing = shared.readReplica && new ReadRouting(shared.readReplica, facts);
  const app: AppContext = { ...shared, db: guardDatabase(shared.db, deadline, facts.queryCount, routing) };
  const primaryDb = routing ? guardDatabase(shared.db, deadline, facts.queryCount) : app.db;
  const loaders = app.newLoaders(app.db);
  // The Authorization header wins; without one, the access cookie stands for it.
  const cookieToken = request.authorization ? undefined : app.identity.cookieAccessToken(request.cookies);
  const authorization = request.authorization ?? (cookieToken ? `Bearer ${cookieToken}` : undefined);
  const credentialSource: CredentialSource = request.authorization
    ? 'header'
    : cookieToken || app.identity.hasSessionCookie(request.cookies)
      ? 'cookie'
      : null;
  return {
    requestId: request.requestId,
    app,
    primaryDb,
    deadline,
    ip: request.ip,
    userAgent: request.userAgent,
    cookies: request.cookies,
    cartToken: request.cartToken,
    credentialSource,
    viewer: () => {
      viewer ??= app.identity.resolveViewer(app.db, authorization, loaders).then((found) => {
        if (found) facts.viewerId = found.id;
        return found;
      });
      return viewer;
    },
    clientKey: async () => {
      const userId = await app.identity.tokenUserId(authorization);
      if (userId) facts.viewerId ??= userId;
      return userId ? `user:${userId}` : `ip:${request.ip}`;
    },
    loaders,
    queryCount: facts.queryCount,
    facts,
    ...(routing ? { readRouting: routing } : {}),
  };
}
