import type { DomainModule } from '../../graphql/domain-module.js';
import { createAccountLoaders } from './account.loaders.js';
import { accountNodes } from './account.nodes.js';
import { AccountResolver } from './account.resolver.js';
import { ensureConfiguredAdmin } from './configured-admin.js';
import { UsersResolver } from './users.resolver.js';
import { accountIdentity } from './viewer.js';

/** What the account domain contributes to the server (collected by src/modules/index.ts). */
export const accountModule: DomainModule = {
  name: 'account',
  resolvers: [AccountResolver, UsersResolver],
  nodes: accountNodes,
  loaders: { account: createAccountLoaders },
  services: ({ config }) => ({ identity: accountIdentity(config.jwtSecret, config.authCookieMode) }),
  onStart: ensureConfiguredAdmin,
};
