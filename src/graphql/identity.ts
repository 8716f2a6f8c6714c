import type { Database } from '../db/client.js';
import type { HttpCookies } from '../http/cookies.js';
import type { Loaders } from './loaders.js';
import type { RoleValue } from './roles.js';

/** The signed-in caller of a request. */
export interface Viewer {
  id: string;
  role: RoleValue;
  sessionId: string;
}

/**
 * Who is calling, as the account domain answers it (the composition root provides it): the shared
 * kernel resolves callers through this and never imports the account domain itself.
 */
export interface Identity {
  /**
   * The viewer of an `Authorization` header value (`Bearer <token>`), read through `db` (the
   * request's, which honours its deadline); null when there is none. Throws UNAUTHENTICATED for an
   * invalid or expired token, or an ended login. May prime the request's loaders with what it read.
   */
  resolveViewer(db: Database, authorization: string | undefined, loaders?: Loaders): Promise<Viewer | null>;
  /** The user a valid access token names, checked by signature only (no database query); else null. */
  tokenUserId(authorization: string | undefined): Promise<string | null>;
  /**
   * The access token a request carries in a cookie (cookie sessions: README "Cookie sessions for
   * Next.js"), used when it has no `Authorization` header; undefined when there is none or cookie
   * sessions are off.
   */
  cookieAccessToken(cookies: HttpCookies | null): string | undefined;
  /** Whether the request carries a session cookie (access or refresh), a credential a browser adds by itself. */
  hasSessionCookie(cookies: HttpCookies | null): boolean;
}

/** How a request presents its credential: the `Authorization` header, a cookie, or not at all. */
export type CredentialSource = 'header' | 'cookie' | null;
