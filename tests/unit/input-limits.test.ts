import { type GraphQLSchema, getOperationAST, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { checkOperationInputs } from '../../src/graphql/input-limits.js';
import { buildStoreSchema } from '../../src/modules/index.js';
import { graphql } from '../generated/gql.js';
import type { OperationText } from '../support/gql-client.js';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildStoreSchema();
});

/** The problem the check finds in `query` with `variables`, under a cap of 2 items. */
function check(query: OperationText, variables: Record<string, unknown> = {}, maxListItems = 2) {
  const document = parse(query.toString());
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const error = checkOperationInputs(schema, document, operation, variables, { maxListItems });
  return error && { message: error.message, ...error.extensions };
}

const LISTING = graphql(`query InputLimitsListing($f: ProductFilterInput) {
  products(first: 1, filter: $f) { totalCount } }`);
const COUPON_CREATE = graphql(`mutation InputLimitsCouponCreate($i: CouponCreateInput!) {
  couponCreate(input: $i) { errors { code } } }`);
const NESTED = graphql(`query InputLimitsNested($b: [String!]) {
  one: products(first: 1) { totalCount }
  ... on Query { two: products(first: 1, filter: { brands: $b }) { totalCount } }
}`);

describe('checkOperationInputs', () => {
  it('applies the configured cap to lists without their own', () => {
    expect(check(LISTING, { f: { brands: ['a', 'b'] } })).toBeNull();
    expect(check(LISTING, { f: { brands: ['a', 'b', 'c'] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      inputPath: '$f.brands',
      maxItems: 2,
    });
    expect(check(LISTING, { f: { brands: ['a', 'b', 'c'] } }, 3)).toBeNull();
  });

  it('a field with @MaxItems keeps its own cap whatever the default', () => {
    const create = COUPON_CREATE;
    const ids = (n: number) => Array.from({ length: n }, () => 'x');
    expect(check(create, { i: { code: 'ABC', type: 'FREE_SHIPPING', categoryIds: ids(500) } })).toBeNull();
    expect(check(create, { i: { code: 'ABC', type: 'FREE_SHIPPING', categoryIds: ids(501) } })).toMatchObject(
      {
        inputPath: '$i.categoryIds',
        maxItems: 500,
      },
    );
  });

  it('finds variables used inside literals, inline fragments and aliased fields', () => {
    expect(check(NESTED, { b: ['x', 'y', 'z'] })).toMatchObject({ inputPath: '$b' });
  });

  it('leaves values of the wrong shape to graphql-js, which refuses them', () => {
    expect(check(LISTING, { f: { brands: { not: 'a list' } } })).toBeNull();
    expect(check(LISTING, { f: 'not an object' })).toBeNull();
    // A single value where a list is expected stands for a list of one: checked as such.
    expect(check(LISTING, { f: { brands: 'one' } })).toBeNull();
    expect(check(LISTING, { f: { brands: 'o\u0000ne' } })).toMatchObject({ inputPath: '$f.brands' });
  });

  it('one parsed document (as Apollo keeps it) is checked anew with the variables of each request', () => {
    const document = parse(LISTING.toString());
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    const run = (variables: Record<string, unknown>, maxListItems = 2) =>
      checkOperationInputs(schema, document, operation, variables, { maxListItems })?.extensions ?? null;
    expect(run({ f: { brands: ['a'] } })).toBeNull();
    expect(run({ f: { brands: ['a', 'b', 'c'] } })).toMatchObject({ inputPath: '$f.brands', maxItems: 2 });
    expect(run({ f: { tags: ['\u0000'] } })).toMatchObject({ inputPath: '$f.tags[0]' });
    expect(run({ f: { brands: ['a', 'b', 'c'] } }, 3)).toBeNull();
    expect(run({})).toBeNull();
  });

  it('ignores unknown fields and arguments (validation reports them)', () => {
    // Plain text on purpose: an unknown argument, which a typed document cannot carry.
    expect(check('{ products(first: 1, nope: [1, 2, 3]) { totalCount } }')).toBeNull();
  });

  it('refuses a NUL in search text', () => {
    expect(check(LISTING, { f: { query: 'fine' } })).toBeNull();
    expect(check(LISTING, { f: { query: '\u0000' } })).toMatchObject({ inputPath: '$f.query' });
  });
});

describe('INPUT_MAX_LIST_ITEMS', () => {
  it('defaults to 100 and accepts 1 to 100000', () => {
    const base = { JWT_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp/storefront-input-limits' };
    expect(loadConfig(base).inputMaxListItems).toBe(100);
    expect(loadConfig({ ...base, INPUT_MAX_LIST_ITEMS: '250' }).inputMaxListItems).toBe(250);
    expect(() => loadConfig({ ...base, INPUT_MAX_LIST_ITEMS: '0' })).toThrow(ConfigError);
  });
});
