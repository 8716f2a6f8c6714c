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
 * What a domain contributes to the server, collected by the composition root
 * (src/modules/index.ts): its GraphQL resolvers, its per-request DataLoader groups and its hook
 * handlers. Its tables are found by drizzle-kit through `src/modules/*\/*.tables.ts`.
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
}
