import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { type BuiltCategory, type Catalog, expectedKeys } from './catalog-model.js';
import { CATEGORY_SPECS } from './catalog-specs.js';
import { keysOf, startStorefront } from './fixtures.js';

/** The public category tree: category(id | slug), categories, categories(flat: true). */
let t: TestApp;
let catalog: Catalog;
let anon: GqlClient;

beforeAll(async () => {
  ({ t, catalog, anon } = await startStorefront());
});
afterAll(() => t?.close());

/**
 * Positions as categoryCreate assigns them: the given one, or after the siblings created
 * before (so the number of earlier siblings).
 */
function positionOf(c: BuiltCategory): number {
  if (c.position !== undefined) return c.position;
  const index = CATEGORY_SPECS.findIndex((s) => s.key === c.key);
  return CATEGORY_SPECS.slice(0, index).filter((s) => s.parent === c.parent).length;
}

/** Siblings in display order: position, then name. */
function childrenOf(parent: string | undefined): BuiltCategory[] {
  return catalog.categories
    .filter((c) => c.parent === parent)
    .sort((a, b) => positionOf(a) - positionOf(b) || a.name.localeCompare(b.name));
}

function ancestorsOf(c: BuiltCategory): BuiltCategory[] {
  const chain: BuiltCategory[] = [];
  for (let parent = c.parent; parent; parent = catalog.category(parent).parent)
    chain.unshift(catalog.category(parent));
  return chain;
}

const brief = (c: BuiltCategory) => ({ id: c.id, slug: c.slug, name: c.name });

const CATEGORY = graphql(`query StorefrontCategory($id: ID, $slug: String) {
  category(id: $id, slug: $slug) {
    id slug name description position
    parent { id slug name }
    children { id slug name }
    ancestors { id slug name }
    products(first: 100, sort: TITLE) { totalCount nodes { id } }
  }
}`);
const CATEGORY_ID = graphql(
  `query StorefrontCategoryId($id: ID, $slug: String) { category(id: $id, slug: $slug) { id } }`,
);
const TENTS_TREE = graphql(`query StorefrontCategoryTree { category(slug: "tents") {
  parent { slug parent { slug parent { slug } children { slug } } }
  ancestors { slug children { slug } }
} }`);
const CATEGORY_ROOTS = graphql(
  `query StorefrontCategoryRoots { categories { slug position children { slug children { slug children { slug } } } } }`,
);
const CATEGORIES_FLAT = graphql(
  `query StorefrontCategoriesFlat { categories(flat: true) { slug parent { slug } } }`,
);
const CATEGORIES_NOT_FLAT = graphql(`query StorefrontCategoriesNotFlat { categories(flat: false) { slug } }`);

describe('category(id | slug)', () => {
  it('answers parent, children, ancestors and products for every category', async () => {
    for (const c of catalog.categories) {
      const byId = await anon.ok(CATEGORY, { id: c.id });
      const bySlug = await anon.ok(CATEGORY, { slug: c.slug });
      expect(bySlug).toEqual(byId);
      const { products, ...fields } = byId.category!;
      expect(fields, c.key).toEqual({
        ...brief(c),
        description: '',
        position: positionOf(c),
        parent: c.parent ? brief(catalog.category(c.parent)) : null,
        children: childrenOf(c.key).map(brief),
        ancestors: ancestorsOf(c).map(brief),
      });
      const expected = expectedKeys(catalog, { categoryIds: [c.id] });
      expect(
        keysOf(
          catalog,
          products.nodes.map((n) => n.id),
        ),
        c.key,
      ).toEqual(expected);
      expect(products.totalCount).toBe(expected.length);
    }
  });

  it('a grandchild has its breadcrumbs from the root', async () => {
    const category = (await anon.ok(CATEGORY, { slug: 'smartphones' })).category!;
    expect(category.ancestors.map((a) => a.slug)).toEqual(['electronics', 'phones']);
    expect(category.parent?.slug).toBe('phones');
    expect(category.children).toEqual([]);
    expect(category.products.totalCount).toBe(4);
  });

  it('a root has no parent nor ancestors, and its products include every level below', async () => {
    const category = (await anon.ok(CATEGORY, { slug: 'electronics' })).category!;
    expect(category.parent).toBeNull();
    expect(category.ancestors).toEqual([]);
    expect(category.children.map((c) => c.slug)).toEqual(['phones', 'audio', 'smart-home']);
    const keys = keysOf(
      catalog,
      category.products.nodes.map((n) => n.id),
    );
    expect(keys).toContain('iphone15'); // a grandchild's
    expect(keys).toContain('charger'); // a child's
    expect(keys).toContain('watch'); // its own
  });

  it('siblings with the same position are ordered by name', async () => {
    // Feature Phones was created second but asked for position 0, like Smartphones.
    const data = await anon.ok(CATEGORY, { slug: 'phones' });
    expect(data.category!.children.map((c) => c.name)).toEqual(['Feature Phones', 'Smartphones']);
  });

  it('nested selections resolve through the tree', async () => {
    const data = await anon.ok(TENTS_TREE);
    expect(data.category!.parent).toEqual({
      slug: 'camping',
      parent: { slug: 'outdoor', parent: null, children: [{ slug: 'camping' }] },
    });
    expect(data.category!.ancestors).toEqual([
      { slug: 'outdoor', children: [{ slug: 'camping' }] },
      { slug: 'camping', children: [{ slug: 'tents' }] },
    ]);
  });

  it.each<[string, Record<string, string>]>([
    ['an unknown slug', { slug: 'no-such-category' }],
    ['a malformed id', { id: 'not-a-uuid' }],
    ['an unknown id', { id: randomUUID() }],
    ['no argument', {}],
  ])('%s gives null without an error', async (_name, args) => {
    const result = await anon.request(CATEGORY_ID, args);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ category: null });
  });
});

describe('categories', () => {
  it('lists the roots by position, each with its subtree', async () => {
    const data = await anon.ok(CATEGORY_ROOTS);
    expect(data.categories.map((c) => c.slug)).toEqual(['electronics', 'outdoor', 'home']);
    expect(data.categories.map((c) => c.position)).toEqual([1, 3, 5]);
    const subtree = (key: string | undefined): any[] =>
      childrenOf(key).map((c) => ({ slug: c.slug, children: subtree(c.key) }));
    const trimmed = (nodes: any[], depth: number): any[] =>
      nodes.map((n) =>
        depth === 0 ? { slug: n.slug } : { slug: n.slug, children: trimmed(n.children, depth - 1) },
      );
    expect(data.categories.map((c) => ({ slug: c.slug, children: c.children }))).toEqual(
      trimmed(subtree(undefined), 3),
    );
  });

  it('flat: true lists every category depth-first, each level in display order', async () => {
    const data = await anon.ok(CATEGORIES_FLAT);
    const depthFirst = (key: string | undefined): BuiltCategory[] =>
      childrenOf(key).flatMap((c) => [c, ...depthFirst(c.key)]);
    expect(data.categories.map((c) => c.slug)).toEqual(depthFirst(undefined).map((c) => c.slug));
    expect(data.categories.map((c) => c.slug)).toEqual([
      'electronics',
      'phones',
      'feature-phones',
      'smartphones',
      'audio',
      'headphones',
      'speakers',
      'smart-home',
      'outdoor',
      'camping',
      'tents',
      'home',
      'kitchen',
      'cookware',
      'coffee',
      'garden',
    ]);
    const parentSlug = (slug: string) => {
      const parent = catalog.categories.find((x) => x.slug === slug)?.parent;
      return parent ? catalog.category(parent).slug : null;
    };
    for (const c of data.categories) expect(c.parent?.slug ?? null, c.slug).toBe(parentSlug(c.slug));
  });

  it('categories(flat: false) is the roots', async () => {
    const roots = await anon.ok(CATEGORIES_NOT_FLAT);
    expect(roots.categories.map((c) => c.slug)).toEqual(['electronics', 'outdoor', 'home']);
  });
});
