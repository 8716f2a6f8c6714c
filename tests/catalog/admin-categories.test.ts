import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, productCategories } from '../../src/modules/catalog/catalog.tables.js';
import { graphql } from '../generated/gql.js';
import type {
  CategoryCreateInput,
  CategoryDeleteInput,
  CategoryMoveInput,
  CategoryUpdateInput,
} from '../generated/graphql.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  CATEGORIES_FLAT,
  CATEGORY_CREATE,
  CATEGORY_DELETE,
  CATEGORY_MOVE,
  CATEGORY_UPDATE,
  catalogCounts,
  createProduct,
  expectUserError,
  fetchProduct,
  newSku,
} from './admin-support.js';

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminClient(t);
});

afterAll(() => t?.close());

const CATEGORY_BY_SLUG = graphql(
  `query CatalogCategoryBySlug($slug: String) { category(slug: $slug) { id } }`,
);
const CATEGORY_FAMILY = graphql(`query CatalogCategoryFamily($id: ID) {
  category(id: $id) { children { id } ancestors { id } } }`);
const CATEGORY_CHILDREN = graphql(
  `query CatalogCategoryChildren($id: ID) { category(id: $id) { children { id } } }`,
);
const ROOT_CATEGORIES = graphql(`query CatalogRootCategories { categories { id } }`);

async function flat() {
  return (await admin.client.ok(CATEGORIES_FLAT)).categories;
}

async function category(id: string) {
  return (await flat()).find((c) => c.id === id) ?? null;
}

const create = async (input: CategoryCreateInput) =>
  (await admin.client.ok(CATEGORY_CREATE, { input })).categoryCreate;
const update = async (input: CategoryUpdateInput) =>
  (await admin.client.ok(CATEGORY_UPDATE, { input })).categoryUpdate;
const move = async (input: CategoryMoveInput) =>
  (await admin.client.ok(CATEGORY_MOVE, { input })).categoryMove;
const remove = async (input: CategoryDeleteInput) =>
  (await admin.client.ok(CATEGORY_DELETE, { input })).categoryDelete;

/** Runs `action`, which must fail, and checks that the tree and every catalog table stayed as they were. */
async function expectTreeUnchanged(action: () => Promise<void>): Promise<void> {
  const tree = await flat();
  const counts = await catalogCounts(t);
  const links = await allLinks();
  await action();
  expect(await flat()).toEqual(tree);
  expect(await catalogCounts(t)).toEqual(counts);
  expect(await allLinks()).toEqual(links);
}

async function allLinks(): Promise<string[]> {
  const rows = await t.database.db.select().from(productCategories);
  return rows.map((row) => `${row.productId}/${row.categoryId}`).sort();
}

/** A product linked to the given categories. */
async function productIn(categoryIds: string[]): Promise<any> {
  return createProduct(admin.client, {
    title: 'Categorised Product',
    categoryIds,
    variants: [{ sku: newSku('CAT'), price: '1.00' }],
  });
}

async function linksOf(productIds: string[]) {
  return t.database.db
    .select({ productId: productCategories.productId, categoryId: productCategories.categoryId })
    .from(productCategories)
    .where(inArray(productCategories.productId, productIds));
}

describe('categoryCreate', () => {
  it('creates roots and children, with unique slugs generated from the name', async () => {
    const garden = await create({ name: '  Garden & Outdoor ', description: 'Out there' });
    expect(garden.errors).toEqual([]);
    expect(garden.category).toMatchObject({
      name: 'Garden & Outdoor',
      slug: 'garden-and-outdoor',
      description: 'Out there',
      parent: null,
    });
    const second = await create({ name: 'Garden & Outdoor' });
    const third = await create({ name: 'garden and outdoor' });
    expect([second.category!.slug, third.category!.slug]).toEqual([
      'garden-and-outdoor-2',
      'garden-and-outdoor-3',
    ]);

    const child = await create({ name: 'Größe Töpfe', parentId: garden.category!.id });
    expect(child.errors).toEqual([]);
    expect(child.category).toMatchObject({
      slug: 'grosse-topfe',
      parent: { id: garden.category!.id },
      position: 0,
    });
    const sibling = await create({ name: 'Seeds', parentId: garden.category!.id });
    expect(sibling.category!.position).toBe(1);

    const stored = await category(child.category!.id);
    expect(stored).toEqual(child.category);
    // Depth-first: the children follow their parent.
    const ids = (await flat()).map((c) => c.id);
    expect(ids.indexOf(child.category!.id)).toBe(ids.indexOf(garden.category!.id) + 1);
    expect(ids.indexOf(sibling.category!.id)).toBe(ids.indexOf(garden.category!.id) + 2);

    const symbols = await create({ name: '!!!' });
    expect(symbols.category!.slug).toBe('category');
  });

  it('keeps a given slug, and rejects invalid or taken ones', async () => {
    const given = await create({ name: 'Anything', slug: 'hand-picked' });
    expect(given.category!.slug).toBe('hand-picked');
    await expectTreeUnchanged(async () => {
      expectUserError(await create({ name: 'Again', slug: 'hand-picked' }), 'SLUG_TAKEN', ['input', 'slug']);
      expectUserError(await create({ name: 'Bad', slug: 'Bad Slug' }), 'INVALID_SLUG', ['input', 'slug']);
      expectUserError(await create({ name: '   ' }), 'INVALID_INPUT', ['input', 'name']);
      expectUserError(await create({ name: 'x'.repeat(101) }), 'INVALID_INPUT', ['input', 'name']);
    });
  });

  it('answers NOT_FOUND for an unknown parent and creates nothing', async () => {
    await expectTreeUnchanged(async () => {
      for (const parentId of [randomUUID(), 'not-a-uuid']) {
        const payload = await create({ name: 'Orphan', parentId });
        expectUserError(payload, 'NOT_FOUND', ['input', 'parentId']);
        expect(payload.category).toBeNull();
      }
    });
  });
});

describe('categoryUpdate', () => {
  it('changes name, slug, description and position; omitted fields stay', async () => {
    const created = (await create({ name: 'Kitchen', description: 'Pots' })).category;
    const payload = await update({
      id: created!.id,
      name: 'Kitchen & Dining',
      slug: 'kitchen-dining',
      position: 7,
    });
    expect(payload.errors).toEqual([]);
    const expected = {
      id: created!.id,
      name: 'Kitchen & Dining',
      slug: 'kitchen-dining',
      description: 'Pots',
      position: 7,
      parent: null,
    };
    expect(payload.category).toEqual(expected);
    expect(await category(created!.id)).toEqual(expected);
    // The old slug no longer resolves, the new one does.
    const bySlug = await t.client().ok(CATEGORY_BY_SLUG, {
      slug: 'kitchen-dining',
    });
    expect(bySlug.category).toEqual({ id: created!.id });
    const old = await t.client().ok(CATEGORY_BY_SLUG, { slug: 'kitchen' });
    expect(old.category).toBeNull();
  });

  it('rejects a taken or invalid slug and an empty name, changing nothing', async () => {
    const a = (await create({ name: 'Slug Holder', slug: 'slug-holder' })).category;
    const b = (await create({ name: 'Wants Slug' })).category;
    await expectTreeUnchanged(async () => {
      expectUserError(await update({ id: b!.id, slug: 'slug-holder', name: 'Changed' }), 'SLUG_TAKEN', [
        'input',
        'slug',
      ]);
      expectUserError(await update({ id: b!.id, slug: '-bad-', name: 'Changed' }), 'INVALID_SLUG', [
        'input',
        'slug',
      ]);
      expectUserError(await update({ id: b!.id, name: '' }), 'INVALID_INPUT', ['input', 'name']);
    });
    expect((await category(a!.id))!.slug).toBe('slug-holder');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expectTreeUnchanged(async () => {
      for (const id of [randomUUID(), 'nope']) {
        expectUserError(await update({ id, name: 'Ghost' }), 'NOT_FOUND', ['input', 'id']);
      }
    });
  });
});

describe('categoryMove', () => {
  /** a > b > c, plus a separate root d. */
  async function smallTree() {
    const a = (await create({ name: 'Move A' })).category;
    const b = (await create({ name: 'Move B', parentId: a!.id })).category;
    const c = (await create({ name: 'Move C', parentId: b!.id })).category;
    const d = (await create({ name: 'Move D' })).category;
    return { a, b, c, d };
  }

  it('refuses to move a category below itself or a descendant (CATEGORY_CYCLE), changing nothing', async () => {
    const { a, b, c } = await smallTree();
    await expectTreeUnchanged(async () => {
      for (const [id, parentId] of [
        [a!.id, a!.id],
        [a!.id, b!.id],
        [a!.id, c!.id],
        [b!.id, c!.id],
        [c!.id, c!.id],
      ] as const) {
        const payload = await move({ id, parentId });
        expectUserError(payload, 'CATEGORY_CYCLE', ['input', 'parentId']);
        expect(payload.category).toBeNull();
      }
    });
  });

  it('moves a subtree under another parent and back to the root with parentId null', async () => {
    const { a, b, c, d } = await smallTree();
    const moved = await move({ id: b!.id, parentId: d!.id });
    expect(moved.errors).toEqual([]);
    expect(moved.category).toMatchObject({ id: b!.id, parent: { id: d!.id }, position: 0 });
    expect((await category(b!.id))!.parent).toEqual({ id: d!.id });
    // The subtree moves along.
    expect((await category(c!.id))!.parent).toEqual({ id: b!.id });
    const tree = await admin.client.ok(CATEGORY_FAMILY, {
      id: c!.id,
    });
    expect(tree.category!.ancestors).toEqual([{ id: d!.id }, { id: b!.id }]);
    const oldParent = await admin.client.ok(CATEGORY_CHILDREN, {
      id: a!.id,
    });
    expect(oldParent.category!.children).toEqual([]);

    // Now a is no longer an ancestor of b: moving a below c is allowed.
    expect((await move({ id: a!.id, parentId: c!.id })).errors).toEqual([]);

    const rooted = await move({ id: b!.id, parentId: null });
    expect(rooted.errors).toEqual([]);
    expect(rooted.category!.parent).toBeNull();
    const stored = await category(b!.id);
    expect(stored!.parent).toBeNull();
    const roots = (await admin.client.ok(ROOT_CATEGORIES)).categories.map((r) => r.id);
    expect(roots).toContain(b!.id);
    expect(roots).not.toContain(a!.id);
  });

  it('answers NOT_FOUND for an unknown category or parent, changing nothing', async () => {
    const { a } = await smallTree();
    await expectTreeUnchanged(async () => {
      expectUserError(await move({ id: randomUUID(), parentId: a!.id }), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await move({ id: 'nope', parentId: null }), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await move({ id: a!.id, parentId: randomUUID() }), 'NOT_FOUND', ['input', 'parentId']);
      expectUserError(await move({ id: a!.id, parentId: 'nope' }), 'NOT_FOUND', ['input', 'parentId']);
    });
  });

  it('never builds a cycle from two concurrent opposite moves', async () => {
    const x = (await create({ name: 'Race X' })).category;
    const y = (await create({ name: 'Race Y' })).category;
    const results = await Promise.all([
      move({ id: x!.id, parentId: y!.id }),
      move({ id: y!.id, parentId: x!.id }),
    ]);
    const codes = results.map((r) => r.errors.map((e) => e.code));
    expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
    expect(codes.filter((c) => c[0] === 'CATEGORY_CYCLE')).toHaveLength(1);
    const rows = await t.database.db
      .select({ id: categories.id, parentId: categories.parentId })
      .from(categories)
      .where(inArray(categories.id, [x!.id, y!.id]));
    expect(rows.filter((r) => r.parentId === null)).toHaveLength(1);
  });
});

describe('categoryDelete', () => {
  it('deletes an empty category', async () => {
    const empty = (await create({ name: 'Empty' })).category;
    const counts = await catalogCounts(t);
    expect(await remove({ id: empty!.id })).toEqual({ deletedId: empty!.id, errors: [] });
    expect(await category(empty!.id)).toBeNull();
    expect(await catalogCounts(t)).toEqual({ ...counts, categories: counts.categories - 1 });
  });

  it('refuses a category with children or products (CATEGORY_NOT_EMPTY) without reassignTo', async () => {
    const parent = (await create({ name: 'Has Child' })).category;
    await create({ name: 'The Child', parentId: parent!.id });
    const stocked = (await create({ name: 'Has Products' })).category;
    await productIn([stocked!.id]);
    await expectTreeUnchanged(async () => {
      for (const id of [parent!.id, stocked!.id]) {
        const payload = await remove({ id });
        expectUserError(payload, 'CATEGORY_NOT_EMPTY', ['input', 'reassignTo']);
        expect(payload.deletedId).toBeNull();
      }
    });
  });

  it('with reassignTo re-parents the children and re-links the products without duplicates', async () => {
    const target = (await create({ name: 'Target' })).category;
    const doomed = (await create({ name: 'Doomed' })).category;
    const kid1 = (await create({ name: 'Kid One', parentId: doomed!.id })).category;
    const kid2 = (await create({ name: 'Kid Two', parentId: doomed!.id })).category;
    const grandkid = (await create({ name: 'Grandkid', parentId: kid1!.id })).category;
    const other = (await create({ name: 'Other' })).category;
    const onlyDoomed = await productIn([doomed!.id]);
    const both = await productIn([doomed!.id, target!.id]);
    const doomedAndOther = await productIn([doomed!.id, other!.id]);
    const counts = await catalogCounts(t);

    const payload = await remove({ id: doomed!.id, reassignTo: target!.id });
    expect(payload).toEqual({ deletedId: doomed!.id, errors: [] });

    expect(await category(doomed!.id)).toBeNull();
    expect((await category(kid1!.id))!.parent).toEqual({ id: target!.id });
    expect((await category(kid2!.id))!.parent).toEqual({ id: target!.id });
    expect((await category(grandkid!.id))!.parent).toEqual({ id: kid1!.id });

    const links = await linksOf([onlyDoomed.id, both.id, doomedAndOther.id]);
    expect(links).toHaveLength(4);
    expect(links).toEqual(
      expect.arrayContaining([
        { productId: onlyDoomed.id, categoryId: target!.id },
        { productId: both.id, categoryId: target!.id },
        { productId: doomedAndOther.id, categoryId: target!.id },
        { productId: doomedAndOther.id, categoryId: other!.id },
      ]),
    );
    expect((await fetchProduct(admin.client, both.id))!.categories).toEqual([
      { id: target!.id, slug: target!.slug },
    ]);
    // One category and one duplicate link (the product already in the target) are gone; nothing else.
    expect(await catalogCounts(t)).toEqual({
      ...counts,
      categories: counts.categories - 1,
      productCategories: counts.productCategories - 1,
    });
    const stale = await t.database.db
      .select()
      .from(productCategories)
      .where(eq(productCategories.categoryId, doomed!.id));
    expect(stale).toEqual([]);
  });

  it('refuses reassignTo inside its own subtree (CATEGORY_CYCLE), changing nothing', async () => {
    const top = (await create({ name: 'Cycle Top' })).category;
    const mid = (await create({ name: 'Cycle Mid', parentId: top!.id })).category;
    const low = (await create({ name: 'Cycle Low', parentId: mid!.id })).category;
    await productIn([top!.id]);
    await expectTreeUnchanged(async () => {
      for (const reassignTo of [top!.id, mid!.id, low!.id]) {
        const payload = await remove({ id: top!.id, reassignTo });
        expectUserError(payload, 'CATEGORY_CYCLE', ['input', 'reassignTo']);
        expect(payload.deletedId).toBeNull();
      }
    });
  });

  it('answers NOT_FOUND for an unknown category or reassignTo, changing nothing', async () => {
    const full = (await create({ name: 'Full' })).category;
    await create({ name: 'Full Child', parentId: full!.id });
    await expectTreeUnchanged(async () => {
      expectUserError(await remove({ id: randomUUID() }), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await remove({ id: 'nope' }), 'NOT_FOUND', ['input', 'id']);
      expectUserError(await remove({ id: full!.id, reassignTo: randomUUID() }), 'NOT_FOUND', [
        'input',
        'reassignTo',
      ]);
      expectUserError(await remove({ id: full!.id, reassignTo: 'nope' }), 'NOT_FOUND', [
        'input',
        'reassignTo',
      ]);
    });
  });
});
