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
import {
  CompiledOperations,
  type CompilePolicy,
  DEFAULT_COMPILE_POLICY,
  expandedFieldCount,
} from './compiled-operations.js';

interface Compiled {
  query: CompiledQuery;
  /** Variables whose type holds input objects, which may need their fields' defaults filled in. */
  objectVariables: { name: string; type: GraphQLInputType }[];
}

/** The gateway, with what it keeps compiled (tests, diagnostics). */
export interface JitGateway extends GatewayInterface {
  readonly compiled: { readonly size: number; readonly fields: number };
}

/**
 * Runs queries with graphql-jit instead of graphql-js: a query sent repeatedly is compiled once into
 * a JavaScript function (parsing and validation stay Apollo's), within the memory bounds of
 * `policy` (src/graphql/compiled-operations.ts); the others run on graphql-js. Execution was about a
 * tenth of the products page's CPU with graphql-js and nearly vanishes (bench/README.md). Mutations keep
 * graphql-js: they are not hot, and graphql-jit passes `null` for an input field whose variable
 * was omitted where graphql-js leaves it out, which a partial update would take as "clear it".
 * Apollo Server 5 accepts a custom executor only through its gateway interface, hence the shape.
 */
export function jitGateway(schema: GraphQLSchema, policy: Partial<CompilePolicy> = {}): JitGateway {
  const cache = new CompiledOperations<Compiled>({ ...DEFAULT_COMPILE_POLICY, ...policy });
  const compile = (document: DocumentNode, operation: OperationDefinitionNode): Compiled | null => {
    const query = compileQuery(schema, document, operation.name?.value);
    // Validation already passed, so this is rare: graphql-js then runs it and reports the problem.
    if (!isCompiledQuery(query)) return null;
    const objectVariables = (operation.variableDefinitions ?? []).flatMap((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      return type && holdsInputObject(type) ? [{ name: definition.variable.name.value, type }] : [];
    });
    return { query, objectVariables };
  };
  return {
    compiled: cache,
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        executor: async (request) => {
          const { document, operation } = request;
          const variables = request.request.variables ?? {};
          // The operation's position, not its name, in the key: a name is as long as the client makes it.
          const key = `${request.queryHash}:${document.definitions.indexOf(operation)}`;
          const compiled =
            operation.operation === 'query'
              ? cache.get(
                  key,
                  () => expandedFieldCount(document, operation),
                  () => compile(document, operation),
                )
              : null;
          if (!compiled) {
            return (await execute({
              schema,
              document: request.document,
              operationName: request.operationName,
              contextValue: request.context,
              variableValues: variables,
            })) as GatewayExecutionResult;
          }
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
