import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { isLazyField } from './lazy-field.js';

/**
 * Cache hints for the public response cache (src/graphql/response-cache.ts), in the spirit of
 * Apollo's `@cacheControl(maxAge, inheritMaxAge)`, as type-graphql extensions: the server executes
 * with graphql-jit, so Apollo's cache control plugin (which hooks every resolved field) never runs;
 * instead the policy of an operation is computed once per parsed document from these hints.
 *
 * ```ts
 * @CacheControl({ maxAge: 60 })          // on an object type: its plain fields are public, 60 s
 * @ObjectType() class Product { ... }
 *
 * @CacheControl({ maxAge: 10 })          // on a field: public, at most 10 s (stock counts)
 * @Field(() => Int) stock!: number;
 *
 * @CacheControl({ inheritMaxAge: true }) // public, as long as the field that returned its parent
 * @ObjectType() class PageInfo { ... }
 * ```
 *
 * The rule is deny by default: an operation is cacheable only when every field it selects is
 * public. A field is public when it carries a hint of its own, or when it is a plain field (no
 * resolver of its own: a property of the parent object) of an object type that carries one.
 * A field with a resolver (a `@FieldResolver`, a query, any field another domain adds to a type)
 * needs its own hint: whatever may depend on the viewer, a cart or the request stays uncached
 * until someone states that it does not. Introspection, abstract parents without a hint and
 * mutations/subscriptions are never cacheable. `@skip`/`@include` count as included.
 */
export interface CacheHint {
  /** Seconds the answer may be served from a cache. */
  maxAge?: number;
  /** Public, with the max age of the field that returned the parent object. */
  inheritMaxAge?: boolean;
}

export const CacheControl = (hint: CacheHint) => Extensions({ cacheControl: hint });

function hintOf(extensions: Readonly<Record<string, unknown>> | null | undefined): CacheHint | undefined {
  const hint = extensions?.cacheControl as CacheHint | undefined;
  return typeof hint === 'object' && hint !== null ? hint : undefined;
}

const policies = new WeakMap<DocumentNode, Map<OperationDefinitionNode, number>>();

/**
 * The max age, in seconds, of an operation's answer for an anonymous caller; 0: not cacheable.
 * Computed once per parsed document and operation (Apollo keeps parsed documents), so a request
 * pays a WeakMap lookup.
 */
export function operationMaxAge(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): number {
  let byOperation = policies.get(document);
  if (!byOperation) {
    byOperation = new Map();
    policies.set(document, byOperation);
  }
  let maxAge = byOperation.get(operation);
  if (maxAge === undefined) {
    maxAge = computeMaxAge(schema, document, operation);
    byOperation.set(operation, maxAge);
  }
  return maxAge;
}

function computeMaxAge(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): number {
  if (operation.operation !== 'query') return 0;
  const root = schema.getQueryType();
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const age = selectionMaxAge(schema, fragments, root, operation.selectionSet, Number.POSITIVE_INFINITY, 0);
  return Number.isFinite(age) ? Math.max(0, Math.floor(age)) : 0;
}

/** Deep enough for any operation the depth limit lets through; deeper is simply not cached. */
const MAX_WALK_DEPTH = 64;

function selectionMaxAge(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  parent: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  parentAge: number,
  depth: number,
): number {
  if (depth > MAX_WALK_DEPTH) return 0;
  let age = Number.POSITIVE_INFINITY;
  for (const selection of selectionSet.selections) {
    let part: number;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__typename') continue;
      if (!isObjectType(parent) || name.startsWith('__')) return 0;
      const field = parent.getFields()[name];
      if (!field) return 0;
      const own = fieldAge(field, parent, parentAge);
      if (own <= 0) return 0;
      const type = getNamedType(field.type);
      part =
        selection.selectionSet && isCompositeType(type)
          ? Math.min(own, selectionMaxAge(schema, fragments, type, selection.selectionSet, own, depth + 1))
          : own;
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) return 0;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      if (!condition) return 0;
      part = selectionMaxAge(schema, fragments, condition, fragment.selectionSet, parentAge, depth + 1);
    }
    if (part <= 0) return 0;
    age = Math.min(age, part);
  }
  return age;
}

function fieldAge(
  field: GraphQLField<unknown, unknown>,
  parent: GraphQLNamedType,
  parentAge: number,
): number {
  const own = hintOf(field.extensions);
  if (own) return own.maxAge ?? (own.inheritMaxAge ? parentAge : 0);
  const plain = !field.resolve || isLazyField(field.extensions);
  const typeHint = plain ? hintOf(parent.extensions) : undefined;
  if (!typeHint) return 0;
  return typeHint.maxAge ?? (typeHint.inheritMaxAge ? parentAge : 0);
}
