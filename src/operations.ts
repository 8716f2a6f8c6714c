import type { Express } from 'express';
import type { Config } from './config.js';
import { registerPoolMetrics } from './db/pool-metrics.js';
import type { AppContext } from './graphql/app-context.js';
import { OperationNames } from './graphql/operation-facts.js';
import { AppMetrics } from './http/metrics.js';
import { metricsHandler, startMetricsServer } from './http/metrics-endpoint.js';
import { registerDomainMetrics } from './modules/index.js';

/** Metrics of one server instance (README "Operations"), when METRICS_ENABLED. */
export interface InstanceMetrics {
  metrics: AppMetrics;
  names: OperationNames;
  /** Serves /metrics on the API port (when METRICS_PORT is unset) and on METRICS_PORT. */
  mount(app: Express): void;
  /** Starts the METRICS_PORT server, if configured; returns its URL. */
  listen(): Promise<string | undefined>;
  close(): Promise<void>;
}

export function setUpMetrics(
  context: AppContext,
  registeredOperationNames: readonly string[],
): InstanceMetrics | undefined {
  const settings = context.config.operations.metrics;
  if (!settings.enabled) return undefined;
  const metrics = new AppMetrics();
  registerPoolMetrics(metrics.registry, context.database, context.logger, context.readReplica?.handle);
  registerDomainMetrics(metrics.registry, context);
  let server: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  return {
    metrics,
    names: new OperationNames(settings.maxOperationNames, registeredOperationNames),
    mount(app) {
      // With a port of its own, the API port does not serve metrics (404 like any unknown path).
      if (settings.port !== undefined) return;
      app.get('/metrics', metricsHandler(metrics.registry, apiPortAccess(context.config)));
    },
    async listen() {
      if (settings.port === undefined) return undefined;
      const handler = metricsHandler(metrics.registry, { token: settings.token, loopbackOnly: false });
      server = await startMetricsServer(handler, settings.port, settings.host);
      return server.url;
    },
    async close() {
      await server?.close();
    },
  };
}

/** On the API port: the token when set, else (development and tests only) local clients only. */
function apiPortAccess(config: Config) {
  const { token } = config.operations.metrics;
  return { token, loopbackOnly: token === undefined };
}
