import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** Log lines the app wrote, parsed. */
const logLines: Record<string, any>[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n')) if (line.trim()) logLines.push(JSON.parse(line));
    done();
  },
});

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp(
    {},
    { logger: pino({ level: 'warn', base: undefined }, logStream), idleWorkers: ['outbox'] },
  );
  admin = await adminClient(t);
  // Breaks the dev mailbox query only: the admin can still sign in and use everything else.
  await t.database.db.execute(sql`ALTER TABLE outbox_messages RENAME COLUMN template TO template_x`);
});

afterAll(() => t?.close());

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

async function post(query: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(t.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}`, ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

/** Words that would reveal SQL, the schema or the code to a client. */
const LEAKS = [
  /select/i,
  /_x\b/,
  /"name"/,
  /"template"/,
  /outbox/,
  /column/i,
  /does not exist/i,
  /stack/i,
  /\.ts\b/,
  /users\./,
  /pglite|postgres/i,
  /\bat \w/,
];

function expectMasked(response: RawResponse, path: string[]): void {
  expect(response.body.errors, response.text).toHaveLength(1);
  const [error] = response.body.errors;
  expect(error.message).toBe('Internal server error');
  expect(error.path).toEqual(path);
  expect(Object.keys(error.extensions).sort()).toEqual(['code', 'requestId']);
  expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  expect(error.extensions.requestId).toBe(requestId);
  for (const leak of LEAKS) expect(response.text).not.toMatch(leak);
}

describe('internal errors are masked', () => {
  it('a failing SQL query (devMailbox)', async () => {
    const response = await post(`{ devMailbox(first: 5) { totalCount nodes { to subject template } } }`);
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expectMasked(response, ['devMailbox']);
  });

  it('the full error is logged with the request id, so support can find it', async () => {
    const response = await post(`{ devMailbox { nodes { id } } }`, { 'x-request-id': 'support-trace-0001' });
    expectMasked(response, ['devMailbox']);
    expect(response.body.errors[0].extensions.requestId).toBe('support-trace-0001');
    const logged = logLines.find((line) => line.requestId === 'support-trace-0001');
    expect(logged, JSON.stringify(logLines)).toBeDefined();
    expect(JSON.stringify(logged)).toMatch(/template/);
  });

  it('other fields of the same request still resolve', async () => {
    const response = await post(`{ me { id } users(first: 1) { totalCount } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.me).toEqual({ id: admin.id });
  });

  it('public errors still pass with their code and message, without stack traces', async () => {
    const response = await post(`{ users(first: 500) { totalCount } }`);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/first/);
    expect(response.text).not.toMatch(/stack/i);
    const syntax = await post(`{ users(first: `);
    expect(syntax.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(syntax.text).not.toMatch(/stack/i);
  });

  describe('after a users column is renamed', () => {
    beforeAll(async () => {
      await t.database.db.execute(sql`ALTER TABLE users RENAME COLUMN name TO name_x`);
    });

    it('me as a signed-in user', async () => {
      const response = await post(`{ me { id email name } }`);
      expect(response.body.data).toEqual({ me: null });
      expectMasked(response, ['me']);
    });

    it('users as admin', async () => {
      const response = await post(`{ users(first: 5) { totalCount nodes { id name } } }`);
      expect(response.body.data).toBeNull();
      expectMasked(response, ['users']);
    });
  });
});

describe('X-Request-Id', () => {
  it('is on every response: GraphQL, health, errors, unknown routes', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const response of [
      await fetch(`${t.url}/healthz`),
      await fetch(`${t.url}/readyz`),
      await fetch(`${t.url}/no-such-route`),
      await fetch(t.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }),
      await fetch(t.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
    ]) {
      expect(response.headers.get('x-request-id'), response.url).toMatch(uuid);
    }
  });

  it('differs between requests', async () => {
    const a = await fetch(`${t.url}/healthz`);
    const b = await fetch(`${t.url}/healthz`);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('echoes a well-formed incoming id', async () => {
    const response = await fetch(`${t.url}/healthz`, {
      headers: { 'x-request-id': 'lb-1234abcd.trace_ID-9' },
    });
    expect(response.headers.get('x-request-id')).toBe('lb-1234abcd.trace_ID-9');
  });

  it.each([
    ['too short', 'abc'],
    ['with spaces', 'trace id with spaces'],
    ['with a header injection attempt', 'abcdefgh;evil=1'],
    ['too long', 'x'.repeat(129)],
  ])('replaces an incoming id that is %s', async (_name, incoming) => {
    const response = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': incoming } });
    const id = response.headers.get('x-request-id');
    expect(id).toBeTruthy();
    expect(id).not.toBe(incoming);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
