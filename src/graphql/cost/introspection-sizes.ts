import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';

/**
 * List sizes of the introspection types, measured on the schema itself: the number of types and
 * directives, and the average number of fields, arguments, enum values... per type (at least 1).
 * An explorer's or a code generator's full introspection query then costs about the objects it
 * really returns, while a query that re-enters `fields { type { fields { ... } } }` multiplies
 * at every level, as it would at execution.
 */
/**
 * A type reference's `ofType` chain (NonNull, List, NonNull, Named) is a single path, at most a few
 * links long whatever the query asks for: it costs nothing of its own, so the eight levels an
 * introspection query spells out do not weigh like eight objects. Likewise a field's or an
 * argument's `type` is part of what describes it, not an object of its own: counted at 1, the
 * explorer's introspection of this schema cost 20,082 and no longer fit QUERY_MAX_COST. Its
 * `fields { type { fields … } } }` re-entry still multiplies by the list sizes below.
 */
export function introspectionUnitCost(parentType: string, field: string): number | undefined {
  if (parentType === '__Type' && field === 'ofType') return 0;
  if ((parentType === '__Field' || parentType === '__InputValue') && field === 'type') return 0;
  return undefined;
}

const sizes = new WeakMap<GraphQLSchema, Map<string, number>>();

export function introspectionListSize(
  schema: GraphQLSchema,
  parentType: string,
  field: string,
): number | undefined {
  if (!parentType.startsWith('__')) return undefined;
  let table = sizes.get(schema);
  if (!table) {
    table = measure(schema);
    sizes.set(schema, table);
  }
  return table.get(`${parentType}.${field}`);
}

function measure(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const average = (counts: number[]) =>
    Math.max(1, Math.ceil(counts.reduce((sum, n) => sum + n, 0) / Math.max(1, counts.length)));
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t));
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  const directives = schema.getDirectives();
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', average(withFields.map((t) => Object.keys(t.getFields()).length))],
    [
      '__Type.inputFields',
      average(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length)),
    ],
    ['__Type.enumValues', average(types.filter(isEnumType).map((t) => t.getValues().length))],
    ['__Type.interfaces', average(withFields.map((t) => t.getInterfaces().length))],
    [
      '__Type.possibleTypes',
      average(
        types
          .filter((t) => isInterfaceType(t) || isUnionType(t))
          .map((t) => schema.getPossibleTypes(t).length),
      ),
    ],
    ['__Field.args', average(fields.map((f) => f.args.length))],
    ['__Directive.args', average(directives.map((d) => d.args.length))],
  ]);
}
