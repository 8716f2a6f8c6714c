import type { GatewayExecutionResult, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  execute,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getLocation,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  printSchema,
  typeFromAST,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; a storefront sends a few dozen. */
const MAX_COMPILED = 1000;

interface Compiled {
  query: CompiledQuery;
  /** Variables whose type holds input objects, which may need their fields' defaults filled in. */
  objectVariables: { name: string; type: GraphQLInputType }[];
}

/**
 * Runs queries with graphql-jit instead of graphql-js: each distinct query is compiled once into
 * a JavaScript function (parsing and validation stay Apollo's). Execution was about a tenth of
 * the products page's CPU with graphql-js and nearly vanishes (bench/README.md). Mutations keep
 * graphql-js: they are not hot, and graphql-jit passes `null` for an input field whose variable
 * was omitted where graphql-js leaves it out, which a partial update would take as "clear it".
 * Apollo Server 5 accepts a custom executor only through its gateway interface, hence the shape.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const cache = new Map<string, Compiled>();
  const compile = (key: string, document: DocumentNode, operation: OperationDefinitionNode) => {
    const hit = cache.get(key);
    if (hit) return hit;
    const query = compileQuery(schema, document, operation.name?.value);
    // Validation already passed, so this is rare: answer it as is.
    if (!isCompiledQuery(query)) return query as GatewayExecutionResult;
    const objectVariables = (operation.variableDefinitions ?? []).flatMap((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      return type && holdsInputObject(type) ? [{ name: definition.variable.name.value, type }] : [];
    });
    if (cache.size >= MAX_COMPILED) cache.delete(cache.keys().next().value as string);
    const compiled = { query, objectVariables };
    cache.set(key, compiled);
    return compiled;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        executor: async (request) => {
          const variables = request.request.variables ?? {};
          if (request.operation.operation !== 'query') {
            return (await execute({
              schema,
              document: request.document,
              operationName: request.operationName,
              contextValue: request.context,
              variableValues: variables,
            })) as GatewayExecutionResult;
          }
          const compiled = compile(
            `${request.queryHash}:${request.operationName ?? ''}`,
            request.document,
            request.operation,
          );
          if (!('query' in compiled)) return compiled;
          const filled = { ...variables };
          for (const { name, type } of compiled.objectVariables)
            filled[name] = withInputDefaults(type, filled[name]);
          const result = await compiled.query.query(undefined, request.context, filled);
          if (!result.errors?.length) return result as GatewayExecutionResult;
          const errors = result.errors.map((error) => toGraphQLError(error, request.operation));
          return { ...result, errors } as GatewayExecutionResult;
        },
      };
    },
    async stop() {},
  };
}

function holdsInputObject(type: GraphQLInputType): boolean {
  if (isNonNullType(type) || isListType(type)) return holdsInputObject(type.ofType);
  return isInputObjectType(type);
}

/**
 * Fills in the default of every omitted input object field, as graphql-js does and graphql-jit
 * does not for a non-null field with a default (graphql-jit issue #142): `{ variantId }` for a
 * `CartAddItemInput` whose `quantity: Int! = 1` would otherwise be refused.
 */
function withInputDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return withInputDefaults(type.ofType, value);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    return Array.isArray(value)
      ? value.map((v) => withInputDefaults(item, v))
      : withInputDefaults(item, value);
  }
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    const given = filled[field.name];
    if (given === undefined && field.defaultValue !== undefined) {
      // graphql-js keeps defaults as internal values; variables carry external ones (enum names).
      const fieldType = getNullableType(field.type);
      filled[field.name] = isEnumType(fieldType)
        ? fieldType.serialize(field.defaultValue)
        : field.defaultValue;
    } else if (given !== undefined) {
      filled[field.name] = withInputDefaults(field.type, given);
    }
  }
  return filled;
}

/**
 * graphql-jit's errors only look like graphql-js ones (no `extensions` object, no `nodes`), and
 * Apollo's error handling needs both: rebuild them. A variable coercion error (no path) gets its
 * variable's definition as node, which is how Apollo recognizes it and answers BAD_USER_INPUT
 * (HTTP 400); graphql-jit names the inner field rather than the variable for a nested value, so
 * the definition is found by the error's location.
 */
function toGraphQLError(error: GraphQLError, operation: OperationDefinitionNode): GraphQLError {
  const at = error.locations?.[0];
  const definition = error.path
    ? undefined
    : operation.variableDefinitions?.find((d) => {
        const start = d.loc && getLocation(d.loc.source, d.loc.start);
        return start?.line === at?.line && start?.column === at?.column;
      });
  // For a nested value graphql-jit names the field as if it were the variable: name both.
  const variable = definition?.variable.name.value;
  const message =
    variable === undefined
      ? error.message
      : error.message.replace(/^Variable "\$(\w+)"/, (whole, name: string) =>
          name === variable ? whole : `Variable "$${variable}" (field "${name}")`,
        );
  const rebuilt = new GraphQLError(message, {
    nodes: definition,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (!definition && error.locations) Object.assign(rebuilt, { locations: error.locations });
  return rebuilt;
}
