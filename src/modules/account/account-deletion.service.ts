import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { eraseEmailsTo } from '../notification/recipient-erasure.js';
import { normalizeEmail } from './account.rules.js';
import { oneTimeTokens, sessions, type UserRow, users } from './account.tables.js';
import { accountDeleting } from './account-hooks.js';
import { oidcAuthorizations, userIdentities } from './identity.tables.js';
import { verifyPassword } from './password-hashing.js';

/**
 * Deleting an account (README "Deleting an account"). The users row stays as a tombstone, because
 * the orders, payments and returns the law requires us to keep point to it; every personal field on it
 * is erased, its email is freed for a new registration, its logins and one-time links are deleted, and
 * each domain erases its own rows through the `accountDeleting` hook, all in one transaction.
 */

export interface DeletionResult {
  errors: UserError[];
  deletedId: string | null;
}

const refused = (field: string[] | null, code: ErrorCode, message: string): DeletionResult => ({
  errors: [userError(field, code, message)],
  deletedId: null,
});

/** The address a deleted account keeps: unique per account, in the reserved `.invalid` domain. */
export function tombstoneEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

/** The name a deleted account shows to administrators. */
export const TOMBSTONE_NAME = 'Deleted user';

/**
 * accountDelete: the caller's own account, confirmed by their current password; an account without a
 * password needs a login opened within ACCOUNT_DELETION_RECENT_SIGN_IN instead.
 */
export async function deleteOwnAccount(
  ctx: RequestContext,
  input: { password?: string | null },
): Promise<DeletionResult> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  const user = await ctx.loaders.account.userById.load(viewer.id);
  if (!user) throw unauthenticated();
  const { config, db } = ctx.app;
  if (user.passwordHash) {
    const password = input.password ?? '';
    if (!(await verifyPassword(password, user.passwordHash, config.bcryptCost))) {
      return refused(['input', 'password'], ErrorCode.WRONG_PASSWORD, 'The password is incorrect.');
    }
  } else {
    const [session] = await db
      .select({ createdAt: sessions.createdAt })
      .from(sessions)
      .where(eq(sessions.id, viewer.sessionId));
    const signedInFor = session
      ? (Date.now() - session.createdAt.getTime()) / 1000
      : Number.POSITIVE_INFINITY;
    if (signedInFor > config.accountDeletionRecentSignIn) {
      return refused(
        null,
        ErrorCode.REAUTHENTICATION_REQUIRED,
        'Sign in again to confirm that it is you, then delete the account.',
      );
    }
  }
  if (protectedAdmin(ctx, user)) return protectedRefusal();
  return transact(ctx, (tx) => deleteInTransaction(tx, user.id));
}

/** userDelete: an administrator deletes someone else's account (their own goes through accountDelete). */
export async function deleteUser(ctx: RequestContext, id: string): Promise<DeletionResult> {
  const notFound = () => refused(['input', 'id'], ErrorCode.NOT_FOUND, 'No user with this id.');
  if (!isUuid(id)) return notFound();
  const viewer = await ctx.viewer();
  if (viewer?.id === id) {
    return refused(
      ['input', 'id'],
      ErrorCode.ACCOUNT_PROTECTED,
      'Delete your own account with accountDelete, which asks for your password.',
    );
  }
  const user = await ctx.loaders.account.userById.load(id);
  if (!user || user.deletedAt) return notFound();
  if (protectedAdmin(ctx, user)) return protectedRefusal();
  return transact(ctx, (tx) => deleteInTransaction(tx, id));
}

function protectedAdmin(ctx: RequestContext, user: UserRow): boolean {
  const { adminEmail } = ctx.app.config;
  return adminEmail !== undefined && normalizeEmail(adminEmail) === user.email;
}

function protectedRefusal(): DeletionResult {
  return refused(
    null,
    ErrorCode.ACCOUNT_PROTECTED,
    'This is the administrator configured by ADMIN_EMAIL: it would be created again at the next start. ' +
      'Change ADMIN_EMAIL first.',
  );
}

/**
 * Locks the active administrators (in id order, as userUpdate does, so two admins deleting each other
 * cannot leave none), then the user; erases the account or rolls back with the reason.
 */
async function deleteInTransaction(tx: Tx, userId: string) {
  const activeAdmins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for('update');
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user || user.deletedAt) {
    return rollback(refused(['input', 'id'], ErrorCode.NOT_FOUND, 'No user with this id.'));
  }
  const isActiveAdmin = activeAdmins.some((admin) => admin.id === user.id);
  if (isActiveAdmin && activeAdmins.length <= 1) {
    return rollback(
      refused(
        null,
        ErrorCode.LAST_ADMIN,
        'This is the last active administrator: promote another before deleting it.',
      ),
    );
  }
  await eraseAccount(tx, user);
  return { errors: [], deletedId: user.id };
}

/** Everything the deletion does to a locked, live user row, in the caller's transaction. */
async function eraseAccount(tx: Tx, user: UserRow): Promise<void> {
  const linkEmails = await tx
    .selectDistinct({ email: oneTimeTokens.email })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.userId, user.id), isNotNull(oneTimeTokens.email)));
  const identities = await tx
    .select({ email: userIdentities.email })
    .from(userIdentities)
    .where(eq(userIdentities.userId, user.id));
  const emails = [
    ...new Set(
      [
        user.email,
        user.pendingEmail,
        ...linkEmails.map((row) => row.email),
        ...identities.map((row) => row.email),
      ]
        .filter((email): email is string => email !== null)
        .map(normalizeEmail),
    ),
  ];
  // The other domains first: a handler may still read the user row as it was.
  await accountDeleting.run(tx, { userId: user.id, emails });
  await eraseEmailsTo(tx, emails);
  // Deleting the logins deletes their refresh tokens (foreign key cascade): nothing can be refreshed.
  await tx.delete(sessions).where(eq(sessions.userId, user.id));
  await tx.delete(oneTimeTokens).where(eq(oneTimeTokens.userId, user.id));
  // Provider accounts: their email and subject go, and the provider account may sign up afresh.
  await tx.delete(userIdentities).where(eq(userIdentities.userId, user.id));
  await tx.delete(oidcAuthorizations).where(eq(oidcAuthorizations.userId, user.id));
  const now = new Date();
  await tx
    .update(users)
    .set({
      email: tombstoneEmail(user.id),
      name: TOMBSTONE_NAME,
      phone: null,
      pendingEmail: null,
      passwordHash: null,
      emailVerifiedAt: null,
      lastLoginAt: null,
      disabledAt: now,
      deletedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, user.id));
}
