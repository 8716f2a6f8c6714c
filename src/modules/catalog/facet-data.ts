import { PRICE_BUCKET_BOUNDS } from './catalog.rules.js';
import type { ProductStatus } from './catalog.tables.js';
import { Dictionary, grow, SlotLists } from './facet-lists.js';

/** One product as the facet index reads it (facet-index.ts). */
export interface FacetProductRow {
  id: string;
  status: ProductStatus;
  /** As stored (the brand facet shows the smallest spelling in byte order) and `lower(brand)` from PostgreSQL. */
  brand: string | null;
  brandKey: string | null;
  rating: number;
  tags: string[];
  /** Categories the product is directly linked to. */
  categories: string[];
  /** Its variants' prices, minor units. */
  prices: number[];
  /** Some variant has stock > 0. */
  inStock: boolean;
}

export const STATUS_CODES: Record<ProductStatus, number> = { DRAFT: 0, ACTIVE: 1, ARCHIVED: 2 };
/** The status code of a slot no product occupies any more. */
export const DEAD = 255;

/** width_bucket(price, PRICE_BUCKET_BOUNDS): how many bounds are at most the price. */
export function priceBucket(price: number): number {
  let bucket = 0;
  for (const bound of PRICE_BUCKET_BOUNDS) if (price >= bound) bucket += 1;
  return bucket;
}

/**
 * Every product's facet-relevant fields in typed arrays, one slot per product (a few MB at 100,000
 * products instead of an object each). A changed product moves to a new slot at the end and its old
 * slot is marked dead; `compact()` drops dead slots once they are many.
 */
export class FacetData {
  /** Slots in use, dead ones included. */
  size = 0;
  dead = 0;
  /** Bumped by every change: facet results computed at one generation stay valid until the next. */
  generation = 0;
  readonly slotOf = new Map<string, number>();
  productIds: string[] = [];
  status = new Uint8Array(16);
  /** Index in `brands` (as stored), -1 without a brand. */
  brand = new Int32Array(16);
  rating = new Float64Array(16);
  /** floor(rating), 0 to 5: the rating facet's whole-number thresholds compare with it alone. */
  ratingFloor = new Uint8Array(16);
  inStock = new Uint8Array(16);
  /** Bit b set: some variant's price falls in price bucket b. */
  priceBuckets = new Uint8Array(16);
  readonly tags = new SlotLists(16, 16);
  readonly categories = new SlotLists(16, 16);
  readonly prices = new SlotLists(16, 16);
  readonly tagDictionary = new Dictionary();
  readonly categoryDictionary = new Dictionary();
  /** Brands as stored; `brandKeyOf[b]` is the id of brand b's `lower(brand)` in `brandKeys`. */
  readonly brands = new Dictionary();
  readonly brandKeys = new Dictionary();
  brandKeyOf: number[] = [];
  private brandRanks: Int32Array | null = null;

  /** Adds or replaces a product. */
  put(row: FacetProductRow): void {
    this.remove(row.id);
    const slot = this.size;
    if (slot >= this.status.length) {
      const capacity = Math.max(16, this.status.length * 2);
      this.status = grow(this.status, capacity);
      this.brand = grow(this.brand, capacity);
      this.rating = grow(this.rating, capacity);
      this.ratingFloor = grow(this.ratingFloor, capacity);
      this.inStock = grow(this.inStock, capacity);
      this.priceBuckets = grow(this.priceBuckets, capacity);
    }
    this.size += 1;
    this.slotOf.set(row.id, slot);
    this.productIds[slot] = row.id;
    this.status[slot] = STATUS_CODES[row.status] ?? DEAD;
    this.brand[slot] = row.brand === null ? -1 : this.brandId(row.brand, row.brandKey ?? row.brand);
    this.rating[slot] = row.rating;
    this.ratingFloor[slot] = Math.min(5, Math.max(0, Math.floor(row.rating)));
    this.inStock[slot] = row.inStock ? 1 : 0;
    let buckets = 0;
    for (const price of row.prices) buckets |= 1 << priceBucket(price);
    this.priceBuckets[slot] = buckets;
    this.tags.set(
      slot,
      row.tags.map((tag) => this.tagDictionary.id(tag)),
    );
    this.categories.set(
      slot,
      row.categories.map((id) => this.categoryDictionary.id(id)),
    );
    this.prices.set(slot, row.prices);
    this.generation += 1;
  }

  /** Drops a product (deleted, or about to be put again). */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.status[slot] = DEAD;
    this.dead += 1;
    this.generation += 1;
  }

  /** Whether dead slots are enough of the arrays to be worth copying the live ones. */
  needsCompaction(): boolean {
    return this.dead > 1000 && this.dead * 4 > this.size;
  }

  /** The same products in fresh arrays without dead slots. */
  compact(): FacetData {
    const next = new FacetData();
    for (const [id, slot] of this.slotOf) next.put(this.row(id, slot));
    next.generation = this.generation + 1;
    return next;
  }

  /** Brand b's rank in byte order ("C" collation): the brand facet shows the smallest spelling. */
  brandRank(): Int32Array {
    if (this.brandRanks && this.brandRanks.length === this.brands.values.length) return this.brandRanks;
    const order = this.brands.values
      .map((value, id) => ({ bytes: Buffer.from(value, 'utf8'), id }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
    const ranks = new Int32Array(order.length);
    order.forEach((entry, rank) => {
      ranks[entry.id] = rank;
    });
    this.brandRanks = ranks;
    return ranks;
  }

  /** Memory held by the arrays (not the id strings and dictionaries). */
  bytes(): number {
    return (
      this.status.byteLength +
      this.brand.byteLength +
      this.rating.byteLength +
      this.ratingFloor.byteLength +
      this.inStock.byteLength +
      this.priceBuckets.byteLength +
      this.tags.bytes() +
      this.categories.bytes() +
      this.prices.bytes()
    );
  }

  private brandId(brand: string, key: string): number {
    const id = this.brands.id(brand);
    if (id === this.brandKeyOf.length) this.brandKeyOf.push(this.brandKeys.id(key));
    return id;
  }

  private row(id: string, slot: number): FacetProductRow {
    const brand = this.brand[slot] as number;
    const status = this.status[slot] as number;
    return {
      id,
      status: (Object.keys(STATUS_CODES) as ProductStatus[])[status] as ProductStatus,
      brand: brand < 0 ? null : (this.brands.values[brand] as string),
      brandKey: brand < 0 ? null : (this.brandKeys.values[this.brandKeyOf[brand] as number] as string),
      rating: this.rating[slot] as number,
      tags: Array.from(this.tags.get(slot), (t) => this.tagDictionary.values[t] as string),
      categories: Array.from(this.categories.get(slot), (c) => this.categoryDictionary.values[c] as string),
      prices: Array.from(this.prices.get(slot)),
      inStock: this.inStock[slot] === 1,
    };
  }
}
