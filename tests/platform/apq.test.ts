import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs, type LogLine } from '../support/log-capture.js';
import { getGraphql, persisted, postGraphql, refusal, sha256 } from '../support/persisted-requests.js';

/**
 * Automatic persisted queries over HTTP, as Apollo Client's persisted query link speaks them, with
 * the in-memory cache (no REDIS_URL); the shared Redis cache is in apq-redis.test.ts.
 */
let t: TestApp;
let logs: LogLine[];

beforeAll(async () => {
  const captured = captureLogs();
  logs = captured.lines;
  t = await startTestApp({}, { logger: captured.logger });
});
afterAll(() => t?.close());

const LISTING =
  'query ApqListing($first: Int!) { products(first: $first) { totalCount pageInfo { hasNextPage } } }';
const EXPECTED = { products: { totalCount: 0, pageInfo: { hasNextPage: false } } };

describe('the APQ flow of Apollo Client', () => {
  it('POST: hash only -> PERSISTED_QUERY_NOT_FOUND; hash and text -> answered; hash only again -> answered', async () => {
    const hash = sha256(LISTING);
    const variables = { first: 5 };
    const unknown = await postGraphql(t.graphqlUrl, { extensions: persisted(hash), variables });
    // The protocol's signal to send the text: status 200, message and code that clients match on.
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors).toEqual([
      { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
    ]);

    const registered = await postGraphql(t.graphqlUrl, {
      query: LISTING,
      extensions: persisted(hash),
      variables,
    });
    expect(registered).toEqual({ status: 200, body: { data: EXPECTED } });

    const byHash = await postGraphql(t.graphqlUrl, { extensions: persisted(hash), variables: { first: 1 } });
    expect(byHash).toEqual({ status: 200, body: { data: EXPECTED } });
  });

  it('GET with the hash only works once the text is registered', async () => {
    const text = `${LISTING} # by GET`;
    const hash = sha256(text);
    const params = { operationName: 'ApqListing', variables: { first: 2 }, extensions: persisted(hash) };
    expect(refusal(await getGraphql(t.graphqlUrl, params))).toEqual(['PERSISTED_QUERY_NOT_FOUND', 200]);
    expect(await getGraphql(t.graphqlUrl, { ...params, query: text })).toEqual({
      status: 200,
      body: { data: EXPECTED },
    });
    expect(await getGraphql(t.graphqlUrl, params)).toEqual({ status: 200, body: { data: EXPECTED } });
  });
});

describe('protocol errors: HTTP 400 with a code, decided before parsing, not logged as errors', () => {
  it('a hash that is not the SHA-256 of the text: PERSISTED_QUERY_HASH_MISMATCH, and nothing is registered', async () => {
    // Not even valid GraphQL: the mismatch is found before any parsing.
    const text = '{ products(first: 1) { totalCount }';
    const claimed = sha256('{ products(first: 1) { totalCount } }');
    const answer = await postGraphql(t.graphqlUrl, { query: text, extensions: persisted(claimed) });
    expect(refusal(answer)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH', 400]);
    expect(answer.body.errors?.[0]?.message).toContain('not the SHA-256 of the query text');
    expect(answer.body.data).toBeUndefined();
    expect(refusal(await postGraphql(t.graphqlUrl, { extensions: persisted(claimed) }))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
      200,
    ]);
    expect(refusal(await getGraphql(t.graphqlUrl, { query: text, extensions: persisted(claimed) }))).toEqual([
      'PERSISTED_QUERY_HASH_MISMATCH',
      400,
    ]);
  });

  it('another protocol version: PERSISTED_QUERY_VERSION_NOT_SUPPORTED', async () => {
    const hash = sha256(LISTING);
    for (const persistedQuery of [
      { version: 2, sha256Hash: hash },
      { version: '1', sha256Hash: hash },
      { sha256Hash: hash },
    ]) {
      const answer = await postGraphql(t.graphqlUrl, {
        extensions: { persistedQuery },
        variables: { first: 1 },
      });
      expect(refusal(answer), JSON.stringify(persistedQuery)).toEqual([
        'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
        400,
      ]);
    }
    expect(refusal(await getGraphql(t.graphqlUrl, { extensions: persisted(hash, 3) }))).toEqual([
      'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
      400,
    ]);
  });

  it('a malformed persistedQuery extension: BAD_REQUEST', async () => {
    for (const extensions of [
      { persistedQuery: true },
      { persistedQuery: { version: 1 } },
      { persistedQuery: { version: 1, sha256Hash: 42 } },
      persisted('abc'),
      persisted(sha256(LISTING).toUpperCase()),
      persisted('x'.repeat(100_000)),
    ]) {
      const answer = await postGraphql(t.graphqlUrl, { extensions });
      expect(refusal(answer), JSON.stringify(extensions).slice(0, 80)).toEqual(['BAD_REQUEST', 400]);
      expect(answer.body.errors?.[0]?.message).toContain('extensions.persistedQuery must be');
    }
  });

  it('a documentId without a manifest of registered operations: PERSISTED_QUERY_NOT_FOUND', async () => {
    const answer = await postGraphql(t.graphqlUrl, { documentId: sha256(LISTING) });
    expect(refusal(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND', 400]);
  });

  it('logged at debug level only, with their code', () => {
    expect(logs.filter((line) => line.level >= 40)).toEqual([]);
    const codes = logs.filter((line) => line.level === 20).map((line) => line.code);
    for (const code of [
      'PERSISTED_QUERY_HASH_MISMATCH',
      'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
      'BAD_REQUEST',
    ]) {
      expect(codes).toContain(code);
    }
  });
});
