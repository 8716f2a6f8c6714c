import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { PublicError } from '../../graphql/errors.js';
import { type Role, sessions, type UserRow, users } from './account.tables.js';
import { type AccessTokenClaims, verifyAccessToken } from './tokens.js';

/** The signed-in caller of a request. */
export interface Viewer {
  id: string;
  role: Role;
  sessionId: string;
}

const invalidToken = () =>
  new PublicError(
    'UNAUTHENTICATED',
    'The access token is invalid or expired, or the login has ended. Sign in again.',
  );

/** The claims of a valid `Bearer` access token, without asking the database; null otherwise. */
export async function accessTokenClaims(
  app: AppContext,
  authorization: string | undefined,
): Promise<AccessTokenClaims | null> {
  const token = authorization && /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  return token ? verifyAccessToken(app.config.jwtSecret, token) : null;
}

/**
 * Resolves the viewer from an `Authorization: Bearer` header. Role, disabled state and the
 * login's revocation are read from the database on each request, so disabling a user,
 * changing their role or logging out takes effect immediately, not at token expiry.
 */
export async function resolveViewer(
  app: AppContext,
  authorization: string | undefined,
): Promise<{ viewer: Viewer; user: UserRow } | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw invalidToken();
  const claims = await verifyAccessToken(app.config.jwtSecret, match[1]);
  if (!claims) throw invalidToken();
  const [row] = await app.db
    .select({ user: users })
    .from(users)
    .innerJoin(sessions, eq(sessions.userId, users.id))
    .where(
      and(
        eq(users.id, claims.userId),
        eq(sessions.id, claims.sessionId),
        isNull(users.disabledAt),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date()),
      ),
    )
    .limit(1);
  if (!row) throw invalidToken();
  return { viewer: { id: row.user.id, role: row.user.role, sessionId: claims.sessionId }, user: row.user };
}
