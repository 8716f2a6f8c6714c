import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, type GraphQLError, type OperationDefinitionNode, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { jitGateway } from '../../src/graphql/jit-executor.js';

/** The executor keeps graphql-js semantics where graphql-jit differs, and Apollo-ready errors. */

const schema = buildSchema(`
  enum Kind { A B }
  input Inner { m: Int! = 7 }
  input Options { n: Int! = 3, kind: Kind! = B, inner: Inner, label: String }
  type Query { echo(options: Options!): String, fail: String }
  type Mutation { record(options: Options!): String }
`);
const echo = (args: { options: unknown }) => JSON.stringify(args.options);
for (const field of ['echo', 'record'] as const) {
  const type = field === 'echo' ? schema.getQueryType() : schema.getMutationType();
  const definition = type?.getFields()[field];
  if (definition) definition.resolve = (_root, args) => echo(args as { options: unknown });
}
const failing = schema.getQueryType()?.getFields().fail;
if (failing) {
  failing.resolve = () => {
    throw new Error('boom');
  };
}

let executor: GatewayExecutor;
beforeAll(async () => {
  const loaded = await jitGateway(schema).load({ apollo: {} as never });
  if (!loaded.executor) throw new Error('no executor');
  executor = loaded.executor;
});

function run(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return executor({
    request: { query, variables },
    document,
    operation,
    operationName: null,
    queryHash: query,
    context: {},
  } as unknown as GatewayGraphQLRequestContext);
}

describe('jit executor', () => {
  it('fills in defaults of omitted input fields, nested and enum ones included', async () => {
    const result = await run('query($o: Options!) { echo(options: $o) }', { o: { inner: {} } });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data?.echo as string)).toEqual({ n: 3, kind: 'B', inner: { m: 7 } });
  });

  it('keeps given values over defaults', async () => {
    const result = await run('query($o: Options!) { echo(options: $o) }', { o: { n: 5, kind: 'A' } });
    expect(JSON.parse(result.data?.echo as string)).toEqual({ n: 5, kind: 'A' });
  });

  it('runs mutations with graphql-js: an omitted variable leaves its input field out', async () => {
    const result = await run('mutation($l: String) { record(options: { n: 1, label: $l }) }');
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data?.record as string)).toEqual({ n: 1, kind: 'B' });
  });

  it('answers resolver errors as graphql-js errors, with path, extensions and the original error', async () => {
    const result = await run('{ fail }');
    const [error] = (result.errors ?? []) as GraphQLError[];
    expect(error?.path).toEqual(['fail']);
    expect(error?.extensions).toEqual({});
    expect(error?.originalError?.message).toBe('boom');
    expect(error?.locations).toEqual([{ line: 1, column: 3 }]);
  });

  it('gives a variable coercion error its variable definition, so Apollo answers BAD_USER_INPUT', async () => {
    const result = await run('query($o: Options!) { echo(options: $o) }', { o: { n: 'many' } });
    expect(result.data).toBeUndefined();
    const [error] = (result.errors ?? []) as GraphQLError[];
    expect(error?.nodes?.[0]?.kind).toBe('VariableDefinition');
    expect(error?.message).toMatch(/^Variable "\$o" \(field "n"\) got invalid value "many"/);
  });
});
