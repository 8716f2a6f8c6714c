import type { GatewayExecutionResult, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  printSchema,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; a storefront sends a few dozen. */
const MAX_COMPILED = 1000;

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation is
 * compiled once into a JavaScript function (parsing and validation stay Apollo's). Execution was
 * about a tenth of the products page's CPU with graphql-js and nearly vanishes (bench/README.md).
 * Apollo Server 5 accepts a custom executor only through its gateway interface, hence the shape.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const cache = new Map<string, CompiledQuery>();
  const compiled = (key: string, document: DocumentNode, operationName: string | null) => {
    const hit = cache.get(key);
    if (hit) return hit;
    const result = compileQuery(schema, document, operationName ?? undefined);
    // Validation already passed, so this is rare (e.g. an unknown operation name): answer it as is.
    if (!isCompiledQuery(result)) return result;
    if (cache.size >= MAX_COMPILED) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
    return result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        executor: async (request) => {
          const key = `${request.queryHash}:${request.operationName ?? ''}`;
          const query = compiled(key, request.document, request.operationName);
          const result = isCompiledQuery(query)
            ? await query.query(undefined, request.context, request.request.variables ?? {})
            : query;
          if (!result.errors?.length) return result as GatewayExecutionResult;
          const errors = result.errors.map((error) => toGraphQLError(error, request.operation));
          return { ...result, errors } as GatewayExecutionResult;
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors only look like graphql-js ones (no `extensions` object, no `nodes`), and
 * Apollo's error handling needs both: rebuild them. A variable coercion error gets its variable's
 * definition as node, which is how Apollo recognizes it and answers BAD_USER_INPUT (HTTP 400).
 */
function toGraphQLError(error: GraphQLError, operation: OperationDefinitionNode): GraphQLError {
  const variable = error.path ? undefined : /^Variable "\$(\w+)"/.exec(error.message)?.[1];
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === variable);
  const rebuilt = new GraphQLError(error.message, {
    nodes: definition,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (!definition && error.locations) Object.assign(rebuilt, { locations: error.locations });
  return rebuilt;
}
