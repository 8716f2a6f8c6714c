import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(() => t?.close());

const expectedKind = process.env.DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'pglite';

describe('health endpoints', () => {
  it('GET /healthz answers 200 {status: ok} as JSON', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 with the database kind', async () => {
    const response = await fetch(`${t.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: expectedKind });
  });

  it('an unknown path is a 404, not a crash', async () => {
    const response = await fetch(`${t.url}/nope`);
    expect(response.status).toBe(404);
  });

  // Last: this closes the database under the running app.
  it('GET /readyz answers 503 once the database is gone, /healthz stays 200', async () => {
    await t.database.close();
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(503);
    const body = await ready.json();
    expect(body).toEqual({ status: 'unavailable' });
    const live = await fetch(`${t.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
  });
});
