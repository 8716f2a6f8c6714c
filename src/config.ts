import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IANAZone } from 'luxon';
import { readHousekeepingConfig } from './config-housekeeping.js';
import { readOidcConfig } from './config-oidc.js';
import { readOperationsConfig } from './config-operations.js';
import { type Env, Reader } from './config-reader.js';
import type { Config } from './config-types.js';

export type { Config } from './config-types.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** DATABASE_READ_URL: a replica of a PostgreSQL primary; PGlite has no replicas to read from. */
function readReplicaUrl(r: Reader, databaseUrl: string | undefined): string | undefined {
  const url = r.url('DATABASE_READ_URL', undefined, ['postgres:', 'postgresql:']);
  if (url !== undefined && !databaseUrl?.startsWith('postgres')) {
    r.problems.push(
      'DATABASE_READ_URL needs DATABASE_URL=postgres://... (a replica of a PostgreSQL primary; the embedded PGlite database has none)',
    );
  }
  return url;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function loadConfig(env: Env = process.env): Config {
  const r = new Reader(env);
  const nodeEnvRaw = r.string('NODE_ENV', 'development');
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    r.problems.push(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = (
    ['development', 'production', 'test'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development'
  ) as Config['nodeEnv'];
  const production = nodeEnv === 'production';

  const port = r.int('PORT', 4000, 0, 65535);
  const host = r.string('HOST', '0.0.0.0');
  const publicUrl = r.url('PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']) as string;
  const storefrontUrl = r.url('STOREFRONT_URL', publicUrl, ['http:', 'https:']) as string;
  const databaseUrl = r.url('DATABASE_URL', undefined, ['postgres:', 'postgresql:', 'memory:']);
  const dataDir = resolve(r.string('DATA_DIR', './data'));

  const adminEmail = r.raw('ADMIN_EMAIL')?.toLowerCase();
  const adminPassword = r.raw('ADMIN_PASSWORD');
  if (adminEmail !== undefined && !EMAIL_PATTERN.test(adminEmail)) {
    r.problems.push(`ADMIN_EMAIL must be an email address (got "${adminEmail}")`);
  }
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    r.problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }

  const storeCurrency = r.string('STORE_CURRENCY', 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(storeCurrency)) {
    r.problems.push(`STORE_CURRENCY must be an ISO 4217 code such as USD or EUR (got "${storeCurrency}")`);
  }

  const storeCountry = r.string('STORE_COUNTRY', 'US').toUpperCase();
  if (!/^[A-Z]{2}$/.test(storeCountry)) {
    r.problems.push(
      `STORE_COUNTRY must be an ISO 3166-1 alpha-2 code such as US or DE (got "${storeCountry}")`,
    );
  }

  const storeTimeZone = r.string('STORE_TIME_ZONE', 'UTC');
  if (!IANAZone.isValidZone(storeTimeZone)) {
    r.problems.push(
      `STORE_TIME_ZONE must be an IANA time zone such as Europe/Berlin or America/New_York (got "${storeTimeZone}")`,
    );
  }

  const mailFrom = r.string('MAIL_FROM', 'Storefront <no-reply@localhost>');
  const corsDefault = production ? '' : 'http://localhost:3000,http://localhost:5173';
  const corsOrigins = r
    .string('CORS_ORIGINS', corsDefault)
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      r.problems.push(
        `CORS_ORIGINS must be a comma-separated list of origins such as https://shop.example.com (got "${origin}")`,
      );
    }
  }

  const persistedOperationsFile = r.raw('PERSISTED_OPERATIONS_FILE');
  const persistedOperationsOnly = r.bool('PERSISTED_OPERATIONS_ONLY', false);
  if (persistedOperationsOnly && persistedOperationsFile === undefined) {
    r.problems.push(
      'PERSISTED_OPERATIONS_ONLY=true needs PERSISTED_OPERATIONS_FILE (the manifest of allowed operations)',
    );
  }

  const logLevel = r.string('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info').toLowerCase();
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    r.problems.push(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`,
    );
  }

  const config: Config = {
    nodeEnv,
    port,
    host,
    publicUrl,
    storefrontUrl,
    databaseUrl,
    dataDir,
    // Demo data is for a first look on a developer's machine; production starts empty unless asked.
    seedDemo: r.bool('SEED_DEMO', nodeEnv === 'development'),
    queryCountHeader: r.bool('QUERY_COUNT_HEADER', !production),
    jwtSecret: '',
    accessTokenTtl: r.duration('ACCESS_TOKEN_TTL', 15 * 60),
    refreshTokenTtl: r.duration('REFRESH_TOKEN_TTL', 30 * 86400),
    emailVerificationTtl: r.duration('EMAIL_VERIFICATION_TTL', 2 * 86400),
    passwordResetTtl: r.duration('PASSWORD_RESET_TTL', 3600),
    accountDeletionRecentSignIn: r.duration('ACCOUNT_DELETION_RECENT_SIGN_IN', 10 * 60),
    dataExportLinkTtl: r.duration('DATA_EXPORT_LINK_TTL', 15 * 60),
    authCookieMode: r.bool('AUTH_COOKIE_MODE', false),
    requireVerifiedEmailForSignIn: r.bool('REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN', false),
    bcryptCost: r.int('BCRYPT_COST', production ? 12 : 10, 4, 15),
    corsOrigins,
    mediaDir: resolve(r.string('MEDIA_DIR', join(dataDir, 'media'))),
    smtpUrl: r.url('SMTP_URL', undefined, ['smtp:', 'smtps:']),
    mailFrom,
    adminEmail,
    adminPassword,
    redisUrl: r.url('REDIS_URL', undefined, ['redis:', 'rediss:']),
    redisKeyPrefix: r.string('REDIS_KEY_PREFIX', 'storefront:'),
    apqTtl: r.duration('APQ_TTL', 86400),
    responseCache: {
      enabled: r.bool('RESPONSE_CACHE', false),
      maxEntries: r.int('RESPONSE_CACHE_MAX_ENTRIES', 5000, 1, 10_000_000),
      maxBytes: r.int('RESPONSE_CACHE_MAX_BYTES', 64 * 1024 * 1024, 1024, 2 ** 40),
    },
    persistedOperations: {
      file: persistedOperationsFile === undefined ? undefined : resolve(persistedOperationsFile),
      only: persistedOperationsOnly,
    },
    trustProxy: r.bool('TRUST_PROXY', false),
    introspection: r.bool('GRAPHQL_INTROSPECTION', !production),
    explorer: explorerSetting(r, production),
    storeCurrency,
    storeCountry,
    storeTimeZone,
    guestCartTtl: r.duration('GUEST_CART_TTL', 30 * 86400),
    orderReservationTtl: r.duration('ORDER_RESERVATION_TTL', 30 * 60),
    shutdownTimeoutMs: r.int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    requestTimeoutMs: r.int('REQUEST_TIMEOUT_MS', 10_000, 0, 600_000),
    database: {
      readUrl: readReplicaUrl(r, databaseUrl),
      statementTimeoutMs: r.int('DB_STATEMENT_TIMEOUT_MS', 5_000, 0, 3_600_000),
      // Above the longest wait inside a transaction: checkout calls the payment provider there
      // (Stripe: 20 s per attempt, one retry).
      idleInTransactionTimeoutMs: r.int('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 0, 3_600_000),
    },
    uploadMaxFileSize: r.int('UPLOAD_MAX_FILE_SIZE', 5 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    inputMaxListItems: r.int('INPUT_MAX_LIST_ITEMS', 100, 1, 100_000),
    productCountCap: r.int('PRODUCT_COUNT_CAP', 1000, 0, 1_000_000_000),
    rateLimit: {
      windowSeconds: r.duration('RATE_LIMIT_WINDOW', 15 * 60),
      loginPerEmail: r.int('RATE_LIMIT_LOGIN_PER_EMAIL', 10, 1, 1_000_000),
      loginPerIp: r.int('RATE_LIMIT_LOGIN_PER_IP', 50, 1, 1_000_000),
      resetPerEmail: r.int('RATE_LIMIT_RESET_PER_EMAIL', 5, 1, 1_000_000),
      resetPerIp: r.int('RATE_LIMIT_RESET_PER_IP', 20, 1, 1_000_000),
    },
    outbox: {
      pollIntervalMs: r.int('OUTBOX_POLL_INTERVAL_MS', 1000, 10, 600_000),
      maxAttempts: r.int('OUTBOX_MAX_ATTEMPTS', 8, 1, 100),
    },
    queryLimits: {
      maxCost: r.int('QUERY_MAX_COST', 20_000, 1, 1_000_000_000),
      maxCostAdmin: r.int('QUERY_MAX_COST_ADMIN', 100_000, 1, 1_000_000_000),
      maxDepth: r.int('QUERY_MAX_DEPTH', 12, 1, 1000),
      maxAliases: r.int('QUERY_MAX_ALIASES', 30, 0, 100_000),
      maxRootFields: r.int('QUERY_MAX_ROOT_FIELDS', 20, 1, 100_000),
      maxTokens: r.int('QUERY_MAX_TOKENS', 5_000, 100, 10_000_000),
    },
    throttle: {
      capacity: r.int('THROTTLE_CAPACITY', 50_000, 1, 1_000_000_000),
      restorePerSecond: r.int('THROTTLE_RESTORE_RATE', 5_000, 1, 1_000_000_000),
    },
    stripe: undefined,
    carrierWebhookSecret: r.raw('CARRIER_WEBHOOK_SECRET'),
    returnWindow: r.duration('RETURN_WINDOW', 30 * 86400),
    reviews: {
      moderation: reviewModeration(r),
      requestDelaySeconds: r.duration('REVIEW_REQUEST_DELAY', 7 * 86400),
      requestPollIntervalMs: r.int('REVIEW_REQUEST_POLL_INTERVAL_MS', 60_000, 10, 3_600_000),
      writesPerCustomer: r.int('RATE_LIMIT_REVIEW_WRITES_PER_CUSTOMER', 30, 1, 1_000_000),
    },
    webhooks: {
      allowPrivateUrls: r.bool('WEBHOOK_ALLOW_PRIVATE_URLS', false),
      maxAttempts: r.int('WEBHOOK_MAX_ATTEMPTS', 8, 1, 100),
      timeoutMs: r.int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      pollIntervalMs: r.int('WEBHOOK_POLL_INTERVAL_MS', 1000, 10, 600_000),
      retryBaseMs: r.int('WEBHOOK_RETRY_BASE_MS', 10_000, 10, 3_600_000),
    },
    housekeeping: readHousekeepingConfig(r),
    oidc: readOidcConfig(r),
    logLevel,
    operations: readOperationsConfig(r, production),
  };

  const secret = r.raw('JWT_SECRET');
  if (secret !== undefined) {
    if (Buffer.byteLength(secret, 'utf8') < 32) r.problems.push('JWT_SECRET must be at least 32 bytes long');
    config.jwtSecret = secret;
  } else if (production) {
    r.problems.push(
      'JWT_SECRET is required in production (at least 32 random bytes, e.g. `openssl rand -hex 32`)',
    );
  }

  const stripeSecretKey = r.raw('STRIPE_SECRET_KEY');
  const stripeWebhookSecret = r.raw('STRIPE_WEBHOOK_SECRET');
  if ((stripeSecretKey === undefined) !== (stripeWebhookSecret === undefined)) {
    // A key without the webhook secret would take payments that never confirm their orders.
    r.problems.push('STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together');
  } else if (stripeSecretKey !== undefined && stripeWebhookSecret !== undefined) {
    config.stripe = { secretKey: stripeSecretKey, webhookSecret: stripeWebhookSecret };
  }

  if (r.problems.length > 0) throw new ConfigError(r.problems);
  if (config.jwtSecret === '') config.jwtSecret = developmentJwtSecret(config.dataDir);
  return config;
}

/** REVIEW_MODERATION: `off` (publish at once, the default) or `hold` (publish after approval). */
function reviewModeration(r: Reader): Config['reviews']['moderation'] {
  const value = r.raw('REVIEW_MODERATION')?.toLowerCase() ?? 'off';
  if (value === 'off' || value === 'hold') return value;
  r.problems.push(`REVIEW_MODERATION must be off or hold (got "${value}")`);
  return 'off';
}

const EXPLORERS = ['graphiql', 'apollo-sandbox', 'off'] as const;

/**
 * GRAPHQL_EXPLORER: GraphiQL outside production, nothing in production unless asked for. It
 * replaces GRAPHQL_LANDING_PAGE, still read when GRAPHQL_EXPLORER is unset: false is `off`, true
 * `graphiql` (the explorer it used to turn on is the one that cannot load offline).
 */
function explorerSetting(r: Reader, production: boolean): Config['explorer'] {
  const value = r.raw('GRAPHQL_EXPLORER')?.toLowerCase();
  const legacy = r.raw('GRAPHQL_LANDING_PAGE');
  if (value !== undefined && legacy !== undefined) {
    r.problems.push('GRAPHQL_LANDING_PAGE is replaced by GRAPHQL_EXPLORER: set only GRAPHQL_EXPLORER');
  }
  if (value === undefined) {
    if (legacy !== undefined) return r.bool('GRAPHQL_LANDING_PAGE', true) ? 'graphiql' : 'off';
    return production ? 'off' : 'graphiql';
  }
  if (!(EXPLORERS as readonly string[]).includes(value)) {
    r.problems.push(`GRAPHQL_EXPLORER must be one of ${EXPLORERS.join(', ')} (got "${value}")`);
    return 'off';
  }
  return value as Config['explorer'];
}

/**
 * Outside production, a missing JWT_SECRET is generated once and kept in the data directory,
 * so tokens survive restarts without any setup.
 */
function developmentJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  } catch {
    // not created yet
  }
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
