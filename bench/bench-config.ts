import { type Config, loadConfig } from '../src/config.js';

/** The app's settings under load: production mode, no throttling of the one load generator. */
export function benchConfig(databaseUrl: string, dataDir: string): Config {
  return loadConfig({
    NODE_ENV: 'production',
    // As in production: counting SQL per request costs async context tracking; countSql() counts afterwards.
    QUERY_COUNT_HEADER: 'false',
    // The checkout scenario signs up 1,000 customers from one address; sign-in is not what is measured.
    BCRYPT_COST: '4',
    RATE_LIMIT_LOGIN_PER_IP: '1000000',
    // One load generator is one client: its cost budget must not be what is measured (the cost
    // analysis and the bucket take still run on every request).
    THROTTLE_CAPACITY: '1000000000',
    THROTTLE_RESTORE_RATE: '1000000000',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    JWT_SECRET: 'benchmark-secret-that-is-at-least-32-bytes',
    LOG_LEVEL: 'silent',
    GRAPHQL_EXPLORER: 'off',
    GRAPHQL_INTROSPECTION: 'false',
    SEED_DEMO: 'false',
  });
}
