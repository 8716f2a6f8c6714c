import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './account.tables.js';

/** An account at an OpenID Connect provider that signs in as one of our users. */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The configured provider name (OIDC_PROVIDERS). */
    provider: text('provider').notNull(),
    /** The ID token's `sub`: stable per provider, unlike the email. */
    subject: text('subject').notNull(),
    /** The provider's email of the account as of the last sign-in, and whether the provider verified it. */
    email: text('email'),
    emailVerified: boolean('email_verified').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('user_identities_provider_subject_key').on(t.provider, t.subject),
    index('user_identities_user_id_idx').on(t.userId),
  ],
);

/**
 * A started OpenID Connect authorization, waiting for the browser to come back with a code. Keyed by
 * the SHA-256 of its state (the state itself stays with the browser); the nonce and PKCE verifier are
 * sealed with a key derived from the state, so the table alone completes nothing. Claimed (deleted)
 * exactly once; any instance can complete what another started.
 */
export const oidcAuthorizations = pgTable(
  'oidc_authorizations',
  {
    stateHash: text('state_hash').primaryKey(),
    provider: text('provider').notNull(),
    /** SIGN_IN (accountOidcStart) or LINK (accountIdentityLinkStart). */
    purpose: text('purpose').notNull(),
    /** The signed-in user a LINK belongs to; null for SIGN_IN. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    redirectUri: text('redirect_uri').notNull(),
    /** AES-256-GCM of `{ verifier, nonce }`, base64url (iv, tag, ciphertext). */
    sealed: text('sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('oidc_authorizations_expires_at_idx').on(t.expiresAt)],
);

export type UserIdentityRow = typeof userIdentities.$inferSelect;
export type OidcAuthorizationRow = typeof oidcAuthorizations.$inferSelect;
