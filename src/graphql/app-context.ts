import type { Config } from '../config.js';
import type { Database, DatabaseHandle } from '../db/client.js';
import type { ReadReplica } from '../db/read-replica.js';
import type { RateLimiter } from '../http/rate-limiter.js';
import type { Logger } from '../logger.js';
import type { Identity } from './identity.js';
import type { Loaders } from './loaders.js';

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
  /** The replica storefront queries read from (DATABASE_READ_URL); unset: everything on `db`. */
  readReplica?: ReadReplica;
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
