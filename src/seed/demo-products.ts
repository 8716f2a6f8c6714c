import { normalizeTags, slugify } from '../modules/catalog/catalog.rules.js';
import type { ProductStatus, TaxClass, VariantOption } from '../modules/catalog/catalog.tables.js';
import {
  CATALOG,
  COLOURS,
  type GroupSpec,
  type LeafSpec,
  LINES,
  MODEL_SUFFIXES,
  type RootSpec,
  SIZE_SCALES,
} from './demo-catalog-vocabulary.js';
import { between, createRng, mixSeed, pick, pickSome } from './seeded-random.js';

/**
 * The demo catalog as plain data: its category tree and product number i for a seed, each a
 * pure function of its arguments (no database).
 */

export interface DemoCategory {
  /** Unique slug; also the key products refer to. */
  slug: string;
  name: string;
  description: string;
  parentSlug: string | null;
  position: number;
  depth: 0 | 1 | 2;
}

export interface DemoVariant {
  skuBase: string;
  title: string;
  options: VariantOption[];
  price: number;
  compareAtPrice: number | null;
  stock: number;
  weightGrams: number;
}

export interface DemoProduct {
  /** Position in the generated sequence (the PRNG stream of this product). */
  index: number;
  title: string;
  description: string;
  brand: string | null;
  tags: string[];
  status: ProductStatus;
  taxClass: TaxClass;
  ratingAverage: number;
  ratingCount: number;
  unitsSold: number;
  createdAt: Date;
  /** Slugs of 1 or 2 leaf categories, the first being the one the product was made from. */
  categorySlugs: string[];
  variants: DemoVariant[];
  /** Placeholder image colour and text. */
  image: { colour: string; initials: string };
}

interface LeafEntry {
  root: RootSpec;
  group: GroupSpec;
  spec: LeafSpec;
  slug: string;
}

const LEAVES: readonly LeafEntry[] = CATALOG.flatMap((root) =>
  root.groups.flatMap((group) =>
    group.leaves.map((spec) => ({ root, group, spec, slug: slugify(spec.name) })),
  ),
);

/** The 3-level category tree, parents before children. */
export function demoCategories(): DemoCategory[] {
  const result: DemoCategory[] = [];
  CATALOG.forEach((root, r) => {
    const rootSlug = slugify(root.name);
    result.push({
      slug: rootSlug,
      name: root.name,
      description: root.description,
      parentSlug: null,
      position: r,
      depth: 0,
    });
    root.groups.forEach((group, g) => {
      const groupSlug = slugify(group.name);
      result.push({
        slug: groupSlug,
        name: group.name,
        description: `${group.name}: ${group.leaves.map((l) => l.name.toLowerCase()).join(', ')}.`,
        parentSlug: rootSlug,
        position: g,
        depth: 1,
      });
      group.leaves.forEach((spec, l) => {
        result.push({
          slug: slugify(spec.name),
          name: spec.name,
          description: `${spec.nouns.join(', ')} and more from ${root.brands.slice(0, 3).join(', ')}.`,
          parentSlug: groupSlug,
          position: l,
          depth: 2,
        });
      });
    });
  });
  return result;
}

/** A price in minor units with the product's ending: .99 (mostly), .50 or .00. */
function retailPrice(units: number, ending: number): number {
  const whole = Math.max(1, Math.round(units));
  if (ending < 0.7) return whole * 100 - 1;
  if (ending < 0.85) return whole * 100 - 50;
  return whole * 100;
}

const DAY_MS = 86_400_000;

/**
 * Product number `index` of the demo catalog for `seed`: a pure function, so a run may start
 * at any index (seeding more later) and the same seed always gives the same product.
 */
export function generateDemoProduct(seed: number, index: number, now: Date): DemoProduct {
  const rng = createRng(mixSeed(seed, index));
  const entry = pick(rng, LEAVES);
  const { root, group, spec } = entry;

  const line = pick(rng, LINES);
  const feature = rng() < 0.75 ? pick(rng, group.features) : null;
  const noun = pick(rng, spec.nouns);
  const suffix = rng() < 0.12 ? pick(rng, MODEL_SUFFIXES) : null;
  const title = [line, feature, noun, suffix].filter(Boolean).join(' ');
  const brand = rng() < 0.97 ? pick(rng, root.brands) : null;

  const roll = rng();
  const status: ProductStatus = roll < 0.9 ? 'ACTIVE' : roll < 0.96 ? 'DRAFT' : 'ARCHIVED';
  // Older products have had more time to sell and be reviewed.
  const ageDays = rng() * 365;
  const createdAt = new Date(now.getTime() - Math.round(ageDays * DAY_MS));
  const exposure = 0.25 + ageDays / 365;

  let ratingCount = 0;
  let ratingAverage = 0;
  let unitsSold = 0;
  if (status !== 'DRAFT') {
    unitsSold = Math.floor(rng() ** 3 * 4000 * exposure);
    if (rng() < 0.8) {
      ratingCount = Math.max(1, Math.floor(Math.exp(rng() * Math.log(600)) * exposure));
      const bell = rng() + rng() + rng() - 1.5; // -1.5 .. 1.5, centred
      ratingAverage = Math.round(Math.min(5, Math.max(1, 4.2 + bell * 1.1)) * 100) / 100;
    }
  }

  // Variants: option values, prices, stock.
  const variantCount = pick(rng, [1, 1, 2, 2, 3, 3, 4, 4, 4]);
  const base = Math.exp(
    Math.log(spec.price[0]) + rng() * (Math.log(spec.price[1]) - Math.log(spec.price[0])),
  );
  const onSale = status === 'ACTIVE' && rng() < 0.22;
  const saleFactor = 1.15 + rng() * 0.35;
  const outOfStock = rng() < 0.08;
  const weight = between(rng, spec.weight[0], spec.weight[1]);
  const priceEnding = rng();
  // Beauty products come in sizes only, dumbbells in weights only; the rest have colours.
  const coloured = spec.options !== 'ml' && spec.options !== 'kg';
  const colours = pickSome(rng, COLOURS, spec.options === 'colour' ? variantCount : variantCount > 2 ? 2 : 1);
  const scale = SIZE_SCALES[spec.options];
  let combos: { options: VariantOption[]; step: number }[];
  if (spec.options === 'colour') {
    combos = colours.map((c) => ({ options: [{ name: 'Colour', value: c.name }], step: 0 }));
  } else {
    const perColour = coloured ? Math.ceil(variantCount / colours.length) : variantCount;
    const start = between(rng, 0, Math.max(0, scale.values.length - perColour));
    const sizes = scale.values.slice(start, start + perColour);
    const sized = (size: string, s: number, colour?: string) => ({
      options: [{ name: scale.name, value: size }, ...(colour ? [{ name: 'Colour', value: colour }] : [])],
      step: start + s,
    });
    combos = coloured
      ? colours.flatMap((c) => sizes.map((size, s) => sized(size, s, c.name)))
      : sizes.map((size, s) => sized(size, s));
  }
  const used = new Set<string>();
  const variantList: DemoVariant[] = combos.slice(0, variantCount).map((combo) => {
    const price = retailPrice(base * (1 + scale.priceStep * combo.step), priceEnding);
    const stock = outOfStock || rng() < 0.12 ? 0 : Math.floor(rng() ** 2 * 150) + 1;
    const code = combo.options
      .map((o) => o.value.replace(/[^A-Za-z0-9]/g, '').slice(0, o.name === 'Colour' ? 3 : 6))
      .join('-')
      .toUpperCase();
    let skuBase = code || 'STD';
    for (let n = 2; used.has(skuBase); n += 1) skuBase = `${code}${n}`;
    used.add(skuBase);
    return {
      skuBase,
      title: combo.options.map((o) => o.value).join(' / '),
      options: combo.options,
      price,
      compareAtPrice: onSale ? Math.round((price * saleFactor) / 100) * 100 : null,
      stock,
      weightGrams: Math.round(weight * (1 + 0.06 * combo.step)),
    };
  });

  // Categories: the leaf the product comes from, sometimes a neighbouring leaf of the same group.
  const categorySlugs = [entry.slug];
  if (rng() < 0.25) {
    const sibling = pick(
      rng,
      LEAVES.filter((l) => l.group === group && l.slug !== entry.slug),
    );
    categorySlugs.push(sibling.slug);
  }

  const tags = normalizeTags([
    ...pickSome(rng, spec.tags, between(rng, 1, spec.tags.length)),
    ...(feature ? [slugify(feature)] : []),
    ...(ageDays < 30 ? ['new'] : []),
    ...(onSale ? ['sale'] : []),
    ...(unitsSold > 1500 ? ['bestseller'] : []),
    ...(feature && /organic|recycled|linen|cork|bamboo/i.test(feature) ? ['eco'] : []),
    ...(rng() < 0.1 ? ['gift-idea'] : []),
  ]);

  const fill = (template: string) =>
    template.replaceAll('{title}', title).replaceAll('{brand}', brand ?? 'our studio');
  const description = [
    fill(pick(rng, root.openers)),
    feature
      ? `${feature} ${noun.toLowerCase()} in ${variantList.length > 1 ? `${variantList.length} options` : 'one classic option'}.`
      : `Available in ${variantList.length > 1 ? `${variantList.length} options` : 'one classic option'}.`,
    pick(rng, root.details),
  ].join(' ');

  const words = title.split(' ');
  const initials = `${words[0]?.[0] ?? ''}${words[1]?.[0] ?? ''}`.toUpperCase();
  return {
    index,
    title,
    description,
    brand,
    tags,
    status,
    taxClass: spec.name.startsWith('Kids') ? 'ZERO' : root.taxClass,
    ratingAverage,
    ratingCount,
    unitsSold,
    createdAt,
    categorySlugs,
    variants: variantList,
    image: { colour: colours[0]?.hex ?? '#6d7b8d', initials },
  };
}

/** Products `start` .. `start + n - 1` of the demo catalog for `seed`. */
export function generateDemoProducts(seed: number, n: number, now: Date, start = 0): DemoProduct[] {
  return Array.from({ length: n }, (_, i) => generateDemoProduct(seed, start + i, now));
}
