import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import type { AppContext } from '../graphql/app-context.js';
import { loadersMaker } from '../graphql/loaders.js';
import { createRateLimiter } from '../http/rate-limiter.js';
import { createLogger } from '../logger.js';
import { loaderFactories, provideServices, runStartHooks } from '../modules/index.js';

/**
 * The app's services without its HTTP server, for seeding in-process (`npm run seed -- --orders N`):
 * built as `startApp` builds them (every module's services, its start hooks), with no background task
 * started: nothing is mailed, swept or delivered while the history is written.
 */
export async function openSeedingApp(config: Config, database: DatabaseHandle): Promise<AppContext> {
  const context = {
    config,
    database,
    db: database.db,
    logger: createLogger(config.logLevel),
    rateLimiter: createRateLimiter(undefined, config.redisKeyPrefix),
    newLoaders: loadersMaker(loaderFactories),
  } as AppContext;
  provideServices(context);
  await runStartHooks(context);
  return context;
}
