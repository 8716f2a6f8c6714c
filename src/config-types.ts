import type { HousekeepingConfig } from './config-housekeeping.js';
import type { OidcConfig } from './config-oidc.js';
import type { OperationsConfig } from './config-operations.js';

/**
 * Every setting of the server, read from the environment once at start-up.
 * `.env.example` and the README's configuration table list the same settings with their defaults.
 */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Public base URL of this API (used for cookie security and media links). */
  publicUrl: string;
  /** Base URL of the storefront, used in links sent by email. */
  storefrontUrl: string;
  /** `postgres://...` for PostgreSQL; `memory://` for an in-memory PGlite; undefined: PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo catalog (200 products with images) when the embedded on-disk database starts empty. */
  seedDemo: boolean;
  /** Send X-SQL-Query-Count on GraphQL responses (counting costs async-context tracking). */
  queryCountHeader: boolean;
  jwtSecret: string;
  /** Access token lifetime in seconds. */
  accessTokenTtl: number;
  /** Refresh token lifetime in seconds. */
  refreshTokenTtl: number;
  /** Email verification token lifetime in seconds. */
  emailVerificationTtl: number;
  /** Password reset token lifetime in seconds. */
  passwordResetTtl: number;
  /** Seconds after sign-in during which an account without a password may be deleted (accountDelete). */
  accountDeletionRecentSignIn: number;
  /** Lifetime in seconds of a personal data download link (accountDataExport). */
  dataExportLinkTtl: number;
  /**
   * Cookie sessions (README "Cookie sessions for Next.js"): sign-ins also set the access token as an
   * HttpOnly cookie, which authenticates requests without an `Authorization` header.
   */
  authCookieMode: boolean;
  /** Sign-in (accountLogin, and accountRegister's automatic one) only once the email address is verified. */
  requireVerifiedEmailForSignIn: boolean;
  bcryptCost: number;
  corsOrigins: string[];
  mediaDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  redisUrl: string | undefined;
  /** Prefix of the persisted query keys in Redis, so several deployments can share one Redis. */
  redisKeyPrefix: string;
  /** Automatic persisted queries: seconds a registered query text stays in the cache. */
  apqTtl: number;
  /** The public response cache of anonymous catalog reads (README "Response cache"). */
  responseCache: {
    enabled: boolean;
    /** In-process store only (without REDIS_URL): most answers kept, and most bytes of their JSON. */
    maxEntries: number;
    maxBytes: number;
  };
  /** Registered operations (a manifest from Apollo Client or GraphQL Code Generator). */
  persistedOperations: {
    /** Path of the manifest; its operations can be run by id even when `only` is false. */
    file: string | undefined;
    /** Accept nothing but the manifest's operations (production lock-down). */
    only: boolean;
  };
  trustProxy: boolean;
  introspection: boolean;
  /**
   * What a browser opening /graphql gets: `graphiql` (bundled with the server, nothing loaded from
   * another host), `apollo-sandbox` (Apollo's hosted Sandbox, loaded from Apollo's CDN) or `off`.
   */
  explorer: 'graphiql' | 'apollo-sandbox' | 'off';
  storeCurrency: string;
  /** ISO 3166-1 alpha-2 country used for tax and shipping estimates before a cart has an address. */
  storeCountry: string;
  /** IANA time zone (e.g. Europe/Berlin) in which reports put sales into days, weeks, months and years. */
  storeTimeZone: string;
  /** Seconds of inactivity after which a guest cart is gone for readers (and purged by housekeeping). */
  guestCartTtl: number;
  /** Seconds an unpaid order keeps its stock reserved before the sweeper cancels it. */
  orderReservationTtl: number;
  shutdownTimeoutMs: number;
  /** Milliseconds one GraphQL query or mutation may run before it answers REQUEST_TIMEOUT; 0: no limit. */
  requestTimeoutMs: number;
  /** PostgreSQL only (PGlite ignores both); 0 turns either off. */
  database: {
    /**
     * A PostgreSQL streaming replica of DATABASE_URL for storefront reads (README "Growing past one
     * database server"); undefined: everything runs on DATABASE_URL.
     */
    readUrl: string | undefined;
    /** statement_timeout of every pooled connection, in milliseconds. */
    statementTimeoutMs: number;
    /** idle_in_transaction_session_timeout of every pooled connection, in milliseconds. */
    idleInTransactionTimeoutMs: number;
  };
  uploadMaxFileSize: number;
  /** Items a list argument or list input field may hold, unless its schema field declares its own cap. */
  inputMaxListItems: number;
  /**
   * The storefront's product lists (`products`, `Category.products`) count at most this many
   * matches for `totalCount`, then report `totalCountIsExact: false`; 0 counts every match.
   */
  productCountCap: number;
  rateLimit: {
    windowSeconds: number;
    loginPerEmail: number;
    loginPerIp: number;
    resetPerEmail: number;
    resetPerIp: number;
  };
  outbox: {
    pollIntervalMs: number;
    maxAttempts: number;
  };
  /** What one GraphQL operation may ask for, checked before anything runs (README "Limits"). */
  queryLimits: {
    /** Static cost (src/graphql/cost/operation-analysis.ts) of one operation. */
    maxCost: number;
    /** The same for administrators, whose tools export and report. */
    maxCostAdmin: number;
    maxDepth: number;
    maxAliases: number;
    maxRootFields: number;
    /** Lexical tokens of the query text, counted while parsing. */
    maxTokens: number;
  };
  /** Cost-based throttling: per client, a bucket of `capacity` points refilled at `restorePerSecond`. */
  throttle: {
    capacity: number;
    restorePerSecond: number;
  };
  /** Stripe becomes the card provider when both are set (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET). */
  stripe: { secretKey: string; webhookSecret: string } | undefined;
  /** Shared secret of the carrier webhook (POST /webhooks/carrier); the endpoint is off without it. */
  carrierWebhookSecret: string | undefined;
  /** Seconds after delivery during which a customer may request a return. */
  returnWindow: number;
  /** Product reviews (README "Reviews"). */
  reviews: {
    /** `off`: reviews are published at once; `hold`: they wait for an administrator's approval. */
    moderation: 'off' | 'hold';
    /** Seconds after delivery before the review request email goes out. */
    requestDelaySeconds: number;
    /** How often the review request worker looks for due orders. */
    requestPollIntervalMs: number;
    /** Review writes (create, edit, delete, vote) one customer may make per RATE_LIMIT_WINDOW. */
    writesPerCustomer: number;
  };
  /** Outgoing webhooks to the shop's own systems. */
  webhooks: {
    /** Accept endpoint URLs on private, loopback and link-local addresses (tests, private networks). */
    allowPrivateUrls: boolean;
    /** Attempts per delivery before it is marked FAILED. */
    maxAttempts: number;
    /** How long one delivery attempt may take. */
    timeoutMs: number;
    pollIntervalMs: number;
    /** Delay before the first retry; each further retry waits twice as long (capped at one hour). */
    retryBaseMs: number;
  };
  /** Retention of expired and used rows, and the purge schedule (README "Housekeeping"). */
  housekeeping: HousekeepingConfig;
  /** Sign-in through OpenID Connect providers (README "Sign in with OpenID Connect"). */
  oidc: OidcConfig;
  logLevel: string;
  /** Metrics, access log (README "Operations"); tracing reads the standard OTEL_* variables itself. */
  operations: OperationsConfig;
}
