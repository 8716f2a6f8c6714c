import { type PersistedOperations, sha256Hex } from './persisted-operations.js';

/**
 * Codes of the requests the gate refuses (top-level `extensions.code`, HTTP 400), all decided
 * before anything is parsed. Apollo's own PERSISTED_QUERY_NOT_FOUND (HTTP 200, the signal for an
 * APQ client to send the text) is answered by Apollo for hashes the gate passes on.
 */
export type GateCode =
  | 'BAD_REQUEST'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'PERSISTED_QUERY_HASH_MISMATCH'
  | 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED'
  | 'OPERATION_NOT_REGISTERED';

/** The parts of a GraphQL request the gate reads, as the client sent them (not yet checked). */
export interface OperationParams {
  query: unknown;
  extensions: unknown;
  /** GraphQL-over-HTTP persisted documents (Codegen's client preset sends it). */
  documentId: unknown;
}

export type GateDecision =
  /** Leave the request as it is (Apollo runs the text, or looks the hash up in the APQ cache). */
  | { action: 'pass' }
  /** Run this registered text instead of what the request names (drop its hash and document id). */
  | { action: 'run'; query: string }
  | { action: 'refuse'; code: GateCode; message: string };

export interface OperationGateOptions {
  /** The manifest's operations (PERSISTED_OPERATIONS_FILE), if any. */
  registry: PersistedOperations | undefined;
  /** PERSISTED_OPERATIONS_ONLY: nothing but the registry's operations runs. */
  only: boolean;
  /** Whether a hash the registry lacks may be looked up in the APQ cache (HTTP yes, WebSocket no). */
  apqCache: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const PERSISTED_QUERY_SHAPE =
  'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<SHA-256 of the query, hex>" }.';

const refuse = (code: GateCode, message: string): GateDecision => ({ action: 'refuse', code, message });
const PASS: GateDecision = { action: 'pass' };

/**
 * Decides, before any parsing, what a request may run: the automatic persisted queries protocol
 * (version, hash format, a hash that does not match its text), ids from the manifest, and, in
 * PERSISTED_OPERATIONS_ONLY mode, nothing that is not registered.
 */
export function decideOperation(params: OperationParams, options: OperationGateOptions): GateDecision {
  const { registry, only } = options;
  const text = typeof params.query === 'string' ? params.query : undefined;

  if (params.documentId !== undefined && params.documentId !== null) {
    if (typeof params.documentId !== 'string') return refuse('BAD_REQUEST', 'documentId must be a string.');
    const document = registry?.document(params.documentId);
    if (document !== undefined) return { action: 'run', query: document };
    return refuse('PERSISTED_QUERY_NOT_FOUND', 'No operation is registered under this documentId.');
  }

  const persisted = isRecord(params.extensions) ? params.extensions.persistedQuery : undefined;
  if (persisted !== undefined && persisted !== null) {
    if (!isRecord(persisted)) return refuse('BAD_REQUEST', PERSISTED_QUERY_SHAPE);
    if (persisted.version !== 1) {
      return refuse(
        'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
        'Only version 1 of the persisted query protocol is supported (extensions.persistedQuery.version: 1).',
      );
    }
    const hash = persisted.sha256Hash;
    if (typeof hash !== 'string') return refuse('BAD_REQUEST', PERSISTED_QUERY_SHAPE);
    if (text !== undefined) {
      if (sha256Hex(text) !== hash) {
        return refuse(
          'PERSISTED_QUERY_HASH_MISMATCH',
          'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text: the query was not run.',
        );
      }
      if (!only) return PASS; // Apollo runs it and registers it in the APQ cache
      return registry?.registers(text) ? { action: 'run', query: text } : notRegistered();
    }
    const document = registry?.document(hash);
    if (document !== undefined) return { action: 'run', query: document };
    if (only) return refuse('PERSISTED_QUERY_NOT_FOUND', 'No operation is registered under this hash.');
    if (!options.apqCache) {
      return refuse(
        'PERSISTED_QUERY_NOT_SUPPORTED',
        'Persisted query hashes are not looked up here: send the query text with the hash.',
      );
    }
    // A malformed hash could never match; refusing it also keeps odd keys out of the shared cache.
    return SHA256_HEX.test(hash) ? PASS : refuse('BAD_REQUEST', PERSISTED_QUERY_SHAPE);
  }

  // No text at all is Apollo's to refuse ("must contain a non-empty query").
  if (!only || text === undefined || text === '') return PASS;
  return registry?.registers(text) ? PASS : notRegistered();
}

function notRegistered(): GateDecision {
  return refuse(
    'OPERATION_NOT_REGISTERED',
    'This server only runs registered operations, and this one is not registered.',
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
