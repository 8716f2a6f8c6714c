import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';
import { RELAXED_LIMITS, userCount, usersWithEmail } from './fixtures.js';
import { OIDC_COMPLETE, OIDC_START, providerEnv } from './oidc-fixtures.js';
import { CLIENT_SECRET, type FakeIssuer, REDIRECT_URI, type Spoil, startFakeIssuer } from './oidc-issuers.js';

/**
 * The ID token checks of accountOidcComplete, each shown by an issuer that gets exactly that one
 * thing wrong (its own small provider: the real one never would). The same issuer, unspoilt, signs
 * in: every refusal below is the check's doing.
 */

let t: TestApp;
let fake: FakeIssuer;
const logs = captureLogs();
const email = uniqueEmail('idtoken');

beforeAll(async () => {
  fake = await startFakeIssuer({ sub: 'fake-subject-1', email, email_verified: true, name: 'Fake Person' });
  t = await startTestApp(
    {
      ...RELAXED_LIMITS,
      OIDC_PROVIDERS: 'fake',
      OIDC_REDIRECT_URIS: REDIRECT_URI,
      ...providerEnv('fake', fake.issuer),
    },
    { logger: logs.logger },
  );
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

/** Starts a sign-in, lets the fake issuer answer (with `spoil`) and completes it. */
async function signIn(spoil: Spoil) {
  fake.spoil(spoil);
  const client = t.client();
  const start = (await client.ok(OIDC_START, { input: { provider: 'fake', redirectUri: REDIRECT_URI } }))
    .accountOidcStart;
  expect(start.errors).toEqual([]);
  const redirect = await fetch(start.authorizationUrl!, { redirect: 'manual' });
  const params = new URL(redirect.headers.get('location')!).searchParams;
  const input = { code: params.get('code')!, state: params.get('state')! };
  return (await client.ok(OIDC_COMPLETE, { input })).accountOidcComplete;
}

describe('ID token checks', () => {
  it.each([
    ['nonce', 'the nonce of another sign-in', /"nonce" claim/],
    ['expired', 'an expiry an hour ago', /"exp" \(expiration time\)/],
    ['audience', 'another client as audience', /"aud" \(audience\)/],
    ['signature', 'a signature by a key the issuer does not publish', /signature/i],
  ] as const)('refuses an ID token (%s) with %s', async (spoil, _what, reason) => {
    const users = await userCount(t);
    const logged = logs.lines.length;
    const payload = await signIn(spoil);
    expect(payload.errors).toEqual([
      expect.objectContaining({ code: 'OIDC_REJECTED', field: ['input', 'code'] }),
    ]);
    expect(payload.accessToken).toBeNull();
    expect(payload.refreshToken).toBeNull();
    expect(payload.user).toBeNull();
    expect(await userCount(t)).toBe(users);
    // Refused for the reason spoilt, as the operators' log says (and never with the client secret).
    const refusals = logs.lines.slice(logged).filter((line) => line.msg === 'OpenID Connect sign-in refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.err).toMatch(reason);
    expect(logs.raw.join('\n')).not.toContain(CLIENT_SECRET);
  });

  it('signs in with the same issuer when nothing is spoilt', async () => {
    const payload = await signIn('none');
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual(
      expect.objectContaining({ email, emailVerified: true, name: 'Fake Person' }),
    );
    expect(await usersWithEmail(t, email)).toHaveLength(1);
  });
});
