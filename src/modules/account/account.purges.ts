import { sql } from 'drizzle-orm';
import type { HousekeepingConfig } from '../../config-housekeeping.js';
import { deleteDueRows, type Purge, secondsBefore } from '../../db/purge.js';
import { oneTimeTokens, sessions } from './account.tables.js';
import { oidcAuthorizations } from './identity.tables.js';

/**
 * What the account domain purges (README "Housekeeping").
 *
 * Logins: a refresh token is checked against its session (auth.service.ts `refresh`): a rotated token
 * presented again revokes the session (TOKEN_REUSED) for as long as both rows exist. So no token of a
 * live session is ever deleted: the session goes, with its tokens (ON DELETE CASCADE), only once it has
 * ended (expired, or revoked) and SESSION_RETENTION has passed since, which keeps a replay of a recently
 * expired login recognized as reuse and a revocation's reason readable for that long.
 *
 * One-time tokens (email verification, password reset) answer "already used" or "expired" while they
 * exist; they go ONE_TIME_TOKEN_RETENTION after they were used or expired. So do pending OpenID Connect
 * sign-ins never completed (a completed one is deleted when claimed).
 */
export function accountPurges(config: HousekeepingConfig): Purge[] {
  return [
    {
      kind: 'sessions',
      purgeBatch: (db, now, limit) => {
        const cutoff = secondsBefore(now, config.sessionRetention);
        return deleteDueRows(
          db,
          sessions,
          sessions.id,
          sql`(${sessions.expiresAt} < ${cutoff} OR ${sessions.revokedAt} < ${cutoff})`,
          limit,
        );
      },
    },
    {
      kind: 'one_time_tokens',
      purgeBatch: (db, now, limit) => {
        const cutoff = secondsBefore(now, config.oneTimeTokenRetention);
        return deleteDueRows(
          db,
          oneTimeTokens,
          oneTimeTokens.id,
          sql`(${oneTimeTokens.expiresAt} < ${cutoff} OR ${oneTimeTokens.usedAt} < ${cutoff})`,
          limit,
        );
      },
    },
    {
      kind: 'oidc_authorizations',
      purgeBatch: (db, now, limit) =>
        deleteDueRows(
          db,
          oidcAuthorizations,
          oidcAuthorizations.stateHash,
          sql`${oidcAuthorizations.expiresAt} < ${secondsBefore(now, config.oneTimeTokenRetention)}`,
          limit,
        ),
    },
  ];
}
