import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context.js';
import { ListSize } from './cost/cost-annotations.js';
import { loadNodes, Node, type NodeKind } from './node.js';

/** The `node` and `nodes` queries over the Node types the domains contribute (src/modules/index.ts). */
export function nodeResolver(kinds: readonly NodeKind[]) {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description:
        'Any object by its global id. Null when there is none or when the caller may not see it: the rules of ' +
        "the object's own query apply (another customer's order is null, an admin-only object is null to others).",
    })
    async node(
      @Arg('id', () => ID, { description: 'A global id, as any `id` field answers it.' }) id: string,
      @Ctx() ctx: RequestContext,
    ): Promise<object | null> {
      return (await loadNodes(ctx, kinds, [id]))[0] ?? null;
    }

    @ListSize((args) => (Array.isArray(args.ids) ? args.ids.length : 1))
    @Query(() => [Node], {
      nullable: 'items',
      description:
        'Objects by their global ids, in the order asked; null in the place of each one that does not exist or ' +
        'that the caller may not see (as `node`).',
    })
    async nodes(
      @Arg('ids', () => [ID], { description: 'Global ids; as many as list arguments allow.' }) ids: string[],
      @Ctx() ctx: RequestContext,
    ): Promise<(object | null)[]> {
      return loadNodes(ctx, kinds, ids);
    }
  }
  return NodeResolver;
}
