import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { decideOperation, type OperationGateOptions } from '../../src/graphql/operation-gate.js';
import { loadPersistedOperations, sha256Hex } from '../../src/graphql/persisted-operations.js';

const dir = mkdtempSync(join(tmpdir(), 'storefront-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function manifestFile(content: unknown): string {
  files += 1;
  const file = join(dir, `manifest-${files}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The problems a manifest is refused with. */
function problems(content: unknown): string[] {
  const file = manifestFile(content);
  try {
    loadPersistedOperations(file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    for (const problem of (err as ConfigError).problems)
      expect(problem).toContain(`PERSISTED_OPERATIONS_FILE (${file})`);
    return (err as ConfigError).problems;
  }
  throw new Error(`accepted ${JSON.stringify(content)}`);
}

const LISTING = 'query Listing { products(first: 2) { totalCount } }';
const REGISTER =
  'mutation Register($input: AccountRegisterInput!) { accountRegister(input: $input) { errors { code } } }';
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

const apolloManifest = {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [
    { id: sha256Hex(LISTING), name: 'Listing', type: 'query', body: LISTING },
    { id: sha256Hex(REGISTER), name: 'Register', type: 'mutation', body: REGISTER },
  ],
};

describe('manifests', () => {
  it('Apollo format: found by id, by SHA-256, by prefixed document id; recognized by exact text', () => {
    const registry = loadPersistedOperations(manifestFile(apolloManifest));
    expect(registry.size).toBe(2);
    expect(registry.document(sha256Hex(LISTING))).toBe(LISTING);
    expect(registry.document(`sha256:${sha256Hex(REGISTER)}`)).toBe(REGISTER);
    expect(registry.document(sha256Hex(`${LISTING} `))).toBeUndefined();
    expect(registry.registers(LISTING)).toBe(true);
    expect(registry.registers(`${LISTING} `)).toBe(false);
  });

  it('Codegen format, even with its default SHA-1 ids: found by its id or the SHA-256, recognized by text', () => {
    const registry = loadPersistedOperations(
      manifestFile({ [sha1(LISTING)]: LISTING, [sha1(REGISTER)]: REGISTER }),
    );
    expect(registry.size).toBe(2);
    expect(registry.document(sha1(LISTING))).toBe(LISTING);
    expect(registry.document(sha256Hex(LISTING))).toBe(LISTING);
    expect(registry.registers(REGISTER)).toBe(true);
  });

  it('a bad manifest is refused with every problem named', () => {
    expect(problems('{ "operations": [')[0]).toContain('cannot be read as JSON');
    expect(problems([LISTING])[0]).toContain('expected a JSON object');
    expect(problems({})[0]).toContain('registers no operation');
    expect(problems({ ...apolloManifest, version: 2 })[0]).toContain('"version": 1');
    expect(problems({ format: 'apollo-persisted-query-manifest', version: 1, operations: [] })[0]).toContain(
      'registers no operation',
    );
    const bad = problems({
      ...apolloManifest,
      operations: [
        { id: 'a', type: 'query' },
        { id: 'b', type: 'query', body: '{ products(first: 1) { totalCount }' },
        { id: 'c', type: 'query', body: 'fragment F on Product { slug }' },
        { id: 'd', type: 'read', body: LISTING },
        { id: 'e', type: 'query', body: LISTING },
        { id: 'e', type: 'query', body: REGISTER },
      ],
    });
    expect(bad).toHaveLength(5);
    expect(bad[0]).toContain('operations[0] needs a non-empty string "id" and "body"');
    expect(bad[1]).toContain('unknown type "read"');
    expect(bad[2]).toContain('id "e" is used for two different bodies');
    expect(bad[3]).toContain('"b" is not a GraphQL document: Syntax Error');
    expect(bad[4]).toContain('"c" holds no operation');
    expect(problems({ a: LISTING, b: 42 })[0]).toContain('"b" must map a non-empty id to a document string');
  });

  it('names a missing file', () => {
    expect(() => loadPersistedOperations(join(dir, 'nowhere.json'))).toThrow(/file not found/);
  });
});

describe('the operation gate', () => {
  const registry = loadPersistedOperations(manifestFile(apolloManifest));
  const open: OperationGateOptions = { registry, only: false, apqCache: true };
  const only: OperationGateOptions = { registry, only: true, apqCache: true };
  const pq = (sha256Hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });
  const other = '{ products(first: 1) { totalCount } }';
  const decide = (
    query: unknown,
    extensions: unknown,
    options: OperationGateOptions,
    documentId?: unknown,
  ) => {
    const decision = decideOperation({ query, extensions, documentId }, options);
    return decision.action === 'refuse' ? decision.code : decision;
  };

  it('lets Apollo run texts and look up unknown hashes, and runs manifest ids itself', () => {
    expect(decide(other, undefined, open)).toEqual({ action: 'pass' });
    expect(decide(other, pq(sha256Hex(other)), open)).toEqual({ action: 'pass' });
    expect(decide(undefined, pq(sha256Hex(other)), open)).toEqual({ action: 'pass' });
    expect(decide(undefined, pq(sha256Hex(LISTING)), open)).toEqual({ action: 'run', query: LISTING });
    expect(decide(undefined, undefined, open, sha256Hex(REGISTER))).toEqual({
      action: 'run',
      query: REGISTER,
    });
  });

  it('refuses what breaks the protocol, whatever the mode', () => {
    for (const options of [open, only]) {
      expect(decide(other, pq(sha256Hex(LISTING)), options)).toBe('PERSISTED_QUERY_HASH_MISMATCH');
      expect(decide(LISTING, pq(sha256Hex(LISTING), 2), options)).toBe(
        'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
      );
      expect(decide(undefined, { persistedQuery: 'yes' }, options)).toBe('BAD_REQUEST');
      expect(decide(undefined, undefined, options, 42)).toBe('BAD_REQUEST');
      expect(decide(undefined, undefined, options, 'unknown')).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    expect(decide(undefined, pq('not-a-sha256'), open)).toBe('BAD_REQUEST');
    expect(decide(undefined, pq(sha256Hex(other)), { ...open, apqCache: false })).toBe(
      'PERSISTED_QUERY_NOT_SUPPORTED',
    );
  });

  it('PERSISTED_OPERATIONS_ONLY: runs registered operations only', () => {
    expect(decide(LISTING, undefined, only)).toEqual({ action: 'pass' });
    expect(decide(LISTING, pq(sha256Hex(LISTING)), only)).toEqual({ action: 'run', query: LISTING });
    expect(decide(undefined, pq(sha256Hex(LISTING)), only)).toEqual({ action: 'run', query: LISTING });
    expect(decide(other, undefined, only)).toBe('OPERATION_NOT_REGISTERED');
    expect(decide(other, pq(sha256Hex(other)), only)).toBe('OPERATION_NOT_REGISTERED');
    expect(decide(undefined, pq(sha256Hex(other)), only)).toBe('PERSISTED_QUERY_NOT_FOUND');
    // No text at all is Apollo's to refuse (it answers BAD_REQUEST).
    expect(decide(undefined, undefined, only)).toEqual({ action: 'pass' });
  });
});
