import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientPool, collect, ORDER_EVENTS, subscribeReady } from '../subscriptions/support.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import type { GqlResponse } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/**
 * Limits every operation meets before it runs: cost, depth, aliases, root fields and tokens, with
 * the defaults of a production server (QUERY_MAX_COST 20,000, depth 12, 30 aliases, 20 root
 * fields, 5,000 tokens). A refused operation runs no SQL at all.
 */

let t: TestApp;
let admin: SignedIn;
const ws = clientPool(() => t);

const CREATE_PRODUCT = `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }`;

beforeAll(async () => {
  // Production's budget (the harness lifts it for other tests, whose clients all share 127.0.0.1).
  t = await startTestApp({ THROTTLE_CAPACITY: '50000', THROTTLE_RESTORE_RATE: '5000' });
  admin = await adminClient(t);
  // A small catalog, so an operation that did run would have work to do.
  for (let i = 0; i < 3; i++) {
    const created = await admin.client.ok(CREATE_PRODUCT, {
      input: {
        title: `Lamp ${i}`,
        brand: 'Lumen',
        status: 'ACTIVE',
        variants: [
          { sku: `LAMP-${i}-A`, price: '10.00', stock: 5 },
          { sku: `LAMP-${i}-B`, price: '12.00', stock: 5 },
        ],
      },
    });
    expect(created.productCreate.errors).toEqual([]);
  }
});
afterAll(async () => {
  await ws.disposeAll();
  await t?.close();
});

const sqlCount = (response: GqlResponse) => Number(response.headers.get('x-sql-query-count'));

async function expectRefused(query: string, code: string, variables: Record<string, unknown> = {}) {
  const response = await t.client().request(query, variables);
  expect(response.status).toBe(400);
  expect(response.data).toBeNull();
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(sqlCount(response)).toBe(0);
  return response.errors?.[0] as { message: string; extensions: Record<string, any> };
}

describe('extensions.cost of accepted operations', () => {
  // Expected figures follow the documented model: objects 1, scalars 0, connections multiply their
  // edges/nodes by first (default 20), plain lists by their declared size (Product.variants 10),
  // totalCount 10, a search 100 more, facets 1,000, a mutation 10, fragments and aliases expanded.
  const cases: [string, string, number][] = [
    ['a page of ids', '{ products(first: 5) { nodes { id } } }', 1 + 5],
    ['the default page size', '{ products { nodes { id } } }', 1 + 20],
    ['variants per product', '{ products(first: 5) { nodes { id variants { id } } } }', 1 + 5 * (1 + 10)],
    ['totalCount', '{ products(first: 5) { totalCount nodes { id } } }', 1 + 10 + 5],
    [
      'edges cost what nodes cost; pageInfo once',
      '{ products(first: 5) { edges { cursor node { id } } pageInfo { hasNextPage } } }',
      1 + 5 * 1 + 1,
    ],
    ['a search', '{ products(first: 5, filter: { query: "lamp" }) { nodes { id } } }', 1 + 100 + 5],
    ['facets', '{ products(first: 0) { facets { inStock brands { value } } } }', 1 + 1000 + 20],
    [
      'a fragment spread twice',
      '{ a: products(first: 10) { ...F } b: products(first: 10) { ...F } } fragment F on ProductConnection { nodes { id } }',
      2 * (1 + 10),
    ],
    ['a scalar-only query', '{ __typename }', 0],
  ];
  for (const [name, query, cost] of cases) {
    it(`${name}: ${cost}`, async () => {
      const response = await t.client().request(query);
      expect(response.errors).toBeUndefined();
      const body = (await fetchJson(query)).extensions.cost;
      expect(body.requestedQueryCost).toBe(cost);
      expect(body.maximumAvailable).toBe(20_000);
      expect(body.throttleStatus.maximumAvailable).toBe(50_000);
      expect(body.throttleStatus.restoreRate).toBe(5_000);
      expect(body.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(50_000 - cost);
    });
  }

  it("an explorer's full introspection of this schema fits QUERY_MAX_COST", async () => {
    // GraphiQL's query (the explorer's docs and completion); re-entering `fields { type { fields } }`
    // would still multiply, but one schema's worth must fit as the schema grows.
    const body = await fetchJson(getIntrospectionQuery({ inputValueDeprecation: true, descriptions: true }));
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(100);
    expect(body.extensions.cost.requestedQueryCost).toBeLessThan(20_000);
  });

  it('reads page sizes from variables and their defaults', async () => {
    const query = 'query($n: Int = 7) { products(first: $n) { nodes { id } } }';
    expect((await fetchJson(query, { n: 3 })).extensions.cost.requestedQueryCost).toBe(1 + 3);
    expect((await fetchJson(query)).extensions.cost.requestedQueryCost).toBe(1 + 7);
  });

  it('prices a mutation at 10 plus what it selects', async () => {
    const body = await fetchJson('mutation { cartCreate { cart { id } errors { code } } }');
    expect(body.errors).toBeUndefined();
    expect(body.extensions.cost.requestedQueryCost).toBe(10 + 1 + 10);
  });
});

/** The raw JSON body, extensions included (GqlClient keeps only data and errors). */
async function fetchJson(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(t.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** products → variants → product → variants …, `levels` times `variants { product { … } }`. */
function nestedBomb(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `id variants { id product { ${inner} } }`;
  return `{ products(first: 100) { nodes { ${inner} } } }`;
}

describe('refused before anything runs', () => {
  it('the nested bomb at every depth: accepted while cheap, refused from the first costly level on', async () => {
    const outcomes: string[] = [];
    for (let levels = 1; levels <= 20; levels++) {
      const response = await t.client().request(nestedBomb(levels));
      const code = response.errors?.[0]?.extensions?.code;
      outcomes.push(code ?? 'OK');
      if (code) {
        expect(response.status).toBe(400);
        expect(sqlCount(response)).toBe(0);
        const numbers = response.errors?.[0]?.extensions as Record<string, number>;
        if (code === 'QUERY_TOO_COMPLEX') expect(numbers.cost).toBeGreaterThan(numbers.maximum as number);
        if (code === 'QUERY_TOO_DEEP') expect(numbers.depth).toBeGreaterThan(numbers.maximum as number);
      } else {
        expect(response.errors).toBeUndefined();
        expect(response.data?.products.nodes).toHaveLength(3);
      }
    }
    // One level (variant → product) is a real storefront need; two levels multiply past the cost
    // limit (100 × 10 × 10 × …), and from five levels on the depth limit (12) refuses first.
    expect(outcomes).toEqual([
      'OK',
      ...Array(3).fill('QUERY_TOO_COMPLEX'),
      ...Array(16).fill('QUERY_TOO_DEEP'),
    ]);
  });

  it('1,000 aliases of a faceted search: QUERY_TOO_LARGE, before it is even parsed', async () => {
    const fields = Array.from(
      { length: 1000 },
      (_, i) =>
        `s${i}: products(first: 20, filter: { query: "lamp ${i}" }) { totalCount facets { inStock } }`,
    );
    await expectRefused(`{ ${fields.join(' ')} }`, 'QUERY_TOO_LARGE');
  });

  it('31 aliases of a faceted search: TOO_MANY_ALIASES', async () => {
    const fields = Array.from(
      { length: 31 },
      (_, i) => `s${i}: products(first: 1, filter: { query: "lamp" }) { facets { inStock } }`,
    );
    const error = await expectRefused(`{ ${fields.join(' ')} }`, 'TOO_MANY_ALIASES');
    expect(error.extensions).toEqual({ code: 'TOO_MANY_ALIASES', aliases: 31, maximum: 30 });
  });

  it('19 aliases of a faceted search, under the alias limit: QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from(
      { length: 19 },
      (_, i) =>
        `s${i}: products(first: 20, filter: { query: "lamp" }) { totalCount facets { inStock } nodes { id } }`,
    );
    const error = await expectRefused(`{ ${fields.join(' ')} }`, 'QUERY_TOO_COMPLEX');
    expect(error.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      cost: 19 * (1 + 100 + 10 + 1000 + 20),
      maximum: 20_000,
    });
  });

  it('aliases are counted through fragments, as expanded', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const query = `{ x: products(first: 1) { nodes { ...F } } y: products(first: 1) { nodes { ...F } } }
      fragment F on Product { ${aliases} }`;
    const error = await expectRefused(query, 'TOO_MANY_ALIASES');
    expect(error.extensions).toMatchObject({ aliases: 2 + 2 * 16, maximum: 30 });
  });

  it('administrators are held to their cost maximum, not to the alias and root-field limits', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `c${i}: category(slug: "c${i}") { id }`);
    const response = await admin.client.request(`{ ${fields.join(' ')} }`);
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data ?? {})).toHaveLength(40);
  });

  it('too deep even when cheap: QUERY_TOO_DEEP', async () => {
    let inner = 'id';
    for (let i = 0; i < 12; i++) inner = `parent { ${inner} }`;
    const error = await expectRefused(`{ category(slug: "x") { ${inner} } }`, 'QUERY_TOO_DEEP');
    expect(error.extensions).toMatchObject({ depth: 14, maximum: 12 });
  });

  it('too many root fields: TOO_MANY_ROOT_FIELDS', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `c${i}: category(slug: "c${i}") { id }`);
    const error = await expectRefused(`{ ${fields.join(' ')} }`, 'TOO_MANY_ROOT_FIELDS');
    expect(error.extensions).toMatchObject({ rootFields: 21, maximum: 20 });
  });

  it('too many tokens: QUERY_TOO_LARGE, stopped while parsing', async () => {
    const error = await expectRefused(`{ ${'__typename '.repeat(6000)} }`, 'QUERY_TOO_LARGE');
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_LARGE', maximum: 5000 });
  });

  it('a heavy operation with an invalid token is UNAUTHENTICATED, not priced for an admin', async () => {
    const client = t.client();
    client.token = 'not-a-token';
    const response = await client.request(nestedBomb(3));
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the same limits over WebSocket', () => {
  it('refuses too many aliases, too deep, too many tokens; accepts a normal subscription', async () => {
    // Anonymous: administrators are held to their cost maximum, not to the alias limit.
    const client = ws.open();
    const aliases = Array.from({ length: 31 }, (_, i) => `c${i}: categories { id }`).join(' ');
    const tooMany = collect(client, `{ ${aliases} }`);
    await tooMany.finished();
    const errors = tooMany.error as { extensions?: Record<string, unknown> }[];
    expect(errors.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_ALIASES']);
    expect(errors[0]?.extensions).toMatchObject({ aliases: 31, maximum: 30 });
    expect(errors[0]?.extensions).not.toHaveProperty('http');

    const deep = collect(client, nestedBomb(10));
    await deep.finished();
    expect((deep.error as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code)).toEqual([
      'QUERY_TOO_DEEP',
    ]);

    const tokens = collect(client, `{ ${'__typename '.repeat(6000)} }`);
    await tokens.finished();
    expect((tokens.error as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code)).toEqual([
      'QUERY_TOO_LARGE',
    ]);

    await subscribeReady(t.app, ws.open({ accessToken: admin.accessToken }), ORDER_EVENTS);
  });

  it('reports extensions.cost with the first result of an accepted operation', async () => {
    const query = collect(ws.open(), '{ products(first: 5) { nodes { id } } }');
    await query.finished();
    const [result] = query.results as { data?: any; extensions?: { cost?: Record<string, unknown> } }[];
    expect(result?.data.products.nodes).toHaveLength(3);
    expect(result?.extensions?.cost).toMatchObject({ requestedQueryCost: 1 + 5, maximumAvailable: 20_000 });
  });
});
