import { type GraphQLInputField, type GraphQLSchema, isInputObjectType, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Gives a list input field (or an `@ArgsType` field, i.e. an argument) its own cap, instead of
 * the server-wide INPUT_MAX_LIST_ITEMS (see input-limits.ts, which enforces both). Every list is
 * capped whether or not it carries this mark; use it where the domain allows more (or fewer)
 * items than the default. The cap is added to the field's description, so clients see it.
 */
export const MaxItems = (items: number) => Extensions({ maxItems: items });

/** The cap a field or argument declares with `@MaxItems`, if any. */
export function declaredMaxItems(
  extensions: Readonly<Record<string, unknown>> | null | undefined,
): number | undefined {
  const items = extensions?.maxItems;
  return typeof items === 'number' ? items : undefined;
}

/** Appends "At most N items." to the description of every argument and input field with `@MaxItems`. */
export function describeMaxItems(schema: GraphQLSchema): void {
  const describe = (entity: Pick<GraphQLInputField, 'description' | 'extensions'>) => {
    const items = declaredMaxItems(entity.extensions);
    if (items === undefined) return;
    const note = `At most ${items} items.`;
    entity.description = entity.description ? `${entity.description} ${note}` : note;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) describe(field);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) describe(arg);
    }
  }
}
