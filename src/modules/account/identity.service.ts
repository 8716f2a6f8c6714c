import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { inTransaction, rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, unauthenticated, userError } from '../../graphql/errors.js';
import { type UserRow, users } from './account.tables.js';
import { type AuthResult, startSession, unverifiedRefusal } from './auth.service.js';
import type { ProviderAccount } from './identity.rules.js';
import { type UserIdentityRow, userIdentities } from './identity.tables.js';
import { completeAuthorization } from './oidc-flow.js';

/** Signing in with a provider's account, and the identities (linked provider accounts) of a user. */

const failure = (field: string[] | null, code: ErrorCode, message: string): AuthResult => ({
  errors: [userError(field, code, message)],
  user: null,
  tokens: null,
});

const disabled = () => failure(null, ErrorCode.ACCOUNT_DISABLED, 'This account has been disabled.');

/** The callback's parameters, as the storefront's redirect page received them. */
export interface OidcCallback {
  code: string;
  state: string;
  iss?: string | null;
}

/**
 * Completes accountOidcStart. The provider account signs in as the user it is linked to; else it is
 * linked automatically to the account with its email only when both sides verified that email;
 * else a new customer is created (email verified only when the provider says so).
 */
export async function signInWithProvider(ctx: RequestContext, input: OidcCallback): Promise<AuthResult> {
  const exchanged = await completeAuthorization(ctx, input, 'SIGN_IN');
  if (!exchanged.account) return { errors: exchanged.errors, user: null, tokens: null };
  const account = exchanged.account;
  return inTransaction(ctx.app.db, async (tx) => {
    const [linked] = await tx
      .select({ user: users, identityId: userIdentities.id })
      .from(userIdentities)
      .innerJoin(users, eq(users.id, userIdentities.userId))
      .where(and(eq(userIdentities.provider, account.provider), eq(userIdentities.subject, account.subject)))
      .limit(1);
    let user: UserRow;
    if (linked) {
      if (linked.user.disabledAt) return disabled();
      await tx
        .update(userIdentities)
        .set({ email: account.email, emailVerified: account.emailVerified })
        .where(eq(userIdentities.id, linked.identityId));
      user = linked.user;
    } else {
      if (account.email === null) {
        return failure(
          null,
          ErrorCode.OIDC_REJECTED,
          'The sign-in provider shared no email address. Allow access to your email and try again.',
        );
      }
      const [existing] = await tx
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${account.email}`)
        .limit(1);
      if (existing) {
        if (existing.disabledAt) return disabled();
        if (!account.emailVerified || existing.emailVerifiedAt === null) {
          return failure(
            null,
            ErrorCode.IDENTITY_LINK_REQUIRED,
            'An account with this email already exists. Sign in to it with your password, then link ' +
              'this provider from your account.',
          );
        }
        user = existing;
      } else {
        user = await createCustomer(tx, account, account.email);
      }
      await insertIdentity(tx, user.id, account);
    }
    // The account and its identity stay: verifying the address (a link by email) lets it in.
    const unverified = unverifiedRefusal(ctx.app.config, user);
    if (unverified) return unverified;
    const tokens = await startSession(ctx, tx, user.id);
    return { errors: [], user, tokens };
  });
}

async function createCustomer(tx: Tx, account: ProviderAccount, email: string): Promise<UserRow> {
  const [row] = await tx
    .insert(users)
    .values({
      email,
      name: account.name,
      // No password: the account signs in through its provider until a reset link sets one.
      passwordHash: null,
      role: 'CUSTOMER',
      emailVerifiedAt: account.emailVerified ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('user insert returned no row');
  return row;
}

async function insertIdentity(tx: Tx, userId: string, account: ProviderAccount): Promise<UserIdentityRow> {
  const [row] = await tx
    .insert(userIdentities)
    .values({
      userId,
      provider: account.provider,
      subject: account.subject,
      email: account.email,
      emailVerified: account.emailVerified,
    })
    .returning();
  if (!row) throw new Error('identity insert returned no row');
  return row;
}

export interface IdentityResult {
  errors: UserError[];
  identity: UserIdentityRow | null;
}

/** Completes accountIdentityLinkStart: links the provider account to the signed-in user who started it. */
export async function linkProvider(ctx: RequestContext, input: OidcCallback): Promise<IdentityResult> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  const exchanged = await completeAuthorization(ctx, input, 'LINK');
  if (!exchanged.account) return { errors: exchanged.errors, identity: null };
  if (exchanged.authorization.userId !== viewer.id) {
    return {
      errors: [
        userError(['input', 'state'], ErrorCode.INVALID_TOKEN, 'This link was started by another user.'),
      ],
      identity: null,
    };
  }
  const account = exchanged.account;
  return inTransaction(ctx.app.db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(userIdentities)
      .where(and(eq(userIdentities.provider, account.provider), eq(userIdentities.subject, account.subject)))
      .limit(1);
    if (existing && existing.userId !== viewer.id) {
      return {
        errors: [
          userError(
            null,
            ErrorCode.IDENTITY_IN_USE,
            'This provider account already signs in to another account of this store.',
          ),
        ],
        identity: null,
      };
    }
    if (existing) return { errors: [], identity: existing };
    return { errors: [], identity: await insertIdentity(tx, viewer.id, account) };
  });
}

/**
 * Removes a linked provider account from the signed-in user, unless it is their only way to sign
 * in (no password, no other identity). The user row is locked so two unlinks cannot both pass.
 */
export async function unlinkProvider(
  ctx: RequestContext,
  input: { provider: string; subject: string },
): Promise<IdentityResult> {
  return transact(ctx, async (tx, viewer) => {
    if (!viewer) throw unauthenticated();
    const [user] = await tx.select().from(users).where(eq(users.id, viewer.id)).for('update');
    if (!user) throw unauthenticated();
    const identities = await tx.select().from(userIdentities).where(eq(userIdentities.userId, user.id));
    const target = identities.find(
      (identity) => identity.provider === input.provider && identity.subject === input.subject,
    );
    if (!target) {
      return rollback({
        errors: [userError(['input'], ErrorCode.NOT_FOUND, 'No such provider account is linked to you.')],
        identity: null,
      });
    }
    if (user.passwordHash === null && identities.length === 1) {
      return rollback({
        errors: [
          userError(
            ['input'],
            ErrorCode.LAST_SIGN_IN_METHOD,
            'This is your only way to sign in. Set a password (reset link) or link another provider first.',
          ),
        ],
        identity: null,
      });
    }
    await tx.delete(userIdentities).where(eq(userIdentities.id, target.id));
    return { errors: [], identity: target };
  });
}
