import { describe, expect, it } from 'vitest';
import type { ProductStatus } from '../../src/modules/catalog/catalog.tables.js';
import { countFacets } from '../../src/modules/catalog/facet-count.js';
import { FacetData, type FacetProductRow } from '../../src/modules/catalog/facet-data.js';
import type { ResolvedFilter } from '../../src/modules/catalog/product-conditions.js';

/**
 * The facet index's arrays (src/modules/catalog/facet-data.ts) under many changes: a product put
 * again moves to a new slot, a removed one leaves a dead slot, and compaction copies the live ones.
 * The counts must not depend on that history (the SQL comparison is tests/catalog/facet-index.test.ts).
 */
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
const STATUSES: ProductStatus[] = ['ACTIVE', 'ACTIVE', 'DRAFT', 'ARCHIVED'];
const BRANDS = ['Acme', 'acme', 'Globex', null];
const CATEGORIES = ['c1', 'c2', 'c3', 'c4'];
const TAGS = ['red', 'blue', 'green'];

function randomRow(id: string): FacetProductRow {
  const brand = pick(BRANDS);
  return {
    id,
    status: pick(STATUSES),
    brand,
    brandKey: brand?.toLowerCase() ?? null,
    rating: Math.round(random() * 500) / 100,
    tags: TAGS.filter(() => random() < 0.4),
    categories: CATEGORIES.filter(() => random() < 0.4),
    prices: Array.from({ length: Math.floor(random() * 3) }, () => Math.floor(random() * 60000)),
    inStock: random() < 0.6,
  };
}

const FILTER: ResolvedFilter = {
  statuses: ['ACTIVE'],
  query: null,
  categoryIds: ['c1', 'c2'],
  brands: ['acme'],
  tags: null,
  priceMin: 2000,
  priceMax: 30000,
  minRating: 2,
  inStock: true,
};

describe('facet index arrays', () => {
  it('count the same after thousands of changes, with and without compaction, as a fresh build', () => {
    const live = new Map<string, FacetProductRow>();
    const data = new FacetData();
    for (let i = 0; i < 3000; i += 1) {
      const row = randomRow(`p${i}`);
      live.set(row.id, row);
      data.put(row);
    }
    for (let i = 0; i < 6000; i += 1) {
      const id = `p${Math.floor(random() * 3500)}`;
      if (random() < 0.2) {
        live.delete(id);
        data.remove(id);
      } else {
        const row = randomRow(id);
        live.set(id, row);
        data.put(row);
      }
    }
    const fresh = new FacetData();
    for (const row of live.values()) fresh.put(row);
    expect(data.needsCompaction()).toBe(true);
    const compacted = data.compact();
    expect(compacted.dead).toBe(0);
    expect(compacted.slotOf.size).toBe(live.size);
    for (const filter of [
      FILTER,
      { ...FILTER, categoryIds: null, brands: null },
      { ...FILTER, statuses: ['DRAFT', 'ARCHIVED'] as ProductStatus[] },
    ]) {
      const expected = countFacets(fresh, filter);
      expect(expected.total).toBeGreaterThan(0);
      expect(countFacets(data, filter)).toEqual(expected);
      expect(countFacets(compacted, filter)).toEqual(expected);
    }
  });
});
