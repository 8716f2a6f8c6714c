import { Extensions } from 'type-graphql';

/**
 * How a field declares its own price in the query cost model (see operation-analysis.ts for the
 * whole model). Both are type-graphql field extensions, so they sit next to the field:
 *
 * ```ts
 * @Cost(100)                       // one facet computation: five aggregate statements
 * @Field(() => ProductFacets) facets!: ProductFacets;
 *
 * @Cost((args) => (args.filter?.query ? 50 : 1))   // search ranks every match
 * @Query(() => ProductConnection) products(...)
 *
 * @ListSize(50)                    // a customer keeps at most 50 addresses
 * @Field(() => [Address]) addresses!: Address[];
 *
 * @ListSize((args) => (args.flat ? 100 : 10))      // every category, or the roots
 * @Query(() => [Category]) categories(...)
 * ```
 *
 * Without a declaration an object field costs 1 per object and a scalar 0; a list without a
 * declared size counts DEFAULT_LIST_SIZE items. Declare a cost on any field that does work beyond
 * loading rows through a DataLoader (a search, an aggregate, a call to another service), and a
 * list size wherever the default estimate is far off.
 */

/** Arguments of the field as graphql-js coerced them (defaults applied). */
export type FieldArgs = Readonly<Record<string, unknown>>;
export type CostFunction = (args: FieldArgs) => number;

/** The field's own cost per object it returns (replaces the default 1, or 0 for a scalar). */
export const Cost = (cost: number | CostFunction) => Extensions({ cost });

/** The number of items a list field is expected to return (its page size, in effect). */
export const ListSize = (size: number | CostFunction) => Extensions({ listSize: size });

export function declaredCost(
  extensions: Readonly<Record<string, unknown>> | null | undefined,
): number | CostFunction | undefined {
  const cost = extensions?.cost;
  return typeof cost === 'number' || typeof cost === 'function' ? (cost as number | CostFunction) : undefined;
}

export function declaredListSize(
  extensions: Readonly<Record<string, unknown>> | null | undefined,
): number | CostFunction | undefined {
  const size = extensions?.listSize;
  return typeof size === 'number' || typeof size === 'function' ? (size as number | CostFunction) : undefined;
}
