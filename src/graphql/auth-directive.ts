import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  DirectiveLocation,
  defaultFieldResolver,
  GraphQLDirective,
  type GraphQLEnumType,
  type GraphQLFieldConfig,
  GraphQLSchema,
} from 'graphql';
import { Directive } from 'type-graphql';
import type { RequestContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';
import { type RoleValue, roleAtLeast } from './roles.js';

/**
 * `@Auth('ADMIN')` on a resolver method, a field or an object type prints
 * `@auth(requires: ADMIN)` into the schema; `applyAuthDirective` makes it enforce access.
 * The directive in schema.graphql is the single source of truth for who may call what.
 */
export function Auth(requires: RoleValue = 'CUSTOMER'): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Directive(`@auth(requires: ${requires})`) as MethodDecorator & PropertyDecorator & ClassDecorator;
}

export function applyAuthDirective(schema: GraphQLSchema): GraphQLSchema {
  const roleEnum = schema.getType('Role') as GraphQLEnumType | undefined;
  if (!roleEnum) throw new Error('The Role enum must be part of the schema');
  const authDirective = new GraphQLDirective({
    name: 'auth',
    description:
      'Access control: the field needs a signed-in viewer whose role is at least `requires` ' +
      '(CUSTOMER < VENDOR < ADMIN). Anonymous callers get UNAUTHENTICATED, lower roles FORBIDDEN.',
    locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT],
    args: {
      requires: {
        type: roleEnum,
        defaultValue: 'CUSTOMER',
        description:
          'The lowest role allowed (CUSTOMER < VENDOR < ADMIN); CUSTOMER means any signed-in user.',
      },
    },
  });
  const withDirective = new GraphQLSchema({
    ...schema.toConfig(),
    directives: [...schema.getDirectives(), authDirective],
  });

  return mapSchema(withDirective, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, _fieldName, typeName, mappedSchema) => {
      const onField = getDirective(mappedSchema, fieldConfig, 'auth')?.[0];
      const type = mappedSchema.getType(typeName);
      const onType = type ? getDirective(mappedSchema, type, 'auth')?.[0] : undefined;
      const requires = (onField ?? onType)?.requires as RoleValue | undefined;
      return requires ? guardField(fieldConfig, requires) : fieldConfig;
    },
  });
}

function guardField(
  fieldConfig: GraphQLFieldConfig<unknown, RequestContext>,
  requires: RoleValue,
): GraphQLFieldConfig<unknown, RequestContext> {
  const resolve = fieldConfig.resolve ?? defaultFieldResolver;
  const check = async (context: RequestContext) => {
    const viewer = await context.viewer();
    if (!viewer) throw unauthenticated();
    if (!roleAtLeast(viewer.role, requires)) throw forbidden();
  };
  const { subscribe } = fieldConfig;
  return {
    ...fieldConfig,
    resolve: async (source, args, context, info) => {
      await check(context);
      return resolve(source, args, context, info);
    },
    // A subscription field is checked when subscribing (the caller is refused before any event),
    // then for every event by `resolve` above.
    ...(subscribe
      ? {
          subscribe: async (source, args, context, info) => {
            await check(context);
            return subscribe(source, args, context, info);
          },
        }
      : {}),
  };
}
