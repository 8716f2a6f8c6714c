import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';
import { waitFor } from '../support/wait-for.js';

/** The access log (pino-http): one JSON line per request, without variables, tokens or cookies. */
const captured = captureLogs();

const ACCESS_LOG_PROBE = graphql(`query AccessLogProbe($q: String) {
  products(first: 3, filter: { query: $q }) { nodes { id } } }`);
const TYPENAME = graphql(`query AccessLogTypename { __typename }`);
let t: TestApp;
let customer: SignedIn;

beforeAll(async () => {
  t = await startTestApp({ ACCESS_LOG: 'true' }, { logger: captured.logger });
  customer = await registerAndLogin(t);
});

afterAll(() => t?.close());

function accessLines(requestId: string) {
  return captured.lines.filter((line) => line.requestId === requestId && line.msg === 'request completed');
}

describe('access log', () => {
  it('writes one line per GraphQL request with its facts, and none of its secrets', async () => {
    const secret = 'variable-value-that-must-not-be-logged';
    const response = await fetch(`${t.graphqlUrl}?probe=${secret}-in-query-string`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${customer.accessToken}`,
        cookie: 'refresh_token=cookie-value-that-must-not-be-logged',
        'x-cart-token': 'cart-token-that-must-not-be-logged',
      },
      body: JSON.stringify({
        query: ACCESS_LOG_PROBE.toString(),
        variables: { q: secret },
      }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id') as string;
    const [line] = await waitFor('the access log line', () => {
      const lines = accessLines(requestId);
      return lines.length > 0 ? lines : undefined;
    });
    expect(accessLines(requestId)).toHaveLength(1);
    const raw =
      captured.raw.find((text) => text.includes(requestId) && text.includes('AccessLogProbe')) ?? '';
    expect(raw.split(`"requestId"`)).toHaveLength(2); // the key once
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      requestId,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'AccessLogProbe',
      operationType: 'query',
      outcome: 'ok',
      viewerId: customer.id,
    });
    expect(line?.durationMs).toEqual(expect.any(Number));
    expect(line?.cost).toBeGreaterThan(0);
    expect(line?.sqlStatements).toBeGreaterThanOrEqual(1);

    const all = captured.raw.join('\n');
    expect(all).not.toContain(secret);
    expect(all).not.toContain(customer.accessToken);
    expect(all).not.toContain('cookie-value-that-must-not-be-logged');
    expect(all).not.toContain('cart-token-that-must-not-be-logged');
    expect(all).not.toMatch(/"headers"/);
  });

  it('logs other routes too, without GraphQL fields', async () => {
    const response = await fetch(`${t.url}/healthz`);
    const requestId = response.headers.get('x-request-id') as string;
    const [line] = await waitFor('the access log line', () => {
      const lines = accessLines(requestId);
      return lines.length > 0 ? lines : undefined;
    });
    expect(line).toMatchObject({ method: 'GET', path: '/healthz', status: 200 });
    expect(line).not.toHaveProperty('operationName');
  });

  it('ACCESS_LOG=false writes none', async () => {
    const quiet = captureLogs();
    const other = await startTestApp({ ACCESS_LOG: 'false' }, { logger: quiet.logger });
    try {
      await fetch(`${other.url}/healthz`);
      await other.client().request(TYPENAME);
      expect(quiet.lines.filter((line) => line.msg === 'request completed')).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
