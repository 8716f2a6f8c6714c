import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
  lexicographicSortSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray, type PubSub } from 'type-graphql';
import { applyAuthDirective } from './auth-directive.js';
import { callFieldResolversDirectly } from './direct-field-resolvers.js';
import { isLazyField } from './lazy-field.js';
import { describeMaxItems } from './max-items.js';
import './roles.js';
import { scalarsMap } from './scalars.js';

/**
 * type-graphql insists on a PubSub once a schema has subscriptions, though ours bring their own
 * `subscribe` (fed by PostgreSQL LISTEN/NOTIFY, see order-event-hub.ts) and never use topics.
 */
const noTopicsPubSub: PubSub = {
  publish() {
    throw new Error('Subscriptions use their own subscribe function, not type-graphql topics');
  },
  subscribe() {
    throw new Error('Subscriptions use their own subscribe function, not type-graphql topics');
  },
};

let cached: Promise<GraphQLSchema> | undefined;

/**
 * Descriptions of the root operation types, which type-graphql builds without a way to describe them:
 * what a reader of the schema in an explorer sees first. They hold for every domain, so the kernel
 * can state them.
 */
const ROOT_TYPE_DESCRIPTIONS = {
  query:
    'Every read, for shoppers and store staff alike. ' +
    'Fields marked `@auth` need a signed-in viewer of at least that role (`Authorization: Bearer <access token>`); ' +
    'the others are public. `node(id)` fetches any object by its id.',
  mutation:
    'Every change. A mutation is named noun first (`cartAddItem`), takes one `input` argument and returns a payload ' +
    'whose `errors` list holds expected failures (validation, stock, a wrong password): nothing changed when it is ' +
    'not empty. Top-level errors are kept for UNAUTHENTICATED, FORBIDDEN, limits and faults.',
  subscription:
    'Real-time updates, served over WebSocket with the graphql-ws protocol at /graphql (over HTTP a subscription ' +
    'is refused). Sign in by sending `{ authorization: "Bearer <access token>" }` as `connectionParams`.',
} as const;

function describeRootTypes(schema: GraphQLSchema): void {
  const roots = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  };
  for (const [operation, type] of Object.entries(roots)) {
    if (type) type.description ??= ROOT_TYPE_DESCRIPTIONS[operation as keyof typeof roots];
  }
}

const readProperty: GraphQLFieldResolver<Record<string, unknown>, unknown> = (
  source,
  _args,
  _context,
  info,
) => source[info.fieldName];

/**
 * The executable schema of these resolver classes (every domain's, from the composition root),
 * with `@auth` enforced. Built once per process.
 */
// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as Function.
export function buildAppSchema(resolvers: readonly Function[]): Promise<GraphQLSchema> {
  cached ??= (async () => {
    // Plain fields have no resolver at all: graphql-jit then compiles each to a property read
    // inside the parent's object literal. With a resolver, even a one-line one, it generated a
    // call per field with closures, a response path and a resolve info: about 1 MB of garbage per
    // products page (20 cards) and a fifth of its CPU. type-graphql's per-field wrappers go too
    // (they only serve middlewares and its auth checker; we use neither: `@auth` is a schema
    // directive). Field resolver methods keep theirs, and a plain field whose value may be a
    // promise (`@LazyField()`) reads its property through a resolver, so graphql-jit awaits it.
    for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
    const schema = await buildSchema({
      // biome-ignore lint/complexity/noBannedTypes: type-graphql's own parameter type.
      resolvers: resolvers as NonEmptyArray<Function>,
      scalarsMap,
      validate: false,
      pubSub: noTopicsPubSub,
    });
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.resolve && isLazyField(field.extensions)) field.resolve = readProperty;
      }
    }
    callFieldResolversDirectly(schema, resolvers);
    const withAuth = applyAuthDirective(schema);
    describeMaxItems(withAuth);
    describeRootTypes(withAuth);
    return withAuth;
  })();
  return cached;
}

/**
 * Apollo Client's `possibleTypes` (every interface and union with its object types, sorted), checked
 * in as possible-types.json: `new InMemoryCache({ possibleTypes })` then matches fragments on `Node`.
 */
export function printPossibleTypes(schema: GraphQLSchema): string {
  const possibleTypes: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (type.name.startsWith('__') || !isAbstractType(type)) continue;
    possibleTypes[type.name] = schema
      .getPossibleTypes(type)
      .map((t) => t.name)
      .sort();
  }
  return `${JSON.stringify(possibleTypes, null, 2)}\n`;
}

/**
 * Apollo Client's type policies for the object types without an `id` (Money, MoneyRange, cart totals,
 * ratings, payloads…), checked in as type-policies.json: `{ merge: true }` lets the cache merge two
 * answers for the same field of the same entity instead of replacing one with the other (and
 * warning "Cache data may be lost"). Root types are left out.
 */
export function printTypePolicies(schema: GraphQLSchema): string {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
  );
  const typePolicies: Record<string, { merge: true }> = {};
  for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (type.name.startsWith('__') || roots.has(type.name) || !isObjectType(type)) continue;
    if (!('id' in type.getFields())) typePolicies[type.name] = { merge: true };
  }
  return `${JSON.stringify(typePolicies, null, 2)}\n`;
}

/** The SDL checked in as schema.graphql: sorted, with directive definitions and their uses. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}
