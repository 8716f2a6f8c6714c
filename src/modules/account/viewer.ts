import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { selectOnce } from '../../db/query-memo.js';
import { PublicError } from '../../graphql/errors.js';
import type { Identity } from '../../graphql/identity.js';
import { sessions, users } from './account.tables.js';
import { hasSessionCookie, readAccessCookie } from './session-cookies.js';
import { verifyAccessToken } from './tokens.js';

const invalidToken = () =>
  new PublicError(
    'UNAUTHENTICATED',
    'The access token is invalid or expired, or the login has ended. Sign in again.',
  );

const bearerToken = (authorization: string) => /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];

/**
 * The signed-in user of a token's login, when both are still valid: built once and prepared
 * (PostgreSQL parses it once per connection). It runs on every signed-in request, where building it
 * with Drizzle cost more than the primary-key lookups themselves.
 */
const viewerStatement = selectOnce('viewer', (qb) =>
  qb
    .select({ user: users })
    .from(users)
    .innerJoin(sessions, eq(sessions.userId, users.id))
    .where(
      and(
        eq(users.id, sql.placeholder('userId')),
        eq(sessions.id, sql.placeholder('sessionId')),
        isNull(users.disabledAt),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
      ),
    )
    .limit(1),
);

/**
 * Who is calling, for the shared kernel (src/graphql/identity.ts). Role, disabled state and the
 * login's revocation are read from the database on each request, so disabling a user, changing
 * their role or logging out takes effect immediately, not at token expiry.
 */
export function accountIdentity(jwtSecret: string, authCookieMode: boolean): Identity {
  return {
    async resolveViewer(db: Database, authorization, loaders) {
      if (!authorization) return null;
      const token = bearerToken(authorization);
      const claims = token ? await verifyAccessToken(jwtSecret, token) : null;
      if (!claims) throw invalidToken();
      const [row] = await viewerStatement(db, { userId: claims.userId, sessionId: claims.sessionId });
      if (!row) throw invalidToken();
      // The row is loaded with the session check: `me` and ownership checks cost no extra query.
      loaders?.account.userById.prime(row.user.id, row.user);
      return { id: row.user.id, role: row.user.role, sessionId: claims.sessionId };
    },
    async tokenUserId(authorization) {
      const token = authorization && bearerToken(authorization);
      return token ? ((await verifyAccessToken(jwtSecret, token))?.userId ?? null) : null;
    },
    cookieAccessToken: (cookies) => readAccessCookie(authCookieMode, cookies),
    hasSessionCookie: (cookies) => hasSessionCookie(cookies),
  };
}
