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

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
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
      body: JSON.stringify({ query, variables }),
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
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
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
