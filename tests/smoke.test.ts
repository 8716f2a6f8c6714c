import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/gql.js';
import { startTestApp, type TestApp } from './support/harness.js';

const SMOKE_REGISTER = graphql(`mutation SmokeRegister($input: AccountRegisterInput!) {
  accountRegister(input: $input) { user { id email role emailVerified } errors { field code message } } }`);
const SMOKE_LOGIN = graphql(`mutation SmokeLogin($input: AccountLoginInput!) {
  accountLogin(input: $input) { accessToken refreshToken user { email } errors { code } } }`);
const SMOKE_ME = graphql(`query SmokeMe { me { email name } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('smoke', () => {
  it('registers and logs in', async () => {
    const c = t.client();
    const reg = await c.ok(SMOKE_REGISTER, {
      input: { email: ' Ann@Example.com ', name: 'Ann', password: 'secret123' },
    });
    expect(reg.accountRegister.errors).toEqual([]);
    expect(reg.accountRegister.user!.email).toBe('ann@example.com');
    const login = await c.ok(SMOKE_LOGIN, { input: { email: 'ANN@example.com', password: 'secret123' } });
    expect(login.accountLogin.errors).toEqual([]);
    c.token = login.accountLogin.accessToken;
    const me = await c.request(SMOKE_ME);
    expect(me.data?.me).toEqual({ email: 'ann@example.com', name: 'Ann' });
    expect(me.headers.get('x-sql-query-count')).toBe('1');
  });
});
