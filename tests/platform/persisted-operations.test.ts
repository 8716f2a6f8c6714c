import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client, FormattedExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { wsClient } from '../subscriptions/support.js';
import { uniqueEmail } from '../support/accounts.js';
import { startTestApp, type TestApp, testEnv } from '../support/harness.js';
import { getGraphql, persisted, postGraphql, refusal, sha256 } from '../support/persisted-requests.js';

/**
 * Registered operations (PERSISTED_OPERATIONS_FILE): with PERSISTED_OPERATIONS_ONLY=true nothing
 * else runs, over HTTP and WebSocket; without it, manifest ids resolve and other texts still run.
 */
const dir = mkdtempSync(join(tmpdir(), 'storefront-persisted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LISTING = 'query Listing($first: Int!) { products(first: $first) { totalCount } }';
const REGISTER =
  'mutation Register($input: AccountRegisterInput!) { accountRegister(input: $input) { user { email } errors { code } } }';
const NOT_REGISTERED = 'query Other { products(first: 1) { totalCount } }';
const LISTED = { data: { products: { totalCount: 0 } } };

function writeManifest(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

/** Runs one operation over graphql-ws: its results, or the errors the server refused it with. */
function overWebSocket(client: Client, payload: { query: string; extensions?: Record<string, unknown> }) {
  return new Promise<{
    results: FormattedExecutionResult<Record<string, unknown>, unknown>[];
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }>((resolve) => {
    const results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
    client.subscribe(
      { ...payload, variables: { first: 4 } },
      {
        // Without its cost report (the cost tests check it).
        next: ({ extensions: _cost, ...result }) => results.push(result),
        error: (errors) => resolve({ results, errors: errors as { message: string }[] }),
        complete: () => resolve({ results }),
      },
    );
  });
}

describe('PERSISTED_OPERATIONS_ONLY with an Apollo manifest', () => {
  let t: TestApp;
  let ws: Client;
  beforeAll(async () => {
    const file = writeManifest('apollo.json', {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [
        { id: sha256(LISTING), name: 'Listing', type: 'query', body: LISTING },
        { id: sha256(REGISTER), name: 'Register', type: 'mutation', body: REGISTER },
      ],
    });
    t = await startTestApp({ PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: 'true' });
    ws = wsClient(t.url);
  });
  afterAll(async () => {
    await ws?.dispose();
    await t?.close();
  });

  it('runs a registered operation asked by hash (POST and GET), by documentId, or by its exact text', async () => {
    const variables = { first: 3 };
    const hash = sha256(LISTING);
    const asked = [
      await postGraphql(t.graphqlUrl, { extensions: persisted(hash), variables }),
      await getGraphql(t.graphqlUrl, { extensions: persisted(hash), variables }),
      await postGraphql(t.graphqlUrl, { documentId: hash, variables }),
      await postGraphql(t.graphqlUrl, { documentId: `sha256:${hash}`, variables }),
      await getGraphql(t.graphqlUrl, { documentId: hash, variables }),
      await postGraphql(t.graphqlUrl, { query: LISTING, variables }),
      await postGraphql(t.graphqlUrl, { query: LISTING, extensions: persisted(hash), variables }),
    ];
    for (const answer of asked) expect(answer).toEqual({ status: 200, body: LISTED });
  });

  it('runs a registered mutation by documentId, with its variables', async () => {
    const email = uniqueEmail('persisted');
    const input = { email, name: 'Persisted Pat', password: 'secret123' };
    const first = await postGraphql(t.graphqlUrl, { documentId: sha256(REGISTER), variables: { input } });
    expect(first.body).toEqual({ data: { accountRegister: { user: { email }, errors: [] } } });
    // It really ran: the same email is now taken.
    const again = await postGraphql(t.graphqlUrl, { documentId: sha256(REGISTER), variables: { input } });
    expect(again.body.data?.accountRegister.errors).toEqual([{ code: 'EMAIL_TAKEN' }]);
  });

  it('refuses anything else with HTTP 400 and a code, before parsing', async () => {
    const introspection = '{ __schema { types { name } } }';
    const cases: [Record<string, unknown>, string][] = [
      [{ query: NOT_REGISTERED }, 'OPERATION_NOT_REGISTERED'],
      [{ query: introspection }, 'OPERATION_NOT_REGISTERED'],
      // Not even GraphQL: refused as unregistered, never parsed.
      [{ query: '{ products(first: 1) {' }, 'OPERATION_NOT_REGISTERED'],
      // The APQ way of registering a new text does not work here.
      [{ query: NOT_REGISTERED, extensions: persisted(sha256(NOT_REGISTERED)) }, 'OPERATION_NOT_REGISTERED'],
      [{ extensions: persisted(sha256(NOT_REGISTERED)) }, 'PERSISTED_QUERY_NOT_FOUND'],
      [{ documentId: sha256(NOT_REGISTERED) }, 'PERSISTED_QUERY_NOT_FOUND'],
      [{ query: NOT_REGISTERED, extensions: persisted(sha256(LISTING)) }, 'PERSISTED_QUERY_HASH_MISMATCH'],
    ];
    for (const [body, code] of cases) {
      expect(
        refusal(await postGraphql(t.graphqlUrl, { ...body, variables: { first: 1 } })),
        JSON.stringify(body),
      ).toEqual([code, 400]);
    }
    expect(refusal(await getGraphql(t.graphqlUrl, { query: NOT_REGISTERED }))).toEqual([
      'OPERATION_NOT_REGISTERED',
      400,
    ]);
    // Still refused after someone sent it with its hash: nothing was registered.
    expect(refusal(await postGraphql(t.graphqlUrl, { query: NOT_REGISTERED }))).toEqual([
      'OPERATION_NOT_REGISTERED',
      400,
    ]);
  });

  it('over WebSocket: a registered operation by hash or text runs, another text is refused', async () => {
    const byHash = await overWebSocket(ws, { query: '', extensions: persisted(sha256(LISTING)) });
    expect(byHash).toEqual({ results: [LISTED] });
    expect(await overWebSocket(ws, { query: LISTING })).toEqual({ results: [LISTED] });

    const refused = await overWebSocket(ws, { query: NOT_REGISTERED });
    expect(refused.results).toEqual([]);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_NOT_REGISTERED']);
    const unknownHash = await overWebSocket(ws, { query: '', extensions: persisted(sha256(NOT_REGISTERED)) });
    expect(unknownHash.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('a Codegen manifest without PERSISTED_OPERATIONS_ONLY', () => {
  let t: TestApp;
  /** Codegen's client preset keys documents by SHA-1 unless told otherwise. */
  const sha1 = createHash('sha1').update(LISTING).digest('hex');
  beforeAll(async () => {
    t = await startTestApp({ PERSISTED_OPERATIONS_FILE: writeManifest('codegen.json', { [sha1]: LISTING }) });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs the manifest documents by their id, and any other operation as usual (APQ included)', async () => {
    expect(await postGraphql(t.graphqlUrl, { documentId: sha1, variables: { first: 1 } })).toEqual({
      status: 200,
      body: LISTED,
    });
    expect(
      await postGraphql(t.graphqlUrl, { extensions: persisted(sha256(LISTING)), variables: { first: 1 } }),
    ).toEqual({
      status: 200,
      body: LISTED,
    });
    expect(await postGraphql(t.graphqlUrl, { query: NOT_REGISTERED })).toEqual({
      status: 200,
      body: { data: { products: { totalCount: 0 } } },
    });
    const hash = sha256(NOT_REGISTERED);
    expect(refusal(await postGraphql(t.graphqlUrl, { extensions: persisted(hash) }))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
      200,
    ]);
    await postGraphql(t.graphqlUrl, { query: NOT_REGISTERED, extensions: persisted(hash) });
    expect(await postGraphql(t.graphqlUrl, { extensions: persisted(hash) })).toEqual({
      status: 200,
      body: { data: { products: { totalCount: 0 } } },
    });
  });
});

describe('a bad manifest', () => {
  it('stops the start with a ConfigError naming the file, before anything is opened or written', async () => {
    const dataDir = mkdtempSync(join(dir, 'data-'));
    const file = writeManifest('broken.json', {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: 'x' }],
    });
    const config = loadConfig(
      testEnv({ DATA_DIR: dataDir, PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: 'true' }),
    );
    const started = startApp(config);
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toThrow(
      `PERSISTED_OPERATIONS_FILE (${file}): operations[0] needs a non-empty string "id" and "body"`,
    );
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
