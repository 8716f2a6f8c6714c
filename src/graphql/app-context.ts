import type { Router } from 'express';
import type { Registry } from 'prom-client';
import type { Config } from '../config.js';
import type { Database, DatabaseHandle } from '../db/client.js';
import type { RateLimiter } from '../http/rate-limiter.js';
import type { Logger } from '../logger.js';
import type { Identity } from './identity.js';
import type { LoaderFactories, Loaders } from './loaders.js';

/**
 * Long-lived dependencies of one server instance, shared by every request. The shared ones are
 * listed here; a domain that keeps a long-lived service of its own (the outbox worker, the payment
 * providers, the order event hub…) adds it by declaration merging, next to that service:
 *
 * ```ts
 * declare module '../../graphql/app-context.js' {
 *   interface AppContext { outbox: OutboxWorker }
 * }
 * ```
 */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Database;
  logger: Logger;
  rateLimiter: RateLimiter;
  /** Who is calling (the account domain's answer). */
  identity: Identity;
  /** Makes one request's DataLoaders (every domain's groups). */
  newLoaders(db: Database): Loaders;
}

/**
 * Something of one server instance that runs beside the requests (a polling worker, a LISTEN
 * connection, a mail pool): started before the server listens, stopped after it has drained, in the
 * reverse order of the modules.
 */
export interface BackgroundTask {
  /** Unique among all tasks; `StartOptions.idleWorkers` names tasks to leave stopped (tests drive them). */
  readonly name: string;
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}

/**
 * What a domain contributes to the server, collected by the composition root
 * (src/modules/index.ts, which app.ts iterates): GraphQL resolvers, per-request DataLoader groups,
 * hook handlers, long-lived services, background tasks and HTTP routes. Its tables are found by
 * drizzle-kit through `src/modules/*\/*.tables.ts`.
 */
export interface DomainModule {
  /** The domain's folder under src/modules. */
  readonly name: string;
  /** type-graphql resolver classes. */
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as Function.
  readonly resolvers: readonly Function[];
  /** DataLoader groups, by their name on `ctx.loaders`. */
  readonly loaders?: Partial<LoaderFactories>;
  /**
   * Registers this domain's handlers on the hooks of domains it depends on (src/graphql/hook.ts):
   * how a domain reacts to another without that one importing it. Called once by the composition root.
   */
  readonly wire?: () => void;
  /**
   * Builds this domain's long-lived services for one server instance (they join AppContext by
   * declaration merging). Modules are asked in the composition root's order, so `app` already holds
   * the shared services and those of every module listed before this one.
   */
  readonly services?: (app: AppContext) => Partial<AppContext>;
  /** Runs once per start, after migrations and before anything is served (e.g. the configured admin). */
  readonly onStart?: (app: AppContext) => Promise<void>;
  /** This domain's background tasks (workers, listeners), built once all services exist. */
  readonly tasks?: (app: AppContext) => readonly BackgroundTask[];
  /**
   * Mounts HTTP routes outside /graphql (a provider's webhook). They come before any body parser:
   * a route that checks a signature reads the raw bytes itself.
   */
  readonly routes?: (router: Router, app: AppContext) => void;
  /**
   * Registers this domain's metrics (a backlog, a gauge of open subscriptions) on the instance's
   * Prometheus registry, when metrics are on. Values read at scrape time go in a metric's `collect`.
   */
  readonly metrics?: (registry: Registry, app: AppContext) => void;
}
