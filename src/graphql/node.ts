import { inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type GraphQLSchema, isInterfaceType } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import { queryRows } from '../db/client.js';
import type { RequestContext } from './context.js';
import { isUuid } from './ids.js';
import { roleAtLeast } from './roles.js';

/**
 * Relay Global Object Identification. Every row id of the store is a random UUID (v4), unique across
 * all tables, so an object's `id` is already a global, opaque id: `node(id)` finds the one table that
 * holds it in a single statement, then asks that type's domain for the object, with the same access
 * rules as the typed queries. Clients must not parse ids; they may rely on them being unique across
 * types.
 */
@InterfaceType('Node', {
  description:
    'An object with a global id (Relay Global Object Identification). Every id in this API is unique across ' +
    'all types; `node(id)` and `nodes(ids)` fetch any object by it, with the access rules of its own query.',
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque id.' })
  id!: string;
}

const NODE_TYPE = Symbol('node type');
type Tagged = { [NODE_TYPE]: string };

/** One GraphQL type implementing Node, as its domain contributes it (DomainModule.nodes). */
export interface NodeKind {
  /** The GraphQL object type's name. */
  readonly typename: string;
  /** The table whose `id` column holds this type's ids. */
  readonly table: PgTable;
  readonly idColumn: PgColumn;
  /**
   * The objects of these ids that the request's viewer may see, as their GraphQL objects, by id.
   * An id left out answers null: missing and forbidden look the same (as another customer's order does).
   */
  load(ctx: RequestContext, ids: readonly string[]): Promise<ReadonlyMap<string, object>>;
}

/**
 * Completes the Node interface of a built schema. Its type resolver reads the tag `loadNodes` puts on
 * each object, synchronously: graphql-jit, which executes our operations, cannot await the async
 * wrapper type-graphql would put around one. Then fails the start when the Node types of the schema
 * and the kinds the domains registered differ: an entity that implements Node must be reachable
 * through `node(id)`, and a kind must name such a type.
 */
export function completeNodeInterface(schema: GraphQLSchema, kinds: readonly NodeKind[]): void {
  const node = schema.getType('Node');
  if (isInterfaceType(node)) node.resolveType = (value) => (value as Tagged)[NODE_TYPE];
  const implemented = isInterfaceType(node) ? schema.getPossibleTypes(node).map((type) => type.name) : [];
  const registered = kinds.map((kind) => kind.typename);
  const problems = [
    ...implemented
      .filter((name) => !registered.includes(name))
      .map((name) => `${name} implements Node but no domain loads it`),
    ...registered
      .filter((name) => !implemented.includes(name))
      .map((name) => `a node kind names ${name}, which does not implement Node`),
    ...registered
      .filter((name, i) => registered.indexOf(name) !== i)
      .map((name) => `two node kinds name ${name}`),
  ];
  if (problems.length > 0) throw new Error(`Node types: ${problems.join('; ')}`);
}

/** The objects of these ids, in order; null where there is none or the viewer may not see it. */
export async function loadNodes(
  ctx: RequestContext,
  kinds: readonly NodeKind[],
  ids: readonly string[],
): Promise<(object | null)[]> {
  const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  if (wanted.length === 0 || kinds.length === 0) return ids.map(() => null);
  // One statement over every table: primary-key lookups, one row per id found.
  const rows = await queryRows<{ typename: string; id: string }>(
    ctx.app.db,
    sql.join(
      kinds.map(
        (kind) =>
          sql`(SELECT ${kind.typename}::text AS typename, ${kind.idColumn}::text AS id FROM ${kind.table} WHERE ${inArray(kind.idColumn, wanted)})`,
      ),
      sql` UNION ALL `,
    ),
  );
  const objects = new Map<string, object>();
  for (const kind of kinds) {
    const idsOfKind = rows.filter((row) => row.typename === kind.typename).map((row) => row.id);
    if (idsOfKind.length === 0) continue;
    for (const [id, object] of await kind.load(ctx, idsOfKind)) {
      objects.set(id, Object.assign(object, { [NODE_TYPE]: kind.typename }));
    }
  }
  return ids.map((id) => objects.get(id.toLowerCase()) ?? null);
}

/** Whether the request's viewer is an administrator (admin-only types answer null to others). */
export async function viewerIsAdmin(ctx: RequestContext): Promise<boolean> {
  const viewer = await ctx.viewer();
  return viewer !== null && roleAtLeast(viewer.role, 'ADMIN');
}

/** The rows of `table` with these ids (one statement). */
export async function rowsById<Row>(
  ctx: RequestContext,
  table: PgTable,
  idColumn: PgColumn,
  ids: readonly string[],
): Promise<Row[]> {
  return (await ctx.app.db
    .select()
    .from(table)
    .where(inArray(idColumn, [...ids]))) as Row[];
}

/** A Node type that only administrators see (others get null), read from its table and mapped. */
export function adminOnlyNode<Row extends { id: string }>(
  typename: string,
  table: PgTable,
  idColumn: PgColumn,
  toObject: (ctx: RequestContext, rows: Row[]) => Promise<{ id: string }[]> | { id: string }[],
): NodeKind {
  return {
    typename,
    table,
    idColumn,
    async load(ctx, ids) {
      if (!(await viewerIsAdmin(ctx))) return new Map();
      return byId(await toObject(ctx, await rowsById<Row>(ctx, table, idColumn, ids)));
    },
  };
}

/** A Node type that only its owner sees (the row's `userId` is the viewer's), read from its table and mapped. */
export function ownedNode<Row extends { id: string; userId: string | null }>(
  typename: string,
  table: PgTable,
  idColumn: PgColumn,
  toObject: (row: Row) => { id: string },
): NodeKind {
  return {
    typename,
    table,
    idColumn,
    async load(ctx, ids) {
      const viewer = await ctx.viewer();
      if (!viewer) return new Map();
      const rows = await rowsById<Row>(ctx, table, idColumn, ids);
      return byId(rows.filter((row) => row.userId === viewer.id).map(toObject));
    },
  };
}

/**
 * A Node type whose rows belong to a parent (a product's variant, an order's line): seen by whoever
 * may see that parent, as the parent's own fields show it. `visibleParents` answers the parents of
 * these ids that the viewer may see.
 */
export function partNode<Row extends { id: string }, Parent>(spec: {
  typename: string;
  table: PgTable;
  idColumn: PgColumn;
  parentId: (row: Row) => string;
  visibleParents: (ctx: RequestContext, ids: string[]) => Promise<ReadonlyMap<string, Parent>>;
  toObject: (row: Row, parent: Parent, ctx: RequestContext) => { id: string };
}): NodeKind {
  return {
    typename: spec.typename,
    table: spec.table,
    idColumn: spec.idColumn,
    async load(ctx, ids) {
      const rows = await rowsById<Row>(ctx, spec.table, spec.idColumn, ids);
      const parents = await spec.visibleParents(ctx, [...new Set(rows.map(spec.parentId))]);
      return byId(
        rows.flatMap((row) => {
          const parent = parents.get(spec.parentId(row));
          return parent === undefined ? [] : [spec.toObject(row, parent, ctx)];
        }),
      );
    },
  };
}

/** What a DataLoader's `loadMany` found (no nulls; errors are thrown). */
export function found<T>(rows: readonly (T | null | Error)[]): T[] {
  return rows.filter((row): row is T => {
    if (row instanceof Error) throw row;
    return row !== null;
  });
}

/** Objects by id, from a list of them. */
export function byId<T extends { id: string }>(objects: readonly T[]): Map<string, T> {
  return new Map(objects.map((object) => [object.id, object]));
}
