import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/account/account.tables.js';
import { graphql } from '../generated/gql.js';
import { LOGIN, PASSWORD, REGISTER, registerAndLogin, uniqueEmail } from '../support/accounts.js';
import type { OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { COOKIE, parseSetCookie, RELAXED_LIMITS, sessionsOfUser } from './fixtures.js';

/**
 * Cookie sessions (AUTH_COOKIE_MODE): the access token in an HttpOnly cookie beside the refresh
 * cookie, authenticating requests without a Bearer header; cross-site mutations sent with it are
 * refused; logout clears and refresh rotates both cookies; signed-in answers are never cached.
 * With the mode off, an access cookie means nothing.
 */

const ACCESS = 'storefront_access';

const ME = graphql(`query CookieMe { me { id email name } }`);
const RENAME = graphql(`mutation CookieRename($input: AccountUpdateInput!) {
  accountUpdate(input: $input) { user { id name } errors { code } } }`);
const LOGOUT = graphql(`mutation CookieLogout { accountLogout { errors { code } } }`);
const REFRESH = graphql(`mutation CookieRefresh {
  accountTokenRefresh { accessToken refreshToken user { id } errors { code } } }`);
/** Public fields only: cacheable when anonymous. */
const CATEGORIES = graphql(`query CookieCategories { categories(flat: true) { id slug } }`);

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
  /** Set-Cookie lines by cookie name. */
  setCookies: Map<string, ReturnType<typeof parseSetCookie>>;
}

async function answer(response: Response): Promise<Answer> {
  const setCookies = new Map(
    response.headers.getSetCookie().map((line) => {
      const cookie = parseSetCookie(line);
      return [cookie.name, cookie] as const;
    }),
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
    setCookies,
  };
}

/** POSTs an operation as JSON with the given cookies and headers (a browser's, or a server's). */
async function post(
  app: TestApp,
  query: OperationText,
  variables: Record<string, unknown> = {},
  cookies: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  return answer(response);
}

/** Signs a new customer in over HTTP and returns the cookies the answer set. */
async function signIn(app: TestApp): Promise<{ id: string; email: string; login: Answer }> {
  const { id, email } = await registerAndLogin(app);
  const login = await post(app, LOGIN, { input: { email, password: PASSWORD } });
  expect(login.body.data.accountLogin.errors).toEqual([]);
  return { id, email, login };
}

function cookiesOf(signedIn: Answer): Record<string, string> {
  return Object.fromEntries([...signedIn.setCookies].map(([name, cookie]) => [name, cookie.value]));
}

async function storedName(app: TestApp, userId: string): Promise<string | undefined> {
  const [row] = await app.database.db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name;
}

let t: TestApp;
let off: TestApp;

beforeAll(async () => {
  [t, off] = await Promise.all([
    startTestApp({ ...RELAXED_LIMITS, AUTH_COOKIE_MODE: 'true', RESPONSE_CACHE: 'true' }),
    // Cookie mode off, in development: no access cookie, and no Secure attribute over http.
    startTestApp({ ...RELAXED_LIMITS, NODE_ENV: 'development' }),
  ]);
});
afterAll(async () => {
  await Promise.all([t?.close(), off?.close()]);
});

describe('cookie mode on', () => {
  it('login sets the access cookie (path /) beside the refresh cookie (path /graphql), HttpOnly, Lax, Secure', async () => {
    const { login } = await signIn(t);
    const payload = login.body.data.accountLogin;
    // The tokens are still in the body, as without cookie mode.
    expect(payload.accessToken).toEqual(expect.any(String));

    const access = login.setCookies.get(ACCESS);
    const refresh = login.setCookies.get(COOKIE);
    expect(access?.value).toBe(payload.accessToken);
    expect(refresh?.value).toBe(payload.refreshToken);
    for (const cookie of [access!, refresh!]) {
      expect(cookie.attributes.has('httponly')).toBe(true);
      expect(cookie.attributes.get('samesite')?.toLowerCase()).toBe('lax');
      // NODE_ENV=test is not development: Secure.
      expect(cookie.attributes.has('secure')).toBe(true);
    }
    expect(access!.attributes.get('path')).toBe('/');
    expect(refresh!.attributes.get('path')).toBe('/graphql');
    // The access cookie lives as long as its token (15 minutes), the refresh cookie as the login.
    const accessMaxAge = Number(access!.attributes.get('max-age'));
    expect(accessMaxAge).toBeGreaterThan(14 * 60);
    expect(accessMaxAge).toBeLessThanOrEqual(15 * 60);
    expect(Number(refresh!.attributes.get('max-age'))).toBeGreaterThan(29 * 86_400);
  });

  it('registering sets both cookies too', async () => {
    const email = uniqueEmail('cookie-register');
    const registered = await post(t, REGISTER, {
      input: { email, name: 'Cookie Register', password: PASSWORD },
    });
    const payload = registered.body.data.accountRegister;
    expect(payload.errors).toEqual([]);
    expect(registered.setCookies.get(ACCESS)?.value).toBe(payload.accessToken);
    expect(registered.setCookies.get(COOKIE)?.value).toBe(payload.refreshToken);
    const me = await post(t, ME, {}, cookiesOf(registered));
    expect(me.body.data).toEqual({ me: { id: payload.user.id, email, name: 'Cookie Register' } });
  });

  it('authenticates a query by the access cookie alone; a Bearer header wins over it', async () => {
    const { id, email, login } = await signIn(t);
    const byCookie = await post(t, ME, {}, { [ACCESS]: login.setCookies.get(ACCESS)!.value });
    expect(byCookie.body.data).toEqual({ me: { id, email, name: 'Test Customer' } });

    const other = await registerAndLogin(t);
    const both = await post(
      t,
      ME,
      {},
      { [ACCESS]: login.setCookies.get(ACCESS)!.value },
      { authorization: `Bearer ${other.accessToken}` },
    );
    expect(both.body.data.me.id).toBe(other.id);

    // An access cookie that is no token: UNAUTHENTICATED, as a bad Bearer token is.
    const forged = await post(t, ME, {}, { [ACCESS]: 'not-a-jwt' });
    expect(forged.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  describe('cross-site requests', () => {
    const crossSite: [string, Record<string, string>][] = [
      [
        'another origin, Sec-Fetch-Site cross-site',
        { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      ],
      ['another origin without Sec-Fetch-Site', { origin: 'https://evil.example' }],
      [
        'a sibling site that is no CORS origin',
        { origin: 'http://evil.localhost:3000', 'sec-fetch-site': 'same-site' },
      ],
      ['Origin: null', { origin: 'null' }],
      ['Sec-Fetch-Site cross-site without Origin', { 'sec-fetch-site': 'cross-site' }],
    ];

    it.each(crossSite)(
      'refuses a mutation sent with the cookie from %s, and changes nothing',
      async (_, headers) => {
        const { id, login } = await signIn(t);
        const cookies = cookiesOf(login);
        const refused = await post(t, RENAME, { input: { name: 'Forged' } }, cookies, headers);
        expect(refused.status).toBe(403);
        expect(refused.body.data ?? null).toBeNull();
        expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(await storedName(t, id)).toBe('Test Customer');
        // Nor can it end the login.
        const logout = await post(t, LOGOUT, {}, cookies, headers);
        expect(logout.status).toBe(403);
        expect(logout.setCookies.size).toBe(0);
        expect((await post(t, ME, {}, cookies)).body.data.me.id).toBe(id);
        expect((await sessionsOfUser(t, id)).every((row) => row.revokedAt === null)).toBe(true);
      },
    );

    it('refuses a cross-site logout or refresh sent with the refresh cookie alone (access cookie expired)', async () => {
      const { id, login } = await signIn(t);
      const refreshOnly = { [COOKIE]: login.setCookies.get(COOKIE)!.value };
      const headers = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
      for (const operation of [LOGOUT, REFRESH]) {
        const refused = await post(t, operation, {}, refreshOnly, headers);
        expect(refused.status).toBe(403);
        expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(refused.setCookies.size).toBe(0);
      }
      expect((await sessionsOfUser(t, id)).every((row) => row.revokedAt === null)).toBe(true);
      // The refresh cookie was neither used up nor revoked: it still rotates from the storefront.
      const refreshed = await post(t, REFRESH, {}, refreshOnly, { origin: 'http://localhost:3000' });
      expect(refreshed.body.data.accountTokenRefresh.errors).toEqual([]);
    });

    const sameSite: [string, Record<string, string>][] = [
      ['the API itself', { 'sec-fetch-site': 'same-origin' }],
      ['a CORS origin (the storefront)', { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-site' }],
      ['a server forwarding the cookie (no Origin, no Sec-Fetch-Site)', {}],
    ];

    it.each(sameSite)('runs a mutation sent with the cookie from %s', async (_, headers) => {
      const { id, login } = await signIn(t);
      const own: Record<string, string> =
        headers['sec-fetch-site'] === 'same-origin' ? { origin: t.url } : {};
      const renamed = await post(t, RENAME, { input: { name: 'Renamed' } }, cookiesOf(login), {
        ...headers,
        ...own,
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body.data).toEqual({ accountUpdate: { user: { id, name: 'Renamed' }, errors: [] } });
      expect(await storedName(t, id)).toBe('Renamed');
    });

    it('leaves a cross-site mutation authenticated by a Bearer header alone (no ambient credential)', async () => {
      const { id, login } = await signIn(t);
      const token = login.body.data.accountLogin.accessToken;
      const renamed = await post(
        t,
        RENAME,
        { input: { name: 'By Bearer' } },
        {},
        {
          origin: 'https://evil.example',
          'sec-fetch-site': 'cross-site',
          authorization: `Bearer ${token}`,
        },
      );
      expect(renamed.body.data.accountUpdate).toEqual({ user: { id, name: 'By Bearer' }, errors: [] });
    });

    it("Apollo's CSRF prevention refuses a simple (non-preflighted) request sent with the cookie", async () => {
      const { id, login } = await signIn(t);
      const cookie = Object.entries(cookiesOf(login))
        .map(([name, value]) => `${name}=${value}`)
        .join('; ');
      // What an HTML form on any site can send: text/plain, no custom header.
      const response = await fetch(t.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie },
        body: JSON.stringify({ query: RENAME.toString(), variables: { input: { name: 'Form Post' } } }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
      expect(await storedName(t, id)).toBe('Test Customer');
    });
  });

  it('logout clears both cookies and ends the login', async () => {
    const { login } = await signIn(t);
    const cookies = cookiesOf(login);
    const out = await post(t, LOGOUT, {}, cookies);
    expect(out.body.data.accountLogout.errors).toEqual([]);
    const access = out.setCookies.get(ACCESS);
    const refresh = out.setCookies.get(COOKIE);
    for (const [cookie, path] of [
      [access, '/'],
      [refresh, '/graphql'],
    ] as const) {
      expect(cookie?.value).toBe('');
      expect(new Date(cookie!.attributes.get('expires')!).getTime()).toBeLessThan(Date.now());
      expect(cookie!.attributes.get('path')).toBe(path);
    }
    // The old access cookie no longer signs anyone in.
    const after = await post(t, ME, {}, cookies);
    expect(after.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refresh by the refresh cookie rotates both cookies', async () => {
    const { id, login } = await signIn(t);
    const cookies = cookiesOf(login);
    const refreshed = await post(t, REFRESH, {}, cookies);
    const payload = refreshed.body.data.accountTokenRefresh;
    expect(payload.errors).toEqual([]);
    expect(payload.user).toEqual({ id });
    const access = refreshed.setCookies.get(ACCESS)!;
    const refresh = refreshed.setCookies.get(COOKIE)!;
    expect(access.value).toBe(payload.accessToken);
    expect(refresh.value).toBe(payload.refreshToken);
    expect(access.value).not.toBe(cookies[ACCESS]);
    expect(refresh.value).not.toBe(cookies[COOKIE]);
    expect(access.attributes.get('path')).toBe('/');

    const rotated = cookiesOf(refreshed);
    expect((await post(t, ME, {}, rotated)).body.data.me.id).toBe(id);
    // The old refresh cookie was used up: presenting it again ends the login, and clears both cookies.
    const reused = await post(t, REFRESH, {}, { [COOKIE]: cookies[COOKIE]! });
    expect(reused.body.data.accountTokenRefresh.errors.map((e: { code: string }) => e.code)).toEqual([
      'TOKEN_REUSED',
    ]);
    expect(reused.setCookies.get(COOKIE)?.value).toBe('');
    expect(reused.setCookies.get(ACCESS)?.value).toBe('');
    expect((await post(t, ME, {}, rotated)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never serves or stores a signed-in answer in the response cache', async () => {
    const { id, login } = await signIn(t);
    const cookies = cookiesOf(login);
    // Anonymous: the public query is cached.
    expect((await post(t, CATEGORIES)).headers.get('x-cache')).toBe('MISS');
    expect((await post(t, CATEGORIES)).headers.get('x-cache')).toBe('HIT');
    // With the access cookie: run, never served from the cache.
    const withCookie = await post(t, CATEGORIES, {}, cookies);
    expect(withCookie.body.errors).toBeUndefined();
    expect(withCookie.headers.get('x-cache')).toBe('BYPASS');

    // A GET with the cookie is private; its answer is not stored for the next anonymous request.
    const params = new URLSearchParams({ query: ME.toString() });
    const url = `${t.graphqlUrl}?${params}`;
    const cookie = `${ACCESS}=${cookies[ACCESS]}`;
    const signedIn = await fetch(url, { headers: { 'apollo-require-preflight': 'true', cookie } });
    expect(signedIn.headers.get('x-cache')).toBe('BYPASS');
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(((await signedIn.json()) as any).data.me.id).toBe(id);
    const anonymous = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await anonymous.json()) as any).data).toEqual({ me: null });
  });
});

describe('cookie mode off', () => {
  it('login sets the refresh cookie only (not Secure in development over http)', async () => {
    const { login } = await signIn(off);
    expect([...login.setCookies.keys()]).toEqual([COOKIE]);
    const refresh = login.setCookies.get(COOKIE)!;
    expect(refresh.attributes.has('httponly')).toBe(true);
    expect(refresh.attributes.has('secure')).toBe(false);
  });

  it('ignores an access cookie: the request is anonymous, and a cross-site mutation is not authenticated', async () => {
    const { id, login } = await signIn(off);
    const token = login.body.data.accountLogin.accessToken;
    const me = await post(off, ME, {}, { [ACCESS]: token });
    expect(me.body.data).toEqual({ me: null });
    const rename = await post(off, RENAME, { input: { name: 'By Cookie' } }, { [ACCESS]: token });
    expect(rename.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await storedName(off, id)).toBe('Test Customer');
    // The same token as a Bearer header works.
    const bearer = await post(off, ME, {}, {}, { authorization: `Bearer ${token}` });
    expect(bearer.body.data.me.id).toBe(id);
  });
});
