import type { CategoryRow } from './catalog.tables.js';

/**
 * The parents of category `id` in `byId`, root first, the category itself excluded: the tree's
 * `ancestors`, and a product page's from the ancestors its own statement fetched.
 */
export function ancestorChain<Row extends { parentId: string | null }>(
  byId: ReadonlyMap<string, Row>,
  id: string,
): Row[] {
  const chain: Row[] = [];
  let current = byId.get(id);
  while (current?.parentId) {
    const parent = byId.get(current.parentId);
    if (!parent || chain.includes(parent)) break;
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

/** The whole category tree in memory: parents, children, descendants without more SQL. */
export class CategoryTree {
  private readonly byId = new Map<string, CategoryRow>();
  private readonly bySlug = new Map<string, CategoryRow>();
  private readonly childrenOf = new Map<string | null, CategoryRow[]>();

  constructor(rows: CategoryRow[]) {
    const sorted = [...rows].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const row of sorted) {
      this.byId.set(row.id, row);
      this.bySlug.set(row.slug, row);
      const siblings = this.childrenOf.get(row.parentId) ?? [];
      siblings.push(row);
      this.childrenOf.set(row.parentId, siblings);
    }
  }

  get(id: string): CategoryRow | undefined {
    return this.byId.get(id);
  }

  getBySlug(slug: string): CategoryRow | undefined {
    return this.bySlug.get(slug);
  }

  roots(): CategoryRow[] {
    return this.childrenOf.get(null) ?? [];
  }

  children(id: string): CategoryRow[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** Root first, the category itself excluded. */
  ancestors(id: string): CategoryRow[] {
    return ancestorChain(this.byId, id);
  }

  /** The category and every category below it. */
  withDescendants(id: string): string[] {
    const result: string[] = [];
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (result.includes(next)) continue;
      result.push(next);
      for (const child of this.children(next)) stack.push(child.id);
    }
    return result;
  }

  /** Depth-first, each level by position: the flat list a tree view or a select box shows. */
  flatten(): CategoryRow[] {
    const result: CategoryRow[] = [];
    const visit = (row: CategoryRow) => {
      result.push(row);
      for (const child of this.children(row.id)) visit(child);
    };
    for (const root of this.roots()) visit(root);
    return result;
  }
}
