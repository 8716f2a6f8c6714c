import {
  type ApolloServer,
  type BaseContext,
  type ContextFunction,
  HeaderMap,
  type HTTPGraphQLRequest,
} from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';

export interface GraphqlHandlerOptions {
  /**
   * Looks at (and may rewrite) the request before Apollo does; an error it returns is answered
   * instead of running anything. It is raised from the context function, which Apollo answers with
   * the error's own code and `extensions.http` status, after its CSRF check like any request.
   */
  prepare?: (request: HTTPGraphQLRequest, req: Request) => GraphQLError | undefined;
}

/**
 * Express handler for Apollo Server: what `@as-integrations/express5` does, minus two costs on
 * every answer. Its `res.send` copied the body into a Buffer (Express's ETag and length checks)
 * where `res.end` hands the string to the socket as is, and it parsed the URL with the legacy
 * `url.parse` to find the query string. On a products page (24 kB of JSON) the copy alone was a
 * twentieth of the memory allocated per request. Streamed bodies (incremental delivery) are
 * written chunk by chunk as before.
 */
export function graphqlHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: ContextFunction<[{ req: Request; res: Response }], TContext>,
  options: GraphqlHandlerOptions = {},
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const queryStart = req.url.indexOf('?');
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: queryStart === -1 ? '' : req.url.slice(queryStart),
      body: req.body,
    };
    const refusal = options.prepare?.(httpGraphQLRequest, req);
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: refusal ? () => Promise.reject(refusal) : () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(req.method === 'HEAD' ? undefined : response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
