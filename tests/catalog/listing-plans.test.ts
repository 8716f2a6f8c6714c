import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPEATS_TO_PLAN_ONCE } from '../../src/modules/catalog/listing-plans.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { type Catalog, expectedKeys } from './catalog-model.js';
import { keysOf, PRODUCTS, startStorefront } from './fixtures.js';

/**
 * A filtered first page asked for often has its values written into its statement's text
 * (src/modules/catalog/listing-plans.ts; tests/platform/prepared-statements.test.ts reads the statements
 * PostgreSQL keeps): the answers before and after must be the same, and right.
 */
let t: TestApp;
let catalog: Catalog;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, catalog, anon } = await startStorefront());
});
afterAll(() => t?.close());

it('answers a filtered first page the same before and after its values are written into its text', async () => {
  const filter = {
    categoryIds: [catalog.category('electronics').id],
    priceMin: '10.00',
    priceMax: '500.00',
    inStock: true,
    minRating: 0,
  };
  const variables = { filter, sort: 'PRICE_ASC' as const, first: 3 };
  const answers: unknown[] = [];
  for (let i = 0; i < REPEATS_TO_PLAN_ONCE + 2; i++) {
    const answer = await anon.request(PRODUCTS, variables);
    expect(answer.errors).toBeUndefined();
    answers.push(answer.data?.products);
  }
  const [first] = answers;
  for (const answer of answers) expect(answer).toEqual(first);

  const all = await anon.request(PRODUCTS, { ...variables, first: 100 });
  const ids = all.data?.products.edges.map((e) => e.node.id) ?? [];
  expect(keysOf(catalog, ids)).toEqual(expectedKeys(catalog, filter));
  const page = first as { totalCount: number; edges: { node: { id: string } }[] };
  expect(page.totalCount).toBe(ids.length);
  expect(page.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 3));
  expect(ids.length).toBeGreaterThan(3);
});
