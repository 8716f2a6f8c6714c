/** The fixture catalog's shape: category and product specs (the products are in the *-specs.ts files beside). */

// ---- specs ----

export interface CategorySpec {
  key: string;
  name: string;
  slug: string;
  parent?: string;
  /** Explicit position among siblings; default: after the siblings created before. */
  position?: number;
}

/** Created in this order. Display order (position) deliberately differs for the roots. */
export const CATEGORY_SPECS: CategorySpec[] = [
  { key: 'home', name: 'Home', slug: 'home', position: 5 },
  { key: 'electronics', name: 'Electronics', slug: 'electronics', position: 1 },
  { key: 'outdoor', name: 'Outdoor', slug: 'outdoor', position: 3 },
  { key: 'phones', name: 'Phones', slug: 'phones', parent: 'electronics' },
  { key: 'audio', name: 'Audio', slug: 'audio', parent: 'electronics' },
  { key: 'smartHome', name: 'Smart Home', slug: 'smart-home', parent: 'electronics' },
  { key: 'smartphones', name: 'Smartphones', slug: 'smartphones', parent: 'phones' },
  { key: 'featurePhones', name: 'Feature Phones', slug: 'feature-phones', parent: 'phones', position: 0 },
  { key: 'headphones', name: 'Headphones', slug: 'headphones', parent: 'audio' },
  { key: 'speakers', name: 'Speakers', slug: 'speakers', parent: 'audio' },
  { key: 'kitchen', name: 'Kitchen', slug: 'kitchen', parent: 'home' },
  { key: 'garden', name: 'Garden', slug: 'garden', parent: 'home' },
  { key: 'cookware', name: 'Cookware', slug: 'cookware', parent: 'kitchen' },
  { key: 'coffee', name: 'Coffee', slug: 'coffee', parent: 'kitchen' },
  { key: 'camping', name: 'Camping', slug: 'camping', parent: 'outdoor' },
  { key: 'tents', name: 'Tents', slug: 'tents', parent: 'camping' },
];

export type Status = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';

export interface VariantSpec {
  /** Minor units (cents). */
  price: number;
  compareAt?: number;
  /** Initial stock given to productCreate. */
  stock: number;
  /** A later inventoryAdjust delta (e.g. selling out); final stock = stock + adjust. */
  adjust?: number;
  options?: { name: string; value: string }[];
}

export interface ProductSpec {
  key: string;
  title: string;
  brand: string | null;
  tags: string[];
  description: string;
  categories: string[];
  status: Status;
  variants: VariantSpec[];
  /** Average rating 0-5, two decimals at most. */
  rating: number;
  ratingCount: number;
  unitsSold: number;
  /** Days after 2024-01-01T00:00:00Z: many products share a day (ties). */
  createdDay: number;
  /** Created as DRAFT and published with productUpdate (ACTIVE products only). */
  publishLater?: boolean;
}

export const v = (price: number, stock: number, extra: Partial<VariantSpec> = {}): VariantSpec => ({
  price,
  stock,
  ...extra,
});
