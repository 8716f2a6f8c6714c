import { createHash } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { oneTimeTokens, refreshTokens, sessions, users } from '../../src/modules/account/account.tables.js';
import { graphql } from '../generated/gql.js';
import type { RefreshMutation } from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import type { GqlClient, GqlResponse, OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/**
 * Shared operations and helpers of the account suites. Not a test file (vitest runs only
 * `*.test.ts`).
 */

/** Limits high enough that suites not about rate limiting never trip them. */
export const RELAXED_LIMITS = {
  RATE_LIMIT_LOGIN_PER_EMAIL: '100000',
  RATE_LIMIT_LOGIN_PER_IP: '100000',
  RATE_LIMIT_RESET_PER_EMAIL: '100000',
  RATE_LIMIT_RESET_PER_IP: '100000',
};

/**
 * The app an account test file starts, with RELAXED_LIMITS, and its administrator:
 * `({ t, admin } = await startAccountApp())` in the file's beforeAll.
 */
export async function startAccountApp(
  env: Record<string, string> = RELAXED_LIMITS,
): Promise<{ t: TestApp; admin: SignedIn }> {
  const t = await startTestApp(env);
  return { t, admin: await adminClient(t) };
}

/** The refresh token cookie's name. */
export const COOKIE = 'storefront_refresh';

/** The Set-Cookie line of a response that sets (or clears) the refresh token cookie. */
export function refreshCookieLine(response: Response): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith(`${COOKIE}=`));
}

export const ME = graphql(`query Me { me { id email name phone role emailVerified pendingEmail } }`);

export const REFRESH = graphql(`mutation Refresh($input: AccountTokenRefreshInput) {
  accountTokenRefresh(input: $input) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    user { id email }
    errors { field code message }
  }
}`);

export const LOGOUT = graphql(
  `mutation Logout($input: AccountLogoutInput) { accountLogout(input: $input) { errors { field code message } } }`,
);

export const LOGOUT_ALL = graphql(
  `mutation LogoutAll { accountLogoutAll { revokedSessions errors { field code message } } }`,
);

export const VERIFY_EMAIL = graphql(`mutation Verify($input: AccountEmailVerifyInput!) {
  accountEmailVerify(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }
}`);

export const REQUEST_VERIFICATION = graphql(`mutation RequestVerification {
  accountEmailVerificationRequest { errors { field code message } }
}`);

export const UPDATE_PROFILE = graphql(`mutation Update($input: AccountUpdateInput!) {
  accountUpdate(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }
}`);

export const CHANGE_EMAIL = graphql(`mutation ChangeEmail($input: AccountEmailChangeInput!) {
  accountEmailChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }
}`);

export const CHANGE_PASSWORD = graphql(`mutation ChangePassword($input: AccountPasswordChangeInput!) {
  accountPasswordChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }
}`);

export const RESET_REQUEST = graphql(`mutation ResetRequest($input: AccountPasswordResetRequestInput!) {
  accountPasswordResetRequest(input: $input) { errors { field code message } }
}`);

export const RESET = graphql(`mutation Reset($input: AccountPasswordResetInput!) {
  accountPasswordReset(input: $input) { errors { field code message } }
}`);

export const USER_UPDATE = graphql(`mutation UserUpdate($input: UserUpdateInput!) {
  userUpdate(input: $input) { user { id role disabled } errors { field code message } }
}`);

/** A client of `t` carrying `accessToken` and no cookies. */
export function bearer(t: TestApp, accessToken: string): GqlClient {
  const client = t.client();
  client.token = accessToken;
  return client;
}

/** `me` as seen with a bare access token (no cookies). */
export function meWith(t: TestApp, accessToken: string): Promise<GqlResponse> {
  return bearer(t, accessToken).request(ME);
}

/** The one top-level error of a response, which must have no usable data for its field. */
export function topLevelError(response: GqlResponse): { message: string; extensions?: Record<string, any> } {
  expect(response.errors, 'expected a top-level error').toBeDefined();
  expect(response.errors).toHaveLength(1);
  return response.errors![0]!;
}

export function expectUnauthenticated(response: GqlResponse): void {
  expect(topLevelError(response).extensions?.code).toBe('UNAUTHENTICATED');
}

/** Runs `me` with the token and asserts the login behind it was ended. */
export async function expectLoginEnded(t: TestApp, accessToken: string): Promise<void> {
  const response = await meWith(t, accessToken);
  expectUnauthenticated(response);
  expect(response.data?.me ?? null).toBeNull();
}

/** Runs `me` with the token and asserts it still identifies `userId`. */
export async function expectLoginActive(t: TestApp, accessToken: string, userId: string): Promise<void> {
  const response = await meWith(t, accessToken);
  expect(response.errors).toBeUndefined();
  expect(response.data?.me?.id).toBe(userId);
}

/** Exchanges a refresh token through the API (no cookies) and returns the payload. */
export async function refreshWith(
  t: TestApp,
  refreshToken: string,
): Promise<RefreshMutation['accountTokenRefresh']> {
  const data = await t.client().ok(REFRESH, { input: { refreshToken } });
  return data.accountTokenRefresh;
}

/** What the database keeps of a token: its SHA-256 hash. */
export function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Mail {
  subject: string;
  text: string;
  html: string;
  status: string;
  template: string;
  to: string;
}

const MAILBOX = graphql(`query AccountMailbox($to: String) {
  devMailbox(filter: { to: $to }, first: 100) { totalCount nodes { subject text html status template to } }
}`);

/** Every email written to `to` (any status), newest first, via the admin dev mailbox. */
export async function mailsTo(admin: GqlClient, to: string): Promise<Mail[]> {
  const data = await admin.ok(MAILBOX, { to });
  expect(data.devMailbox.totalCount).toBe(data.devMailbox.nodes.length);
  return data.devMailbox.nodes;
}

/** Waits until `n` delivered emails to `to` match `subject`; returns them newest first. */
export function waitForMails(
  admin: GqlClient,
  to: string,
  subject: RegExp,
  n: number,
  timeoutMs = 10_000,
): Promise<Mail[]> {
  return waitFor(
    `${n} mails to ${to} matching ${subject}`,
    async () => {
      const sent = (await mailsTo(admin, to)).filter((m) => subject.test(m.subject) && m.status === 'SENT');
      return sent.length >= n && sent;
    },
    { timeoutMs, intervalMs: 50 },
  );
}

/** Users whose email is `email` regardless of case. */
export async function usersWithEmail(t: TestApp, email: string) {
  return t.database.db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
}

export async function userCount(t: TestApp): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(users);
  return row!.n;
}

/** The one-time token row behind a raw token from an email. */
export async function oneTimeTokenRow(t: TestApp, token: string) {
  const rows = await t.database.db
    .select()
    .from(oneTimeTokens)
    .where(eq(oneTimeTokens.tokenHash, sha256(token)));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** Moves a one-time token's expiry into the past. */
export async function expireOneTimeToken(t: TestApp, token: string): Promise<void> {
  const rows = await t.database.db
    .update(oneTimeTokens)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(oneTimeTokens.tokenHash, sha256(token)))
    .returning({ id: oneTimeTokens.id });
  expect(rows).toHaveLength(1);
}

/** The login (session) a refresh token belongs to. */
export async function sessionOf(t: TestApp, refreshToken: string) {
  const [row] = await t.database.db
    .select({ session: sessions, token: refreshTokens })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, sha256(refreshToken)));
  expect(row, 'no session for this refresh token').toBeDefined();
  return row!;
}

export async function sessionsOfUser(t: TestApp, userId: string) {
  return t.database.db.select().from(sessions).where(eq(sessions.userId, userId));
}

/** Parses a Set-Cookie header line into its name, value and attributes (lower-cased names). */
export function parseSetCookie(line: string): {
  name: string;
  value: string;
  attributes: Map<string, string>;
} {
  const [pair, ...rest] = line.split(';').map((part) => part.trim());
  const eqAt = pair!.indexOf('=');
  const attributes = new Map<string, string>();
  for (const attribute of rest) {
    const at = attribute.indexOf('=');
    if (at === -1) attributes.set(attribute.toLowerCase(), '');
    else attributes.set(attribute.slice(0, at).toLowerCase(), attribute.slice(at + 1));
  }
  return { name: pair!.slice(0, eqAt), value: pair!.slice(eqAt + 1), attributes };
}

/** POSTs one GraphQL operation with plain fetch, for checks on raw headers. */
export function rawPost(
  t: TestApp,
  query: OperationText,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(t.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
}
