import type { Database } from '../db/client.js';
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
}
