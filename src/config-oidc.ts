import type { Reader } from './config-reader.js';

/** One OpenID Connect provider customers may sign in with (README "Sign in with OpenID Connect"). */
export interface OidcProviderSettings {
  /** The name clients pass (`accountOidcStart(input: { provider })`), lower case: `google`, `keycloak`. */
  name: string;
  /** Shown on the storefront's button. */
  displayName: string;
  /** Issuer identifier; its metadata is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** A secret: kept here only, never logged. Unset for a public client (PKCE alone). */
  clientSecret: string | undefined;
  /** Scopes asked for, always with `openid`. */
  scopes: string[];
}

/** OpenID Connect sign-in: no providers, no OIDC sign-in. */
export interface OidcConfig {
  providers: OidcProviderSettings[];
  /** Where a provider may send the browser back to (the storefront's callback pages), exact matches. */
  redirectUris: string[];
  /** Seconds a started sign-in (state, nonce, PKCE verifier) waits for its completion. */
  authorizationTtl: number;
}

const NAME_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * OIDC_PROVIDERS names the providers (comma-separated); each reads `OIDC_<NAME>_ISSUER`,
 * `OIDC_<NAME>_CLIENT_ID`, `OIDC_<NAME>_CLIENT_SECRET`, `OIDC_<NAME>_SCOPES` and
 * `OIDC_<NAME>_DISPLAY_NAME`. A secret gets a variable of its own, so it never sits in a list
 * that someone prints, and no message below ever quotes it.
 */
export function readOidcConfig(r: Reader): OidcConfig {
  const names = (r.raw('OIDC_PROVIDERS') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const providers: OidcProviderSettings[] = [];
  for (const name of new Set(names)) {
    if (!NAME_PATTERN.test(name)) {
      r.problems.push(
        `OIDC_PROVIDERS: "${name}" is not a valid provider name (a letter, then up to 31 letters, digits or _)`,
      );
      continue;
    }
    const prefix = `OIDC_${name.toUpperCase()}_`;
    const issuer = r.raw(`${prefix}ISSUER`);
    const clientId = r.raw(`${prefix}CLIENT_ID`);
    if (issuer === undefined || clientId === undefined) {
      r.problems.push(`OIDC provider "${name}" needs ${prefix}ISSUER and ${prefix}CLIENT_ID`);
      continue;
    }
    if (!issuerAllowed(issuer)) {
      r.problems.push(
        `${prefix}ISSUER must be an https:// URL (http:// only on localhost or 127.0.0.1) (got "${issuer}")`,
      );
      continue;
    }
    const scopes = r
      .string(`${prefix}SCOPES`, 'openid email profile')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (!scopes.includes('openid')) r.problems.push(`${prefix}SCOPES must include openid`);
    providers.push({
      name,
      displayName: r.string(`${prefix}DISPLAY_NAME`, name.charAt(0).toUpperCase() + name.slice(1)),
      issuer,
      clientId,
      clientSecret: r.raw(`${prefix}CLIENT_SECRET`),
      scopes,
    });
  }

  const redirectUris = (r.raw('OIDC_REDIRECT_URIS') ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  for (const uri of redirectUris) {
    if (!redirectUriValid(uri)) {
      r.problems.push(
        `OIDC_REDIRECT_URIS must list absolute http(s) URLs without query or fragment (got "${uri}")`,
      );
    }
  }
  if (providers.length > 0 && redirectUris.length === 0) {
    r.problems.push('OIDC_PROVIDERS needs OIDC_REDIRECT_URIS (the storefront pages providers return to)');
  }
  return { providers, redirectUris, authorizationTtl: r.duration('OIDC_AUTHORIZATION_TTL', 600) };
}

function issuerAllowed(issuer: string): boolean {
  try {
    const url = new URL(issuer);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

function redirectUriValid(uri: string): boolean {
  try {
    const url = new URL(uri);
    return (
      ['http:', 'https:'].includes(url.protocol) && url.search === '' && url.hash === '' && !uri.includes('#')
    );
  } catch {
    return false;
  }
}
