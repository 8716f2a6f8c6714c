import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type UserRow, users } from './account.tables.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    readonly account: AccountLoaders;
  }
}

export interface AccountLoaders {
  userById: DataLoader<string, UserRow | null>;
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
  };
}
