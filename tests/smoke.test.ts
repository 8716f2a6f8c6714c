import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('smoke', () => {
  it('registers and logs in', async () => {
    const c = t.client();
    const reg = await c.ok(
      `mutation($input: AccountRegisterInput!) { accountRegister(input: $input) { user { id email role emailVerified } errors { field code message } } }`,
      { input: { email: ' Ann@Example.com ', name: 'Ann', password: 'secret123' } },
    );
    expect(reg.accountRegister.errors).toEqual([]);
    expect(reg.accountRegister.user.email).toBe('ann@example.com');
    const login = await c.ok(
      `mutation($input: AccountLoginInput!) { accountLogin(input: $input) { accessToken refreshToken user { email } errors { code } } }`,
      { input: { email: 'ANN@example.com', password: 'secret123' } },
    );
    expect(login.accountLogin.errors).toEqual([]);
    c.token = login.accountLogin.accessToken;
    const me = await c.request(`{ me { email name } }`);
    expect(me.data?.me).toEqual({ email: 'ann@example.com', name: 'Ann' });
    expect(me.headers.get('x-sql-query-count')).toBe('1');
  });
});
