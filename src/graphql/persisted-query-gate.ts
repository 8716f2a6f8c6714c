import type { HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type GateDecision, isRecord, type OperationParams } from './operation-gate.js';

/**
 * Applies the operation gate to an HTTP request before Apollo reads it: a POST body (JSON, or the
 * `operations` of a multipart upload) or a GET query string. A registered document replaces the
 * id it was asked by; a refusal comes back as the error to answer (HTTP 400). Requests the gate
 * cannot read (no object body, a batch, unparsable `extensions`) pass unchanged: Apollo refuses them.
 *
 * This runs before Apollo because Apollo's own APQ handling answers a hash that does not match its
 * text, or an unknown protocol version, with an error that has no code (masked as an internal error).
 */
export function gateHttpRequest(
  request: HTTPGraphQLRequest,
  decide: (params: OperationParams) => GateDecision,
): GraphQLError | undefined {
  if (request.method === 'POST') {
    const body = request.body;
    if (!isRecord(body)) return undefined;
    const decision = decide({ query: body.query, extensions: body.extensions, documentId: body.documentId });
    if (decision.action === 'run') {
      body.query = decision.query;
      delete body.documentId;
      const rest = withoutPersistedQuery(body.extensions);
      if (rest === undefined) delete body.extensions;
      else body.extensions = rest;
    }
    return refusal(decision);
  }
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.search);
    let extensions: unknown;
    try {
      const raw = search.get('extensions');
      extensions = raw === null ? undefined : JSON.parse(raw);
    } catch {
      return undefined;
    }
    const decision = decide({
      query: search.get('query') ?? undefined,
      extensions,
      documentId: search.get('documentId') ?? undefined,
    });
    if (decision.action === 'run') {
      search.set('query', decision.query);
      search.delete('documentId');
      const rest = withoutPersistedQuery(extensions);
      if (rest === undefined) search.delete('extensions');
      else search.set('extensions', JSON.stringify(rest));
      request.search = `?${search}`;
    }
    return refusal(decision);
  }
  return undefined;
}

function refusal(decision: GateDecision): GraphQLError | undefined {
  if (decision.action !== 'refuse') return undefined;
  return new GraphQLError(decision.message, {
    extensions: { code: decision.code, http: { status: 400 } },
  });
}

/** The request's extensions without the APQ hash, which no longer names what runs. */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (!isRecord(extensions) || !('persistedQuery' in extensions)) return extensions;
  const { persistedQuery: _hash, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
