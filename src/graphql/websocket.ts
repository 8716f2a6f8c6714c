import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AppContext } from './app-context.js';
import { createRequestContext, type RequestContext } from './context.js';
import { type CostReport, guardOperation } from './cost/operation-guard.js';
import { runWithinDeadline } from './deadline-execution.js';
import { formatError, isPublicError, maskingOptions } from './error-masking.js';
import { PublicError } from './errors.js';
import type { Viewer } from './identity.js';
import { checkOperationInputs } from './input-limits.js';
import type { GateDecision, OperationParams } from './operation-gate.js';

/** The path of the GraphQL endpoint, for HTTP and WebSocket alike. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Operations one WebSocket connection may run at once. Each subscription holds a queue and a slot in
 * the event hub: a client opening them without end would grow the server's memory without end.
 */
export const MAX_OPERATIONS_PER_CONNECTION = 50;

export interface GraphqlWsServer {
  /**
   * Refuses new connections and closes the open ones (1001 Going Away; clients reconnect to
   * another instance). Sockets that have not finished their closing handshake within
   * `timeoutMs` are cut.
   */
  close(timeoutMs: number): Promise<void>;
}

/**
 * The access token a graphql-ws client sends in `connectionParams` (the `connection_init`
 * payload), as an Authorization header value: `{ authorization: 'Bearer <token>' }` (also
 * `Authorization`) or `{ accessToken: '<token>' }`. Undefined when there is none: anonymous.
 */
export function authorizationFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined) {
  if (!params) return undefined;
  const header = params.authorization ?? params.Authorization;
  if (typeof header === 'string' && header.trim() !== '') return header;
  const token = params.accessToken;
  if (typeof token === 'string' && token.trim() !== '') return `Bearer ${token.trim()}`;
  return undefined;
}

/**
 * Serves GraphQL over WebSocket (the graphql-ws protocol, subprotocol `graphql-transport-ws`) on
 * the HTTP server's /graphql path: subscriptions, and queries and mutations too if a client sends
 * them that way. The schema is the HTTP one, with `@auth`; each operation gets a request context
 * whose viewer comes from the connection's `connectionParams`; errors are masked as over HTTP.
 */
export function startGraphqlWsServer(
  app: AppContext,
  server: Server,
  schema: GraphQLSchema,
  /** The operation gate (persisted operations), as over HTTP but without an APQ cache. */
  decide: (params: OperationParams) => GateDecision,
): GraphqlWsServer {
  const { logger } = app;
  const masking = maskingOptions(app.config);
  // Messages are capped like HTTP bodies (express.json's 1 MB), not at ws's default 100 MiB.
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH, maxPayload: 1024 * 1024 });
  const connectionViewers = new WeakMap<object, Promise<Viewer | null>>();
  /** Cost reports of operations accepted on a connection, by operation id, until their first result. */
  const costReports = new WeakMap<object, Map<string, CostReport>>();
  const pendingReports = (ctx: object) => {
    let reports = costReports.get(ctx);
    if (!reports) {
      reports = new Map();
      costReports.set(ctx, reports);
    }
    return reports;
  };
  // The token is checked once per connection, like an HTTP request's: operations started later on
  // the same socket keep that viewer even after the access token expires (the socket, not the
  // token, is the session; clients send a fresh token when they reconnect).
  const viewerOf = (ctx: object, authorization: string | undefined) => {
    let viewer = connectionViewers.get(ctx);
    if (!viewer) {
      viewer = app.identity.resolveViewer(app.db, authorization);
      connectionViewers.set(ctx, viewer);
    }
    return viewer;
  };
  /** Masks what the client may not see, logs it with the operation's request id. */
  const mask = (errors: readonly GraphQLError[], requestId: string | undefined) =>
    errors.map((raw) => {
      // Without a path, and caused by nothing but graphql-js itself, the error is about the request
      // (a variable of the wrong type, an unknown operation name): BAD_USER_INPUT, as Apollo answers
      // over HTTP. Errors of resolvers and `subscribe` functions always have a path.
      const error =
        !raw.path &&
        (!raw.originalError || raw.originalError instanceof GraphQLError) &&
        raw.extensions?.code === undefined
          ? withCode(raw, 'BAD_USER_INPUT')
          : raw;
      if (!isPublicError(error)) {
        logger.error(
          { requestId, path: error.path, err: error.originalError ?? error },
          'unexpected error while executing a GraphQL operation over WebSocket',
        );
      }
      const formatted = formatError(error.toJSON(), error, masking);
      return formatted.extensions?.code === 'INTERNAL_SERVER_ERROR'
        ? { ...formatted, extensions: { ...formatted.extensions, requestId } }
        : formatted;
    });

  const disposable = useServer<Record<string, unknown>>(
    {
      schema,
      // Parsing and validation here, so their errors carry the codes they have over HTTP (graphql-ws
      // would otherwise close the socket on a syntax error).
      onSubscribe: async (ctx, id, payload) => {
        // The operation being started already holds its slot in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_CONNECTION) {
          const message = `At most ${MAX_OPERATIONS_PER_CONNECTION} operations may run at once on one connection: end one first.`;
          return [
            new GraphQLError(message, {
              originalError: new PublicError('TOO_MANY_SUBSCRIPTIONS', message),
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
            }),
          ];
        }
        // graphql-ws requires a `query` string: a client sending only a hash sends an empty one.
        const decision = decide({
          query: payload.query === '' ? undefined : payload.query,
          extensions: payload.extensions,
          documentId: (payload as { documentId?: unknown }).documentId,
        });
        if (decision.action === 'refuse') {
          return [new GraphQLError(decision.message, { extensions: { code: decision.code } })];
        }
        let document: DocumentNode;
        try {
          document = parse(decision.action === 'run' ? decision.query : payload.query, {
            maxTokens: app.config.queryLimits.maxTokens,
          });
        } catch (err) {
          if (err instanceof GraphQLError) return [withCode(err, 'GRAPHQL_PARSE_FAILED')];
          throw err;
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return invalid.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        // List caps and NUL refusal, as over HTTP; an unknown operation name is graphql-js's to report.
        const operation = getOperationAST(document, payload.operationName);
        const refused =
          operation &&
          checkOperationInputs(schema, document, operation, payload.variables, {
            maxListItems: app.config.inputMaxListItems,
          });
        if (refused) return [refused];
        if (operation) {
          // The same limits and throttle as over HTTP; a subscription pays once, when it starts.
          const authorization = authorizationFromConnectionParams(ctx.connectionParams);
          const ip = ctx.extra.request.socket.remoteAddress ?? 'unknown';
          try {
            const report = await guardOperation({
              schema,
              document,
              operation,
              variables: payload.variables ?? undefined,
              config: app.config,
              rateLimiter: app.rateLimiter,
              clientKey: async () => {
                const userId = await app.identity.tokenUserId(authorization);
                return userId ? `user:${userId}` : `ip:${ip}`;
              },
              role: async () => (await viewerOf(ctx, authorization))?.role ?? null,
            });
            pendingReports(ctx).set(id, report);
          } catch (err) {
            if (err instanceof GraphQLError) return [err];
            throw err;
          }
        }
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
        };
      },
      context: (ctx, _id, _payload): RequestContext => {
        const request = ctx.extra.request;
        const userAgent = request.headers['user-agent'];
        const authorization = authorizationFromConnectionParams(ctx.connectionParams);
        const context = createRequestContext(app, {
          requestId: randomUUID(),
          ip: request.socket.remoteAddress ?? 'unknown',
          userAgent: typeof userAgent === 'string' ? userAgent : undefined,
          authorization,
          cookies: null,
        });
        context.viewer = () => viewerOf(ctx, authorization);
        return context;
      },
      // Queries and mutations sent over the socket get the time budget they get over HTTP.
      execute: (args) =>
        runWithinDeadline(
          args.contextValue as RequestContext,
          getOperationAST(args.document, args.operationName)?.operation ?? 'query',
          args.operationName,
          () => execute(args),
        ),
      onNext: (ctx, id, _payload, args, result: ExecutionResult) => {
        // The operation's first result reports what it cost, as an HTTP answer does.
        const report = costReports.get(ctx)?.get(id);
        costReports.get(ctx)?.delete(id);
        const reported = report ? { ...result, extensions: { ...result.extensions, cost: report } } : result;
        if (!result.errors?.length) return reported;
        const requestId = (args.contextValue as RequestContext | undefined)?.requestId;
        return { ...reported, errors: mask(result.errors, requestId) };
      },
      onError: (ctx, id, _payload, errors) => {
        costReports.get(ctx)?.delete(id);
        return mask(errors, undefined);
      },
      onComplete: (ctx, id) => {
        costReports.get(ctx)?.delete(id);
      },
    },
    wss,
  );

  return {
    async close(timeoutMs) {
      // Sends 1001 to every client, stops accepting upgrades, and resolves once every socket is closed;
      // a client that does not answer the closing handshake in time is cut.
      const cut = setTimeout(() => {
        for (const socket of wss.clients) socket.terminate();
      }, timeoutMs);
      try {
        await disposable.dispose();
      } finally {
        clearTimeout(cut);
      }
    },
  };
}

/** The same error with an `extensions.code`, keeping its locations. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code },
  });
}

/**
 * Subscriptions are served over WebSocket only: a subscription sent by HTTP POST or GET gets a
 * clear 400 instead of being executed as a query (which would never deliver anything).
 */
export function subscriptionsOverHttpRefused(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            `Subscriptions are not served over HTTP: connect a graphql-ws client (WebSocket, subprotocol graphql-transport-ws) to ${GRAPHQL_PATH}.`,
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
