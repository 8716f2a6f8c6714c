import { randomBytes } from 'node:crypto';
import { createAdmin } from '../../src/modules/account/users.service.js';
import { graphql } from '../generated/gql.js';
import type { GqlClient } from './gql-client.js';
import type { TestApp } from './harness.js';
import { waitFor } from './wait-for.js';

export const PASSWORD = 'correct horse 1';

export const REGISTER = graphql(`mutation Register($input: AccountRegisterInput!) {
  accountRegister(input: $input) {
    user { id email name role emailVerified pendingEmail }
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    errors { field code message }
  }
}`);

export const LOGIN = graphql(`mutation Login($input: AccountLoginInput!) {
  accountLogin(input: $input) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    user { id email role }
    errors { field code message }
  }
}`);

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.com`;
}

export interface SignedIn {
  client: GqlClient;
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

/**
 * Registers a customer through the API, which signs them in (one login), and gives the client the
 * access token. Not for an app with REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN (registering answers no tokens).
 */
export async function registerAndLogin(
  t: TestApp,
  email = uniqueEmail(),
  password = PASSWORD,
): Promise<SignedIn> {
  const client = t.client();
  const reg = await client.ok(REGISTER, { input: { email, name: 'Test Customer', password } });
  const payload = reg.accountRegister;
  if (payload.errors.length) throw new Error(JSON.stringify(payload.errors));
  if (!payload.user || !payload.accessToken || !payload.refreshToken) {
    throw new Error(`accountRegister signed nobody in: ${JSON.stringify(payload)}`);
  }
  client.token = payload.accessToken;
  return {
    client,
    id: payload.user.id,
    email,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
  };
}

export async function login(client: GqlClient, email: string, password = PASSWORD): Promise<SignedIn> {
  const data = await client.ok(LOGIN, { input: { email, password } });
  const payload = data.accountLogin;
  if (payload.errors.length) throw new Error(JSON.stringify(payload.errors));
  client.token = payload.accessToken;
  return {
    client,
    id: payload.user!.id,
    email,
    accessToken: payload.accessToken!,
    refreshToken: payload.refreshToken!,
  };
}

/** Creates an administrator directly (as `npm run admin:create` does) and signs a client in. */
export async function adminClient(t: TestApp, email = uniqueEmail('admin')): Promise<SignedIn> {
  const outcome = await createAdmin(t.database.db, t.config.bcryptCost, { email, password: PASSWORD });
  if (!outcome.created) throw new Error(outcome.reason);
  return login(t.client(), email);
}

const DEV_MAILBOX = graphql(`query DevMailboxTo($to: String) {
  devMailbox(filter: { to: $to }, first: 20) { nodes { subject text html status } }
}`);

/** Waits for the outbox worker to deliver an email to `to` matching `subject`, via the dev mailbox. */
export function waitForMail(
  admin: GqlClient,
  to: string,
  subject: RegExp,
  timeoutMs = 10_000,
): Promise<{ subject: string; text: string; html: string; status: string }> {
  return waitFor(
    `a mail to ${to} matching ${subject}`,
    async () => {
      const data = await admin.ok(DEV_MAILBOX, { to });
      return data.devMailbox.nodes.find((m) => subject.test(m.subject) && m.status === 'SENT');
    },
    { timeoutMs, intervalMs: 50 },
  );
}

/** The token in the first link of an email body. */
export function tokenFromMail(text: string): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token in: ${text}`);
  return match[1];
}
