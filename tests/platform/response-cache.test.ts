import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { products } from '../../src/modules/catalog/catalog.tables.js';
import { product, setStock, type TestVariant } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import { placeOrder } from '../orders/transitions-support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { OperationText } from '../support/gql-client.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { addStandardShipping } from '../support/store.js';
import { waitFor } from '../support/wait-for.js';

/**
 * The public response cache (RESPONSE_CACHE=true, in-process store): anonymous catalog reads are
 * answered from it until the catalog changes, on this instance and on another one on the same database.
 */

const PAGE = graphql(`query CachedPage($first: Int) {
  products(first: $first) { totalCount nodes { id slug title inStock priceRange { min { amount } }
    variants { id inStock price { amount currencyCode } } categories { slug } images { url } } } }`);
const BY_SLUG = graphql(`query CachedProduct($slug: String!) {
  product(slug: $slug) { id title inStock variants { id inStock quantityAvailable } } }`);
const CATEGORIES = graphql(`query CachedCategories { categories(flat: true) { id slug parent { id } } }`);
/** Product.reviews carries no cache hint: the whole operation is not cacheable. */
const WITH_REVIEWS = graphql(
  `query UncachedReviews { products(first: 2) { nodes { id reviews { totalCount } } } }`,
);
const PRODUCT_UPDATE = graphql(`mutation CachedProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { id title } errors { code message } } }`);

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: unknown[] };
}

async function post(
  url: string,
  query: OperationText,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

async function get(
  url: string,
  query: OperationText,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const params = new URLSearchParams({ query: query.toString(), variables: JSON.stringify(variables) });
  // Apollo's CSRF prevention refuses a GET without a header a browser form could not send.
  const response = await fetch(`${url}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

const xCache = (answer: Answer) => answer.headers.get('x-cache');

let t: TestApp;
let admin: SignedIn;
let customer: SignedIn;
let shirt: { id: string; slug: string; variants: TestVariant[] };
let lamp: { id: string; slug: string; variants: TestVariant[] };

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE: 'true' });
  admin = await adminClient(t);
  customer = await registerAndLogin(t);
  await addStandardShipping(admin.client);
  shirt = (await product(admin.client, 'Cached Shirt', [{ price: '20.00', stock: 5 }])) as typeof shirt;
  lamp = (await product(admin.client, 'Cached Lamp', [{ price: '35.00', stock: 1 }])) as typeof lamp;
});
afterAll(() => t?.close());

describe('anonymous catalog reads', () => {
  it('answer a second identical request from the cache, with the same body', async () => {
    const first = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.products.nodes.map((p: { title: string }) => p.title)).toContain('Cached Shirt');
    expect(xCache(first)).toBe('MISS');
    const second = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(second)).toBe('HIT');
    expect(second.body).toEqual(first.body);
    // The cached answer ran no SQL statement.
    expect(second.headers.get('x-sql-query-count')).toBe('0');
    // Other variables are another entry.
    expect(xCache(await post(t.graphqlUrl, PAGE, { first: 1 }))).toBe('MISS');
    expect(xCache(await post(t.graphqlUrl, CATEGORIES))).toBe('MISS');
    expect(xCache(await post(t.graphqlUrl, CATEGORIES))).toBe('HIT');
  });

  it('say Cache-Control: public with the max age on GET, the stock count capping it', async () => {
    const first = await get(t.graphqlUrl, PAGE, { first: 3 });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toBe('Origin, Authorization, Cookie, X-Cart-Token');
    const second = await get(t.graphqlUrl, PAGE, { first: 3 });
    expect(xCache(second)).toBe('HIT');
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=(59|60)$/);
    // quantityAvailable moves with every sale: cached 10 s at most.
    const bySlug = await get(t.graphqlUrl, BY_SLUG, { slug: shirt.slug });
    expect(bySlug.body.data.product.title).toBe('Cached Shirt');
    expect(bySlug.headers.get('cache-control')).toBe('public, max-age=10');
    // POST answers are cached by the server but say nothing to CDNs.
    expect((await post(t.graphqlUrl, PAGE, { first: 3 })).headers.get('cache-control')).toBeNull();
  });

  it('are not cached when a selected field is not public, and say so on GET', async () => {
    const first = await get(t.graphqlUrl, WITH_REVIEWS);
    expect(first.body.errors).toBeUndefined();
    expect(xCache(first)).toBe('BYPASS');
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    expect(xCache(await get(t.graphqlUrl, WITH_REVIEWS))).toBe('BYPASS');
  });
});

describe('never cached', () => {
  it('requests of a signed-in viewer, with a cookie or with a cart token', async () => {
    await post(t.graphqlUrl, PAGE, { first: 10 });
    const signedIn = { authorization: `Bearer ${customer.accessToken}` };
    const privateHeaders: Record<string, string>[] = [
      signedIn,
      { cookie: 'storefront_refresh=abc' },
      { 'x-cart-token': 'some-token' },
    ];
    for (const headers of privateHeaders) {
      const first = await post(t.graphqlUrl, PAGE, { first: 10 }, headers);
      expect(first.body.errors).toBeUndefined();
      expect(xCache(first)).toBe('BYPASS');
      expect(xCache(await post(t.graphqlUrl, PAGE, { first: 10 }, headers))).toBe('BYPASS');
    }
  });

  it('mutations, and answers with errors', async () => {
    const mutation = `mutation CacheAdd($input: CartAddItemInput!) { cartAddItem(input: $input) { cart { id } } }`;
    const input = { variantId: shirt.variants[0]!.id, quantity: 1 };
    for (let i = 0; i < 2; i++) {
      const answer = await post(t.graphqlUrl, mutation, { input });
      expect(answer.body.errors).toBeUndefined();
      expect(xCache(answer)).toBe('BYPASS');
    }
    // A bad variable: an error answer, not stored.
    const broken = `query CacheBroken($first: Int) { products(first: $first) { nodes { id } } }`;
    for (let i = 0; i < 2; i++) {
      const answer = await post(t.graphqlUrl, broken, { first: 5000 });
      expect(answer.body.errors).toBeDefined();
      expect(xCache(answer)).not.toBe('HIT');
    }
  });
});

describe('invalidation', () => {
  const titles = async () =>
    (await post(t.graphqlUrl, PAGE, { first: 10 })).body.data.products.nodes.map(
      (p: { title: string }) => p.title,
    );

  it('a product update is visible on the very next anonymous request', async () => {
    await post(t.graphqlUrl, BY_SLUG, { slug: shirt.slug });
    expect(xCache(await post(t.graphqlUrl, PAGE, { first: 10 }))).toMatch(/HIT|MISS/);
    expect(xCache(await post(t.graphqlUrl, PAGE, { first: 10 }))).toBe('HIT');
    const updated = (
      await admin.client.ok(PRODUCT_UPDATE, { input: { id: shirt.id, title: 'Renamed Shirt' } })
    ).productUpdate;
    expect(updated.errors).toEqual([]);
    const after = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(after)).toBe('MISS');
    expect(after.body.data.products.nodes.map((p: { title: string }) => p.title)).toContain('Renamed Shirt');
    expect((await post(t.graphqlUrl, BY_SLUG, { slug: shirt.slug })).body.data.product.title).toBe(
      'Renamed Shirt',
    );
  });

  it('a sale that leaves stock does not invalidate; one that sells a product out does, at once', async () => {
    await titles();
    const cached = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(cached)).toBe('HIT');
    // The shirt has 5: one sold leaves 4, still in stock: the listing stays cached.
    await placeOrder(customer, [{ variant: shirt.variants[0]!, quantity: 1 }]);
    expect(xCache(await post(t.graphqlUrl, PAGE, { first: 10 }))).toBe('HIT');
    // The lamp's only unit sold: the next request says it is out of stock.
    const lampBefore = cached.body.data.products.nodes.find((p: { id: string }) => p.id === lamp.id);
    expect(lampBefore.inStock).toBe(true);
    await placeOrder(customer, [{ variant: lamp.variants[0]!, quantity: 1 }]);
    const after = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(after)).toBe('MISS');
    const lampAfter = after.body.data.products.nodes.find((p: { id: string }) => p.id === lamp.id);
    expect(lampAfter).toMatchObject({ inStock: false, variants: [{ inStock: false }] });
    // Back in stock through the admin: visible at once too.
    expect(xCache(await post(t.graphqlUrl, PAGE, { first: 10 }))).toBe('HIT');
    await setStock(t, admin.client, lamp.variants[0]!.id, 3);
    const restocked = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(restocked)).toBe('MISS');
    expect(restocked.body.data.products.nodes.find((p: { id: string }) => p.id === lamp.id).inStock).toBe(
      true,
    );
  });

  it('a rolled-back change drops nothing; a change committed by hand in SQL does', async () => {
    // An anonymous mutation's answer waits until this instance has every notice committed before it.
    const settle = async () => {
      const added = await post(
        t.graphqlUrl,
        'mutation CacheSettle($input: CartAddItemInput!) { cartAddItem(input: $input) { cart { id } } }',
        { input: { variantId: shirt.variants[0]!.id, quantity: 1 } },
      );
      expect(added.body.errors).toBeUndefined();
    };
    await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(await post(t.graphqlUrl, PAGE, { first: 10 }))).toBe('HIT');
    await t.database.db
      .transaction(async (tx) => {
        await tx.update(products).set({ title: 'Never Committed' }).where(eq(products.id, shirt.id));
        tx.rollback();
      })
      .catch(() => {});
    await settle();
    const kept = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(kept)).toBe('HIT');
    await t.database.db.update(products).set({ title: 'Renamed By SQL' }).where(eq(products.id, shirt.id));
    await settle();
    const after = await post(t.graphqlUrl, PAGE, { first: 10 });
    expect(xCache(after)).toBe('MISS');
    expect(after.body.data.products.nodes.map((p: { title: string }) => p.title)).toContain('Renamed By SQL');
  });

  describe('through another instance on the same database', () => {
    let b: RunningApp;
    beforeAll(async () => {
      b = await startSecondInstance(t, { idleWorkers: ['outbox', 'reservation-sweeper', 'webhooks'] });
    });
    afterAll(() => b?.stop());

    it("a change made through instance A drops instance B's entries", async () => {
      const bUrl = `${b.url}/graphql`;
      await post(bUrl, BY_SLUG, { slug: lamp.slug });
      // B's start moved both instances to a new generation: wait until B answers from its cache.
      await waitFor(
        'a cached answer on B',
        async () => xCache(await post(bUrl, BY_SLUG, { slug: lamp.slug })) === 'HIT',
      );
      const updated = (
        await admin.client.ok(PRODUCT_UPDATE, { input: { id: lamp.id, title: 'Lamp From A' } })
      ).productUpdate;
      expect(updated.errors).toEqual([]);
      // NOTIFY reaches B after A's commit: B drops its entries within the delivery delay.
      const seen = await waitFor('the new title on B', async () => {
        const answer = await post(bUrl, BY_SLUG, { slug: lamp.slug });
        return answer.body.data.product.title === 'Lamp From A' ? answer : undefined;
      });
      expect(xCache(seen)).toBe('MISS');
      expect(xCache(await post(bUrl, BY_SLUG, { slug: lamp.slug }))).toBe('HIT');
    });
  });
});
