import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, stockMovements, variants } from '../../src/modules/catalog/catalog.tables.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { GqlClient, OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  ADMIN_PRODUCTS,
  CATEGORIES_FLAT,
  CATEGORY_CREATE,
  CATEGORY_DELETE,
  CATEGORY_MOVE,
  CATEGORY_UPDATE,
  catalogCounts,
  createCategory,
  createProduct,
  fetchProduct,
  INVENTORY_ADJUST,
  LOW_STOCK,
  PRODUCT_CREATE,
  PRODUCT_DELETE,
  PRODUCT_UPDATE,
  STOCK_MOVEMENTS,
  VARIANT_CREATE,
  VARIANT_DELETE,
  VARIANT_UPDATE,
} from './admin-support.js';

let t: TestApp;
let admin: SignedIn;
let customer: SignedIn;
let anonymous: GqlClient;
let product: any;
let parent: any;
let child: any;
let emptyCategory: any;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
  customer = await registerAndLogin(t);
  anonymous = t.client();
  parent = await createCategory(admin.client, { name: 'Auth Parent' });
  child = await createCategory(admin.client, { name: 'Auth Child', parentId: parent.id });
  emptyCategory = await createCategory(admin.client, { name: 'Auth Empty' });
  product = await createProduct(admin.client, {
    title: 'Guarded Product',
    categoryIds: [child.id],
    variants: [
      { sku: 'GUARD-A', price: '10.00', stock: 3 },
      { sku: 'GUARD-B', price: '20.00', stock: 1 },
    ],
  });
});

afterAll(() => t?.close());

interface Operation {
  field: string;
  query: OperationText;
  variables: () => Record<string, unknown>;
  mutation: boolean;
}

/** Every admin operation of the catalog, with inputs that would change something if they ran. Deletes last. */
const operations: Operation[] = [
  {
    field: 'productCreate',
    query: PRODUCT_CREATE,
    mutation: true,
    variables: () => ({
      input: {
        title: 'Intruder',
        categoryIds: [child.id],
        variants: [{ sku: 'INTRUDER-1', price: '1.00', stock: 5 }],
      },
    }),
  },
  {
    field: 'productUpdate',
    query: PRODUCT_UPDATE,
    mutation: true,
    variables: () => ({ input: { id: product.id, title: 'Hacked', status: 'ACTIVE', categoryIds: [] } }),
  },
  {
    field: 'variantCreate',
    query: VARIANT_CREATE,
    mutation: true,
    variables: () => ({ input: { productId: product.id, sku: 'INTRUDER-2', price: '0.01', stock: 3 } }),
  },
  {
    field: 'variantUpdate',
    query: VARIANT_UPDATE,
    mutation: true,
    variables: () => ({ input: { id: product.variants[0].id, price: '0.01', sku: 'HACKED' } }),
  },
  {
    field: 'variantDelete',
    query: VARIANT_DELETE,
    mutation: true,
    variables: () => ({ input: { id: product.variants[1].id } }),
  },
  {
    field: 'categoryCreate',
    query: CATEGORY_CREATE,
    mutation: true,
    variables: () => ({ input: { name: 'Intruder Category', parentId: parent.id } }),
  },
  {
    field: 'categoryUpdate',
    query: CATEGORY_UPDATE,
    mutation: true,
    variables: () => ({ input: { id: child.id, name: 'Hacked', slug: 'hacked' } }),
  },
  {
    field: 'categoryMove',
    query: CATEGORY_MOVE,
    mutation: true,
    variables: () => ({ input: { id: child.id, parentId: null } }),
  },
  {
    field: 'inventoryAdjust',
    query: INVENTORY_ADJUST,
    mutation: true,
    variables: () => ({ input: { variantId: product.variants[0].id, delta: 100, reason: 'RESTOCK' } }),
  },
  {
    field: 'stockMovements',
    query: STOCK_MOVEMENTS,
    mutation: false,
    variables: () => ({ variantId: product.variants[0].id, first: 5 }),
  },
  {
    field: 'lowStockVariants',
    query: LOW_STOCK,
    mutation: false,
    variables: () => ({ threshold: 100, first: 5 }),
  },
  { field: 'adminProducts', query: ADMIN_PRODUCTS, mutation: false, variables: () => ({ first: 5 }) },
  {
    field: 'categoryDelete',
    query: CATEGORY_DELETE,
    mutation: true,
    variables: () => ({ input: { id: emptyCategory.id } }),
  },
  {
    field: 'productDelete',
    query: PRODUCT_DELETE,
    mutation: true,
    variables: () => ({ input: { id: product.id } }),
  },
];

/** Everything an operation above could change: row counts, the product, the tree, variant and ledger rows. */
async function catalogState() {
  const { db } = t.database;
  return {
    counts: await catalogCounts(t),
    product: await fetchProduct(admin.client, product.id),
    tree: (await admin.client.ok(CATEGORIES_FLAT)).categories,
    categories: await db.select().from(categories).orderBy(asc(categories.id)),
    variants: await db.select().from(variants).orderBy(asc(variants.id)),
    ledger: await db.select().from(stockMovements).orderBy(asc(stockMovements.id)),
  };
}

describe.each([
  ['anonymous', 'UNAUTHENTICATED'],
  ['customer', 'FORBIDDEN'],
])('as %s', (who, code) => {
  it.each(operations.map((op) => [op.field, op] as const))(
    `%s answers ${code} and changes nothing`,
    async (_, op) => {
      const client = who === 'anonymous' ? anonymous : customer.client;
      const before = await catalogState();
      const result = await client.request(op.query.toString(), op.variables());
      expect(result.errors, JSON.stringify(result)).toHaveLength(1);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.path).toEqual([op.field]);
      expect(result.data).toBeNull();
      expect(JSON.stringify(result)).not.toMatch(/GUARD-|Guarded Product|Auth (Parent|Child|Empty)/);
      expect(await catalogState()).toEqual(before);
    },
  );
});

describe('as admin (the same operations are well-formed and allowed)', () => {
  it('runs every operation without errors', async () => {
    for (const op of operations) {
      const result = await admin.client.request(op.query.toString(), op.variables());
      expect(result.errors, `${op.field}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      const payload = result.data?.[op.field];
      expect(payload, op.field).toBeTruthy();
      if (op.mutation) expect(payload.errors, `${op.field}: ${JSON.stringify(payload.errors)}`).toEqual([]);
    }
    // The admin's run did change things, so the checks above would have seen a leak.
    expect(await fetchProduct(admin.client, product.id)).toBeNull();
    const slugs = (await admin.client.ok(CATEGORIES_FLAT)).categories.map((c) => c.slug);
    expect(slugs).toContain('hacked');
    expect(slugs).not.toContain(emptyCategory.slug);
  });
});
