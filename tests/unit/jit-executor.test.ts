import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, type GraphQLError, type OperationDefinitionNode, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { type JitGateway, jitGateway } from '../../src/graphql/jit-executor.js';

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

async function executorOf(gateway: JitGateway): Promise<GatewayExecutor> {
  const loaded = await gateway.load({ apollo: {} as never });
  if (!loaded.executor) throw new Error('no executor');
  return loaded.executor;
}

// Compiles every query at once, so each test below runs on graphql-jit.
let executor: GatewayExecutor;
beforeAll(async () => {
  executor = await executorOf(jitGateway(schema, { compileAfter: 1 }));
});

function run(query: string, variables: Record<string, unknown> = {}, on: GatewayExecutor = executor) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return on({
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

describe('what the jit executor keeps compiled', () => {
  it('compiles nothing for a stream of distinct query texts, each answered by graphql-js', async () => {
    const gateway = jitGateway(schema);
    const on = await executorOf(gateway);
    for (let i = 0; i < 5_000; i += 1) {
      const result = await run(`{ echo(options: { n: ${i} }) }`, {}, on);
      expect(JSON.parse(result.data?.echo as string)).toEqual({ n: i, kind: 'B' });
    }
    expect([gateway.compiled.size, gateway.compiled.fields]).toEqual([0, 0]);
  });

  it('compiles a query sent again, and answers it the same before and after', async () => {
    const gateway = jitGateway(schema);
    const on = await executorOf(gateway);
    const query = 'query($o: Options!) { echo(options: $o) }';
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await run(query, { o: { inner: {} } }, on));
    expect([gateway.compiled.size, gateway.compiled.fields]).toEqual([1, 1]);
    for (const answer of answers) {
      expect(JSON.parse(answer.data?.echo as string)).toEqual({ n: 3, kind: 'B', inner: { m: 7 } });
    }
  });

  it('keeps the compiled weight within its bound under a stream of repeated distinct texts', async () => {
    const gateway = jitGateway(schema, { maxFields: 50 });
    const on = await executorOf(gateway);
    for (let i = 0; i < 1_000; i += 1) {
      const query = `{ a: echo(options: { n: ${i} }) b: fail }`;
      await run(query, {}, on);
      await run(query, {}, on);
      expect(gateway.compiled.fields).toBeLessThanOrEqual(50);
    }
    // The first 25 stay (nothing idles in this test); the rest ran on graphql-js.
    expect([gateway.compiled.size, gateway.compiled.fields]).toEqual([25, 50]);
  });
});
