import { type Config, loadConfig } from '../src/config.js';

/**
 * The app's settings under load, as environment variables: production mode, no throttling of the one
 * load generator. `benchConfig` gives them to an app started in the bench's process; a server process
 * of its own (bench/server-process.ts) gets them as its environment.
 */
export const BENCH_SETTINGS: Record<string, string> = {
  // As in production: counting SQL per request costs async context tracking; countSql() counts afterwards.
  QUERY_COUNT_HEADER: 'false',
  // The checkout scenario signs up 1,000 customers from one address; sign-in is not what is measured.
  BCRYPT_COST: '4',
  RATE_LIMIT_LOGIN_PER_IP: '1000000',
  // One load generator is one client: its cost budget must not be what is measured (the cost
  // analysis and the bucket take still run on every request).
  THROTTLE_CAPACITY: '1000000000',
  THROTTLE_RESTORE_RATE: '1000000000',
  LOG_LEVEL: 'silent',
  GRAPHQL_EXPLORER: 'off',
  GRAPHQL_INTROSPECTION: 'false',
  SEED_DEMO: 'false',
  // The same for every server of a run: tokens signed by one are checked by the others (countSql).
  JWT_SECRET: 'benchmark-secret-that-is-at-least-32-bytes',
};

/** The bench's settings, as the environment of an app started in this process. */
export function benchEnv(databaseUrl: string, dataDir: string): Record<string, string> {
  return {
    ...BENCH_SETTINGS,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
  };
}

/** The bench's settings for an app started in this process. */
export function benchConfig(databaseUrl: string, dataDir: string): Config {
  return loadConfig(benchEnv(databaseUrl, dataDir));
}
