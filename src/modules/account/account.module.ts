import type { DomainModule } from '../../graphql/domain-module.js';
import { createAccountLoaders } from './account.loaders.js';
import { accountNodes } from './account.nodes.js';
import { accountPurges } from './account.purges.js';
import { AccountResolver } from './account.resolver.js';
import { mountDataExport } from './account-data-export.js';
import { AccountDeletionResolver } from './account-deletion.resolver.js';
import { ensureConfiguredAdmin } from './configured-admin.js';
import { IdentityResolver, UserIdentitiesResolver } from './identity.resolver.js';
import { OidcClients } from './oidc-clients.js';
import { UsersResolver } from './users.resolver.js';
import { accountIdentity } from './viewer.js';

/** What the account domain contributes to the server (collected by src/modules/index.ts). */
export const accountModule: DomainModule = {
  name: 'account',
  resolvers: [
    AccountResolver,
    UsersResolver,
    AccountDeletionResolver,
    IdentityResolver,
    UserIdentitiesResolver,
  ],
  nodes: accountNodes,
  loaders: { account: createAccountLoaders },
  services: ({ config, logger }) => ({
    identity: accountIdentity(config.jwtSecret, config.authCookieMode),
    oidcClients: new OidcClients(config.oidc.providers, logger),
  }),
  onStart: ensureConfiguredAdmin,
  purges: ({ config }) => accountPurges(config.housekeeping),
  routes: (router, app) => mountDataExport(router, app),
};
