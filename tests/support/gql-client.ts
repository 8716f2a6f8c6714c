import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * An operation written with `graphql()` from tests/generated/gql.js: its text, and the types of
 * its result and variables that `npm run codegen` derived from schema.graphql.
 */
export type TypedOperation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** A plain query text or a typed operation: what raw fetch helpers accept. */
export type OperationText = string | TypedOperation<unknown, never>;

/** The variables argument: optional when the operation declares none (or only optional ones). */
export type VariablesOf<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/** A small GraphQL-over-HTTP client with a cookie jar and an optional bearer token. */
export class GqlClient {
  token: string | null = null;
  readonly cookies = new Map<string, string>();

  constructor(readonly url: string) {}

  /** Runs a typed operation; the response's data has the operation's result type. */
  query<TResult, TVariables>(
    document: TypedOperation<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<GqlResponse<TResult>> {
    return this.request<TResult>(document.toString(), variables ?? {});
  }

  request<TResult, TVariables>(
    document: TypedOperation<TResult, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<TResult>>;
  request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  async request<T>(
    query: string | TypedOperation<T, unknown>,
    variables: unknown = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    const cookieHeader = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(cookieHeader ? { cookie: cookieHeader } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    for (const line of response.headers.getSetCookie()) this.storeCookie(line);
    const body = (await response.json()) as { data?: T | null; errors?: GqlResponse['errors'] };
    return {
      status: response.status,
      headers: response.headers,
      data: body.data ?? null,
      ...(body.errors ? { errors: body.errors } : {}),
    };
  }

  /** Runs an operation that must not produce top-level errors, and returns its data. */
  ok<TResult, TVariables>(
    document: TypedOperation<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<TResult>;
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async ok<T>(query: string | TypedOperation<T, unknown>, variables: unknown = {}): Promise<T> {
    const result = await this.request<T>(query.toString(), variables as Record<string, unknown>);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  private storeCookie(line: string): void {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    if (!pair) return;
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const expired = attributes.some(
      (a) => /^expires=/i.test(a) && new Date(a.slice(8)).getTime() <= Date.now(),
    );
    if (value === '' || expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
