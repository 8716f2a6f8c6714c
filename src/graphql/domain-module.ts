import type { Router } from 'express';
import type { Registry } from 'prom-client';
import type { Purge } from '../db/purge.js';
import type { AppContext, BackgroundTask } from './app-context.js';
import type { LoaderFactories } from './loaders.js';
import type { NodeKind } from './node.js';

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
  /** The types of this domain that implement Node, and how `node(id)` loads them. */
  readonly nodes?: readonly NodeKind[];
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
   * What this domain deletes from its own tables once nobody needs it (expired, used, old): run by the
   * shared `housekeeping` task (src/graphql/housekeeping.ts), each with its retention from the config.
   */
  readonly purges?: (app: AppContext) => readonly Purge[];
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
