import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLE_VALUES } from '../../graphql/roles.js';

export const roleEnum = pgEnum('role', ROLE_VALUES);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored trimmed and lower-cased; unique through the index below. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** Null for an account created through OpenID Connect that never set a password. */
    passwordHash: text('password_hash'),
    role: roleEnum('role').notNull().default('CUSTOMER'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true, precision: 3 }),
    /** A requested new address, applied when its verification link is followed. */
    pendingEmail: text('pending_email'),
    disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
    phone: text('phone'),
    cancellationCount: integer('cancellation_count').notNull().default(0),
    /** The last successful password sign-in (accountLogin), set in the transaction that opens its session; token refreshes leave it. */
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, precision: 3 }),
    /**
     * When the account was deleted (accountDelete, userDelete): the row stays as a tombstone that the
     * orders, payments and returns kept by law point to, with every personal field erased.
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_created_at_id_idx').on(t.createdAt, t.id),
    index('users_role_idx').on(t.role),
  ],
);

/** One row per login (a refresh token family); revoking it ends that login everywhere at once. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    /** Why it was revoked: LOGOUT, LOGOUT_ALL, PASSWORD_CHANGE, PASSWORD_RESET, TOKEN_REUSE, DISABLED. */
    revokedReason: text('revoked_reason'),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [
    index('sessions_user_id_idx').on(t.userId),
    // Housekeeping finds ended logins by these (account.purges.ts).
    index('sessions_expires_at_idx').on(t.expiresAt),
    index('sessions_revoked_at_idx').on(t.revokedAt).where(sql`${t.revokedAt} IS NOT NULL`),
  ],
);

/** Refresh tokens are random values stored only as SHA-256 hashes; each is used once. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Set when the token was exchanged for a new one; presenting it again revokes the session. */
    rotatedAt: timestamp('rotated_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('refresh_tokens_token_hash_key').on(t.tokenHash),
    index('refresh_tokens_session_id_idx').on(t.sessionId),
  ],
);

export const oneTimeTokenPurposeEnum = pgEnum('one_time_token_purpose', [
  'EMAIL_VERIFICATION',
  'PASSWORD_RESET',
]);

/** Email verification and password reset tokens: hashed, expiring, single use. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: oneTimeTokenPurposeEnum('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The address being verified (the current or the pending email). */
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('one_time_tokens_token_hash_key').on(t.tokenHash),
    index('one_time_tokens_user_id_idx').on(t.userId),
    // Housekeeping finds expired and used tokens by these (account.purges.ts).
    index('one_time_tokens_expires_at_idx').on(t.expiresAt),
    index('one_time_tokens_used_at_idx').on(t.usedAt).where(sql`${t.usedAt} IS NOT NULL`),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
