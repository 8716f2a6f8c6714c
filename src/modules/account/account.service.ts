import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { inTransaction, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { enqueueEmail } from '../notification/outbox.js';
import { accountEmails } from './account.emails.js';
import {
  normalizeEmail,
  validateEmail,
  validateName,
  validatePassword,
  validatePhone,
} from './account.rules.js';
import { oneTimeTokens, type UserRow, users } from './account.tables.js';
import { type AuthResult, enforceRateLimit, revokeUserSessions, signIn } from './auth.service.js';
import { hashPassword, verifyPassword } from './password-hashing.js';
import { hashToken, newOpaqueToken } from './tokens.js';

export interface UserResult {
  errors: UserError[];
  user: UserRow | null;
}

const fail = (field: string[] | null, code: ErrorCode, message: string): UserResult => ({
  errors: [userError(field, code, message)],
  user: null,
});

/** An account made through OpenID Connect has no password to confirm a change with: a reset link sets one. */
const passwordNotSet = (field: string[]): UserResult =>
  fail(
    field,
    ErrorCode.PASSWORD_NOT_SET,
    'This account has no password yet. Set one with the link from accountPasswordResetRequest.',
  );

async function requireViewerRow(ctx: RequestContext): Promise<UserRow> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  const user = await ctx.loaders.account.userById.load(viewer.id);
  if (!user) throw unauthenticated();
  return user;
}

async function emailInUse(executor: Executor, email: string, exceptUserId?: string): Promise<boolean> {
  const condition = sql`lower(${users.email}) = ${email}`;
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(exceptUserId ? and(condition, ne(users.id, exceptUserId)) : condition)
    .limit(1);
  return row !== undefined;
}

/** Creates a one-time token for `email` and writes the matching email to the outbox. */
async function sendVerification(
  ctx: RequestContext,
  tx: Executor,
  user: UserRow,
  email: string,
): Promise<void> {
  const { config } = ctx.app;
  const { token, hash } = newOpaqueToken();
  await tx.insert(oneTimeTokens).values({
    userId: user.id,
    purpose: 'EMAIL_VERIFICATION',
    tokenHash: hash,
    email,
    expiresAt: new Date(Date.now() + config.emailVerificationTtl * 1000),
  });
  const message =
    email === user.email
      ? accountEmails.verification(config.storefrontUrl, email, user.name, token)
      : accountEmails.emailChange(config.storefrontUrl, email, user.name, token);
  await enqueueEmail(
    ctx,
    tx,
    email === user.email ? 'account.email-verification' : 'account.email-change',
    message,
  );
}

/**
 * Creates a customer and sends the verification email; signs them in in the same transaction
 * (tokens) unless the store requires a verified address first (REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN).
 */
export async function register(
  ctx: RequestContext,
  input: { email: string; name: string; password: string },
): Promise<AuthResult> {
  const { config, db, outbox } = ctx.app;
  const email = normalizeEmail(input.email);
  const errors = [
    ...validateEmail(email, ['input', 'email']),
    ...validateName(input.name, ['input', 'name']),
    ...validatePassword(input.password, email, ['input', 'password']),
  ];
  const taken = () => ({
    ...fail(['input', 'email'], ErrorCode.EMAIL_TAKEN, 'An account with this email already exists.'),
    tokens: null,
  });
  if (errors.length > 0) return { errors, user: null, tokens: null };
  if (await emailInUse(db, email)) return taken();
  const passwordHash = await hashPassword(input.password, config.bcryptCost);
  try {
    const result = await inTransaction(db, async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ email, name: input.name.trim(), passwordHash, role: 'CUSTOMER' })
        .returning();
      if (!created) throw new Error('user insert returned no row');
      await sendVerification(ctx, tx, created, email);
      if (config.requireVerifiedEmailForSignIn) return { user: created, tokens: null };
      return signIn(ctx, tx, created);
    });
    outbox.wake();
    return { errors: [], ...result };
  } catch (err) {
    if (isUniqueViolation(err)) return taken();
    throw err;
  }
}

/** Sends a new verification link: to the pending new address if there is one, else the current one. */
export async function requestEmailVerification(ctx: RequestContext): Promise<UserError[]> {
  const user = await requireViewerRow(ctx);
  const { config, outbox } = ctx.app;
  if (user.emailVerifiedAt && !user.pendingEmail) {
    return [userError(null, ErrorCode.ALREADY_VERIFIED, 'Your email address is already verified.')];
  }
  const target = user.pendingEmail ?? user.email;
  await enforceRateLimit(ctx, 'verify', target, config.rateLimit.resetPerEmail, config.rateLimit.resetPerIp);
  await transact(ctx, (tx) => sendVerification(ctx, tx, user, target));
  outbox.wake();
  return [];
}

type TokenCheck = { ok: true; row: typeof oneTimeTokens.$inferSelect } | { ok: false; result: UserResult };

async function claimOneTimeToken(
  tx: Executor,
  token: string,
  purpose: 'EMAIL_VERIFICATION' | 'PASSWORD_RESET',
): Promise<TokenCheck> {
  const [row] = await tx
    .select()
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.tokenHash, hashToken(token)), eq(oneTimeTokens.purpose, purpose)))
    .limit(1)
    .for('update');
  if (!row || row.usedAt) {
    return {
      ok: false,
      result: fail(
        ['input', 'token'],
        ErrorCode.INVALID_TOKEN,
        'This link is not valid or was already used.',
      ),
    };
  }
  if (row.expiresAt <= new Date()) {
    return {
      ok: false,
      result: fail(['input', 'token'], ErrorCode.TOKEN_EXPIRED, 'This link has expired. Ask for a new one.'),
    };
  }
  await tx.update(oneTimeTokens).set({ usedAt: new Date() }).where(eq(oneTimeTokens.id, row.id));
  return { ok: true, row };
}

/** Confirms the current address, or applies a pending email change. */
export async function verifyEmail(ctx: RequestContext, token: string): Promise<UserResult> {
  try {
    return await inTransaction(ctx.app.db, async (tx) => {
      const claim = await claimOneTimeToken(tx, token, 'EMAIL_VERIFICATION');
      if (!claim.ok) return claim.result;
      const [user] = await tx.select().from(users).where(eq(users.id, claim.row.userId)).for('update');
      if (!user) return fail(['input', 'token'], ErrorCode.INVALID_TOKEN, 'This link is not valid.');
      const now = new Date();
      if (claim.row.email === user.email) {
        const [updated] = await tx
          .update(users)
          .set({ emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now })
          .where(eq(users.id, user.id))
          .returning();
        return { errors: [], user: updated ?? null };
      }
      if (claim.row.email !== null && claim.row.email === user.pendingEmail) {
        const [updated] = await tx
          .update(users)
          .set({ email: user.pendingEmail, pendingEmail: null, emailVerifiedAt: now, updatedAt: now })
          .where(eq(users.id, user.id))
          .returning();
        return { errors: [], user: updated ?? null };
      }
      // The address was changed again after this link was sent.
      return fail(
        ['input', 'token'],
        ErrorCode.INVALID_TOKEN,
        'This link is for an address no longer requested.',
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      return fail(['input', 'token'], ErrorCode.EMAIL_TAKEN, 'Another account now uses this email address.');
    }
    throw err;
  }
}

export async function updateProfile(
  ctx: RequestContext,
  input: { name?: string | null; phone?: string | null },
): Promise<UserResult> {
  const user = await requireViewerRow(ctx);
  const errors: UserError[] = [];
  const changes: Partial<typeof users.$inferInsert> = {};
  if (input.name !== undefined && input.name !== null) {
    errors.push(...validateName(input.name, ['input', 'name']));
    changes.name = input.name.trim();
  }
  if (input.phone !== undefined) {
    const phone = input.phone?.trim() || null;
    if (phone !== null) errors.push(...validatePhone(phone, ['input', 'phone']));
    changes.phone = phone;
  }
  if (errors.length > 0) return { errors, user: null };
  if (Object.keys(changes).length === 0) return { errors: [], user };
  const [updated] = await ctx.app.db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, user.id))
    .returning();
  return { errors: [], user: updated ?? null };
}

/** Starts an email change: the new address takes effect once its verification link is followed. */
export async function changeEmail(
  ctx: RequestContext,
  input: { newEmail: string; password: string },
): Promise<UserResult> {
  const user = await requireViewerRow(ctx);
  const { config, db, outbox } = ctx.app;
  if (user.passwordHash === null) return passwordNotSet(['input', 'password']);
  if (!(await verifyPassword(input.password, user.passwordHash, config.bcryptCost))) {
    return fail(['input', 'password'], ErrorCode.WRONG_PASSWORD, 'The password is incorrect.');
  }
  const newEmail = normalizeEmail(input.newEmail);
  const errors = validateEmail(newEmail, ['input', 'newEmail']);
  if (errors.length > 0) return { errors, user: null };
  if (newEmail === user.email) {
    return fail(['input', 'newEmail'], ErrorCode.INVALID_INPUT, 'This is already your email address.');
  }
  if (await emailInUse(db, newEmail, user.id)) {
    return fail(['input', 'newEmail'], ErrorCode.EMAIL_TAKEN, 'An account with this email already exists.');
  }
  const updated = await transact(ctx, async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ pendingEmail: newEmail, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    if (!row) throw new Error('user update returned no row');
    await sendVerification(ctx, tx, row, newEmail);
    return row;
  });
  outbox.wake();
  return { errors: [], user: updated };
}

/** Changes the password and signs out every other login of the user. */
export async function changePassword(
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<UserResult> {
  const user = await requireViewerRow(ctx);
  const { config, outbox } = ctx.app;
  if (user.passwordHash === null) return passwordNotSet(['input', 'currentPassword']);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash, config.bcryptCost))) {
    return fail(['input', 'currentPassword'], ErrorCode.WRONG_PASSWORD, 'The current password is incorrect.');
  }
  const errors = validatePassword(input.newPassword, user.email, ['input', 'newPassword']);
  if (errors.length > 0) return { errors, user: null };
  const passwordHash = await hashPassword(input.newPassword, config.bcryptCost);
  const updated = await transact(ctx, async (tx, viewer) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    await revokeUserSessions(tx, user.id, 'PASSWORD_CHANGE', viewer?.sessionId);
    await enqueueEmail(
      ctx,
      tx,
      'account.password-changed',
      accountEmails.passwordChanged(user.email, user.name),
    );
    return row ?? null;
  });
  outbox.wake();
  return { errors: [], user: updated };
}

/** Always succeeds for the caller, whether the account exists or not (no account enumeration). */
export async function requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<void> {
  const { config, db, outbox } = ctx.app;
  const email = normalizeEmail(rawEmail);
  await enforceRateLimit(ctx, 'reset', email, config.rateLimit.resetPerEmail, config.rateLimit.resetPerIp);
  const [user] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email}`, isNull(users.disabledAt)))
    .limit(1);
  if (!user) return;
  const { token, hash } = newOpaqueToken();
  await inTransaction(db, async (tx) => {
    await tx.insert(oneTimeTokens).values({
      userId: user.id,
      purpose: 'PASSWORD_RESET',
      tokenHash: hash,
      email: user.email,
      expiresAt: new Date(Date.now() + config.passwordResetTtl * 1000),
    });
    const ttlMinutes = Math.round(config.passwordResetTtl / 60);
    await enqueueEmail(
      ctx,
      tx,
      'account.password-reset',
      accountEmails.passwordReset(config.storefrontUrl, user.email, user.name, token, ttlMinutes),
    );
  });
  outbox.wake();
}

/** Sets a new password from a reset link: the link works once, and every login is ended. */
export async function resetPassword(
  ctx: RequestContext,
  input: { token: string; newPassword: string },
): Promise<UserResult> {
  const { config, db } = ctx.app;
  const [pending] = await db
    .select({ email: users.email })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .where(
      and(eq(oneTimeTokens.tokenHash, hashToken(input.token)), eq(oneTimeTokens.purpose, 'PASSWORD_RESET')),
    )
    .limit(1);
  // Validate before claiming, so a weak password does not burn the link.
  const errors = validatePassword(input.newPassword, pending?.email ?? null, ['input', 'newPassword']);
  if (pending && errors.length > 0) return { errors, user: null };
  const passwordHash = await hashPassword(input.newPassword, config.bcryptCost);
  return inTransaction(db, async (tx) => {
    const claim = await claimOneTimeToken(tx, input.token, 'PASSWORD_RESET');
    if (!claim.ok) return claim.result;
    const now = new Date();
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        // Bound through the column's encoder: postgres.js cannot send a bare Date in raw SQL.
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${sql.param(now, users.emailVerifiedAt)})`,
        updatedAt: now,
      })
      .where(eq(users.id, claim.row.userId))
      .returning();
    // Any other reset link still out there dies with this one.
    await tx
      .update(oneTimeTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(oneTimeTokens.userId, claim.row.userId),
          eq(oneTimeTokens.purpose, 'PASSWORD_RESET'),
          isNull(oneTimeTokens.usedAt),
        ),
      );
    await revokeUserSessions(tx, claim.row.userId, 'PASSWORD_RESET');
    return { errors: [], user: user ?? null };
  });
}
