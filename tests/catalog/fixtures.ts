import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { products as productsTable } from '../../src/modules/catalog/catalog.tables.js';
import { adminClient, type SignedIn } from '../support/accounts.js';
import type { GqlClient, GqlResponse } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/**
 * The storefront fixture catalog and an independent model of it. Not a test file (vitest runs
 * only `*.test.ts`).
 *
 * The catalog is created through the admin API (categoryCreate, productCreate, productUpdate,
 * inventoryAdjust). Aggregates no API sets yet (rating, units sold, creation time) are written
 * to the `products` table directly: reviews and orders will maintain them later.
 *
 * Expected results are computed from the specs below in plain TypeScript, never by running
 * the server's SQL.
 */

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

const v = (price: number, stock: number, extra: Partial<VariantSpec> = {}): VariantSpec => ({
  price,
  stock,
  ...extra,
});

/**
 * 29 ACTIVE, 3 DRAFT and 3 ARCHIVED products. Many share a price, a rating, a creation day or
 * a units-sold figure; some variants sit exactly on price bucket bounds (24.99, 25.00, 49.99,
 * 50.00, 500.00).
 */
export const PRODUCT_SPECS: ProductSpec[] = [
  {
    key: 'iphone15',
    title: 'Apple iPhone 15 Pro',
    brand: 'Apple',
    tags: ['phone', 'ios', 'premium'],
    description: 'Titanium design with a powerful camera system.',
    categories: ['smartphones'],
    status: 'ACTIVE',
    variants: [
      v(99900, 5, { options: [{ name: 'Storage', value: '128 GB' }] }),
      v(109950, 0, { compareAt: 119900, options: [{ name: 'Storage', value: '256 GB' }] }),
    ],
    rating: 4.5,
    ratingCount: 120,
    unitsSold: 300,
    createdDay: 10,
  },
  {
    key: 'iphoneSe',
    title: 'Apple iPhone SE',
    brand: 'Apple',
    tags: ['phone', 'ios'],
    description: 'Compact and affordable with Touch ID.',
    categories: ['smartphones'],
    status: 'ACTIVE',
    variants: [v(42900, 4, { adjust: -4 })],
    rating: 4,
    ratingCount: 50,
    unitsSold: 300,
    createdDay: 3,
    publishLater: true,
  },
  {
    key: 'galaxyS24',
    title: 'Samsung Galaxy S24',
    brand: 'Samsung',
    tags: ['phone', 'android', 'premium'],
    description: 'Bright display and long battery life.',
    categories: ['smartphones'],
    status: 'ACTIVE',
    variants: [
      v(79900, 10, { options: [{ name: 'Color', value: 'Black' }] }),
      v(89900, 2, { options: [{ name: 'Color', value: 'Violet' }] }),
    ],
    rating: 4.5,
    ratingCount: 80,
    unitsSold: 250,
    createdDay: 10,
  },
  {
    key: 'galaxyA15',
    title: 'Samsung Galaxy A15',
    brand: 'Samsung',
    tags: ['phone', 'android', 'budget'],
    description: 'Everyday smartphone with a big screen.',
    categories: ['smartphones'],
    status: 'ACTIVE',
    variants: [v(19900, 20)],
    rating: 3.5,
    ratingCount: 40,
    unitsSold: 250,
    createdDay: 7,
  },
  {
    key: 'nokia',
    title: 'Nokia 3310 Classic',
    brand: 'Nokia',
    tags: ['phone', 'budget'],
    description: 'The legendary handset with a week of standby.',
    categories: ['featurePhones'],
    status: 'ACTIVE',
    variants: [v(4999, 8)],
    rating: 3,
    ratingCount: 10,
    unitsSold: 40,
    createdDay: 3,
  },
  {
    key: 'flip',
    title: 'Retro Flip Phone',
    brand: 'Acme',
    tags: ['phone', 'budget', 'gift'],
    description: 'Big buttons and a loud ringer.',
    categories: ['featurePhones'],
    status: 'ACTIVE',
    variants: [
      v(2500, 3, { adjust: -3, options: [{ name: 'Color', value: 'Red' }] }),
      v(2999, 0, { options: [{ name: 'Color', value: 'Silver' }] }),
    ],
    rating: 2,
    ratingCount: 4,
    unitsSold: 0,
    createdDay: 1,
  },
  {
    key: 'airpods',
    title: 'Apple AirPods Pro',
    brand: 'Apple',
    tags: ['wireless', 'audio', 'premium'],
    description: 'Active noise cancellation and spatial sound.',
    categories: ['headphones'],
    status: 'ACTIVE',
    variants: [v(24900, 30)],
    rating: 4.5,
    ratingCount: 200,
    unitsSold: 500,
    createdDay: 10,
  },
  {
    key: 'sonyXm5',
    title: 'Sony WH-1000XM5 Wireless Headphones',
    brand: 'Sony',
    tags: ['wireless', 'audio'],
    description: 'Industry leading noise cancellation for travel.',
    categories: ['headphones'],
    status: 'ACTIVE',
    variants: [
      v(39999, 4, { compareAt: 44999, options: [{ name: 'Condition', value: 'New' }] }),
      v(34999, 0, { options: [{ name: 'Condition', value: 'Refurbished' }] }),
    ],
    rating: 4.75,
    ratingCount: 150,
    unitsSold: 500,
    createdDay: 7,
    publishLater: true,
  },
  {
    key: 'earbuds',
    title: 'Acme Wired Earbuds',
    brand: 'Acme',
    tags: ['audio', 'budget'],
    description: 'Tangle-free cable and an inline microphone.',
    categories: ['headphones'],
    status: 'ACTIVE',
    variants: [v(999, 100)],
    rating: 3,
    ratingCount: 20,
    unitsSold: 1000,
    createdDay: 3,
  },
  {
    key: 'speaker',
    title: 'Sony Portable Speaker',
    brand: 'Sony',
    tags: ['wireless', 'audio', 'outdoor'],
    description: 'Waterproof sound for the beach and the trail.',
    categories: ['speakers', 'camping'],
    status: 'ACTIVE',
    variants: [
      v(9999, 0, { options: [{ name: 'Color', value: 'Blue' }] }),
      v(12999, 3, { options: [{ name: 'Color', value: 'Orange' }] }),
    ],
    rating: 4,
    ratingCount: 30,
    unitsSold: 80,
    createdDay: 5,
  },
  {
    key: 'soundbar',
    title: 'Samsung Soundbar Q600',
    brand: 'Samsung',
    tags: ['audio', 'home-theater'],
    description: 'Cinematic sound for the living room.',
    categories: ['speakers'],
    status: 'ACTIVE',
    variants: [v(49999, 2), v(50000, 1)],
    rating: 0,
    ratingCount: 0,
    unitsSold: 0,
    createdDay: 5,
  },
  {
    key: 'skillet',
    title: 'Cast Iron Skillet',
    brand: 'Lodge',
    tags: ['cookware', 'gift'],
    description: 'Pre-seasoned pan that lasts for generations.',
    categories: ['cookware'],
    status: 'ACTIVE',
    variants: [
      v(2499, 12, { options: [{ name: 'Size', value: '10 in' }] }),
      v(3499, 6, { options: [{ name: 'Size', value: '12 in' }] }),
    ],
    rating: 4.75,
    ratingCount: 300,
    unitsSold: 900,
    createdDay: 1,
  },
  {
    key: 'skilletBudget',
    title: 'cast iron skillet',
    brand: 'Acme',
    tags: ['cookware', 'budget'],
    description: 'A plain pan at a plain price.',
    categories: ['cookware'],
    status: 'ACTIVE',
    variants: [v(1999, 0)],
    rating: 3.5,
    ratingCount: 12,
    unitsSold: 15,
    createdDay: 1,
    publishLater: true,
  },
  {
    key: 'dutchOven',
    title: 'Enameled Dutch Oven',
    brand: 'Lodge',
    tags: ['cookware', 'premium'],
    description: 'Slow cooking, braising and baking bread.',
    categories: ['cookware'],
    status: 'ACTIVE',
    variants: [v(9999, 3)],
    rating: 4.5,
    ratingCount: 60,
    unitsSold: 120,
    createdDay: 7,
  },
  {
    key: 'espresso',
    title: 'Espresso Machine Deluxe',
    brand: 'Breville',
    tags: ['coffee', 'premium'],
    description: 'Barista quality shots at home with a steam wand.',
    categories: ['coffee'],
    status: 'ACTIVE',
    variants: [v(59900, 2, { compareAt: 69900 })],
    rating: 4,
    ratingCount: 25,
    unitsSold: 40,
    createdDay: 10,
  },
  {
    key: 'grinder',
    title: 'Burr Coffee Grinder',
    brand: 'Breville',
    tags: ['coffee'],
    description: 'Grinds beans evenly, perfect for espresso and pour over.',
    categories: ['coffee'],
    status: 'ACTIVE',
    variants: [v(14999, 0), v(15999, 0, { adjust: 5 })],
    rating: 4,
    ratingCount: 25,
    unitsSold: 40,
    createdDay: 10,
  },
  {
    key: 'kettle',
    title: 'Gooseneck Kettle',
    brand: 'Acme',
    tags: ['coffee', 'gift'],
    description: 'Precise pouring with a temperature display.',
    categories: ['coffee', 'kitchen'],
    status: 'ACTIVE',
    variants: [v(4999, 7), v(5000, 7)],
    rating: 3,
    ratingCount: 8,
    unitsSold: 80,
    createdDay: 5,
  },
  {
    key: 'mugs',
    title: 'Ceramic Mug Set',
    brand: null,
    tags: ['gift', 'kitchen'],
    description: 'Four stoneware mugs, dishwasher safe.',
    categories: ['kitchen'],
    status: 'ACTIVE',
    variants: [v(2500, 40)],
    rating: 0,
    ratingCount: 0,
    unitsSold: 15,
    createdDay: 3,
  },
  {
    key: 'hose',
    title: 'Garden Hose 50ft',
    brand: 'GreenThumb',
    tags: ['garden', 'outdoor'],
    description: 'Kink resistant with brass fittings.',
    categories: ['garden'],
    status: 'ACTIVE',
    variants: [v(3999, 0)],
    rating: 2.5,
    ratingCount: 6,
    unitsSold: 80,
    createdDay: 1,
  },
  {
    key: 'shears',
    title: 'Pruning Shears',
    brand: 'GreenThumb',
    tags: ['garden', 'gift'],
    description: 'Sharp bypass blades for roses and shrubs.',
    categories: ['garden'],
    status: 'ACTIVE',
    variants: [v(1999, 15)],
    rating: 4,
    ratingCount: 18,
    unitsSold: 120,
    createdDay: 3,
  },
  {
    key: 'tent2',
    title: 'Ultralight Tent 2P',
    brand: 'TrailCo',
    tags: ['camping', 'outdoor', 'premium'],
    description: 'Two person shelter under a kilo.',
    categories: ['tents'],
    status: 'ACTIVE',
    variants: [
      v(29999, 3, { options: [{ name: 'Color', value: 'Green' }] }),
      v(32999, 0, { options: [{ name: 'Color', value: 'Yellow' }] }),
    ],
    rating: 4.5,
    ratingCount: 33,
    unitsSold: 120,
    createdDay: 7,
  },
  {
    key: 'tent4',
    title: 'Family Tent 4P',
    brand: 'TrailCo',
    tags: ['camping', 'outdoor'],
    description: 'Room for four with a porch for boots.',
    categories: ['tents'],
    status: 'ACTIVE',
    variants: [v(24999, 0)],
    rating: 3.5,
    ratingCount: 9,
    unitsSold: 40,
    createdDay: 5,
  },
  {
    key: 'lantern',
    title: 'Camping Lantern',
    brand: 'TrailCo',
    tags: ['camping', 'outdoor', 'gift'],
    description: 'Rechargeable light with three modes.',
    categories: ['camping'],
    status: 'ACTIVE',
    variants: [v(2500, 9)],
    rating: 4,
    ratingCount: 14,
    unitsSold: 250,
    createdDay: 5,
  },
  {
    key: 'sleepingBag',
    title: 'Sleeping Bag',
    brand: 'trailco',
    tags: ['camping', 'outdoor'],
    description: 'Mummy shape rated to minus five degrees.',
    categories: ['camping'],
    status: 'ACTIVE',
    variants: [v(7999, 6)],
    rating: 3,
    ratingCount: 7,
    unitsSold: 0,
    createdDay: 1,
  },
  {
    key: 'headlamp',
    title: 'LED Headlamp',
    brand: 'TrailCo',
    tags: ['camping', 'outdoor'],
    description: 'Hands free light for night hikes.',
    categories: ['outdoor'],
    status: 'ACTIVE',
    variants: [v(1999, 0), v(2499, 20)],
    rating: 1.5,
    ratingCount: 3,
    unitsSold: 15,
    createdDay: 3,
  },
  {
    key: 'charger',
    title: 'USB-C Charger',
    brand: 'Anker',
    tags: ['accessory', 'phone'],
    description: 'Fast charging brick with a folding plug.',
    categories: ['phones'],
    status: 'ACTIVE',
    variants: [v(1999, 50)],
    rating: 4.5,
    ratingCount: 70,
    unitsSold: 1000,
    createdDay: 10,
  },
  {
    key: 'cable',
    title: 'Braided USB-C Cable',
    brand: 'Anker',
    tags: ['accessory'],
    description: 'Two meters of nylon braid.',
    categories: ['phones'],
    status: 'ACTIVE',
    variants: [v(999, 0)],
    rating: 4,
    ratingCount: 45,
    unitsSold: 900,
    createdDay: 10,
  },
  {
    key: 'giftCard',
    title: 'Store Gift Card',
    brand: null,
    tags: ['gift'],
    description: 'Delivered by email, never expires.',
    categories: [],
    status: 'ACTIVE',
    variants: [
      v(2500, 999, { options: [{ name: 'Value', value: '25' }] }),
      v(5000, 999, { options: [{ name: 'Value', value: '50' }] }),
      v(10000, 999, { options: [{ name: 'Value', value: '100' }] }),
    ],
    rating: 0,
    ratingCount: 0,
    unitsSold: 0,
    createdDay: 0,
  },
  {
    key: 'watch',
    title: 'Smart Watch Series X',
    brand: 'Apple',
    tags: ['wireless', 'premium'],
    description: 'Health tracking on your wrist.',
    categories: ['electronics'],
    status: 'ACTIVE',
    variants: [
      v(39900, 5, { options: [{ name: 'Size', value: '41 mm' }] }),
      v(42900, 5, { options: [{ name: 'Size', value: '45 mm' }] }),
      v(74900, 1, { compareAt: 79900, options: [{ name: 'Size', value: '49 mm' }] }),
      v(79900, 0, { compareAt: 84900, options: [{ name: 'Size', value: 'Titanium' }] }),
    ],
    rating: 4.25,
    ratingCount: 40,
    unitsSold: 120,
    createdDay: 7,
  },
  // Hidden products: top ratings, sales and newest dates, so a leak shows in every sort.
  {
    key: 'draftPhone',
    title: 'Apple iPhone 16 Prototype',
    brand: 'Apple',
    tags: ['phone', 'ios', 'gift'],
    description: 'Unreleased wireless espresso skillet.',
    categories: ['smartphones'],
    status: 'DRAFT',
    variants: [v(129900, 5)],
    rating: 5,
    ratingCount: 1,
    unitsSold: 5000,
    createdDay: 20,
  },
  {
    key: 'draftSpeaker',
    title: 'Phantom Speaker',
    brand: 'Phantom',
    tags: ['audio', 'wireless'],
    description: 'Not announced yet.',
    categories: ['speakers'],
    status: 'DRAFT',
    variants: [v(999, 5)],
    rating: 5,
    ratingCount: 1,
    unitsSold: 5000,
    createdDay: 20,
  },
  {
    key: 'draftGnome',
    title: 'Garden Gnome',
    brand: 'GreenThumb',
    tags: ['garden', 'gift'],
    description: 'A gnome for the garden.',
    categories: ['garden'],
    status: 'DRAFT',
    variants: [v(1500, 4)],
    rating: 5,
    ratingCount: 1,
    unitsSold: 5000,
    createdDay: 20,
  },
  {
    key: 'archivedGalaxy',
    title: 'Samsung Galaxy S20',
    brand: 'Samsung',
    tags: ['phone', 'android'],
    description: 'Last generation flagship.',
    categories: ['smartphones'],
    status: 'ARCHIVED',
    variants: [v(29900, 3)],
    rating: 5,
    ratingCount: 1,
    unitsSold: 5000,
    createdDay: 20,
  },
  {
    key: 'archivedTent',
    title: 'Vintage Canvas Tent',
    brand: 'Vintage',
    tags: ['camping', 'gift'],
    description: 'Heavy cotton canvas.',
    categories: ['tents'],
    status: 'ARCHIVED',
    variants: [v(19999, 1)],
    rating: 5,
    ratingCount: 1,
    unitsSold: 5000,
    createdDay: 20,
  },
  {
    key: 'archivedHub',
    title: 'Smart Hub',
    brand: 'Acme',
    tags: ['home'],
    description: 'Controls lights and plugs.',
    categories: ['smartHome'],
    status: 'ARCHIVED',
    variants: [v(4999, 3)],
    rating: 5,
    ratingCount: 1,
    unitsSold: 5000,
    createdDay: 20,
  },
];

// ---- building ----

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

const ERRORS = 'errors { field code message }';
export const CATEGORY_CREATE = `mutation($input: CategoryCreateInput!) {
  categoryCreate(input: $input) { category { id slug position } ${ERRORS} }
}`;
export const PRODUCT_CREATE = `mutation($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id slug status variants { id sku } } ${ERRORS} }
}`;
export const PRODUCT_UPDATE = `mutation($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { id status } ${ERRORS} }
}`;
export const INVENTORY_ADJUST = `mutation($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) { variant { id quantityAvailable } ${ERRORS} }
}`;

const DAY_MS = 86_400_000;
export const EPOCH = Date.UTC(2024, 0, 1);
export const createdAtOf = (day: number) => new Date(EPOCH + day * DAY_MS);

/** Formats minor units as the API does ("12.50"). */
export function amount(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Parses a decimal such as "12.5" into minor units (test-side, string based). */
export function cents(decimal: string): number {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export async function createCategories(admin: GqlClient, specs: CategorySpec[]): Promise<BuiltCategory[]> {
  const built: BuiltCategory[] = [];
  for (const spec of specs) {
    const parentId = spec.parent ? built.find((c) => c.key === spec.parent)?.id : undefined;
    if (spec.parent && !parentId) throw new Error(`parent ${spec.parent} of ${spec.key} not created yet`);
    const data = await admin.ok(CATEGORY_CREATE, {
      input: {
        name: spec.name,
        slug: spec.slug,
        ...(parentId ? { parentId } : {}),
        ...(spec.position !== undefined ? { position: spec.position } : {}),
      },
    });
    const payload = data.categoryCreate;
    if (payload.errors.length)
      throw new Error(`categoryCreate ${spec.key}: ${JSON.stringify(payload.errors)}`);
    built.push({ ...spec, id: payload.category.id });
  }
  return built;
}

/**
 * Creates one product through the admin API, reaching its spec'd status and stock, then writes
 * the aggregates no API sets yet (rating, units sold, creation time) directly.
 */
export async function createProduct(
  t: TestApp,
  admin: GqlClient,
  spec: ProductSpec,
  categoryIds: Record<string, string>,
  skuPrefix = '',
): Promise<BuiltProduct> {
  const initialStatus = spec.status === 'DRAFT' || spec.publishLater ? undefined : 'ACTIVE';
  const skus = spec.variants.map((_, i) => `${skuPrefix}${spec.key}-${i + 1}`.toUpperCase());
  const data = await admin.ok(PRODUCT_CREATE, {
    input: {
      title: spec.title,
      description: spec.description,
      ...(spec.brand !== null ? { brand: spec.brand } : {}),
      tags: spec.tags,
      ...(initialStatus ? { status: initialStatus } : {}),
      categoryIds: spec.categories.map((key) => {
        const id = categoryIds[key];
        if (!id) throw new Error(`unknown category ${key}`);
        return id;
      }),
      variants: spec.variants.map((variant, i) => ({
        sku: skus[i],
        price: amount(variant.price),
        ...(variant.compareAt !== undefined ? { compareAtPrice: amount(variant.compareAt) } : {}),
        stock: variant.stock,
        ...(variant.options ? { options: variant.options } : {}),
      })),
    },
  });
  const payload = data.productCreate;
  if (payload.errors.length) throw new Error(`productCreate ${spec.key}: ${JSON.stringify(payload.errors)}`);
  const product = payload.product;
  if (spec.status !== 'DRAFT' && product.status !== spec.status) {
    const update = await admin.ok(PRODUCT_UPDATE, { input: { id: product.id, status: spec.status } });
    if (update.productUpdate.errors.length || update.productUpdate.product.status !== spec.status)
      throw new Error(`productUpdate ${spec.key}: ${JSON.stringify(update.productUpdate.errors)}`);
  }
  const variants: BuiltVariant[] = [];
  for (const [i, variant] of spec.variants.entries()) {
    const created = product.variants[i];
    if (!created || created.sku !== skus[i]) throw new Error(`variant ${i} of ${spec.key} missing`);
    if (variant.adjust) {
      const adjusted = await admin.ok(INVENTORY_ADJUST, {
        input: { variantId: created.id, delta: variant.adjust, reason: 'ADJUSTMENT', note: 'fixture' },
      });
      const result = adjusted.inventoryAdjust;
      if (result.errors.length)
        throw new Error(`inventoryAdjust ${spec.key}: ${JSON.stringify(result.errors)}`);
      if (result.variant.quantityAvailable !== variant.stock + variant.adjust)
        throw new Error(`inventoryAdjust ${spec.key}: unexpected stock ${result.variant.quantityAvailable}`);
    }
    variants.push({
      ...variant,
      id: created.id,
      sku: created.sku,
      finalStock: variant.stock + (variant.adjust ?? 0),
    });
  }
  const createdAt = createdAtOf(spec.createdDay);
  await t.database.db
    .update(productsTable)
    .set({
      ratingAverage: spec.rating,
      ratingCount: spec.ratingCount,
      unitsSold: spec.unitsSold,
      createdAt,
    })
    .where(eq(productsTable.id, product.id));
  return { ...spec, id: product.id, slug: product.slug, variants, createdAt };
}

export function makeCatalog(categories: BuiltCategory[], products: BuiltProduct[]): Catalog {
  const categoryByKey = new Map(categories.map((c) => [c.key, c]));
  const productByKey = new Map(products.map((p) => [p.key, p]));
  const productById = new Map(products.map((p) => [p.id, p]));
  const get = <T>(map: Map<string, T>, key: string, what: string): T => {
    const found = map.get(key);
    if (!found) throw new Error(`no ${what} ${key}`);
    return found;
  };
  return {
    categories,
    products,
    category: (key) => get(categoryByKey, key, 'category'),
    product: (key) => get(productByKey, key, 'product'),
    byId: (id) => get(productById, id, 'product id'),
    withDescendants(key) {
      const result = [key];
      for (let i = 0; i < result.length; i += 1)
        for (const child of categories) if (child.parent === result[i]) result.push(child.key);
      return result;
    },
    active: () => products.filter((p) => p.status === 'ACTIVE'),
  };
}

/** Builds the whole fixture catalog (categories, then products in spec order). */
export async function buildCatalog(t: TestApp, admin: SignedIn): Promise<Catalog> {
  const categories = await createCategories(admin.client, CATEGORY_SPECS);
  const categoryIds = Object.fromEntries(categories.map((c) => [c.key, c.id]));
  const products: BuiltProduct[] = [];
  for (const spec of PRODUCT_SPECS) products.push(await createProduct(t, admin.client, spec, categoryIds));
  return makeCatalog(categories, products);
}

export interface Storefront {
  t: TestApp;
  admin: SignedIn;
  catalog: Catalog;
  /** An anonymous client. */
  anon: GqlClient;
}

/** A fresh app with the fixture catalog: the setup of every storefront suite (close `t` after). */
export async function startStorefront(): Promise<Storefront> {
  const t = await startTestApp();
  const admin = await adminClient(t);
  const catalog = await buildCatalog(t, admin);
  return { t, admin, catalog, anon: t.client() };
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

// ---- GraphQL ----

export const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

export const PRODUCTS = `query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String, $last: Int, $before: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount ${PAGE_INFO}
    edges { cursor node { id title } }
  }
}`;

export const FACETS_FIELDS = `facets {
  categories { category { id slug name } count }
  brands { value count }
  priceBuckets { min { amount currencyCode } max { amount currencyCode } count }
  ratings { minRating count }
  inStock
}`;

export interface PageResult {
  ids: string[];
  cursors: string[];
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export async function productsPage(
  client: GqlClient,
  variables: { filter?: Filter; sort?: Sort; first?: number; after?: string; last?: number; before?: string },
): Promise<PageResult> {
  const data = await client.ok(PRODUCTS, variables);
  const connection = data.products;
  return {
    ids: connection.edges.map((e: any) => e.node.id),
    cursors: connection.edges.map((e: any) => e.cursor),
    totalCount: connection.totalCount,
    pageInfo: connection.pageInfo,
  };
}

/** The whole listing in one page (the fixture has fewer than 100 products). */
export async function listAll(client: GqlClient, filter: Filter = {}, sort?: Sort): Promise<string[]> {
  const page = await productsPage(client, { filter, ...(sort ? { sort } : {}), first: 100 });
  expect(page.pageInfo.hasNextPage).toBe(false);
  expect(page.totalCount).toBe(page.ids.length);
  return page.ids;
}

/** Keys of the products with these ids, sorted (for set comparisons). */
export const keysOf = (catalog: Catalog, ids: string[]) => ids.map((id) => catalog.byId(id).key).sort();

/** The top-level error code of a response that must have failed. */
export function errorCode(result: GqlResponse): string | undefined {
  expect(result.errors, 'expected a top-level error').toBeDefined();
  return result.errors?.[0]?.extensions?.code;
}
