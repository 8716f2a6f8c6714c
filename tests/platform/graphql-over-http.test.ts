import { randomBytes } from 'node:crypto';
import { type AuditResult, auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER } from '../support/accounts.js';
import type { OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(() => t?.close());

describe('GraphQL over HTTP (graphql-http server audit)', () => {
  let results: AuditResult[];

  beforeAll(async () => {
    results = await auditServer({ url: t.graphqlUrl, fetchFn: fetch });
  });

  it('runs the audit', () => {
    // graphql-http 1.23 has 13 MUST items; guards against an audit that silently checks nothing.
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(10);
  });

  it('passes every MUST item', () => {
    const failures = results
      .filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : r.status}`);
    expect(failures).toEqual([]);
  });

  it('lists the SHOULD items that fail (informational)', () => {
    const failing = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok');
    for (const r of failing) console.info(`graphql-http audit ${r.status}: ${r.id} ${r.name}`);
    expect(results.every((r) => ['ok', 'notice', 'warn', 'error'].includes(r.status))).toBe(true);
  });
});

describe('CSRF prevention', () => {
  const email = () => `csrf-${randomBytes(4).toString('hex')}@example.com`;

  function multipart(
    query: OperationText,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: query.toString(), variables }));
    form.append('map', '{}');
    return fetch(t.graphqlUrl, { method: 'POST', body: form, headers });
  }

  async function registered(address: string): Promise<boolean> {
    const data = await t
      .client()
      .ok(REGISTER, { input: { email: address, name: 'Probe', password: 'Secret123' } });
    return data.accountRegister.errors.some((e: { code: string }) => e.code === 'EMAIL_TAKEN');
  }

  it('refuses a multipart request without Apollo-Require-Preflight, and runs nothing', async () => {
    const address = email();
    const response = await multipart(REGISTER, {
      input: { email: address, name: 'Csrf', password: 'Secret123' },
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/apollo-require-preflight|CSRF/i);
    expect(text).not.toContain('"data"');
    // The mutation did not run: the address is still free.
    expect(await registered(address)).toBe(false);
  });

  it('accepts the same multipart request with Apollo-Require-Preflight', async () => {
    const address = email();
    const response = await multipart(
      REGISTER,
      { input: { email: address, name: 'Upload Client', password: 'Secret123' } },
      { 'apollo-require-preflight': 'true' },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.accountRegister.errors).toEqual([]);
    expect(body.data.accountRegister.user.email).toBe(address);
    expect(await registered(address)).toBe(true);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
  ])('refuses a simple %s POST without the header', async (_name, contentType) => {
    const address = email();
    const response = await fetch(t.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: JSON.stringify({
        query: REGISTER,
        variables: { input: { email: address, name: 'X', password: 'Secret123' } },
      }),
    });
    expect(response.status).toBe(400);
    expect(await registered(address)).toBe(false);
  });

  it('refuses a GET without a preflighted header, accepts it with one', async () => {
    const url = `${t.graphqlUrl}?query=${encodeURIComponent('{ me { id } }')}`;
    const bare = await fetch(url);
    expect(bare.status).toBe(400);
    const withHeader = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
    expect(((await withHeader.json()) as { data: unknown }).data).toEqual({ me: null });
  });

  it('never runs a mutation over GET', async () => {
    const address = email();
    const query = `mutation { accountRegister(input: { email: "${address}", name: "Get", password: "Secret123" }) { errors { code } } }`;
    const response = await fetch(`${t.graphqlUrl}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
    expect(await registered(address)).toBe(false);
  });
});
