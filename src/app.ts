import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/client.js';
import { openReadReplica, type ReadReplica } from './db/read-replica.js';
import { explorerRoutes } from './explorer/routes.js';
import type { AppContext, BackgroundTask } from './graphql/app-context.js';
import { createRequestContext, type RequestContext } from './graphql/context.js';
import { queryCostPlugin } from './graphql/cost/cost-plugin.js';
import { crossSiteGuard } from './graphql/cross-site-guard.js';
import { withRequestDeadline } from './graphql/deadline-execution.js';
import { boundedDocumentStore } from './graphql/document-store.js';
import { errorLoggingPlugin, formatError, maskingOptions } from './graphql/error-masking.js';
import { inputLimitsPlugin } from './graphql/input-limits.js';
import { jitGateway } from './graphql/jit-executor.js';
import { loadersMaker } from './graphql/loaders.js';
import { operationFactsPlugin } from './graphql/operation-facts.js';
import { type PersistedQueries, setUpPersistedQueries } from './graphql/persisted-queries.js';
import { gateHttpRequest } from './graphql/persisted-query-gate.js';
import { readReplicaPlugin } from './graphql/read-replica-plugin.js';
import { ResponseCache, responseCacheCounters } from './graphql/response-cache.js';
import { responseCachePlugin } from './graphql/response-cache-plugin.js';
import type { Tracing } from './graphql/tracing-hooks.js';
import { startGraphqlWsServer, subscriptionsOverHttpRefused } from './graphql/websocket.js';
import { accessLog } from './http/access-log.js';
import { graphqlBodyErrors, MAX_BODY_BYTES, multipartBody } from './http/body-errors.js';
import { expressCookies } from './http/cookies.js';
import { createExpressServer } from './http/express-server.js';
import { graphqlHandler } from './http/graphql-handler.js';
import { metricsRoute } from './http/metrics.js';
import { createRateLimiter, type RateLimiter } from './http/rate-limiter.js';
import { newRequestFacts } from './http/request-facts.js';
import { requestId } from './http/request-id.js';
import { retryAfterHeader } from './http/retry-after-header.js';
import { webhookErrors } from './http/webhook-errors.js';
import { createLogger, type Logger, withoutStatementValuesLogger } from './logger.js';
import {
  backgroundTasks,
  buildStoreSchema,
  loaderFactories,
  mountDomainRoutes,
  provideServices,
  runStartHooks,
} from './modules/index.js';
import { type InstanceMetrics, setUpMetrics } from './operations.js';

export interface StartOptions {
  /** An already open database (tests); otherwise opened from the config. */
  database?: DatabaseHandle;
  logger?: Logger;
  rateLimiter?: RateLimiter;
  /**
   * Background tasks to leave stopped, by name (tests drive them by hand: `outbox`,
   * `reservation-sweeper`, `webhooks`, `housekeeping`, `report-compaction`). An unknown name is refused.
   */
  idleWorkers?: readonly string[];
  /**
   * Services that replace the ones the domain modules would build (tests inject payment providers
   * that fail, or Stripe pointed at a local server).
   */
  services?: Partial<AppContext>;
  /** OpenTelemetry hooks (main.ts loads them when the OTEL_* variables ask for traces). */
  tracing?: Tracing;
}

export interface RunningApp {
  context: AppContext;
  server: Server;
  /** Base URL the server listens on, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Base URL of the METRICS_PORT server, when it has one (its /metrics). */
  metricsUrl?: string;
  /** Graceful stop: no new connections, in-flight requests finish (bounded), then the database closes. */
  stop(): Promise<void>;
}

/** Opens the database, applies migrations, and serves the API until `stop()`. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  // Whatever logger is given, no line it writes holds the values of an SQL statement.
  const logger = withoutStatementValuesLogger(options.logger ?? createLogger(config.logLevel));
  // First: a bad manifest stops the start before anything is opened or written.
  const persistedQueries = setUpPersistedQueries(config, logger);
  const database =
    options.database ??
    (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, ...config.database }));
  let rateLimiter: RateLimiter | undefined;
  let readReplica: ReadReplica | undefined;
  let metrics: InstanceMetrics | undefined;
  let responseCache: ResponseCache | undefined;
  const started: BackgroundTask[] = [];
  const stopTasks = async () => {
    while (started.length > 0) await started.pop()?.stop();
  };
  try {
    await database.migrate();
    readReplica = await openReplica(config, logger);
    rateLimiter =
      options.rateLimiter ??
      createRateLimiter(config.redisUrl, config.redisKeyPrefix, (err) =>
        logger.warn(
          { err },
          'Redis is unreachable: rate limits and query cost budgets are per instance until it is back',
        ),
      );
    const context = {
      config,
      database,
      db: database.db,
      ...(readReplica ? { readReplica } : {}),
      logger,
      rateLimiter,
      newLoaders: loadersMaker(loaderFactories),
    } as AppContext;
    provideServices(context, options.services);
    metrics = setUpMetrics(context, persistedQueries.operationNames);
    await runStartHooks(context);
    await seedDemoOnFirstStart(context);

    const tasks = backgroundTasks(context);
    const idle = new Set(options.idleWorkers);
    for (const name of idle) {
      if (!tasks.some((task) => task.name === name)) throw new Error(`idleWorkers: no task is named ${name}`);
    }
    // Started before listening (the order event LISTEN first): a subscription accepted once the server
    // listens misses no committed event. An idle task is still stopped at the end (it may hold resources).
    for (const task of tasks) {
      if (!idle.has(task.name)) await task.start();
      started.push(task);
    }
    if (config.responseCache.enabled) {
      // Listening before the server does: no committed catalog change can slip past it.
      responseCache = new ResponseCache(database, logger, {
        ...config.responseCache,
        redisUrl: config.redisUrl,
        redisKeyPrefix: config.redisKeyPrefix,
      });
      if (metrics) responseCache.counters = responseCacheCounters(metrics.metrics.registry);
      await responseCache.start();
    }
    const { server, serve } = createExpressServer();
    const schema = await buildStoreSchema();
    options.tracing?.instrumentSchema(schema);
    const apollo = await createApollo(
      context,
      server,
      schema,
      persistedQueries,
      metrics,
      options.tracing,
      responseCache,
    );
    serve(createExpressApp(context, apollo, persistedQueries, metrics, options.tracing));
    const graphqlWs = startGraphqlWsServer(context, server, schema, persistedQueries.decideWebSocket);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const metricsUrl = await metrics?.listen();
    if (metricsUrl) logger.info({ url: `${metricsUrl}/metrics` }, 'metrics served on their own port');

    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        // WebSockets first: the HTTP server cannot finish closing while upgraded sockets stay open.
        await graphqlWs.close(config.shutdownTimeoutMs);
        await apollo.stop(); // drains the HTTP server within SHUTDOWN_TIMEOUT_MS
        await stopTasks();
        await responseCache?.stop();
        await context.rateLimiter.close();
        await metrics?.close();
        await persistedQueries.close();
        await database.close();
        await readReplica?.close();
      })();
      return stopping;
    };
    return { context, server, url, ...(metricsUrl ? { metricsUrl } : {}), stop };
  } catch (err) {
    await metrics?.close();
    await responseCache?.stop();
    await stopTasks();
    if (!options.rateLimiter) await rateLimiter?.close();
    await persistedQueries.close();
    if (!options.database) await database.close();
    await readReplica?.close();
    throw err;
  }
}

async function createApollo(
  context: AppContext,
  server: Server,
  schema: GraphQLSchema,
  persistedQueries: PersistedQueries,
  metrics: InstanceMetrics | undefined,
  tracing: Tracing | undefined,
  responseCache: ResponseCache | undefined,
): Promise<ApolloServer<RequestContext>> {
  const { config, logger } = context;
  const masking = maskingOptions(config);
  const gateway = withRequestDeadline(jitGateway(schema));
  const apollo = new ApolloServer<RequestContext>({
    gateway: tracing ? tracing.wrapGateway(gateway) : gateway,
    documentStore: boundedDocumentStore(),
    introspection: config.introspection,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (stop Apollo, the worker, then the database). Apollo's own handlers
    // would stop it alone and re-raise the signal, which main.ts takes as a second signal: exit 1.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // graphql-js stops parsing past this many tokens: an oversized text never becomes a document.
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    formatError: (formatted, error) => formatError(formatted, error, masking),
    // Apollo's default appends a newline to the JSON: a second 24 kB string (a cons string flattened
    // again before the socket write) for every products page.
    stringifyResult: (result) => JSON.stringify(result),
    persistedQueries: persistedQueries.apollo,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: config.shutdownTimeoutMs,
      }),
      // GraphiQL is served by explorerRoutes (createExpressApp); Apollo's Sandbox only when chosen.
      config.explorer === 'apollo-sandbox'
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true })
        : ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints are used; the plugin would otherwise run on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      errorLoggingPlugin(logger),
      subscriptionsOverHttpRefused(),
      // Cookie sessions: a mutation sent with the access cookie from another site runs nothing.
      ...(config.authCookieMode
        ? [crossSiteGuard([new URL(config.publicUrl).origin, ...config.corsOrigins])]
        : []),
      retryAfterHeader(),
      queryCostPlugin(),
      // List caps and NUL refusal on every input, before any resolver runs.
      inputLimitsPlugin({ maxListItems: config.inputMaxListItems }),
      // Storefront queries to the replica; the write position to clients that wrote.
      ...(context.readReplica ? [readReplicaPlugin(context.readReplica)] : []),
      // Operation name, type and outcome for the access log; the operation metrics when on.
      operationFactsPlugin(metrics),
      // After the cost guard (didResolveOperation): a cached answer is still costed and throttled.
      ...(responseCache ? [responseCachePlugin(responseCache)] : []),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              // Development aid and test hook: SQL statements this request ran.
              if (config.queryCountHeader) {
                response.http.headers.set('x-sql-query-count', String(contextValue.facts.queryCount.count));
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  return apollo;
}

function createExpressApp(
  context: AppContext,
  apollo: ApolloServer<RequestContext>,
  persistedQueries: PersistedQueries,
  metrics: InstanceMetrics | undefined,
  tracing: Tracing | undefined,
): express.Express {
  const { config, database } = context;
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every response body into an ETag; GraphQL answers POSTs, which no cache
  // revalidates, so that was CPU spent for nothing (/media has its own ETags from express.static).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  if (tracing) app.use(tracing.httpMiddleware);
  app.use(requestId);
  if (metrics) app.use(metrics.metrics.httpMiddleware());
  if (config.operations.accessLog) app.use(accessLog(context.logger));
  metrics?.mount(app);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: 'ok', database: database.kind });
    } catch (err) {
      context.logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Providers' webhooks, signed over their raw bodies: mounted before any body parser.
  mountDomainRoutes(app, context);
  app.use('/webhooks', webhookErrors(context.logger));

  mkdirSync(config.mediaDir, { recursive: true });
  app.use(
    '/media',
    metricsRoute('/media'),
    express.static(config.mediaDir, { maxAge: '365d', immutable: true, index: false }),
  );

  // Browsers opening /graphql get the explorer; every other request goes on to the API below.
  if (config.explorer === 'graphiql') app.use('/graphql', explorerRoutes('/graphql', context.logger));
  app.use(
    '/graphql',
    metricsRoute('/graphql'),
    cors({ origin: config.corsOrigins, credentials: true }),
    express.json({ limit: MAX_BODY_BYTES }),
    // busboy flags a file as too large when it reaches maxFileSize: +1 accepts exactly the limit.
    multipartBody({ maxFileSize: config.uploadMaxFileSize + 1, maxFiles: 10 }),
    (_req, res, next) => {
      // Filled in as the operation runs; its SQL statements are counted by the request's database.
      res.locals.facts = newRequestFacts();
      next();
    },
    graphqlHandler(
      apollo,
      async ({ req, res }) =>
        createRequestContext(context, {
          requestId: req.requestId,
          ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          userAgent: req.get('user-agent'),
          authorization: req.get('authorization'),
          cookies: expressCookies(req, res),
          cartToken: req.get('x-cart-token'),
          facts: res.locals.facts,
        }),
      {
        prepare: (request, req) => {
          const refusal = gateHttpRequest(request, persistedQueries.decideHttp);
          // A client's mistake, answered with its code: nothing for the error log.
          if (refusal)
            context.logger.debug(
              { requestId: req.requestId, code: refusal.extensions.code },
              refusal.message,
            );
          return refusal;
        },
      },
    ),
  );
  // Unreadable bodies answer 400/413 JSON in the GraphQL error shape, logged without the body.
  app.use('/graphql', graphqlBodyErrors(context.logger));
  return app;
}

/**
 * The read replica of DATABASE_READ_URL. One that does not answer at start does not stop the server:
 * the primary serves every read (a warning says so) until the replica answers.
 */
async function openReplica(config: Config, logger: Logger): Promise<ReadReplica | undefined> {
  const url = config.database.readUrl;
  if (url === undefined) return undefined;
  const replica = await openReadReplica(url, config.database, logger);
  try {
    await replica.handle.ping();
  } catch (err) {
    if (!replica.failed(err)) throw err;
  }
  return replica;
}

/**
 * A newcomer's first `npm start` shows a catalog: the embedded on-disk database (DATABASE_URL
 * unset), still without products, gets 200 demo products with images, demo shipping methods and
 * tax rates unless SEED_DEMO=false.
 * PostgreSQL and `memory://` (tests) are never touched; `npm run seed` fills those on request.
 */
async function seedDemoOnFirstStart(context: AppContext): Promise<void> {
  const { config, database, logger } = context;
  if (config.databaseUrl !== undefined || database.kind !== 'pglite' || !config.seedDemo) return;
  // Loaded only here: the demo data and its generator are no part of a serving process otherwise.
  const { seedDemoStoreIfEmpty } = await import('./seed/first-start.js');
  await seedDemoStoreIfEmpty(database.db, config.mediaDir, logger, config.storeCurrency);
}
