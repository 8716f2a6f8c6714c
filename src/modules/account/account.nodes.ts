import { byId, found, type NodeKind, viewerIsAdmin } from '../../graphql/node.js';
import { users } from './account.tables.js';
import { toUser } from './account.types.js';

/** The account's Node type: a user, seen by administrators (as `user(id)`) and by itself (as `me`). */
export const accountNodes: NodeKind[] = [
  {
    typename: 'User',
    table: users,
    idColumn: users.id,
    async load(ctx, ids) {
      const viewer = await ctx.viewer();
      if (!viewer) return new Map();
      const visible = (await viewerIsAdmin(ctx)) ? ids : ids.filter((id) => id === viewer.id);
      return byId(found(await ctx.loaders.account.userById.loadMany(visible)).map(toUser));
    },
  },
];
