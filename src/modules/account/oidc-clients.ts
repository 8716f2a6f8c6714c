import * as oidc from 'openid-client';
import type { OidcProviderSettings } from '../../config-oidc.js';
import type { Logger } from '../../logger.js';

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /** The configured OpenID Connect providers and their discovered metadata. */
    oidcClients: OidcClients;
  }
}

/**
 * The configured providers, each discovered from its issuer's metadata on first use and kept for
 * the life of the instance (a failed discovery is retried by the next sign-in). openid-client does
 * every protocol check; the ID token's signature is checked too (`enableNonRepudiationChecks`:
 * against the provider's published keys), not only its claims.
 */
export class OidcClients {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(
    private readonly providers: readonly OidcProviderSettings[],
    private readonly logger: Logger,
  ) {}

  list(): readonly OidcProviderSettings[] {
    return this.providers;
  }

  settings(name: string): OidcProviderSettings | undefined {
    return this.providers.find((provider) => provider.name === name);
  }

  /** The provider's configuration, or null when its metadata cannot be read now. */
  async configuration(provider: OidcProviderSettings): Promise<oidc.Configuration | null> {
    let pending = this.discovered.get(provider.name);
    if (!pending) {
      pending = discover(provider);
      this.discovered.set(provider.name, pending);
    }
    try {
      return await pending;
    } catch (err) {
      this.discovered.delete(provider.name);
      // The error names the issuer and what went wrong; the client secret is in no message.
      this.logger.warn(
        { provider: provider.name, issuer: provider.issuer, err: (err as Error).message },
        'OpenID Connect discovery failed',
      );
      return null;
    }
  }
}

async function discover(provider: OidcProviderSettings): Promise<oidc.Configuration> {
  // http:// issuers are accepted by the configuration only on loopback (development, tests).
  const insecure = new URL(provider.issuer).protocol === 'http:';
  const execute = [oidc.enableNonRepudiationChecks, ...(insecure ? [oidc.allowInsecureRequests] : [])];
  return oidc.discovery(
    new URL(provider.issuer),
    provider.clientId,
    provider.clientSecret,
    provider.clientSecret === undefined ? oidc.None() : oidc.ClientSecretPost(provider.clientSecret),
    { execute, timeout: 10 },
  );
}
