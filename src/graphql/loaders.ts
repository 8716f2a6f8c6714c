import type { Database } from '../db/client.js';
import { type AccountLoaders, createAccountLoaders } from '../modules/account/account.loaders.js';

/** Per-request DataLoaders of every domain, created on first use. */
export interface Loaders {
  readonly account: AccountLoaders;
}

export function createLoaders(db: Database): Loaders {
  let account: AccountLoaders | undefined;
  return {
    get account() {
      account ??= createAccountLoaders(db);
      return account;
    },
  };
}
