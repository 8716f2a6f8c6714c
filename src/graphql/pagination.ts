import { and, count, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Database } from '../db/client.js';
import { CacheControl } from './cache-control.js';
import { Cost } from './cost/cost-annotations.js';
import { badUserInput } from './errors.js';
import { isUuid } from './ids.js';
import { LazyField } from './lazy-field.js';

export const MAX_PAGE_SIZE = 100;
/** `totalCount` runs a COUNT over the whole filtered list: priced like ten objects. */
export const TOTAL_COUNT_COST = 10;
export const DEFAULT_PAGE_SIZE = 20;

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'Relay page information for a connection.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null on an empty page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Resolved lazily: the COUNT query only runs when a client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

/**
 * A page whose `totalCount` runs its count on first read, once. Lazy fields are getters of a
 * class, never of an object literal: V8 (Node 20) gives each object literal with a getter a hidden
 * class of its own, allocated with the long-lived objects and holding the getter's closure, and
 * through it the whole page, which then outlived every young collection (bench/README.md, "Request
 * data outliving scavenges").
 */
export class LazyConnection<T> implements Connection<T> {
  #count: Promise<number> | undefined;
  readonly #countOnce: () => Promise<number>;

  constructor(
    readonly edges: Edge<T>[],
    readonly nodes: T[],
    readonly pageInfo: PageInfo,
    count: () => Promise<number>,
  ) {
    this.#countOnce = count;
  }

  get totalCount(): Promise<number> {
    this.#count ??= this.#countOnce();
    return this.#count;
  }
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  // A connection's edges and page info are as public, and as fresh, as the field that returned it.
  @CacheControl({ inheritMaxAge: true })
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after` / `before`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name} at this edge.` })
    node!: T;
  }

  @CacheControl({ inheritMaxAge: true })
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection).` })
  class ConnectionClass {
    // An edge wraps its node: `edges { node }` costs what `nodes` does.
    @Cost(0)
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [node], { description: 'The items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
    pageInfo!: PageInfo;

    @LazyField()
    @Cost(TOTAL_COUNT_COST)
    @Field(() => Int, { description: 'Number of items in the whole list under the current filter.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** `first`/`after`/`last`/`before` arguments of every connection field; extend it to add filters. */
@ArgsType()
export class PageArgsType implements PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size from the start, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end, 0 to ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge to continue before.' })
  before?: string | null;
}

/** The sort key of a list: one column plus the id as tie-breaker, both in one direction. */
export interface SortKey<Row> {
  /** A column or an expression (the same one must be selected to build cursors). */
  column: AnyPgColumn | SQL;
  /** SQL type of the column, used to cast the cursor value back (e.g. `timestamptz`, `text`). */
  sqlType: string;
  value: (row: Row) => string | number | Date;
  direction: 'asc' | 'desc';
}

export interface PaginateOptions<Row> {
  args: PageArgs;
  sort: SortKey<Row>;
  idColumn: AnyPgColumn;
  id: (row: Row) => string;
  /**
   * Runs the list query with the cursor condition (may be undefined), the order and the limit;
   * `ascending` is the order's direction (reversed when paging backward).
   */
  fetch: (cursorWhere: SQL | undefined, orderBy: SQL[], limit: number, ascending: boolean) => Promise<Row[]>;
  count: () => Promise<number>;
}

type CursorValue = [string | number, string];

export function encodeCursor(value: string | number | Date, id: string): string {
  const key: CursorValue = [value instanceof Date ? value.toISOString() : value, id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, field: 'after' | 'before' = 'after'): CursorValue {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string' &&
      isUuid(parsed[1])
    ) {
      return parsed as CursorValue;
    }
  } catch {
    // fall through
  }
  throw badUserInput('The cursor is not valid for this list.', field);
}

/**
 * True when a decoded cursor value can be cast to the sort column's SQL type, so a tampered
 * cursor is a BAD_USER_INPUT rather than a failing SQL cast. Timestamps must be what
 * `encodeCursor` writes (an ISO string from `toISOString`).
 */
function cursorValueFits(value: string | number, sqlType: string): boolean {
  const type = sqlType.toLowerCase();
  if (type.startsWith('timestamp') || type === 'date') {
    if (typeof value !== 'string') return false;
    // Years 1-9999 only: extended years ("+275760-...") and year 0 do not cast in SQL.
    if (!/^(?!0000)\d{4}-/.test(value)) return false;
    const time = new Date(value);
    return !Number.isNaN(time.getTime()) && time.toISOString() === value;
  }
  const integerBits = /^(smallint|int2)$/.test(type)
    ? 16
    : /^(integer|int|int4)$/.test(type)
      ? 32
      : /^(bigint|int8)$/.test(type)
        ? 64
        : null;
  if (integerBits !== null) {
    // Out of the column's range, the cast would fail in SQL (an internal error, not bad input).
    if (typeof value === 'string' && !/^-?\d+$/.test(value)) return false;
    const n = Number(value);
    const limit = 2 ** (integerBits - 1);
    return Number.isInteger(n) && n >= -limit && n < limit;
  }
  if (/^numeric|^decimal|^real$|^double/.test(type)) {
    if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value)) return false;
    // Beyond the double range, the cast to double precision fails in SQL.
    return Number.isFinite(Number(value)) || /^numeric|^decimal/.test(type);
  }
  return true;
}

function pageSize(value: number | null | undefined, name: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}.`, name);
  }
  return value;
}

/**
 * Keyset pagination: the cursor holds the sort value and id of an edge, and the next page
 * starts with a row comparison on an index, so page 1,000 costs what page 1 costs.
 */
export async function paginate<Row>(options: PaginateOptions<Row>): Promise<Connection<Row>> {
  const { args, sort, idColumn } = options;
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== undefined && last !== undefined)
    throw badUserInput('Pass either first or last, not both.', 'last');
  const backward = last !== undefined && first === undefined;
  const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  const cursor = backward ? args.before : args.after;

  // Going backward reads the list in reverse order and flips the page afterwards.
  const ascending = (sort.direction === 'asc') !== backward;
  let cursorWhere: SQL | undefined;
  if (cursor) {
    const field = backward ? 'before' : 'after';
    const [value, id] = decodeCursor(cursor, field);
    if (!cursorValueFits(value, sort.sqlType))
      throw badUserInput('The cursor is not valid for this list.', field);
    const comparator = ascending ? sql.raw('>') : sql.raw('<');
    cursorWhere = sql`(${sort.column}, ${idColumn}) ${comparator} (cast(${value} as ${sql.raw(sort.sqlType)}), cast(${id} as uuid))`;
  }
  const direction = sql.raw(ascending ? 'asc' : 'desc');
  const orderBy = [sql`${sort.column} ${direction}`, sql`${idColumn} ${direction}`];

  const rows = limit === 0 ? [] : await options.fetch(cursorWhere, orderBy, limit + 1, ascending);
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();

  const edges = page.map((node) => ({ cursor: encodeCursor(sort.value(node), options.id(node)), node }));
  const pageInfo = {
    hasNextPage: backward ? Boolean(args.before) : hasMore,
    hasPreviousPage: backward ? hasMore : Boolean(args.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return new LazyConnection(edges, page, pageInfo, options.count);
}

/**
 * Keyset pagination over one table filtered by `conditions`: the common case of `paginate`,
 * with the page query and the lazy COUNT written once.
 */
export function paginateTable<T extends PgTable & { id: AnyPgColumn }>(
  db: Database,
  table: T,
  conditions: SQL[],
  args: PageArgs,
  sort: SortKey<T['$inferSelect']>,
): Promise<Connection<T['$inferSelect']>> {
  type Row = T['$inferSelect'];
  return paginate<Row>({
    args,
    sort,
    idColumn: table.id,
    id: (row) => (row as { id: string }).id,
    fetch: async (cursorWhere, orderBy, limit) =>
      (await db
        .select()
        .from(table as PgTable)
        .where(and(...conditions, cursorWhere))
        .orderBy(...orderBy)
        .limit(limit)) as Row[],
    count: async () => {
      const [row] = await db
        .select({ n: count() })
        .from(table as PgTable)
        .where(and(...conditions));
      return row?.n ?? 0;
    },
  });
}

/** Maps the nodes of a connection (rows to GraphQL objects), keeping cursors and the lazy count. */
export function mapConnection<Row, Node>(page: Connection<Row>, map: (row: Row) => Node): Connection<Node> {
  const nodes = page.nodes.map(map);
  const edges = page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] as Node }));
  return new LazyConnection(edges, nodes, page.pageInfo, () => page.totalCount);
}
