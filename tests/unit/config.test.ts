import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 'x'.repeat(32);
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storefront-config-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs loadConfig and returns the ConfigError it must throw. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig validation', () => {
  it.each(['abc', '-1', '65536', '4000.5', '1e3', '80 80'])('rejects PORT=%s naming PORT', (port) => {
    const error = configError({ PORT: port, JWT_SECRET: SECRET });
    expect(error.message).toContain('PORT');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(port);
  });

  it.each(['3', '16', 'ten', '10.5'])('rejects BCRYPT_COST=%s naming BCRYPT_COST', (cost) => {
    const error = configError({ BCRYPT_COST: cost, JWT_SECRET: SECRET });
    expect(error.message).toContain('BCRYPT_COST');
    expect(error.problems).toHaveLength(1);
  });

  it.each(['mysql://root@localhost/shop', 'not a url', 'http://db.example.com'])(
    'rejects DATABASE_URL=%s naming DATABASE_URL',
    (url) => {
      const error = configError({ DATABASE_URL: url, JWT_SECRET: SECRET });
      expect(error.message).toContain('DATABASE_URL');
      expect(error.problems).toHaveLength(1);
    },
  );

  it('accepts postgres://, postgresql:// and memory:// database URLs', () => {
    for (const url of ['postgres://u:p@db:5432/shop', 'postgresql://db/shop', 'memory://']) {
      expect(loadConfig({ DATABASE_URL: url, JWT_SECRET: SECRET }).databaseUrl).toBe(url.replace(/\/+$/, ''));
    }
  });

  it('rejects a JWT_SECRET shorter than 32 bytes', () => {
    const error = configError({ JWT_SECRET: 'x'.repeat(31) });
    expect(error.message).toContain('JWT_SECRET');
    expect(loadConfig({ JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
  });

  it('requires JWT_SECRET in production and does not generate one', () => {
    const dir = tempDir();
    const error = configError({ NODE_ENV: 'production', DATA_DIR: dir });
    expect(error.message).toContain('JWT_SECRET');
    expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
  });

  it('rejects an unknown NODE_ENV', () => {
    expect(configError({ NODE_ENV: 'staging', JWT_SECRET: SECRET }).message).toContain('NODE_ENV');
  });

  it('reports every problem at once', () => {
    const error = configError({
      PORT: 'abc',
      BCRYPT_COST: '99',
      DATABASE_URL: 'mysql://x',
      JWT_SECRET: 'short',
    });
    expect(error.problems).toHaveLength(4);
    for (const name of ['PORT', 'BCRYPT_COST', 'DATABASE_URL', 'JWT_SECRET']) {
      expect(error.message).toContain(name);
    }
  });

  it('rejects other malformed settings by name', () => {
    expect(configError({ JWT_SECRET: SECRET, TRUST_PROXY: 'maybe' }).message).toContain('TRUST_PROXY');
    expect(configError({ JWT_SECRET: SECRET, ACCESS_TOKEN_TTL: '15 minutes' }).message).toContain(
      'ACCESS_TOKEN_TTL',
    );
    expect(configError({ JWT_SECRET: SECRET, CORS_ORIGINS: 'localhost:3000' }).message).toContain(
      'CORS_ORIGINS',
    );
    expect(configError({ JWT_SECRET: SECRET, STORE_CURRENCY: 'dollars' }).message).toContain(
      'STORE_CURRENCY',
    );
    expect(configError({ JWT_SECRET: SECRET, ADMIN_EMAIL: 'admin@example.com' }).message).toContain(
      'ADMIN_PASSWORD',
    );
    expect(
      configError({ JWT_SECRET: SECRET, ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'Secret123' }).message,
    ).toContain('ADMIN_EMAIL');
    expect(configError({ JWT_SECRET: SECRET, SMTP_URL: 'http://mail' }).message).toContain('SMTP_URL');
    expect(configError({ JWT_SECRET: SECRET, REDIS_URL: 'localhost:6379' }).message).toContain('REDIS_URL');
    for (const name of [
      'REQUEST_TIMEOUT_MS',
      'DB_STATEMENT_TIMEOUT_MS',
      'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
    ]) {
      expect(configError({ JWT_SECRET: SECRET, [name]: '5s' }).message).toContain(name);
    }
    // 0 turns a timeout off.
    expect(loadConfig({ JWT_SECRET: SECRET, REQUEST_TIMEOUT_MS: '0' }).requestTimeoutMs).toBe(0);
  });

  it('takes the Stripe keys only together, and checks the issue-6 settings by name', () => {
    expect(configError({ JWT_SECRET: SECRET, STRIPE_SECRET_KEY: 'sk_test_1' }).message).toContain(
      'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together',
    );
    expect(configError({ JWT_SECRET: SECRET, STRIPE_WEBHOOK_SECRET: 'whsec_1' }).problems).toHaveLength(1);
    expect(configError({ JWT_SECRET: SECRET, RETURN_WINDOW: 'soon' }).message).toContain('RETURN_WINDOW');
    expect(configError({ JWT_SECRET: SECRET, WEBHOOK_MAX_ATTEMPTS: '0' }).message).toContain(
      'WEBHOOK_MAX_ATTEMPTS',
    );
    expect(configError({ JWT_SECRET: SECRET, WEBHOOK_ALLOW_PRIVATE_URLS: 'maybe' }).message).toContain(
      'WEBHOOK_ALLOW_PRIVATE_URLS',
    );
    const config = loadConfig({
      JWT_SECRET: SECRET,
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
      CARRIER_WEBHOOK_SECRET: 'carrier-secret',
      RETURN_WINDOW: '14d',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
    expect(config).toMatchObject({
      stripe: { secretKey: 'sk_test_1', webhookSecret: 'whsec_1' },
      carrierWebhookSecret: 'carrier-secret',
      returnWindow: 14 * 86400,
      webhooks: { allowPrivateUrls: true },
    });
  });

  it('GRAPHQL_EXPLORER: graphiql outside production, off in production, any of the three on request', () => {
    const dev = tempDir();
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dev }).explorer).toBe('graphiql');
    expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET }).explorer).toBe('graphiql');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).explorer).toBe('off');
    for (const value of ['graphiql', 'apollo-sandbox', 'off', ' GraphiQL ']) {
      expect(
        loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, GRAPHQL_EXPLORER: value }).explorer,
      ).toBe(value.trim().toLowerCase());
    }
    const error = configError({ JWT_SECRET: SECRET, GRAPHQL_EXPLORER: 'playground' });
    expect(error.problems).toEqual([
      'GRAPHQL_EXPLORER must be one of graphiql, apollo-sandbox, off (got "playground")',
    ]);
  });

  it('still reads the replaced GRAPHQL_LANDING_PAGE, but not beside GRAPHQL_EXPLORER', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: SECRET };
    expect(loadConfig({ ...production, GRAPHQL_LANDING_PAGE: 'true' }).explorer).toBe('graphiql');
    expect(loadConfig({ JWT_SECRET: SECRET, GRAPHQL_LANDING_PAGE: 'false' }).explorer).toBe('off');
    expect(configError({ ...production, GRAPHQL_LANDING_PAGE: 'maybe' }).problems).toEqual([
      'GRAPHQL_LANDING_PAGE must be true or false (got "maybe")',
    ]);
    expect(
      configError({ ...production, GRAPHQL_LANDING_PAGE: 'false', GRAPHQL_EXPLORER: 'off' }).problems,
    ).toEqual(['GRAPHQL_LANDING_PAGE is replaced by GRAPHQL_EXPLORER: set only GRAPHQL_EXPLORER']);
  });

  it('does not write a secret when the configuration is invalid', () => {
    const dir = tempDir();
    configError({ PORT: 'abc', DATA_DIR: dir });
    expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
  });
});

describe('development JWT secret', () => {
  it('is generated once in DATA_DIR/jwt-secret and reused', () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(Buffer.byteLength(first.jwtSecret)).toBeGreaterThanOrEqual(32);
    const file = join(dir, 'jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.jwtSecret);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dir, NODE_ENV: 'test' }).jwtSecret).toBe(first.jwtSecret);
  });

  it('differs between data directories', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).jwtSecret).not.toBe(
      loadConfig({ DATA_DIR: tempDir() }).jwtSecret,
    );
  });

  it('replaces a stored secret that is too short', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jwt-secret'), 'short\n');
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.jwtSecret).not.toBe('short');
    expect(Buffer.byteLength(config.jwtSecret)).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(config.jwtSecret);
  });

  it('is not used when JWT_SECRET is set', () => {
    const dir = tempDir();
    expect(loadConfig({ DATA_DIR: dir, JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
    expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
  });
});

describe('defaults', () => {
  it('development defaults', () => {
    const config = loadConfig({ JWT_SECRET: SECRET });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      host: '0.0.0.0',
      publicUrl: 'http://localhost:4000',
      storefrontUrl: 'http://localhost:4000',
      databaseUrl: undefined,
      dataDir: resolve('./data'),
      mediaDir: resolve('./data/media'),
      bcryptCost: 10,
      accessTokenTtl: 900,
      refreshTokenTtl: 30 * 86400,
      passwordResetTtl: 3600,
      corsOrigins: ['http://localhost:3000', 'http://localhost:5173'],
      smtpUrl: undefined,
      redisUrl: undefined,
      adminEmail: undefined,
      adminPassword: undefined,
      trustProxy: false,
      introspection: true,
      explorer: 'graphiql',
      storeCurrency: 'USD',
      shutdownTimeoutMs: 10_000,
      requestTimeoutMs: 10_000,
      database: { statementTimeoutMs: 5_000, idleInTransactionTimeoutMs: 60_000 },
      logLevel: 'info',
      queryCountHeader: true,
      stripe: undefined,
      carrierWebhookSecret: undefined,
      returnWindow: 30 * 86400,
      webhooks: { allowPrivateUrls: false, maxAttempts: 8, timeoutMs: 10_000, pollIntervalMs: 1000 },
    });
  });

  it('production defaults are stricter', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      bcryptCost: 12,
      corsOrigins: [],
      introspection: false,
      explorer: 'off',
      queryCountHeader: false,
    });
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, QUERY_COUNT_HEADER: 'true' }).queryCountHeader,
    ).toBe(true);
  });

  it('test mode logs nothing by default', () => {
    expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET }).logLevel).toBe('silent');
  });

  it('parses and normalizes values', () => {
    const config = loadConfig({
      JWT_SECRET: SECRET,
      PORT: ' 8080 ',
      ACCESS_TOKEN_TTL: '15m',
      REFRESH_TOKEN_TTL: '7d',
      PASSWORD_RESET_TTL: '2h',
      STORE_CURRENCY: 'eur',
      CORS_ORIGINS: 'https://shop.example.com/, http://localhost:3000',
      ADMIN_EMAIL: 'Admin@Example.com',
      ADMIN_PASSWORD: 'Secret123',
      TRUST_PROXY: 'yes',
      DATA_DIR: '/tmp/storefront-config-unused',
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: 'http://localhost:8080',
      accessTokenTtl: 900,
      refreshTokenTtl: 7 * 86400,
      passwordResetTtl: 7200,
      storeCurrency: 'EUR',
      corsOrigins: ['https://shop.example.com', 'http://localhost:3000'],
      adminEmail: 'admin@example.com',
      trustProxy: true,
      dataDir: '/tmp/storefront-config-unused',
      mediaDir: '/tmp/storefront-config-unused/media',
    });
  });

  it('seeds the demo catalog by default only in development; SEED_DEMO=true seeds it in production', () => {
    const dir = tempDir();
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dir }).seedDemo).toBe(true);
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dir, NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dir, NODE_ENV: 'test' }).seedDemo).toBe(false);
    expect(
      loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dir, NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo,
    ).toBe(true);
  });

  it('reads the persisted query settings', () => {
    const dir = tempDir();
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dir })).toMatchObject({
      redisKeyPrefix: 'storefront:',
      apqTtl: 86400,
      persistedOperations: { file: undefined, only: false },
    });
    const config = loadConfig({
      JWT_SECRET: SECRET,
      DATA_DIR: dir,
      REDIS_KEY_PREFIX: 'shop-a:',
      APQ_TTL: '12h',
      PERSISTED_OPERATIONS_FILE: 'ops/manifest.json',
      PERSISTED_OPERATIONS_ONLY: 'true',
    });
    expect(config).toMatchObject({
      redisKeyPrefix: 'shop-a:',
      apqTtl: 12 * 3600,
      persistedOperations: { file: resolve('ops/manifest.json'), only: true },
    });
    expect(configError({ JWT_SECRET: SECRET, PERSISTED_OPERATIONS_ONLY: 'true' }).message).toContain(
      'PERSISTED_OPERATIONS_ONLY=true needs PERSISTED_OPERATIONS_FILE',
    );
    expect(configError({ JWT_SECRET: SECRET, APQ_TTL: 'a day' }).message).toContain('APQ_TTL');
  });

  it('reads the response cache settings: off by default, bounded', () => {
    const dir = tempDir();
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dir }).responseCache).toEqual({
      enabled: false,
      maxEntries: 5000,
      maxBytes: 64 * 1024 * 1024,
    });
    expect(
      loadConfig({
        JWT_SECRET: SECRET,
        DATA_DIR: dir,
        RESPONSE_CACHE: 'true',
        RESPONSE_CACHE_MAX_ENTRIES: '100',
        RESPONSE_CACHE_MAX_BYTES: '1048576',
      }).responseCache,
    ).toEqual({ enabled: true, maxEntries: 100, maxBytes: 1048576 });
    expect(configError({ JWT_SECRET: SECRET, RESPONSE_CACHE: 'maybe' }).message).toContain('RESPONSE_CACHE');
    expect(configError({ JWT_SECRET: SECRET, RESPONSE_CACHE_MAX_ENTRIES: '0' }).message).toContain(
      'RESPONSE_CACHE_MAX_ENTRIES',
    );
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ JWT_SECRET: SECRET, PORT: '', DATABASE_URL: '  ', BCRYPT_COST: '' });
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.bcryptCost).toBe(10);
  });

  it('reads the operations settings: metrics off in production unless protected', () => {
    expect(loadConfig({ JWT_SECRET: SECRET }).operations).toEqual({
      metrics: {
        enabled: true,
        token: undefined,
        port: undefined,
        host: '127.0.0.1',
        maxOperationNames: 100,
      },
      accessLog: true,
      idleTrimSeconds: 10,
    });
    expect(loadConfig({ JWT_SECRET: SECRET, IDLE_TRIM_SECONDS: '0' }).operations.idleTrimSeconds).toBe(0);
    expect(configError({ JWT_SECRET: SECRET, IDLE_TRIM_SECONDS: 'soon' }).message).toContain(
      'IDLE_TRIM_SECONDS',
    );
    const production = { NODE_ENV: 'production', JWT_SECRET: SECRET };
    expect(loadConfig(production).operations.metrics.enabled).toBe(false);
    const token = 'a-metrics-token-0123456789';
    expect(loadConfig({ ...production, METRICS_TOKEN: token }).operations.metrics).toMatchObject({
      enabled: true,
      token,
    });
    expect(loadConfig({ ...production, METRICS_PORT: '9464' }).operations.metrics).toMatchObject({
      enabled: true,
      port: 9464,
    });
    expect(configError({ ...production, METRICS_ENABLED: 'true' }).message).toContain(
      'METRICS_ENABLED=true in production needs METRICS_TOKEN or METRICS_PORT',
    );
    expect(configError({ JWT_SECRET: SECRET, METRICS_TOKEN: 'short' }).message).toContain('METRICS_TOKEN');
    expect(configError({ JWT_SECRET: SECRET, METRICS_PORT: 'x' }).message).toContain('METRICS_PORT');
    expect(loadConfig({ JWT_SECRET: SECRET, ACCESS_LOG: 'false' }).operations.accessLog).toBe(false);
  });
});

describe('OpenID Connect settings', () => {
  const base = {
    JWT_SECRET: SECRET,
    OIDC_PROVIDERS: 'google, Keycloak',
    OIDC_GOOGLE_ISSUER: 'https://accounts.google.com',
    OIDC_GOOGLE_CLIENT_ID: 'google-client',
    OIDC_GOOGLE_CLIENT_SECRET: 'google-secret-value',
    OIDC_KEYCLOAK_ISSUER: 'https://sso.example.com/realms/shop',
    OIDC_KEYCLOAK_CLIENT_ID: 'storefront',
    OIDC_KEYCLOAK_SCOPES: 'openid email',
    OIDC_KEYCLOAK_DISPLAY_NAME: 'Shop account',
    OIDC_REDIRECT_URIS: 'https://shop.example.com/auth/callback, http://localhost:3000/auth/callback',
  };

  it('reads each provider from its OIDC_<NAME>_ variables', () => {
    const { oidc } = loadConfig({ ...base, DATA_DIR: tempDir() });
    expect(oidc.providers).toEqual([
      {
        name: 'google',
        displayName: 'Google',
        issuer: 'https://accounts.google.com',
        clientId: 'google-client',
        clientSecret: 'google-secret-value',
        scopes: ['openid', 'email', 'profile'],
      },
      {
        name: 'keycloak',
        displayName: 'Shop account',
        issuer: 'https://sso.example.com/realms/shop',
        clientId: 'storefront',
        clientSecret: undefined,
        scopes: ['openid', 'email'],
      },
    ]);
    expect(oidc.redirectUris).toEqual([
      'https://shop.example.com/auth/callback',
      'http://localhost:3000/auth/callback',
    ]);
    expect(oidc.authorizationTtl).toBe(600);
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: tempDir() }).oidc.providers).toEqual([]);
  });

  it('refuses incomplete or unsafe settings without quoting the secret', () => {
    const error = configError({
      ...base,
      OIDC_GOOGLE_ISSUER: 'http://accounts.google.com',
      OIDC_KEYCLOAK_CLIENT_ID: undefined,
      OIDC_REDIRECT_URIS: 'https://shop.example.com/cb?next=1',
      OIDC_PROVIDERS: 'google,keycloak,bad-name',
    });
    expect(error.problems).toEqual([
      expect.stringContaining('OIDC_GOOGLE_ISSUER must be an https:// URL'),
      expect.stringContaining('OIDC_KEYCLOAK_ISSUER and OIDC_KEYCLOAK_CLIENT_ID'),
      expect.stringContaining('"bad-name" is not a valid provider name'),
      expect.stringContaining('OIDC_REDIRECT_URIS must list absolute http(s) URLs'),
    ]);
    expect(error.message).not.toContain('google-secret-value');
    const noRedirects = configError({ ...base, OIDC_REDIRECT_URIS: undefined });
    expect(noRedirects.problems).toEqual([expect.stringContaining('needs OIDC_REDIRECT_URIS')]);
    const noOpenid = configError({ ...base, OIDC_KEYCLOAK_SCOPES: 'email profile' });
    expect(noOpenid.problems).toEqual(['OIDC_KEYCLOAK_SCOPES must include openid']);
  });
});
