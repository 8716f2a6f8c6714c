import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ CORS_ORIGINS: 'http://localhost:3000, https://shop.example.com/' });
});

afterAll(() => t?.close());

function postFrom(origin: string): Promise<Response> {
  return fetch(t.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
}

function preflightFrom(origin: string): Promise<Response> {
  return fetch(t.graphqlUrl, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization, apollo-require-preflight',
    },
  });
}

describe('CORS on /graphql', () => {
  it.each(['http://localhost:3000', 'https://shop.example.com'])(
    'allows the listed origin %s',
    async (origin) => {
      const response = await postFrom(origin);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('vary')).toMatch(/origin/i);
      expect(((await response.json()) as { data: unknown }).data).toEqual({ me: null });
    },
  );

  it('answers the preflight of a listed origin', async () => {
    const response = await preflightFrom('http://localhost:3000');
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['content-type', 'authorization', 'apollo-require-preflight']) {
      expect(allowed).toContain(header);
    }
  });

  it.each(['http://evil.example', 'http://localhost:3001', 'https://shop.example.com.evil.example', 'null'])(
    'gives no Allow-Origin to the unlisted origin %s',
    async (origin) => {
      const response = await postFrom(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await preflightFrom(origin);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('does not answer with a wildcard', async () => {
    const response = await fetch(t.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});
