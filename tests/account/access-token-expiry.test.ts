import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAndLogin } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectLoginActive, expectLoginEnded } from './fixtures.js';

/**
 * The server remembers the access tokens it found valid (src/modules/account/tokens.ts), so that a
 * shopper's requests do not each check the same signature again: a remembered token still stops
 * working the second it expires. ACCESS_TOKEN_TTL is 6 seconds here.
 */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ ACCESS_TOKEN_TTL: '6' });
});

afterAll(async () => {
  await t?.close();
});

/** The token's `exp` claim (epoch seconds). */
const expiryOf = (token: string): number =>
  (JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as { exp: number })
    .exp;

describe('access token expiry', () => {
  it('refuses a token that was accepted (and remembered) once it expires', async () => {
    const user = await registerAndLogin(t);
    const exp = expiryOf(user.accessToken);
    // Used twice before it expires: the second time from what the server remembered.
    await expectLoginActive(t, user.accessToken, user.id);
    await expectLoginActive(t, user.accessToken, user.id);
    expect(Date.now()).toBeLessThan(exp * 1000);
    // jose's rule: expired from the second `exp` on.
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    await expectLoginEnded(t, user.accessToken);
  });
});
