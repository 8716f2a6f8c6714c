import { PRICE_BUCKET_BOUNDS, RATING_FACET_VALUES } from './catalog.rules.js';
import { DEAD, type FacetData, STATUS_CODES } from './facet-data.js';
import type { ResolvedFilter } from './product-conditions.js';

/** What one pass over the facet index finds for a filter (without a text query). */
export interface FacetCounts {
  /** Products meeting every condition (the listing's totalCount). */
  total: number;
  categories: { categoryId: string; count: number }[];
  /** Per `lower(brand)`, shown as its smallest spelling in byte order among the products counted. */
  brands: { value: string; count: number }[];
  /** Per price bucket (width_bucket over PRICE_BUCKET_BOUNDS). */
  priceBuckets: number[];
  /** Per RATING_FACET_VALUES entry. */
  ratings: number[];
  inStock: number;
}

const CATEGORY = 1;
const BRAND = 2;
const PRICE = 4;
const RATING = 8;
const STOCK = 16;

/**
 * Facet counts and the total of `filter` over every product, in one pass: the same numbers as the
 * SQL statements of product-search.ts (conditions() with `except`), which the facet tests pin.
 * A product failing exactly one faceted condition counts only in that condition's facet
 * (disjunctive faceting); one failing none counts in every facet and in the total.
 */
export function countFacets(data: FacetData, filter: ResolvedFilter): FacetCounts {
  const statusOk = new Uint8Array(256);
  for (const status of filter.statuses) statusOk[STATUS_CODES[status]] = 1;
  statusOk[DEAD] = 0;

  const tagWanted = wantedIds(filter.tags, data.tagDictionary.ids);
  const categoryWanted = wantedIds(filter.categoryIds, data.categoryDictionary.ids);
  const brandKeyWanted = wantedIds(filter.brands, data.brandKeys.ids);
  const priced = filter.priceMin !== null || filter.priceMax !== null;
  const priceMin = filter.priceMin ?? 0;
  const priceMax = filter.priceMax ?? 2_147_483_647;
  const { minRating, inStock: stockWanted } = filter;

  // Counted per raw value in the loop (one increment each), folded into facets afterwards.
  const categoryCounts = new Int32Array(data.categoryDictionary.values.length);
  const brandCounts = new Int32Array(data.brands.values.length);
  const bucketSetCounts = new Int32Array(1 << (PRICE_BUCKET_BOUNDS.length + 1));
  const ratingFloorCounts = new Int32Array(6);
  let total = 0;
  let inStockCount = 0;

  const { status, brand, rating, ratingFloor, inStock, priceBuckets, tags, categories, prices, brandKeyOf } =
    data;
  for (let slot = 0; slot < data.size; slot += 1) {
    if (statusOk[status[slot] as number] === 0) continue;
    if (tagWanted && !anyIn(tags.values, tags.start[slot] as number, tags.length[slot] as number, tagWanted))
      continue;
    let failed = 0;
    if (
      categoryWanted &&
      !anyIn(
        categories.values,
        categories.start[slot] as number,
        categories.length[slot] as number,
        categoryWanted,
      )
    )
      failed |= CATEGORY;
    const brandId = brand[slot] as number;
    if (brandKeyWanted && (brandId < 0 || brandKeyWanted[brandKeyOf[brandId] as number] !== 1))
      failed |= BRAND;
    if (
      priced &&
      !anyBetween(
        prices.values,
        prices.start[slot] as number,
        prices.length[slot] as number,
        priceMin,
        priceMax,
      )
    )
      failed |= PRICE;
    const stars = rating[slot] as number;
    if (minRating !== null && !(stars >= minRating)) failed |= RATING;
    const stocked = inStock[slot] === 1;
    if (stockWanted !== null && stocked !== stockWanted) failed |= STOCK;
    // More than one condition failed: the product counts nowhere.
    if (failed & (failed - 1)) continue;
    if (failed === 0) total += 1;
    if (failed === 0 || failed === CATEGORY) {
      const start = categories.start[slot] as number;
      const end = start + (categories.length[slot] as number);
      for (let i = start; i < end; i += 1) {
        const c = categories.values[i] as number;
        categoryCounts[c] = (categoryCounts[c] as number) + 1;
      }
    }
    if ((failed === 0 || failed === BRAND) && brandId >= 0)
      brandCounts[brandId] = (brandCounts[brandId] as number) + 1;
    if (failed === 0 || failed === PRICE) {
      const bits = priceBuckets[slot] as number;
      bucketSetCounts[bits] = (bucketSetCounts[bits] as number) + 1;
    }
    if (failed === 0 || failed === RATING) {
      const floor = ratingFloor[slot] as number;
      ratingFloorCounts[floor] = (ratingFloorCounts[floor] as number) + 1;
    }
    if ((failed === 0 || failed === STOCK) && stocked) inStockCount += 1;
  }

  return {
    total,
    categories: categoryFacet(data, categoryCounts),
    brands: brandFacet(data, brandCounts),
    priceBuckets: PRICE_BUCKET_INDEXES.map((b) => {
      let n = 0;
      bucketSetCounts.forEach((count, bits) => {
        if (bits & (1 << b)) n += count;
      });
      return n;
    }),
    // rating >= n (a whole number) exactly when its floor is at least n.
    ratings: RATING_FACET_VALUES.map((n) => ratingFloorCounts.slice(n).reduce((sum, c) => sum + c, 0)),
    inStock: inStockCount,
  };
}

const PRICE_BUCKET_INDEXES = Array.from({ length: PRICE_BUCKET_BOUNDS.length + 1 }, (_, i) => i);

function categoryFacet(data: FacetData, counts: Int32Array): FacetCounts['categories'] {
  const facet: FacetCounts['categories'] = [];
  counts.forEach((count, id) => {
    if (count > 0) facet.push({ categoryId: data.categoryDictionary.values[id] as string, count });
  });
  return facet;
}

/** Per lower(brand): the sum over its spellings, shown as the smallest spelling (byte order) counted. */
function brandFacet(data: FacetData, counts: Int32Array): FacetCounts['brands'] {
  const ranks = data.brandRank();
  const keyCounts = new Int32Array(data.brandKeys.values.length);
  const shown = new Int32Array(data.brandKeys.values.length).fill(-1);
  counts.forEach((count, brandId) => {
    if (count === 0) return;
    const key = data.brandKeyOf[brandId] as number;
    keyCounts[key] = (keyCounts[key] as number) + count;
    const current = shown[key] as number;
    if (current < 0 || (ranks[brandId] as number) < (ranks[current] as number)) shown[key] = brandId;
  });
  const facet: FacetCounts['brands'] = [];
  keyCounts.forEach((count, key) => {
    if (count > 0) facet.push({ value: data.brands.values[shown[key] as number] as string, count });
  });
  return facet;
}
/** A membership array over a dictionary's ids for the filter's values (unknown values match nothing); null without the condition. */
function wantedIds(values: string[] | null, ids: ReadonlyMap<string, number>): Uint8Array | null {
  if (values === null) return null;
  const wanted = new Uint8Array(ids.size);
  for (const value of values) {
    const id = ids.get(value);
    if (id !== undefined) wanted[id] = 1;
  }
  return wanted;
}

function anyIn(values: Int32Array, start: number, length: number, wanted: Uint8Array): boolean {
  for (let i = start; i < start + length; i += 1) if (wanted[values[i] as number] === 1) return true;
  return false;
}

function anyBetween(values: Int32Array, start: number, length: number, min: number, max: number): boolean {
  for (let i = start; i < start + length; i += 1) {
    const v = values[i] as number;
    if (v >= min && v <= max) return true;
  }
  return false;
}
