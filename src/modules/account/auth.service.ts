import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Executor } from '../../db/client.js';
import { inTransaction } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, rateLimited, type UserError, userError } from '../../graphql/errors.js';
import { attemptsPerWindow } from '../../http/rate-limiter.js';
import { normalizeEmail } from './account.rules.js';
import { refreshTokens, sessions, type UserRow, users } from './account.tables.js';
import { hashPassword, needsRehash, verifyPassword } from './password-hashing.js';
import { hashToken, newOpaqueToken, signAccessToken } from './tokens.js';

export interface AuthTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface AuthResult {
  errors: UserError[];
  user: UserRow | null;
  tokens: AuthTokens | null;
}

export type RevokeReason =
  | 'LOGOUT'
  | 'LOGOUT_ALL'
  | 'PASSWORD_CHANGE'
  | 'PASSWORD_RESET'
  | 'TOKEN_REUSE'
  | 'DISABLED';

const failure = (field: string[] | null, code: ErrorCode, message: string): AuthResult => ({
  errors: [userError(field, code, message)],
  user: null,
  tokens: null,
});

/** EMAIL_NOT_VERIFIED when the store signs in verified addresses only (REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN). */
export function unverifiedRefusal(
  config: Pick<Config, 'requireVerifiedEmailForSignIn'>,
  user: Pick<UserRow, 'emailVerifiedAt'>,
): AuthResult | null {
  if (!config.requireVerifiedEmailForSignIn || user.emailVerifiedAt) return null;
  return failure(
    null,
    ErrorCode.EMAIL_NOT_VERIFIED,
    'Confirm your email address with the link we sent you before signing in.',
  );
}

/**
 * Takes one attempt from the per-IP and then the per-email bucket (each holds `perIp` / `perEmail`
 * attempts, restored one at a time over RATE_LIMIT_WINDOW); throws RATE_LIMITED when either is
 * empty. The client's bucket comes first so that attempts it may not make spend nothing of the
 * address's allowance.
 */
export async function enforceRateLimit(
  ctx: RequestContext,
  action: string,
  email: string,
  perEmail: number,
  perIp: number,
): Promise<void> {
  const { rateLimiter, config } = ctx.app;
  const window = config.rateLimit.windowSeconds;
  const byIp = await rateLimiter.take(`${action}:ip:${ctx.ip}`, 1, attemptsPerWindow(perIp, window));
  if (!byIp.allowed) throw rateLimited(byIp.retryAfter);
  const byEmail = await rateLimiter.take(`${action}:email:${email}`, 1, attemptsPerWindow(perEmail, window));
  if (!byEmail.allowed) throw rateLimited(byEmail.retryAfter);
}

export async function login(
  ctx: RequestContext,
  input: { email: string; password: string },
): Promise<AuthResult> {
  const { config, db } = ctx.app;
  const email = normalizeEmail(input.email);
  await enforceRateLimit(ctx, 'login', email, config.rateLimit.loginPerEmail, config.rateLimit.loginPerIp);

  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? null, config.bcryptCost);
  if (!user || !valid)
    return failure(null, ErrorCode.INVALID_CREDENTIALS, 'The email or password is incorrect.');
  if (user.disabledAt) return failure(null, ErrorCode.ACCOUNT_DISABLED, 'This account has been disabled.');
  // Checked after the password, so it tells only the account's owner that the address is unverified.
  const unverified = unverifiedRefusal(config, user);
  if (unverified) return unverified;

  if (user.passwordHash !== null && needsRehash(user.passwordHash, config.bcryptCost)) {
    const passwordHash = await hashPassword(input.password, config.bcryptCost);
    await db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
  }
  const signedIn = await inTransaction(db, (tx) => signIn(ctx, tx, user));
  return { errors: [], ...signedIn };
}

/**
 * Signs a user in inside the caller's transaction (accountLogin, accountRegister): opens a login
 * and records the sign-in with it, so both happen or neither.
 */
export async function signIn(
  ctx: RequestContext,
  tx: Executor,
  user: UserRow,
): Promise<{ user: UserRow; tokens: AuthTokens }> {
  const lastLoginAt = new Date();
  await tx.update(users).set({ lastLoginAt }).where(eq(users.id, user.id));
  const tokens = await startSession(ctx, tx, user.id);
  return { user: { ...user, lastLoginAt }, tokens };
}

/** Opens a login (session) with its first refresh token (password and OpenID Connect sign-ins). */
export async function startSession(ctx: RequestContext, tx: Executor, userId: string): Promise<AuthTokens> {
  const expiresAt = new Date(Date.now() + ctx.app.config.refreshTokenTtl * 1000);
  const [session] = await tx
    .insert(sessions)
    .values({ userId, expiresAt, userAgent: ctx.userAgent?.slice(0, 500) ?? null, ip: ctx.ip })
    .returning({ id: sessions.id });
  if (!session) throw new Error('session insert returned no row');
  return issueTokens(ctx, tx, userId, session.id, expiresAt);
}

async function issueTokens(
  ctx: RequestContext,
  tx: Executor,
  userId: string,
  sessionId: string,
  refreshTokenExpiresAt: Date,
): Promise<AuthTokens> {
  const { config } = ctx.app;
  const refresh = newOpaqueToken();
  await tx.insert(refreshTokens).values({ sessionId, tokenHash: refresh.hash });
  const accessToken = await signAccessToken(config.jwtSecret, { userId, sessionId }, config.accessTokenTtl);
  return {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + config.accessTokenTtl * 1000),
    refreshToken: refresh.token,
    refreshTokenExpiresAt,
  };
}

/**
 * Exchanges a refresh token for a new pair. The old token stops working; presenting it again
 * means it was stolen or replayed, so the whole login (token family) is revoked.
 */
export async function refresh(ctx: RequestContext, refreshToken: string | undefined): Promise<AuthResult> {
  const { db, config } = ctx.app;
  if (!refreshToken) {
    return failure(
      ['input', 'refreshToken'],
      ErrorCode.INVALID_TOKEN,
      'No refresh token was given (argument or cookie).',
    );
  }
  const tokenHash = hashToken(refreshToken);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .select({ token: refreshTokens, session: sessions, user: users })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .limit(1)
      .for('update', { of: [refreshTokens, sessions] });
    if (!row || row.session.revokedAt) {
      return failure(
        ['input', 'refreshToken'],
        ErrorCode.INVALID_TOKEN,
        'The refresh token is not valid. Sign in again.',
      );
    }
    if (row.token.rotatedAt) {
      await revokeSessionsWhere(tx, eq(sessions.id, row.session.id), 'TOKEN_REUSE');
      return failure(
        ['input', 'refreshToken'],
        ErrorCode.TOKEN_REUSED,
        'This refresh token was already used. The login was ended for safety; sign in again.',
      );
    }
    if (row.session.expiresAt <= new Date()) {
      return failure(
        ['input', 'refreshToken'],
        ErrorCode.TOKEN_EXPIRED,
        'The login has expired. Sign in again.',
      );
    }
    if (row.user.disabledAt)
      return failure(null, ErrorCode.ACCOUNT_DISABLED, 'This account has been disabled.');

    await tx.update(refreshTokens).set({ rotatedAt: new Date() }).where(eq(refreshTokens.id, row.token.id));
    // Sliding expiry: an active login stays signed in; an idle one ends after REFRESH_TOKEN_TTL.
    const expiresAt = new Date(Date.now() + config.refreshTokenTtl * 1000);
    await tx.update(sessions).set({ expiresAt }).where(eq(sessions.id, row.session.id));
    const tokens = await issueTokens(ctx, tx, row.user.id, row.session.id, expiresAt);
    return { errors: [], user: row.user, tokens };
  });
}

/** Ends one login: the one the refresh token belongs to, else the viewer's current one. */
export async function logout(ctx: RequestContext, refreshToken: string | undefined): Promise<void> {
  const { db } = ctx.app;
  if (refreshToken) {
    const [row] = await db
      .select({ sessionId: refreshTokens.sessionId })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashToken(refreshToken)))
      .limit(1);
    if (row) await revokeSessionsWhere(db, eq(sessions.id, row.sessionId), 'LOGOUT');
    return;
  }
  const viewer = await ctx.viewer();
  if (viewer) await revokeSessionsWhere(db, eq(sessions.id, viewer.sessionId), 'LOGOUT');
}

/** Ends every login of a user; `exceptSessionId` keeps the caller's own. Returns how many ended. */
export async function revokeUserSessions(
  executor: Executor,
  userId: string,
  reason: RevokeReason,
  exceptSessionId?: string,
): Promise<number> {
  const condition = exceptSessionId
    ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
    : eq(sessions.userId, userId);
  return revokeSessionsWhere(executor, condition, reason);
}

async function revokeSessionsWhere(
  executor: Executor,
  condition: ReturnType<typeof eq> | undefined,
  reason: RevokeReason,
): Promise<number> {
  const revoked = await executor
    .update(sessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(condition, isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}
