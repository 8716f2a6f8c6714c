import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { queryRows } from '../../src/db/client.js';
import { setStock } from '../cart/support.js';
import { graphql } from '../generated/gql.js';
import type { ProductFilterInput, ProductStatus } from '../generated/graphql.js';
import { placeOrder } from '../orders/transitions-support.js';
import { adminClient, registerAndLogin } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startSecondInstance, startTestApp, type TestApp } from '../support/harness.js';
import { holdRowLock } from '../support/row-lock.js';
import { addStandardShipping } from '../support/store.js';
import {
  CATEGORY_DELETE,
  CATEGORY_MOVE,
  createCategory,
  createProduct,
  newSku,
  PRODUCT_DELETE,
  PRODUCT_UPDATE,
  VARIANT_UPDATE,
} from './admin-support.js';

/**
 * The facet index (src/modules/catalog/facet-index.ts): facets and totalCount of listings without a
 * text query are counted in process. They must stay exactly what the SQL statements count after
 * every kind of catalog change, made through this instance or another one on the same database.
 * `ref` is an instance without the index (services: facetIndex null): the SQL path, the reference.
 */
const onPostgres = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));
let t: TestApp;
let other: RunningApp;
let reference: RunningApp;
let a: GqlClient;
let b: GqlClient;
let ref: GqlClient;
let admin: GqlClient;
let cats: { id: string }[] = [];

const LISTING = graphql(`query FacetIndexListing($filter: ProductFilterInput) {
  products(filter: $filter, first: 1) {
    totalCount totalCountIsExact
    facets {
      categories { category { id } count }
      brands { value count }
      priceBuckets { min { amount } count }
      ratings { minRating count }
      inStock
    }
  }
}`);

const ADMIN_LISTING = graphql(`query FacetIndexAdminListing($filter: AdminProductFilterInput) {
  adminProducts(filter: $filter, first: 1) {
    totalCount
    facets { categories { category { id } count } brands { value count } priceBuckets { count } ratings { count } inStock }
  }
}`);

async function listing(client: GqlClient, filter: ProductFilterInput) {
  return (await client.ok(LISTING, { filter })).products;
}

/** Products whose category_ids (read by the category filter) differ from their category links. */
async function staleCategoryIds(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM products p
      WHERE ARRAY(SELECT c FROM unnest(p.category_ids) AS c ORDER BY c)
        IS DISTINCT FROM ARRAY(SELECT pc.category_id FROM product_categories pc WHERE pc.product_id = p.id ORDER BY pc.category_id)`,
  );
  return row!.n;
}

/**
 * Every instance answers what the SQL path answers, for each filter; returns the reference's answers.
 * Both paths filter categories by products.category_ids: it must equal the links.
 */
async function expectExact(filters: ProductFilterInput[]) {
  expect(await staleCategoryIds()).toBe(0);
  const answers = [];
  for (const filter of filters) {
    const expected = await listing(ref, filter);
    expect(await listing(a, filter), JSON.stringify(filter)).toEqual(expected);
    expect(await listing(b, filter), JSON.stringify(filter)).toEqual(expected);
    answers.push(expected);
  }
  return answers;
}

const FILTERS = (): ProductFilterInput[] => [
  {},
  { categoryIds: [cats[0]!.id] },
  { categoryIds: [cats[1]!.id], inStock: true },
  { priceMin: '10.00', priceMax: '30.00' },
  { inStock: true },
  { inStock: false },
  { brands: ['acme', 'Globex'] },
  { minRating: 3 },
  { tags: ['red'] },
  { categoryIds: [cats[0]!.id], priceMin: '20.00', priceMax: '150.00', inStock: true, brands: ['acme'] },
];

async function facetChangeRows(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM catalog_facet_changes`,
  );
  return row!.n;
}

function variantInput(price: string, stock: number) {
  return { sku: newSku('FI'), price, stock };
}

beforeAll(async () => {
  t = await startTestApp();
  const idleWorkers = ['outbox', 'reservation-sweeper', 'webhooks'];
  other = await startSecondInstance(t, { idleWorkers });
  reference = await startSecondInstance(t, { idleWorkers, services: { facetIndex: null } });
  a = t.client();
  b = new GqlClient(`${other.url}/graphql`);
  ref = new GqlClient(`${reference.url}/graphql`);
  admin = (await adminClient(t)).client;
  await addStandardShipping(admin);
  const clothing = await createCategory(admin, { name: 'Clothing' });
  const shirts = await createCategory(admin, { name: 'Shirts', parentId: clothing.id });
  const home = await createCategory(admin, { name: 'Home' });
  cats = [clothing, shirts, home];
  await createProduct(admin, {
    title: 'Red Shirt',
    brand: 'Acme',
    tags: ['red', 'cotton'],
    status: 'ACTIVE',
    categoryIds: [shirts.id],
    variants: [variantInput('24.00', 3), variantInput('260.00', 0)],
  });
  await createProduct(admin, {
    title: 'Blue Shirt',
    brand: 'ACME',
    tags: ['blue'],
    status: 'ACTIVE',
    categoryIds: [shirts.id, home.id],
    variants: [variantInput('9.99', 0)],
  });
  await createProduct(admin, {
    title: 'Lamp',
    brand: 'Globex',
    status: 'ACTIVE',
    categoryIds: [home.id],
    variants: [variantInput('55.00', 2)],
  });
  await createProduct(admin, { title: 'Draft', status: 'DRAFT', variants: [variantInput('5.00', 1)] });
});

afterAll(async () => {
  await reference?.stop();
  await other?.stop();
  await t?.close();
});

describe('facet index', () => {
  it('counts what SQL counts, and a faceted listing costs the list, the change check and the category tree', async () => {
    const [all] = await expectExact(FILTERS());
    expect(all!.totalCount).toBe(3);
    expect(all!.facets.brands).toEqual([
      { value: 'ACME', count: 2 },
      { value: 'Globex', count: 1 },
    ]);
    const measured = await a.request(LISTING, { filter: {} });
    expect(measured.headers.get('x-sql-query-count')).toBe('3');
    const sqlPath = await ref.request(LISTING, { filter: {} });
    expect(sqlPath.headers.get('x-sql-query-count')).toBe('4');
  });

  it('follows product create, update and archive, made on either instance', async () => {
    const created = await createProduct(admin, {
      title: 'Green Mug',
      brand: 'globex',
      tags: ['green', 'red'],
      status: 'ACTIVE',
      categoryIds: [cats[2]!.id],
      variants: [variantInput('12.00', 5)],
    });
    const [all] = await expectExact(FILTERS());
    expect(all!.totalCount).toBe(4);
    const otherAdmin = new GqlClient(`${other.url}/graphql`);
    otherAdmin.token = admin.token;
    const updated = (
      await otherAdmin.ok(PRODUCT_UPDATE, {
        input: { id: created.id, brand: 'Initech', tags: ['blue'], categoryIds: [cats[0]!.id, cats[1]!.id] },
      })
    ).productUpdate;
    expect(updated.errors).toEqual([]);
    await expectExact(FILTERS());
    const archived = (
      await admin.ok(PRODUCT_UPDATE, { input: { id: created.id, status: 'ARCHIVED' as ProductStatus } })
    ).productUpdate;
    expect(archived.errors).toEqual([]);
    const [after] = await expectExact(FILTERS());
    expect(after!.totalCount).toBe(3);
    const admins = await admin.ok(ADMIN_LISTING, {
      filter: { status: ['ARCHIVED', 'DRAFT'] as ProductStatus[] },
    });
    expect(admins.adminProducts.totalCount).toBe(2);
    const deleted = (await admin.ok(PRODUCT_DELETE, { input: { id: created.id } })).productDelete;
    expect(deleted.errors).toEqual([]);
    await expectExact(FILTERS());
    const adminsAfter = await admin.ok(ADMIN_LISTING, {
      filter: { status: ['ARCHIVED'] as ProductStatus[] },
    });
    expect(adminsAfter.adminProducts.totalCount).toBe(0);
  });

  it('follows a price change, a checkout selling the last unit, a restock and a rating', async () => {
    const product = await createProduct(admin, {
      title: 'Last One',
      brand: 'Umbrella',
      status: 'ACTIVE',
      categoryIds: [cats[0]!.id],
      variants: [variantInput('40.00', 1), variantInput('45.00', 0)],
    });
    const [before] = await expectExact(FILTERS());
    const price = (await admin.ok(VARIANT_UPDATE, { input: { id: product.variants[0]!.id, price: '18.00' } }))
      .variantUpdate;
    expect(price.errors).toEqual([]);
    await expectExact(FILTERS());

    const customer = await registerAndLogin(t);
    const sold = { id: product.variants[0]!.id, productId: product.id, sku: product.variants[0]!.sku };
    await placeOrder(customer, [{ variant: sold, quantity: 1 }]);
    const [afterSale] = await expectExact(FILTERS());
    expect(afterSale!.facets.inStock).toBe(before!.facets.inStock - 1);

    await setStock(t, admin, sold.id, 4);
    const [restocked] = await expectExact(FILTERS());
    expect(restocked!.facets.inStock).toBe(before!.facets.inStock);

    // A sale that leaves stock above zero changes no facet: the log stays as it was.
    const logged = await facetChangeRows();
    await placeOrder(customer, [{ variant: sold, quantity: 1 }]);
    expect(await facetChangeRows()).toBe(logged);

    await t.database.db.execute(sql`UPDATE products SET rating_average = 4.5 WHERE id = ${product.id}`);
    const [rated] = await expectExact(FILTERS());
    expect(rated!.facets.ratings.find((r) => r.minRating === 4)!.count).toBe(
      before!.facets.ratings.find((r) => r.minRating === 4)!.count + 1,
    );
  });

  // A change log ordered by its sequence would miss this: the open transaction took the lower
  // version, the other committed first and was seen, then the first committed.
  it.runIf(onPostgres)(
    'counts a change whose transaction committed after a later-numbered one was seen',
    async () => {
      const slow = await createProduct(admin, {
        title: 'Slow Writer',
        brand: 'Hooli',
        status: 'ACTIVE',
        variants: [variantInput('30.00', 2)],
      });
      const fast = await createProduct(admin, {
        title: 'Fast Writer',
        brand: 'Hooli',
        status: 'ACTIVE',
        variants: [variantInput('30.00', 2)],
      });
      await expectExact(FILTERS());
      const release = await holdRowLock(t.database.db, (tx) =>
        tx.execute(sql`UPDATE variants SET price = 90000 WHERE id = ${slow.variants[0]!.id}`),
      );
      try {
        const moved = (
          await admin.ok(VARIANT_UPDATE, { input: { id: fast.variants[0]!.id, price: '600.00' } })
        ).variantUpdate;
        expect(moved.errors).toEqual([]);
        await expectExact(FILTERS());
      } finally {
        await release();
      }
      const [all] = await expectExact(FILTERS());
      expect(all!.facets.priceBuckets.at(-1)!.count).toBeGreaterThanOrEqual(2);
    },
  );

  // products.category_ids is kept by the links' triggers: two transactions linking one product at
  // once must both be kept (the second waits for the first's product row, then adds to what it wrote).
  it.runIf(onPostgres)('keeps both of two concurrent category links of one product', async () => {
    const product = await createProduct(admin, {
      title: 'Twice Linked',
      status: 'ACTIVE',
      variants: [variantInput('30.00', 2)],
    });
    const { db } = t.database;
    const release = await holdRowLock(db, (tx) =>
      tx.execute(
        sql`INSERT INTO product_categories (product_id, category_id) VALUES (${product.id}, ${cats[0]!.id})`,
      ),
    );
    let second: Promise<unknown> | undefined;
    try {
      // `then` starts it (a Drizzle query runs when awaited).
      second = db
        .execute(
          sql`INSERT INTO product_categories (product_id, category_id) VALUES (${product.id}, ${cats[2]!.id})`,
        )
        .then(() => undefined);
      // The second insert's trigger is waiting for the product row the first one updated.
      let waiting = 0;
      for (let tries = 0; waiting === 0 && tries < 500; tries += 1) {
        const [row] = await queryRows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        waiting = row!.n;
        if (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(waiting).toBe(1);
    } finally {
      await release();
    }
    await second;
    const [row] = await queryRows<{ ids: string[] }>(
      db,
      sql`SELECT ARRAY(SELECT c::text FROM unnest(category_ids) AS c ORDER BY c) AS ids FROM products WHERE id = ${product.id}`,
    );
    expect(row!.ids).toEqual([cats[0]!.id, cats[2]!.id].sort());
    const [both] = await expectExact([{ categoryIds: [cats[0]!.id] }, { categoryIds: [cats[2]!.id] }]);
    expect(both!.totalCount).toBeGreaterThan(0);
    await t.database.db.execute(sql`DELETE FROM product_categories WHERE product_id = ${product.id}`);
    await expectExact(FILTERS());
  });

  it('follows a category moved, then deleted with its products reassigned', async () => {
    const outlet = await createCategory(admin, { name: 'Outlet', parentId: cats[2]!.id });
    for (const categoryIds of [[outlet.id, cats[1]!.id], [outlet.id]]) {
      await createProduct(admin, {
        title: `Outlet ${categoryIds.length}`,
        status: 'ACTIVE',
        categoryIds,
        variants: [variantInput('35.00', 1)],
      });
    }
    const withOutlet = () => [...FILTERS(), { categoryIds: [outlet.id] }, { categoryIds: [cats[1]!.id] }];
    const [, inClothing, , , , , , , , , inOutlet, inShirts] = await expectExact(withOutlet());
    expect(inOutlet!.totalCount).toBe(2);
    const moved = (await admin.ok(CATEGORY_MOVE, { input: { id: outlet.id, parentId: cats[0]!.id } }))
      .categoryMove;
    expect(moved.errors).toEqual([]);
    const [, clothingAfterMove] = await expectExact(withOutlet());
    // One of the two was in Shirts (under Clothing) already.
    expect(clothingAfterMove!.totalCount).toBe(inClothing!.totalCount + 1);
    const deleted = (await admin.ok(CATEGORY_DELETE, { input: { id: outlet.id, reassignTo: cats[1]!.id } }))
      .categoryDelete;
    expect(deleted.errors).toEqual([]);
    const answers = await expectExact(withOutlet());
    expect(answers[10]!.totalCount).toBe(0);
    expect(answers[11]!.totalCount).toBe(inShirts!.totalCount + 1);
  });

  it('equals the SQL path on a randomized catalog', async () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const brands = ['Acme', 'acme', 'ACME', 'Globex', 'Ünïcode', 'ünïcode', null];
    const tags = ['red', 'blue', 'green', 'sale'];
    const statuses: ProductStatus[] = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'DRAFT', 'ARCHIVED'];
    const prices = [
      '1.00',
      '24.99',
      '25.00',
      '49.99',
      '50.00',
      '99.00',
      '100.00',
      '249.99',
      '250.00',
      '500.00',
      '900.00',
    ];
    for (let i = 0; i < 30; i += 1) {
      const brand = pick(brands);
      await createProduct(admin, {
        title: `Random ${i}`,
        ...(brand === null ? {} : { brand }),
        tags: tags.filter(() => random() < 0.4),
        status: pick(statuses),
        categoryIds: cats.filter(() => random() < 0.4).map((c) => c.id),
        variants: Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
          variantInput(pick(prices), random() < 0.5 ? 0 : 3),
        ),
      });
    }
    const filters: ProductFilterInput[] = [];
    for (let i = 0; i < 25; i += 1) {
      const filter: ProductFilterInput = {};
      if (random() < 0.4) filter.categoryIds = cats.filter(() => random() < 0.5).map((c) => c.id);
      if (random() < 0.4) filter.brands = brands.filter((x): x is string => x !== null && random() < 0.3);
      if (random() < 0.3) filter.tags = tags.filter(() => random() < 0.5);
      if (random() < 0.4) filter.priceMin = pick(prices);
      if (random() < 0.4) filter.priceMax = pick(prices);
      if (random() < 0.3) filter.minRating = pick([0, 1, 2.5]);
      if (random() < 0.4) filter.inStock = random() < 0.5;
      filters.push(filter);
    }
    await expectExact(filters);
    for (const status of [['DRAFT'], ['ACTIVE', 'ARCHIVED']] as ProductStatus[][]) {
      const filter = { status, inStock: true };
      const refAdmin = new GqlClient(`${reference.url}/graphql`);
      refAdmin.token = admin.token;
      const expected = await refAdmin.ok(ADMIN_LISTING, { filter });
      expect(await admin.ok(ADMIN_LISTING, { filter })).toEqual(expected);
    }
  });
});
