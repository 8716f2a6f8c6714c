import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { clientPool, collect } from '../subscriptions/support.js';
import { adminClient, REGISTER, type SignedIn, uniqueEmail } from '../support/accounts.js';
import type { GqlResponse } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { captureLogs } from '../support/log-capture.js';

/** List caps and NUL refusal on every input (src/graphql/input-limits.ts), over HTTP and WebSocket. */

const { logger, raw: logLines } = captureLogs();

let t: TestApp;
let admin: SignedIn;
const ws = clientPool(() => t);

beforeAll(async () => {
  t = await startTestApp({}, { logger: logger });
  admin = await adminClient(t);
});

afterAll(async () => {
  await ws.disposeAll();
  await t?.close();
});

const LISTING = graphql(`query LimitsListing($filter: ProductFilterInput) {
  products(first: 5, filter: $filter) { totalCount nodes { id } }
}`);

const PRODUCT_CREATE = graphql(`mutation LimitsProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id slug } errors { field code message } }
}`);

const PRODUCT_COUNT = graphql(`query LimitsProductCount { adminProducts(first: 1) { totalCount } }`);

const COUPON_CREATE = graphql(`mutation LimitsCouponCreate($input: CouponCreateInput!) {
  couponCreate(input: $input) { coupon { id } errors { field code } } }`);

const COUPON_INPUT_FIELDS = graphql(
  `query LimitsCouponInputFields { __type(name: "CouponCreateInput") { inputFields { name description } } }`,
);

/** The one top-level error of a refused request: 400, no data, BAD_USER_INPUT. */
function refusal(response: GqlResponse): { message: string; extensions: Record<string, any> } {
  expect(response.status, JSON.stringify(response.errors)).toBe(400);
  expect(response.data).toBeNull();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors ?? [];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  return error as { message: string; extensions: Record<string, any> };
}

async function productCount(): Promise<number> {
  const data = await admin.client.ok(PRODUCT_COUNT);
  return data.adminProducts.totalCount;
}

function variant(i: number, options: { name: string; value: string }[] = []) {
  return { sku: `SKU-${randomBytes(4).toString('hex')}-${i}`, price: '9.99', stock: 1, options };
}

describe('list caps', () => {
  it('a 200,000-item brand filter is refused cleanly, naming the list and the cap', async () => {
    const brands = Array.from({ length: 200_000 }, () => 'b');
    const error = refusal(await t.client().request(LISTING, { filter: { brands } }));
    expect(error.extensions).toMatchObject({ inputPath: '$filter.brands', maxItems: 100 });
    expect(error.message).toBe('The list at $filter.brands has 200000 items; at most 100 are accepted.');
    expect(logLines.join('')).not.toMatch(/INTERNAL|Maximum call stack/i);
  });

  it('accepts a list of exactly the cap', async () => {
    const brands = Array.from({ length: 100 }, (_, i) => `brand-${i}`);
    const response = await t.client().request(LISTING, { filter: { brands, categoryIds: [] } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.products.totalCount).toBe(0);
  });

  it('caps inline literals too, with their location', async () => {
    const ids = Array.from({ length: 101 }, () => '"00000000-0000-4000-8000-000000000000"').join(', ');
    const response = await t.client().request(`{
      products(first: 5, filter: { categoryIds: [${ids}] }) { totalCount }
    }`);
    const error = refusal(response) as { extensions: Record<string, any>; locations?: unknown };
    expect(error.extensions).toMatchObject({ inputPath: 'products(filter).categoryIds', maxItems: 100 });
    expect(error.locations).toEqual([{ line: 2, column: 49 }]);
  });

  it('caps lists nested in mutation inputs, and nothing is created', async () => {
    const before = await productCount();
    const tooMany = Array.from({ length: 101 }, (_, i) => variant(i));
    const response = await admin.client.request(PRODUCT_CREATE, {
      input: { title: 'Many', variants: tooMany },
    });
    expect(refusal(response).extensions).toMatchObject({ inputPath: '$input.variants', maxItems: 100 });

    const options = Array.from({ length: 101 }, (_, i) => ({ name: `n${i}`, value: 'v' }));
    const deep = await admin.client.request(PRODUCT_CREATE, {
      input: { title: 'Deep', variants: [variant(0), variant(1, options)] },
    });
    expect(refusal(deep).extensions).toMatchObject({ inputPath: '$input.variants[1].options' });
    expect(await productCount()).toBe(before);

    // The same mutation within the caps runs.
    const ok = await admin.client.ok(PRODUCT_CREATE, { input: { title: 'Fine', variants: [variant(0)] } });
    expect(ok.productCreate.errors).toEqual([]);
    expect(await productCount()).toBe(before + 1);
  });

  it('a field with its own cap (@MaxItems) accepts up to it, and says so in its description', async () => {
    const ids = (n: number) => Array.from({ length: n }, () => '00000000-0000-4000-8000-000000000000');
    const create = COUPON_CREATE;
    // 500 ids pass the input check; the service then answers its own user error (unknown category).
    const within = await admin.client.request(create, {
      input: { code: 'CAP-500', type: 'FREE_SHIPPING', categoryIds: ids(500) },
    });
    expect(within.errors).toBeUndefined();
    expect(within.data?.couponCreate.errors.length).toBeGreaterThan(0);
    expect(within.data?.couponCreate.coupon).toBeNull();

    const over = await admin.client.request(create, {
      input: { code: 'CAP-501', type: 'FREE_SHIPPING', productIds: ids(501) },
    });
    expect(refusal(over).extensions).toMatchObject({ inputPath: '$input.productIds', maxItems: 500 });

    const described = await t.client().ok(COUPON_INPUT_FIELDS);
    const field = described.__type?.inputFields?.find((f) => f.name === 'productIds');
    expect(field?.description).toMatch(/At most 500 items\.$/);
  });

  it('checks a variable default and a list inside a fragment', async () => {
    const brands = JSON.stringify(Array.from({ length: 101 }, () => 'x'));
    const withDefault = await t
      .client()
      .request(
        `query($brands: [String!] = ${brands}) { products(first: 1, filter: { brands: $brands }) { totalCount } }`,
      );
    expect(refusal(withDefault).extensions).toMatchObject({ inputPath: '$brands', maxItems: 100 });

    const inFragment = await t
      .client()
      .request(
        `query { ...Listing } fragment Listing on Query { products(first: 1, filter: { tags: ${brands} }) { totalCount } }`,
      );
    expect(refusal(inFragment).extensions).toMatchObject({ inputPath: 'products(filter).tags' });
  });
});

describe('NUL characters', () => {
  it('in an inline argument: refused with BAD_USER_INPUT instead of a database error', async () => {
    const error = refusal(await t.client().request(`{ product(slug: "a\\u0000b") { id } }`));
    expect(error.extensions).toMatchObject({ inputPath: 'product(slug)' });
    expect(error.message).toMatch(/NUL/);
  });

  it('in a variable nested in a mutation input: refused, nothing is created', async () => {
    const email = uniqueEmail('nul');
    const response = await t
      .client()
      .request(REGISTER, { input: { email, name: 'Ann\u0000Nul', password: 'Secret123' } });
    expect(refusal(response).extensions).toMatchObject({ inputPath: '$input.name' });
    // The address is still free: registering it now succeeds.
    const again = await t.client().ok(REGISTER, { input: { email, name: 'Ann', password: 'Secret123' } });
    expect(again.accountRegister.errors).toEqual([]);
  });

  it('in search text and deep in a list', async () => {
    const search = await t.client().request(LISTING, { filter: { query: 'shoe\u0000' } });
    expect(refusal(search).extensions).toMatchObject({ inputPath: '$filter.query' });
    const inList = await t.client().request(LISTING, { filter: { tags: ['ok', 'no\u0000'] } });
    expect(refusal(inList).extensions).toMatchObject({ inputPath: '$filter.tags[1]' });
  });

  it('in a multipart request', async () => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: LISTING.toString(), variables: { filter: { brands: ['a\u0000'] } } }),
    );
    form.append('map', '{}');
    const response = await fetch(t.graphqlUrl, {
      method: 'POST',
      body: form,
      headers: { 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors: { extensions: Record<string, unknown> }[];
    };
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      inputPath: '$filter.brands[0]',
    });
  });

  it('leaves no database error in the log', () => {
    const log = logLines.join('');
    expect(log).not.toMatch(/invalid byte sequence|Failed query|unexpected error/);
  });
});

describe('over WebSocket', () => {
  it('refuses a NUL and an over-long list, with the same codes as over HTTP', async () => {
    const client = ws.open();
    const nul = collect(client, `{ product(slug: "a\\u0000b") { id } }`);
    await nul.finished();
    expect(nul.results).toEqual([]);
    expect(nul.error).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', inputPath: 'product(slug)' } }),
    ]);

    const list = collect(client, LISTING, { filter: { brands: Array.from({ length: 101 }, () => 'x') } });
    await list.finished();
    expect(list.error).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', inputPath: '$filter.brands', maxItems: 100 },
      }),
    ]);

    // The connection stays usable.
    const fine = collect(client, LISTING, { filter: { brands: ['x'] } });
    expect((await fine.result(0)).data).toEqual({ products: { totalCount: 0, nodes: [] } });
  });
});
