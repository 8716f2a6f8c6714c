import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Method = (...params: unknown[]) => unknown;

/**
 * Calls field resolver methods that take only the parent (`@Root()`) and the context (`@Ctx()`)
 * directly, instead of through type-graphql's wrapper. The wrapper serves middlewares, its auth
 * checker and argument validation (we use none: `@auth` is a schema directive), and re-sorts the
 * method's parameters on every call: on a products page (six such fields per card) those sorts
 * were a seventh of the memory allocated per request. The parent is passed as given, as
 * type-graphql does without decorator metadata (tsx, vitest).
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly object[]): void {
  const storage = getMetadataStorage();
  const instances = new Map<object, Record<string, Method>>();
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || !resolverClasses.includes(meta.target)) continue;
    if (meta.middlewares?.length || meta.roles?.length) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const plain = params.every(
      (p, i) => p.index === i && (p.kind === 'root' || p.kind === 'context') && !p.propertyName,
    );
    if (!plain) continue;
    const objectClass = meta.getObjectType?.();
    const typeName = storage.objectTypes.find((t) => t.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
    if (!field) continue;
    let instance = instances.get(meta.target);
    if (!instance) {
      instance = new (meta.target as new () => Record<string, Method>)();
      instances.set(meta.target, instance);
    }
    const method = (instance[meta.methodName] as Method).bind(instance);
    const [first, second] = params.map((p) => p.kind);
    const resolve: GraphQLFieldResolver<unknown, unknown> =
      first === 'root' && second === 'context'
        ? (root, _args, context) => method(root, context)
        : first === 'root' && second === undefined
          ? (root) => method(root)
          : (root, _args, context) => method(...params.map((p) => (p.kind === 'root' ? root : context)));
    field.resolve = resolve;
  }
}
