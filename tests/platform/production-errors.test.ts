import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wsClient } from '../subscriptions/support.js';
import { REGISTER, uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs, type LogLine } from '../support/log-capture.js';
import { waitFor } from '../support/wait-for.js';

/**
 * NODE_ENV=production: validation and input errors name no schema element the client did not
 * write ("Did you mean …?" is dropped), over HTTP and over WebSocket; the start-up warns when
 * emails cannot leave the server.
 */
let t: TestApp;
let logs: LogLine[];
let ws: Client;

beforeAll(async () => {
  const captured = captureLogs();
  logs = captured.lines;
  t = await startTestApp({ NODE_ENV: 'production' }, { logger: captured.logger });
  ws = wsClient(t.url);
});
afterAll(async () => {
  await ws?.dispose();
  await t?.close();
});

/**
 * Each case: an operation, its variables, and the exact message a production client gets. Variable
 * values are checked by graphql-js (a query text is run by graphql-jit only once seen twice), whose
 * suggestion is dropped.
 */
interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  code: string;
  message: string;
}

const CASES: Case[] = [
  {
    name: 'a misspelt field',
    query: '{ products(first: 1) { nodes { titel } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot query field "titel" on type "Product".',
  },
  {
    name: 'a misspelt argument',
    query: '{ products(frist: 1) { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Unknown argument "frist" on field "Query.products".',
  },
  {
    name: 'a misspelt type',
    query: '{ products(first: 1) { nodes { ... on Prodct { slug } } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Unknown type "Prodct".',
  },
  {
    name: 'a misspelt enum value in the text',
    query: '{ products(first: 1, sort: PRICE_AS) { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Value "PRICE_AS" does not exist in "ProductSort" enum.',
  },
  {
    name: 'a misspelt input field in the text',
    query: '{ products(first: 1, filter: { inStok: true }) { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Field "inStok" is not defined by type "ProductFilterInput".',
  },
  {
    name: 'a misspelt enum value in a variable',
    query: 'query($sort: ProductSort) { products(first: 1, sort: $sort) { totalCount } }',
    variables: { sort: 'PRICE_AS' },
    code: 'BAD_USER_INPUT',
    message:
      'Variable "$sort" got invalid value "PRICE_AS"; Value "PRICE_AS" does not exist in "ProductSort" enum.',
  },
  {
    name: 'a misspelt input field in a variable',
    query: 'query($filter: ProductFilterInput) { products(first: 1, filter: $filter) { totalCount } }',
    variables: { filter: { inStok: true } },
    code: 'BAD_USER_INPUT',
    message:
      'Variable "$filter" got invalid value { inStok: true }; Field "inStok" is not defined by type "ProductFilterInput".',
  },
];

describe('production errors over HTTP', () => {
  it.each(CASES)('$name: refused with its code and no suggestion', async (c) => {
    const result = await t.client().request(c.query, c.variables ?? {});
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
      { code: c.code, message: c.message },
    ]);
  });
});

describe('production errors over WebSocket', () => {
  it.each(CASES)(
    '$name: refused with its code and no suggestion',
    async ({ query, variables, code, message }) => {
      const errors = await new Promise<{ message: string; extensions?: Record<string, unknown> }[]>(
        (resolve, reject) => {
          ws.subscribe(
            { query, variables: variables ?? {} },
            {
              next: (result) => (result.errors ? resolve([...result.errors]) : reject(new Error('answered'))),
              error: (error) => resolve(error as { message: string; extensions?: Record<string, unknown> }[]),
              complete: () => {},
            },
          );
        },
      );
      expect(errors.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
        { code, message },
      ]);
    },
  );
});

describe('production without SMTP_URL', () => {
  it('warns at start that emails stay in the development mailbox', () => {
    const warning = logs.find((line) => line.level === 40 && line.msg.includes('SMTP_URL is not set'));
    expect(warning?.msg).toContain('development mailbox');
    expect(warning?.msg).toContain('devMailbox');
  });

  it('logs no one-time link when the development mailbox keeps an email', async () => {
    const email = uniqueEmail('prod-mailbox');
    const registered = await t
      .client()
      .ok(REGISTER, { input: { email, name: 'Prod Pam', password: 'secret123' } });
    expect(registered.accountRegister.errors).toEqual([]);
    const line = await waitFor('the dev mailbox log line', () =>
      logs.find((l) => l.msg === 'dev mailbox' && l.to === email),
    );
    expect(line).toMatchObject({ to: email, subject: 'Confirm your email address' });
    // Production logs no link: it would be a password for whoever reads the logs.
    expect(line).not.toHaveProperty('link');
    expect(JSON.stringify(logs)).not.toContain('token=');
  });
});
