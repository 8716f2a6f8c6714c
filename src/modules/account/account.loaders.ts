import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type UserRow, users } from './account.tables.js';
import { type UserIdentityRow, userIdentities } from './identity.tables.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly account: AccountLoaders;
  }
}

export interface AccountLoaders {
  userById: DataLoader<string, UserRow | null>;
  /** The linked provider accounts of each user, oldest first. */
  identitiesByUserId: DataLoader<string, UserIdentityRow[]>;
}

export function createAccountLoaders(db: Database): AccountLoaders {
  return {
    userById: new DataLoader(async (ids) => {
      const rows = await db
        .select()
        .from(users)
        .where(inArray(users.id, [...ids]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    identitiesByUserId: new DataLoader(async (userIds) => {
      const rows = await db
        .select()
        .from(userIdentities)
        .where(inArray(userIdentities.userId, [...userIds]))
        .orderBy(asc(userIdentities.createdAt), asc(userIdentities.id));
      const byUser = new Map<string, UserIdentityRow[]>();
      for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
  };
}
