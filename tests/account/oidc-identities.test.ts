import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { graphql } from '../generated/gql.js';
import { registerAndLogin, type SignedIn, uniqueEmail } from '../support/accounts.js';
import type { TestApp } from '../support/harness.js';
import { searchWholeDatabase } from './database-search.js';
import { ACCOUNT_DELETE } from './deletion-support.js';
import { bearer, usersWithEmail } from './fixtures.js';
import {
  callbackFor,
  issuerAccount,
  LINK_COMPLETE,
  ME_IDENTITIES,
  OIDC_COMPLETE,
  signInWithProvider,
  startOidcApp,
  UNLINK,
} from './oidc-fixtures.js';
import type { TestIssuer } from './oidc-issuers.js';

/** Provider accounts and existing users: automatic linking, explicit linking, unlinking, who sees them. */

let t: TestApp;
let admin: SignedIn;
let issuer: TestIssuer;

beforeAll(async () => {
  ({ t, admin, issuer } = await startOidcApp());
});
afterAll(async () => {
  await t?.close();
  await issuer?.close();
});

const USER_IDENTITIES = graphql(`query UserIdentities($id: ID!) {
  user(id: $id) { id identities { provider subject email } }
}`);

async function markVerified(email: string): Promise<void> {
  const [row] = await usersWithEmail(t, email);
  await t.database.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, row!.id));
}

describe('an existing account with the same email', () => {
  it('asks to sign in and link when the account has not verified its email', async () => {
    const customer = await registerAndLogin(t);
    const payload = await signInWithProvider(issuer, t.client(), issuerAccount(issuer, customer.email, true));
    expect(payload.errors).toEqual([
      expect.objectContaining({ code: 'IDENTITY_LINK_REQUIRED', field: null }),
    ]);
    expect(payload.errors[0]!.message).toMatch(/sign in .*link/i);
    expect(payload.accessToken).toBeNull();
    expect(payload.user).toBeNull();
    expect((await customer.client.ok(ME_IDENTITIES)).me!.identities).toEqual([]);
  });

  it('asks to sign in and link when the provider has not verified the email', async () => {
    const customer = await registerAndLogin(t);
    await markVerified(customer.email);
    const payload = await signInWithProvider(
      issuer,
      t.client(),
      issuerAccount(issuer, customer.email, false),
    );
    expect(payload.errors).toEqual([expect.objectContaining({ code: 'IDENTITY_LINK_REQUIRED' })]);
    expect(payload.accessToken).toBeNull();
    expect(await usersWithEmail(t, customer.email)).toHaveLength(1);
  });

  it('links automatically when both the provider and the account verified the email', async () => {
    const customer = await registerAndLogin(t);
    await markVerified(customer.email);
    const subject = issuerAccount(issuer, customer.email.toUpperCase(), true);
    const payload = await signInWithProvider(issuer, t.client(), subject);
    expect(payload.errors).toEqual([]);
    expect(payload.user!.id).toBe(customer.id);
    const identities = (await customer.client.ok(ME_IDENTITIES)).me!.identities;
    expect(identities).toEqual([
      { provider: 'test', subject, email: customer.email, emailVerified: true, linkedAt: expect.any(String) },
    ]);
  });
});

describe('accountIdentityLinkStart / accountIdentityLinkComplete', () => {
  it('links a provider account to the signed-in user, who then signs in with it', async () => {
    const customer = await registerAndLogin(t);
    // Another address at the provider, unverified there: linking while signed in needs neither.
    const subject = issuerAccount(issuer, uniqueEmail('elsewhere'), false);
    const input = await callbackFor(issuer, customer.client, subject, { link: true });
    const linked = (await customer.client.ok(LINK_COMPLETE, { input })).accountIdentityLinkComplete;
    expect(linked.errors).toEqual([]);
    expect(linked.identity).toEqual(
      expect.objectContaining({ provider: 'test', subject, emailVerified: false }),
    );

    const payload = await signInWithProvider(issuer, t.client(), subject);
    expect(payload.errors).toEqual([]);
    expect(payload.user!.id).toBe(customer.id);
  });

  it('refuses a provider account that signs in to another user', async () => {
    const owner = await registerAndLogin(t);
    const subject = issuerAccount(issuer, uniqueEmail('taken'));
    const first = await callbackFor(issuer, owner.client, subject, { link: true });
    expect(
      (await owner.client.ok(LINK_COMPLETE, { input: first })).accountIdentityLinkComplete.errors,
    ).toEqual([]);

    const other = await registerAndLogin(t);
    const input = await callbackFor(issuer, other.client, subject, { link: true });
    const refused = (await other.client.ok(LINK_COMPLETE, { input })).accountIdentityLinkComplete;
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'IDENTITY_IN_USE' })]);
    expect((await other.client.ok(ME_IDENTITIES)).me!.identities).toEqual([]);
  });

  it('refuses a link started by another user, and a sign-in state used to link', async () => {
    const starter = await registerAndLogin(t);
    const subject = issuerAccount(issuer, uniqueEmail('hijack'));
    const input = await callbackFor(issuer, starter.client, subject, { link: true });
    const thief = await registerAndLogin(t);
    const stolen = (await thief.client.ok(LINK_COMPLETE, { input })).accountIdentityLinkComplete;
    expect(stolen.errors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
    expect((await thief.client.ok(ME_IDENTITIES)).me!.identities).toEqual([]);

    const signInState = await callbackFor(issuer, t.client(), subject);
    const crossed = (await starter.client.ok(LINK_COMPLETE, { input: signInState }))
      .accountIdentityLinkComplete;
    expect(crossed.errors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
    // And a link's state cannot sign in.
    const linkState = await callbackFor(issuer, starter.client, subject, { link: true });
    const signIn = (await t.client().ok(OIDC_COMPLETE, { input: linkState })).accountOidcComplete;
    expect(signIn.errors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
  });

  it('needs a signed-in user', async () => {
    const response = await t.client().request(LINK_COMPLETE, { input: { code: 'x', state: 'y' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('accountIdentityUnlink and identities', () => {
  it('unlinks one of two providers of a user without a password, but never the last', async () => {
    const subject = issuerAccount(issuer, uniqueEmail('two'));
    const signedIn = await signInWithProvider(issuer, t.client(), subject);
    const client = bearer(t, signedIn.accessToken!);
    const second = issuerAccount(issuer, uniqueEmail('second'));
    const input = await callbackFor(issuer, client, second, { link: true });
    expect((await client.ok(LINK_COMPLETE, { input })).accountIdentityLinkComplete.errors).toEqual([]);

    const unlinked = (await client.ok(UNLINK, { input: { provider: 'test', subject } }))
      .accountIdentityUnlink;
    expect(unlinked.errors).toEqual([]);
    const last = (await client.ok(UNLINK, { input: { provider: 'test', subject: second } }))
      .accountIdentityUnlink;
    expect(last.errors).toEqual([expect.objectContaining({ code: 'LAST_SIGN_IN_METHOD' })]);
    const unknown = (await client.ok(UNLINK, { input: { provider: 'test', subject } })).accountIdentityUnlink;
    expect(unknown.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await client.ok(ME_IDENTITIES)).me!.identities.map((i) => i.subject)).toEqual([second]);
  });

  it("shows a user's identities to an administrator and to nobody else", async () => {
    const subject = issuerAccount(issuer, uniqueEmail('shown'));
    const signedIn = await signInWithProvider(issuer, t.client(), subject);
    const seen = await admin.client.ok(USER_IDENTITIES, { id: signedIn.user!.id });
    expect(seen.user!.identities).toEqual([expect.objectContaining({ provider: 'test', subject })]);
    const stranger = await registerAndLogin(t);
    const refused = await stranger.client.request(USER_IDENTITIES, { id: signedIn.user!.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('deleting an account signed up through a provider', () => {
  it('erases its identities: nothing of the provider account remains, and it may sign up afresh', async () => {
    const email = uniqueEmail();
    const subject = issuerAccount(issuer, email, true, 'Zebulon Providerson');
    const client = t.client();
    const first = await signInWithProvider(issuer, client, subject);
    expect(first.errors).toEqual([]);
    const signedIn = bearer(t, first.accessToken!);
    // No password: a sign-in this recent is enough.
    const deleted = (await signedIn.ok(ACCOUNT_DELETE, { input: {} })).accountDelete;
    expect(deleted.errors).toEqual([]);
    expect(await searchWholeDatabase(t, [email, subject, 'Zebulon'])).toEqual([]);
    const again = await signInWithProvider(issuer, t.client(), subject);
    expect(again.errors).toEqual([]);
    expect(again.user!.id).not.toBe(first.user!.id);
  });
});
