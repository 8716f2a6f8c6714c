import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { graphql } from '../generated/gql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { CATEGORY_CREATE, PRODUCT_CREATE } from './fixtures.js';

/**
 * A product page with its categories' breadcrumbs (`ancestors`) reads them in the product's own
 * statement (a recursive CTE), not from a second statement for the whole category tree: one SQL
 * statement, and the ancestors of the same snapshot as the product, so a move made through another
 * instance shows at once.
 */
let t: TestApp;
let second: RunningApp;
let admin: SignedIn;
const ids: Record<string, string> = {};
let slug = '';

const PAGE = graphql(`query BreadcrumbProduct($slug: String, $id: ID) {
  product(slug: $slug, id: $id) {
    id
    categories { id slug ancestors { id slug name ancestors { id } } }
  }
}`);
/** Every field of Product and of its parts: by slug through the SQL function, by id through Drizzle. */
const EVERY_FIELD = graphql(`query BreadcrumbEveryField($slug: String, $id: ID) {
  product(slug: $slug, id: $id) {
    id slug title description brand tags status taxClass createdAt updatedAt unitsSold inStock
    priceRange { min { amount currencyCode } max { amount currencyCode } }
    compareAtPriceRange { min { amount } max { amount } }
    rating { average count histogram { stars count } }
    categories { id slug name description position parent { id } }
    images { id url alt width height position renditions { width height url } }
    variants { id sku title position weightGrams inStock quantityAvailable
      options { name value } price { amount currencyCode } compareAtPrice { amount } }
  }
}`);
const CATEGORY_ANCESTORS = graphql(`query BreadcrumbCategory($id: ID) {
  category(id: $id) { ancestors { id slug name ancestors { id } } }
}`);
const MOVE = graphql(`mutation BreadcrumbMove($input: CategoryMoveInput!) {
  categoryMove(input: $input) { category { id } errors { code } }
}`);

beforeAll(async () => {
  t = await startTestApp();
  second = await startSecondInstance(t);
  admin = await adminClient(t);
  // a > b > c, and a separate root d; the product is in c and in d.
  for (const [key, parent] of [['a'], ['b', 'a'], ['c', 'b'], ['d']] as const) {
    const { categoryCreate } = await admin.client.ok(CATEGORY_CREATE, {
      input: { name: `Crumb ${key.toUpperCase()}`, parentId: parent ? ids[parent] : null },
    });
    ids[key] = categoryCreate.category!.id;
  }
  const { productCreate } = await admin.client.ok(PRODUCT_CREATE, {
    input: {
      title: 'Breadcrumb Lamp',
      description: 'A lamp for the hallway.',
      brand: 'Crumb & Co',
      tags: ['lamp', 'hallway'],
      status: 'ACTIVE',
      categoryIds: [ids.c as string, ids.d as string],
      variants: [
        {
          sku: 'CRUMB-1',
          price: '10.00',
          compareAtPrice: '12.50',
          options: [{ name: 'Colour', value: 'Red' }],
        },
        { sku: 'CRUMB-2', price: '11.00', weightGrams: 900 },
      ],
    },
  });
  expect(productCreate.errors).toEqual([]);
  slug = productCreate.product!.slug;
});
afterAll(async () => {
  await second?.stop();
  await t?.close();
});

async function page(client: GqlClient, variables: { slug?: string; id?: string }) {
  const result = await client.request(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return { count: Number(result.headers.get('x-sql-query-count')), product: result.data!.product! };
}

/** Each category's ancestors as `category(id:)` answers them (from the category tree). */
async function fromTree(categoryIds: string[]) {
  const client = t.client();
  const answers = [];
  for (const id of categoryIds)
    answers.push({ id, ancestors: (await client.ok(CATEGORY_ANCESTORS, { id })).category!.ancestors });
  return answers;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));

describe('a product page with breadcrumbs', () => {
  it('costs one statement and answers what the category tree answers', async () => {
    const { count, product } = await page(t.client(), { slug });
    expect(count).toBe(1);
    const crumbs = byId(product.categories).map((c) => ({ id: c.id, ancestors: c.ancestors }));
    expect(crumbs).toEqual(byId(await fromTree([ids.c as string, ids.d as string])));
    const c = product.categories.find((x) => x.id === ids.c);
    expect(c?.ancestors.map((x) => x.id)).toEqual([ids.a, ids.b]);
    expect(c?.ancestors.map((x) => x.ancestors.map((y) => y.id))).toEqual([[], [ids.a]]);
    expect(product.categories.find((x) => x.id === ids.d)?.ancestors).toEqual([]);
  });

  it('by id (no breadcrumbs in its statement) answers the same', async () => {
    const bySlug = await page(t.client(), { slug });
    const { product } = await page(t.client(), { id: bySlug.product.id });
    expect(byId(product.categories)).toEqual(byId(bySlug.product.categories));
  });

  it('by slug answers every field as by id does', async () => {
    const client = t.client();
    const bySlug = (await client.ok(EVERY_FIELD, { slug })).product!;
    expect(bySlug.slug).toBe(slug);
    expect((await client.ok(EVERY_FIELD, { id: bySlug.id })).product).toEqual(bySlug);
  });

  it('shows a move made through another instance at once', async () => {
    const other = new GqlClient(`${second.url}/graphql`);
    await page(other, { slug }); // the other instance has served the page before the move
    const moved = await admin.client.ok(MOVE, { input: { id: ids.b as string, parentId: ids.d } });
    expect(moved.categoryMove.errors).toEqual([]);
    const { count, product } = await page(other, { slug });
    expect(count).toBe(1);
    expect(product.categories.find((x) => x.id === ids.c)?.ancestors.map((x) => x.id)).toEqual([
      ids.d,
      ids.b,
    ]);
  });
});
