import type { CategorySpec, ProductSpec, Status, VariantSpec } from './catalog-specs.js';

/** What the fixture catalog holds once built, and the model of what the storefront must answer for it. */

export interface BuiltCategory extends CategorySpec {
  id: string;
}

export interface BuiltVariant extends VariantSpec {
  id: string;
  sku: string;
  /** Final stock after adjustments. */
  finalStock: number;
}

export interface BuiltProduct extends Omit<ProductSpec, 'variants'> {
  id: string;
  slug: string;
  variants: BuiltVariant[];
  createdAt: Date;
}

export interface Catalog {
  categories: BuiltCategory[];
  products: BuiltProduct[];
  category(key: string): BuiltCategory;
  product(key: string): BuiltProduct;
  byId(id: string): BuiltProduct;
  /** The category and every category below it (keys). */
  withDescendants(key: string): string[];
  active(): BuiltProduct[];
}

/** Formats minor units as the API does ("12.50"). */
export function amount(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Parses a decimal such as "12.5" into minor units (test-side, string based). */
export function cents(decimal: string): number {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

// ---- the model: filters, sorts, facets ----

export interface Filter {
  query?: string;
  categoryIds?: string[];
  brands?: string[];
  tags?: string[];
  priceMin?: string;
  priceMax?: string;
  minRating?: number;
  inStock?: boolean;
}

export type Sort = 'RELEVANCE' | 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC' | 'POPULARITY' | 'RATING' | 'TITLE';
export const SORTS: Sort[] = [
  'RELEVANCE',
  'NEWEST',
  'PRICE_ASC',
  'PRICE_DESC',
  'POPULARITY',
  'RATING',
  'TITLE',
];

type FacetName = 'category' | 'brand' | 'price' | 'rating' | 'inStock';

export const minPrice = (p: BuiltProduct) => Math.min(...p.variants.map((x) => x.price));
export const maxPrice = (p: BuiltProduct) => Math.max(...p.variants.map((x) => x.price));
export const inStock = (p: BuiltProduct) => p.variants.some((x) => x.finalStock > 0);

/**
 * Whether a product meets a filter (the text query is given as the set of product keys it is
 * expected to match: full-text relevance is not re-implemented here). `except` leaves one
 * facet's condition out, as disjunctive facets do.
 */
export function matches(
  catalog: Catalog,
  p: BuiltProduct,
  filter: Filter,
  options: { queryKeys?: readonly string[]; except?: FacetName; statuses?: Status[] } = {},
): boolean {
  const { except, queryKeys } = options;
  if (!(options.statuses ?? ['ACTIVE']).includes(p.status)) return false;
  if (filter.query !== undefined) {
    if (!queryKeys) throw new Error('a query filter needs the expected query keys');
    if (!queryKeys.includes(p.key)) return false;
  }
  if (filter.categoryIds?.length && except !== 'category') {
    const wanted = new Set(
      catalog.categories
        .filter((c) => filter.categoryIds?.includes(c.id))
        .flatMap((c) => catalog.withDescendants(c.key)),
    );
    if (!p.categories.some((key) => wanted.has(key))) return false;
  }
  if (filter.brands?.length && except !== 'brand') {
    const wanted = filter.brands.map((b) => b.trim().toLowerCase());
    if (p.brand === null || !wanted.includes(p.brand.toLowerCase())) return false;
  }
  if (filter.tags?.length) {
    const wanted = filter.tags.map((tag) => tag.trim().toLowerCase());
    if (!p.tags.some((tag) => wanted.includes(tag))) return false;
  }
  if ((filter.priceMin !== undefined || filter.priceMax !== undefined) && except !== 'price') {
    const min = filter.priceMin !== undefined ? cents(filter.priceMin) : 0;
    const max = filter.priceMax !== undefined ? cents(filter.priceMax) : Number.POSITIVE_INFINITY;
    if (!p.variants.some((x) => x.price >= min && x.price <= max)) return false;
  }
  if (filter.minRating !== undefined && except !== 'rating' && !(p.rating >= filter.minRating)) return false;
  if (filter.inStock !== undefined && except !== 'inStock' && inStock(p) !== filter.inStock) return false;
  return true;
}

export function expectedKeys(
  catalog: Catalog,
  filter: Filter,
  queryKeys?: readonly string[],
  statuses?: Status[],
): string[] {
  return catalog.products
    .filter((p) =>
      matches(catalog, p, filter, { ...(queryKeys ? { queryKeys } : {}), ...(statuses ? { statuses } : {}) }),
    )
    .map((p) => p.key)
    .sort();
}

/** The primary sort value of a product (higher sorts first for descending sorts). */
export function sortValue(p: BuiltProduct, sort: Exclude<Sort, 'RELEVANCE'>): number | string {
  switch (sort) {
    case 'NEWEST':
      return p.createdAt.getTime();
    case 'PRICE_ASC':
    case 'PRICE_DESC':
      return minPrice(p);
    case 'POPULARITY':
      return p.unitsSold;
    case 'RATING':
      return p.rating;
    case 'TITLE':
      return p.title.toLowerCase();
  }
}

export const descending = (sort: Exclude<Sort, 'RELEVANCE'>) => sort !== 'PRICE_ASC' && sort !== 'TITLE';

/** Plain code-point comparison (what `COLLATE "C"` does), or numeric. */
export function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Price bucket bounds of the facet, in minor units: under 25, 25-50, 50-100, 100-250, 250-500, 500+. */
export const BUCKETS: { min: number; max: number | null }[] = [
  { min: 0, max: 2500 },
  { min: 2500, max: 5000 },
  { min: 5000, max: 10000 },
  { min: 10000, max: 25000 },
  { min: 25000, max: 50000 },
  { min: 50000, max: null },
];

export interface FacetsShape {
  categories: { slug: string; count: number }[];
  brands: { value: string; count: number }[];
  priceBuckets: { min: string; max: string | null; count: number }[];
  ratings: { minRating: number; count: number }[];
  inStock: number;
}

/** Facet counts of a filter, each counted with every other filter applied but not its own. */
export function expectedFacets(catalog: Catalog, filter: Filter, queryKeys?: readonly string[]): FacetsShape {
  const base = (except: FacetName) =>
    catalog.products.filter((p) =>
      matches(catalog, p, filter, { except, ...(queryKeys ? { queryKeys } : {}) }),
    );
  const categories = catalog.categories
    .map((c) => ({
      slug: c.slug,
      count: base('category').filter((p) => p.categories.includes(c.key)).length,
    }))
    .filter((c) => c.count > 0);
  const brandCounts = new Map<string, number>();
  for (const p of base('brand'))
    if (p.brand !== null)
      brandCounts.set(p.brand.toLowerCase(), (brandCounts.get(p.brand.toLowerCase()) ?? 0) + 1);
  return {
    categories: categories.sort((a, b) => compareValues(a.slug, b.slug)),
    brands: [...brandCounts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => compareValues(a.value, b.value)),
    priceBuckets: BUCKETS.map((bucket) => ({
      min: amount(bucket.min),
      max: bucket.max === null ? null : amount(bucket.max),
      count: base('price').filter((p) =>
        p.variants.some((x) => x.price >= bucket.min && (bucket.max === null || x.price < bucket.max)),
      ).length,
    })),
    ratings: [4, 3, 2, 1].map((minRating) => ({
      minRating,
      count: base('rating').filter((p) => p.rating >= minRating).length,
    })),
    inStock: base('inStock').filter(inStock).length,
  };
}
