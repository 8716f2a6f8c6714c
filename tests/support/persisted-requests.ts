import { createHash } from 'node:crypto';

/** Requests as persisted-query clients send them (Apollo Client's persisted query link, Codegen). */

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** An answer's status, data and errors; its `extensions.cost` report is the cost tests' to check. */
export interface RawAnswer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, any> }[];
  };
}

/** The APQ extension for a hash. */
export const persisted = (hash: string, version: unknown = 1) => ({
  persistedQuery: { version, sha256Hash: hash },
});

/** POSTs a GraphQL request body as given (any of query, extensions, documentId, variables). */
export async function postGraphql(graphqlUrl: string, body: Record<string, unknown>): Promise<RawAnswer> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return answer(response);
}

/**
 * GETs a GraphQL request, objects JSON-encoded in the query string. Apollo Client sends
 * `content-type: application/json` on GETs too, which is what satisfies the CSRF prevention.
 */
export async function getGraphql(graphqlUrl: string, params: Record<string, unknown>): Promise<RawAnswer> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const response = await fetch(`${graphqlUrl}?${search}`, {
    headers: { 'content-type': 'application/json' },
  });
  return answer(response);
}

async function answer(response: Response): Promise<RawAnswer> {
  const { extensions: _cost, ...body } = (await response.json()) as RawAnswer['body'] & {
    extensions?: unknown;
  };
  return { status: response.status, body };
}

/** `[code, status]` of an answer with exactly one error, for compact assertions. */
export function refusal(answer: RawAnswer): [string | undefined, number] {
  if (answer.body.errors?.length !== 1) throw new Error(`expected one error: ${JSON.stringify(answer.body)}`);
  return [answer.body.errors[0]?.extensions?.code, answer.status];
}
