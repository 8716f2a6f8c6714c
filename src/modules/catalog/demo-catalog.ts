import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { count, inArray, sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Database, Executor } from '../../db/client.js';
import { normalizeTags, slugify, uniqueSlug } from './catalog.rules.js';
import {
  categories,
  type ImageRendition,
  type ProductStatus,
  productCategories,
  productImages,
  products,
  stockMovements,
  type TaxClass,
  type VariantOption,
  variants,
} from './catalog.tables.js';

/**
 * A deterministic demo catalog: a 3-level category tree, brands, and products with variants,
 * stock (with its ledger), ratings, sales and optional placeholder images. The same seed gives
 * the same catalog (titles, prices, stock...); only database ids and timestamps' anchor (`now`)
 * differ between runs. Used by `npm run seed`, the first start of the embedded database, the
 * benchmarks and tests. No GraphQL imports.
 */

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for demo data. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed and an index into one 32-bit seed, so product i does not depend on products before it. */
function mixSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
/** `count` distinct items in their original order. */
function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const indexes = new Set<number>();
  while (indexes.size < Math.min(n, items.length)) indexes.add(Math.floor(rng() * items.length));
  return [...indexes].sort((a, b) => a - b).map((i) => items[i] as T);
}

// ---------------------------------------------------------------------------------------------
// The catalog's vocabulary

type OptionKind = 'apparel' | 'kids' | 'shoe' | 'colour' | 'cm' | 'ml' | 'bedding' | 'kg';

interface LeafSpec {
  name: string;
  code: string;
  nouns: readonly string[];
  options: OptionKind;
  /** Base price range in whole currency units. */
  price: readonly [number, number];
  /** Weight range in grams. */
  weight: readonly [number, number];
  tags: readonly string[];
}

interface GroupSpec {
  name: string;
  /** Words placed before the noun: materials or features ("Merino", "Wireless"). */
  features: readonly string[];
  leaves: readonly LeafSpec[];
}

interface RootSpec {
  name: string;
  description: string;
  brands: readonly string[];
  taxClass: TaxClass;
  openers: readonly string[];
  details: readonly string[];
  groups: readonly GroupSpec[];
}

const leaf = (
  name: string,
  code: string,
  nouns: readonly string[],
  options: OptionKind,
  price: readonly [number, number],
  weight: readonly [number, number],
  tags: readonly string[],
): LeafSpec => ({ name, code, nouns, options, price, weight, tags });

// biome-ignore format: one leaf per line reads as a table
const CATALOG: readonly RootSpec[] = [
  {
    name: 'Clothing',
    description: 'Everyday wear and wardrobe staples for women, men and kids.',
    brands: ['Northwind Apparel', 'Loom & Thread', 'Harbor Row', 'Fjellstad', 'Little Wren'],
    taxClass: 'STANDARD',
    openers: [
      'The {title} is cut for everyday comfort and a clean, modern silhouette.',
      'A wardrobe staple from {brand}: the {title} pairs with almost anything.',
      'Made to be worn often, the {title} keeps its shape wash after wash.',
      'The {title} from {brand} brings relaxed tailoring to your everyday rotation.',
    ],
    details: [
      'Pre-washed for softness and sized true to fit.',
      'Finished with reinforced seams and tonal stitching.',
      'Machine washable at 30 °C; dry flat to keep its shape.',
      'Responsibly made in a family-run mill.',
    ],
    groups: [
      {
        name: "Women's Clothing",
        features: ['Merino', 'Linen', 'Organic Cotton', 'Cashmere Blend', 'Ribbed', 'Relaxed'],
        leaves: [
          leaf('Dresses', 'DRS', ['Wrap Dress', 'Midi Dress', 'Shirt Dress', 'Slip Dress'], 'apparel', [39, 149], [250, 500], ['dress', 'womens']),
          leaf('Knitwear', 'KNT', ['Crew Sweater', 'Cardigan', 'Turtleneck', 'Knit Vest'], 'apparel', [49, 189], [300, 650], ['knitwear', 'womens']),
          leaf("Women's Coats", 'WCT', ['Wool Coat', 'Trench Coat', 'Puffer Jacket', 'Parka'], 'apparel', [89, 349], [800, 1600], ['coat', 'womens', 'outerwear']),
        ],
      },
      {
        name: "Men's Clothing",
        features: ['Oxford', 'Linen', 'Organic Cotton', 'Stretch', 'Brushed', 'Merino'],
        leaves: [
          leaf('Shirts', 'SHT', ['Button-Down Shirt', 'Overshirt', 'Polo Shirt', 'Flannel Shirt'], 'apparel', [35, 119], [200, 420], ['shirt', 'mens']),
          leaf('Chinos & Trousers', 'TRS', ['Chinos', 'Pleated Trousers', 'Cargo Pants', 'Drawstring Trousers'], 'apparel', [45, 139], [380, 700], ['trousers', 'mens']),
          leaf("Men's Jackets", 'MJK', ['Field Jacket', 'Bomber Jacket', 'Rain Shell', 'Quilted Jacket'], 'apparel', [79, 299], [600, 1400], ['jacket', 'mens', 'outerwear']),
        ],
      },
      {
        name: "Kids' Clothing",
        features: ['Organic Cotton', 'Striped', 'Fleece', 'Recycled', 'Jersey'],
        leaves: [
          leaf("Kids' T-Shirts", 'KTS', ['T-Shirt', 'Long-Sleeve Tee', 'Graphic Tee'], 'kids', [12, 29], [90, 160], ['kids', 't-shirt']),
          leaf("Kids' Pyjamas", 'KPJ', ['Pyjama Set', 'Sleepsuit', 'Onesie'], 'kids', [19, 45], [180, 320], ['kids', 'sleepwear']),
          leaf("Kids' Rainwear", 'KRW', ['Rain Jacket', 'Puddle Suit', 'Rain Poncho'], 'kids', [29, 69], [250, 500], ['kids', 'rainwear', 'outerwear']),
        ],
      },
    ],
  },
  {
    name: 'Shoes',
    description: 'Running shoes, everyday sneakers and boots for every season.',
    brands: ['Stride Lab', 'Pacer', 'Fjellstad', 'Cobbler & Finch'],
    taxClass: 'STANDARD',
    openers: [
      'The {title} is built for miles of comfort from the first wear.',
      '{brand} designed the {title} for all-day support and a natural stride.',
      'Light underfoot and grippy on the go: meet the {title}.',
      'The {title} balances cushioning and stability for daily use.',
    ],
    details: [
      'A removable footbed lets you use your own insoles.',
      'The rubber outsole grips on wet and dry ground.',
      'Runs true to size; go half a size up between sizes.',
      'Breathable lining keeps feet cool and dry.',
    ],
    groups: [
      {
        name: 'Running Shoes',
        features: ['Knit', 'Mesh', 'Carbon', 'Cushioned', 'Lightweight', 'Responsive'],
        leaves: [
          leaf('Road Running', 'RRN', ['Running Shoe', 'Daily Trainer', 'Tempo Shoe'], 'shoe', [79, 189], [480, 700], ['running', 'road']),
          leaf('Trail Running', 'TRN', ['Trail Shoe', 'Trail Runner', 'Mountain Runner'], 'shoe', [89, 199], [520, 780], ['running', 'trail']),
          leaf('Racing Flats', 'RFL', ['Racing Flat', 'Race Shoe', 'Spike'], 'shoe', [99, 259], [300, 450], ['running', 'racing']),
        ],
      },
      {
        name: 'Casual Shoes',
        features: ['Canvas', 'Suede', 'Leather', 'Recycled', 'Classic', 'Low-Top'],
        leaves: [
          leaf('Sneakers', 'SNK', ['Sneaker', 'Court Shoe', 'High-Top'], 'shoe', [59, 149], [600, 900], ['sneakers', 'casual']),
          leaf('Loafers', 'LOF', ['Loafer', 'Penny Loafer', 'Driving Shoe'], 'shoe', [79, 199], [550, 850], ['loafers', 'casual']),
          leaf('Sandals', 'SND', ['Sandal', 'Slide', 'Sport Sandal'], 'shoe', [29, 99], [250, 500], ['sandals', 'summer']),
        ],
      },
      {
        name: 'Boots',
        features: ['Waterproof', 'Leather', 'Insulated', 'Suede', 'Lugged'],
        leaves: [
          leaf('Hiking Boots', 'HKB', ['Hiking Boot', 'Trekking Boot', 'Approach Boot'], 'shoe', [119, 279], [900, 1500], ['boots', 'hiking', 'outdoor']),
          leaf('Chelsea Boots', 'CHB', ['Chelsea Boot', 'Ankle Boot'], 'shoe', [99, 249], [800, 1200], ['boots', 'casual']),
          leaf('Winter Boots', 'WNB', ['Snow Boot', 'Winter Boot', 'Duck Boot'], 'shoe', [89, 229], [1000, 1700], ['boots', 'winter']),
        ],
      },
    ],
  },
  {
    name: 'Home & Kitchen',
    description: 'Cookware, tableware and bedding for a home that works hard and looks good.',
    brands: ['Hearth & Co.', 'Maison Verde', 'Oakline', 'Little Wren'],
    taxClass: 'STANDARD',
    openers: [
      'The {title} from {brand} is made for everyday cooking and years of use.',
      'Simple, sturdy and good-looking: the {title} earns its place in any home.',
      'The {title} turns daily routines into small pleasures.',
      '{brand} made the {title} to be used every day and handed down.',
    ],
    details: [
      'Dishwasher safe; hand washing keeps it looking new longer.',
      'Designed in our studio and made by a small workshop.',
      'Backed by a 10-year warranty.',
      'Packed plastic-free in recycled cardboard.',
    ],
    groups: [
      {
        name: 'Cookware',
        features: ['Cast Iron', 'Stainless Steel', 'Nonstick', 'Carbon Steel', 'Enamelled', 'Copper'],
        leaves: [
          leaf('Frying Pans', 'FRP', ['Skillet', 'Frying Pan', 'Saute Pan', 'Wok'], 'cm', [29, 149], [900, 2600], ['cookware', 'pan']),
          leaf('Saucepans', 'SCP', ['Saucepan', 'Milk Pan', 'Stockpot'], 'cm', [25, 129], [800, 2400], ['cookware', 'saucepan']),
          leaf('Dutch Ovens', 'DTO', ['Dutch Oven', 'Casserole', 'Braiser'], 'cm', [59, 329], [3000, 6500], ['cookware', 'oven-safe']),
        ],
      },
      {
        name: 'Tableware',
        features: ['Stoneware', 'Porcelain', 'Handmade', 'Speckled', 'Recycled Glass', 'Matte'],
        leaves: [
          leaf('Dinner Plates', 'PLT', ['Dinner Plate', 'Side Plate', 'Pasta Bowl', 'Serving Platter'], 'colour', [12, 59], [350, 1200], ['tableware', 'dining']),
          leaf('Mugs & Cups', 'MUG', ['Mug', 'Espresso Cup', 'Travel Mug', 'Latte Cup'], 'colour', [9, 35], [200, 450], ['tableware', 'coffee']),
          leaf('Glassware', 'GLS', ['Tumbler Set', 'Wine Glass Set', 'Carafe', 'Highball Glass Set'], 'colour', [15, 69], [400, 1400], ['tableware', 'glassware']),
        ],
      },
      {
        name: 'Bedding',
        features: ['Linen', 'Percale', 'Sateen', 'Organic Cotton', 'Waffle', 'Wool'],
        leaves: [
          leaf('Duvet Covers', 'DUV', ['Duvet Cover', 'Duvet Set', 'Sheet Set'], 'bedding', [59, 219], [900, 2200], ['bedding', 'bedroom']),
          leaf('Pillows', 'PIL', ['Pillow', 'Pillowcase Pair', 'Cushion'], 'colour', [19, 89], [300, 1200], ['bedding', 'bedroom']),
          leaf('Throws & Blankets', 'THR', ['Throw', 'Blanket', 'Bedspread'], 'colour', [39, 179], [700, 2000], ['bedding', 'living-room']),
        ],
      },
    ],
  },
  {
    name: 'Electronics',
    description: 'Audio, computer accessories and smart home devices.',
    brands: ['Voltaic', 'Lumen Audio', 'Quanta', 'Brightnest'],
    taxClass: 'STANDARD',
    openers: [
      'The {title} delivers big performance in a compact, well-made body.',
      '{brand} tuned the {title} for clarity, comfort and long battery life.',
      'Set up in minutes: the {title} just works with the devices you already own.',
      'The {title} is the upgrade your desk has been waiting for.',
    ],
    details: [
      'Includes a USB-C cable and a two-year warranty.',
      'Firmware updates add features over time.',
      'Pairs with two devices at once and switches automatically.',
      'Recycled aluminium and plastic-free packaging.',
    ],
    groups: [
      {
        name: 'Audio',
        features: ['Wireless', 'Noise-Cancelling', 'Studio', 'Portable', 'Waterproof', 'Hi-Fi'],
        leaves: [
          leaf('Headphones', 'HDP', ['Over-Ear Headphones', 'On-Ear Headphones', 'Studio Monitors'], 'colour', [49, 399], [180, 380], ['audio', 'headphones']),
          leaf('Bluetooth Speakers', 'SPK', ['Speaker', 'Party Speaker', 'Mini Speaker'], 'colour', [29, 299], [250, 2500], ['audio', 'speaker']),
          leaf('Earbuds', 'EBD', ['Earbuds', 'Sport Earbuds', 'True Wireless Earbuds'], 'colour', [29, 249], [40, 70], ['audio', 'earbuds']),
        ],
      },
      {
        name: 'Computer Accessories',
        features: ['Mechanical', 'Ergonomic', 'Wireless', 'Low-Profile', 'Compact', 'Aluminium'],
        leaves: [
          leaf('Keyboards', 'KBD', ['Keyboard', 'Tenkeyless Keyboard', 'Keypad'], 'colour', [39, 229], [450, 1100], ['computing', 'keyboard']),
          leaf('Mice', 'MSE', ['Mouse', 'Trackball', 'Vertical Mouse'], 'colour', [19, 129], [70, 180], ['computing', 'mouse']),
          leaf('Laptop Stands', 'LPS', ['Laptop Stand', 'Monitor Riser', 'Docking Stand'], 'colour', [29, 149], [600, 2200], ['computing', 'desk']),
        ],
      },
      {
        name: 'Smart Home',
        features: ['Smart', 'Wi-Fi', 'Voice-Controlled', 'Outdoor', 'Battery-Powered'],
        leaves: [
          leaf('Smart Lights', 'SLT', ['LED Bulb', 'Light Strip', 'Table Lamp', 'Light Panel'], 'colour', [15, 149], [60, 1200], ['smart-home', 'lighting']),
          leaf('Smart Plugs', 'SPL', ['Smart Plug', 'Power Strip', 'Energy Monitor'], 'colour', [12, 59], [60, 350], ['smart-home', 'energy']),
          leaf('Security Cameras', 'CAM', ['Security Camera', 'Video Doorbell', 'Indoor Camera'], 'colour', [39, 249], [150, 600], ['smart-home', 'security']),
        ],
      },
    ],
  },
  {
    name: 'Sports & Outdoors',
    description: 'Gear for camping, training and cycling.',
    brands: ['Summit Gear', 'Trailhead', 'Pacer', 'Velo District'],
    taxClass: 'STANDARD',
    openers: [
      'The {title} is trail-tested and ready for your next adventure.',
      'Built by {brand} for people who head out in any weather: the {title}.',
      'Pack it, use it, forget about it: the {title} simply keeps going.',
      'The {title} saves weight without cutting corners on durability.',
    ],
    details: [
      'Field-tested by our athletes over a full season.',
      'Repairable: spare parts are available for five years.',
      'Comes with a stuff sack and care instructions.',
      'Made with bluesign-approved materials.',
    ],
    groups: [
      {
        name: 'Camping',
        features: ['Ultralight', 'Insulated', '3-Season', 'Packable', 'Expedition'],
        leaves: [
          leaf('Tents', 'TNT', ['Tent', 'Backpacking Tent', 'Tarp Shelter'], 'colour', [99, 599], [900, 4500], ['camping', 'tent']),
          leaf('Sleeping Bags', 'SLB', ['Sleeping Bag', 'Quilt', 'Sleeping Pad'], 'colour', [59, 399], [400, 1800], ['camping', 'sleep']),
          leaf('Camping Stoves', 'STV', ['Camping Stove', 'Cook System', 'Pot Set'], 'colour', [29, 179], [150, 900], ['camping', 'cooking']),
        ],
      },
      {
        name: 'Fitness',
        features: ['Non-Slip', 'Adjustable', 'Cork', 'Heavy-Duty', 'Compact', 'Pro'],
        leaves: [
          leaf('Yoga Mats', 'YGM', ['Yoga Mat', 'Travel Mat', 'Yoga Block'], 'colour', [19, 119], [300, 2500], ['fitness', 'yoga']),
          leaf('Dumbbells', 'DMB', ['Dumbbell', 'Kettlebell', 'Hex Dumbbell'], 'kg', [15, 89], [2000, 12000], ['fitness', 'strength']),
          leaf('Resistance Bands', 'RBD', ['Resistance Band Set', 'Loop Band', 'Pull-Up Band'], 'colour', [9, 49], [100, 600], ['fitness', 'mobility']),
        ],
      },
      {
        name: 'Cycling',
        features: ['Aero', 'Reflective', 'Lightweight', 'Commuter', 'Gravel'],
        leaves: [
          leaf('Bike Helmets', 'HLM', ['Bike Helmet', 'Road Helmet', 'MIPS Helmet'], 'apparel', [49, 249], [250, 400], ['cycling', 'helmet', 'safety']),
          leaf('Bike Lights', 'BKL', ['Front Light', 'Rear Light', 'Light Set'], 'colour', [15, 129], [50, 250], ['cycling', 'lights', 'safety']),
          leaf('Cycling Jerseys', 'JRS', ['Cycling Jersey', 'Thermal Jersey', 'Gilet'], 'apparel', [45, 169], [120, 300], ['cycling', 'apparel']),
        ],
      },
    ],
  },
  {
    name: 'Beauty & Personal Care',
    description: 'Skincare, hair care and fragrance made with care.',
    brands: ['Botanica', 'Pure Ritual', 'Solenne', 'Maison Verde'],
    taxClass: 'REDUCED',
    openers: [
      'The {title} is a daily ritual your skin and senses will thank you for.',
      'Gentle, effective and made without harsh fillers: the {title} by {brand}.',
      'The {title} fits any routine in seconds.',
      '{brand} formulated the {title} with ingredients you can pronounce.',
    ],
    details: [
      'Dermatologically tested and suitable for sensitive skin.',
      'Vegan and cruelty-free, in a recyclable glass bottle.',
      'Fragrance notes of bergamot, cedar and soft musk.',
      'Refills are available to cut packaging waste.',
    ],
    groups: [
      {
        name: 'Skincare',
        features: ['Hydrating', 'Vitamin C', 'Hyaluronic', 'Rosehip', 'Niacinamide', 'Calming'],
        leaves: [
          leaf('Moisturisers', 'MST', ['Day Cream', 'Night Cream', 'Gel Moisturiser'], 'ml', [14, 69], [80, 260], ['skincare', 'moisturiser']),
          leaf('Cleansers', 'CLN', ['Cleanser', 'Cleansing Balm', 'Micellar Water'], 'ml', [9, 39], [80, 320], ['skincare', 'cleanser']),
          leaf('Serums', 'SRM', ['Serum', 'Face Oil', 'Booster Drops'], 'ml', [19, 89], [60, 180], ['skincare', 'serum']),
        ],
      },
      {
        name: 'Hair Care',
        features: ['Argan', 'Volumising', 'Repairing', 'Coconut', 'Sulphate-Free'],
        leaves: [
          leaf('Shampoo', 'SHP', ['Shampoo', 'Shampoo Bar', 'Clarifying Shampoo'], 'ml', [8, 32], [120, 520], ['hair-care', 'shampoo']),
          leaf('Conditioner', 'CND', ['Conditioner', 'Hair Mask', 'Leave-In Conditioner'], 'ml', [9, 36], [120, 520], ['hair-care', 'conditioner']),
          leaf('Hair Oils', 'HOL', ['Hair Oil', 'Scalp Serum', 'Shine Spray'], 'ml', [12, 45], [60, 200], ['hair-care', 'oil']),
        ],
      },
      {
        name: 'Fragrance',
        features: ['Amber', 'Cedar', 'Neroli', 'Vetiver', 'Fig', 'Sea Salt'],
        leaves: [
          leaf('Eau de Parfum', 'EDP', ['Eau de Parfum', 'Parfum Extrait'], 'ml', [49, 189], [150, 450], ['fragrance', 'perfume']),
          leaf('Eau de Toilette', 'EDT', ['Eau de Toilette', 'Cologne'], 'ml', [35, 119], [150, 450], ['fragrance', 'cologne']),
          leaf('Body Mists', 'BMS', ['Body Mist', 'Hair Mist', 'Room Spray'], 'ml', [15, 45], [100, 300], ['fragrance', 'body']),
        ],
      },
    ],
  },
];

/** Product lines: the first word of a title ("Aurora Running Shoe"). */
// biome-ignore format: a word list
const LINES = [
  'Aurora', 'Summit', 'Nimbus', 'Harbor', 'Vela', 'Ember', 'Drift', 'Alder', 'Cascade', 'Solstice',
  'Terra', 'Nova', 'Willow', 'Atlas', 'Breeze', 'Cobalt', 'Halcyon', 'Meridian', 'Orion', 'Sierra',
  'Juniper', 'Tundra', 'Fable', 'Lumen', 'Pioneer', 'Coastal', 'Heritage', 'Everyday', 'Voyager', 'Zenith',
  'Haven', 'Boreal', 'Cinder', 'Marlow', 'Ridge', 'Sable', 'Tempo', 'Arlo', 'Fjord', 'Kestrel',
] as const;

const MODEL_SUFFIXES = ['2', 'Pro', 'Lite', 'Plus', 'II', 'Max', 'Mini', 'SE'] as const;

const COLOURS = [
  { name: 'Black', hex: '#1f1f1f' },
  { name: 'White', hex: '#ececec' },
  { name: 'Navy', hex: '#1d3557' },
  { name: 'Charcoal', hex: '#36454f' },
  { name: 'Olive', hex: '#6b705c' },
  { name: 'Sand', hex: '#c2b280' },
  { name: 'Rust', hex: '#b7410e' },
  { name: 'Forest Green', hex: '#2d6a4f' },
  { name: 'Sky Blue', hex: '#5fa8d3' },
  { name: 'Burgundy', hex: '#800020' },
  { name: 'Blush', hex: '#e8a0a0' },
  { name: 'Mustard', hex: '#d4a017' },
  { name: 'Slate', hex: '#6d7b8d' },
  { name: 'Teal', hex: '#2a9d8f' },
  { name: 'Cream', hex: '#f3e9d2' },
  { name: 'Red', hex: '#c1121f' },
] as const;

// biome-ignore format: one scale per line
const SIZE_SCALES: Record<OptionKind, { name: string; values: readonly string[]; priceStep: number }> = {
  apparel: { name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], priceStep: 0 },
  kids: { name: 'Size', values: ['2-3Y', '4-5Y', '6-7Y', '8-9Y', '10-11Y'], priceStep: 0 },
  shoe: { name: 'Size', values: ['EU 37', 'EU 38', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45', 'EU 46'], priceStep: 0 },
  colour: { name: 'Colour', values: [], priceStep: 0 },
  cm: { name: 'Size', values: ['20 cm', '24 cm', '28 cm', '32 cm'], priceStep: 0.18 },
  ml: { name: 'Size', values: ['30 ml', '50 ml', '100 ml', '200 ml'], priceStep: 0.45 },
  bedding: { name: 'Size', values: ['Single', 'Double', 'King', 'Super King'], priceStep: 0.2 },
  kg: { name: 'Weight', values: ['2 kg', '4 kg', '6 kg', '8 kg', '10 kg'], priceStep: 0.3 },
};

// ---------------------------------------------------------------------------------------------
// The generated catalog

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

/** Every brand the demo catalog uses. */
export const DEMO_BRANDS: readonly string[] = [...new Set(CATALOG.flatMap((root) => root.brands))].sort();

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

// ---------------------------------------------------------------------------------------------
// Placeholder images

export const DEMO_IMAGE_WIDTHS = [160, 480, 1200] as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shade(hex: string, factor: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) =>
    Math.max(0, Math.min(255, Math.round(((n >> shift) & 0xff) * factor)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

function isLight(hex: string): boolean {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.299 * ((n >> 16) & 0xff) + 0.587 * ((n >> 8) & 0xff) + 0.114 * (n & 0xff) > 165;
}

/** A square gradient with the product's initials and title, as SVG drawn at `width` pixels. */
function placeholderSvg(product: DemoProduct, width: number): Buffer {
  const { colour, initials } = product.image;
  const ink = isLight(colour) ? '#1f1f1f' : '#ffffff';
  const title = product.title.length > 34 ? `${product.title.slice(0, 33)}…` : product.title;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${width}" viewBox="0 0 1200 1200">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(colour, 1.15)}"/>` +
      `<stop offset="1" stop-color="${shade(colour, 0.7)}"/></linearGradient></defs>` +
      `<rect width="1200" height="1200" fill="url(#g)"/>` +
      `<text x="600" y="600" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-weight="bold" font-size="420" fill="${ink}" fill-opacity="0.88" text-anchor="middle" dominant-baseline="central">${escapeXml(initials)}</text>` +
      `<text x="600" y="1050" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="56" fill="${ink}" fill-opacity="0.75" text-anchor="middle">${escapeXml(title)}</text>` +
      `<text x="600" y="150" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="44" fill="${ink}" fill-opacity="0.6" text-anchor="middle">${escapeXml(product.brand ?? '')}</text>` +
      '</svg>',
  );
}

/**
 * Renders the placeholder at each width as WebP into
 * `<mediaDir>/products/<productId>/<imageId>-<w>.webp`; returns the renditions (paths relative to mediaDir).
 */
async function writePlaceholderImage(
  mediaDir: string,
  productId: string,
  imageId: string,
  product: DemoProduct,
): Promise<ImageRendition[]> {
  const dir = join(mediaDir, 'products', productId);
  await mkdir(dir, { recursive: true });
  return Promise.all(
    DEMO_IMAGE_WIDTHS.map(async (width) => {
      // Rendering the SVG at each size is cheaper than resizing a 1200 px raster. Effort 0 encodes
      // several times faster than the default and these flat images stay ~30 KB for all three.
      const data = await sharp(placeholderSvg(product, width)).webp({ quality: 80, effort: 0 }).toBuffer();
      const path = `products/${productId}/${imageId}-${width}.webp`;
      await writeFile(join(mediaDir, path), data);
      return { width, height: width, path };
    }),
  );
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------
// Seeding

export interface SeedDemoOptions {
  /** How many products to add. */
  products: number;
  /** PRNG seed; the same seed gives the same catalog. Default 1. */
  seed?: number;
  /** Generate placeholder images (requires mediaDir). Default false. */
  images?: boolean;
  /** MEDIA_DIR: images go to `<mediaDir>/products/<productId>/`. */
  mediaDir?: string;
  /** Anchor of created_at (spread over the year before it). Default: now. */
  now?: Date;
  /** Products per transaction. Default 1000. */
  batchSize?: number;
  /** Rows per INSERT statement. Default 500. */
  rowsPerStatement?: number;
  /** Called after each committed batch. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedDemoResult {
  products: number;
  variants: number;
  categoriesCreated: number;
  images: number;
  stockUnits: number;
  /** Index of the first generated product (products already in the database). */
  startIndex: number;
  ms: number;
}

async function insertChunked<T>(
  rows: readonly T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Creates the demo category tree where missing (matched by slug); returns slug -> id. */
async function ensureDemoCategories(tx: Executor): Promise<{ ids: Map<string, string>; created: number }> {
  const tree = demoCategories();
  const existing = await tx
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(
      inArray(
        categories.slug,
        tree.map((c) => c.slug),
      ),
    );
  const ids = new Map(existing.map((row) => [row.slug, row.id]));
  const missing = tree.filter((c) => !ids.has(c.slug));
  for (const c of missing) ids.set(c.slug, randomUUID());
  if (missing.length > 0) {
    await tx.insert(categories).values(
      missing.map((c) => ({
        id: ids.get(c.slug) as string,
        parentId: c.parentSlug ? (ids.get(c.parentSlug) ?? null) : null,
        slug: c.slug,
        name: c.name,
        description: c.description,
        position: c.position,
      })),
    );
  }
  return { ids, created: missing.length };
}

/**
 * Adds `options.products` demo products with bulk inserts, one transaction per batch: variants
 * with their initial stock and a RESTOCK ledger row each (stock equals the ledger sum), category
 * links, min/max price and tags_text set as the product service does, and optional placeholder
 * images. Slugs and SKUs stay unique also when the database already has products.
 */
export async function seedDemoCatalog(db: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const started = performance.now();
  const total = Math.max(0, Math.floor(options.products));
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 1000;
  const rowsPerStatement = options.rowsPerStatement ?? 500;
  if (options.images && !options.mediaDir) throw new Error('seedDemoCatalog: images need a mediaDir');

  const [{ n: existingProducts } = { n: 0 }] = await db.select({ n: count() }).from(products);
  const takenSlugs = new Set<string>();
  const takenSkus = new Set<string>();
  if (existingProducts > 0) {
    for (const row of await db.select({ slug: products.slug }).from(products)) takenSlugs.add(row.slug);
    for (const row of await db.select({ sku: sql<string>`lower(${variants.sku})` }).from(variants)) {
      takenSkus.add(row.sku);
    }
  }
  const result: SeedDemoResult = {
    products: 0,
    variants: 0,
    categoriesCreated: 0,
    images: 0,
    stockUnits: 0,
    startIndex: existingProducts,
    ms: 0,
  };

  const categoryIds = await db.transaction(async (tx) => {
    const { ids, created } = await ensureDemoCategories(tx);
    result.categoriesCreated = created;
    return ids;
  });

  for (let offset = 0; offset < total; offset += batchSize) {
    const batch = generateDemoProducts(
      seed,
      Math.min(batchSize, total - offset),
      now,
      existingProducts + offset,
    );
    const productRows: (typeof products.$inferInsert)[] = [];
    const linkRows: (typeof productCategories.$inferInsert)[] = [];
    const variantRows: (typeof variants.$inferInsert)[] = [];
    const movementRows: (typeof stockMovements.$inferInsert)[] = [];
    const planned: { id: string; product: DemoProduct }[] = [];

    for (const product of batch) {
      const id = randomUUID();
      planned.push({ id, product });
      const slug = uniqueSlug(slugify(product.title) || 'product', takenSlugs);
      takenSlugs.add(slug);
      const prices = product.variants.map((v) => v.price);
      productRows.push({
        id,
        slug,
        title: product.title,
        description: product.description,
        brand: product.brand,
        tags: product.tags,
        tagsText: product.tags.join(' '),
        status: product.status,
        taxClass: product.taxClass,
        ratingAverage: product.ratingAverage,
        ratingCount: product.ratingCount,
        unitsSold: product.unitsSold,
        minPrice: Math.min(...prices),
        maxPrice: Math.max(...prices),
        createdAt: product.createdAt,
        updatedAt: product.createdAt,
      });
      for (const categorySlug of product.categorySlugs) {
        const categoryId = categoryIds.get(categorySlug);
        if (categoryId) linkRows.push({ productId: id, categoryId });
      }
      const prefix = `DM${(product.index + 1).toString().padStart(6, '0')}`;
      product.variants.forEach((variant, position) => {
        let sku = `${prefix}-${variant.skuBase}`.slice(0, 64);
        for (let n = 2; takenSkus.has(sku.toLowerCase()); n += 1) sku = `${prefix}-${variant.skuBase}-${n}`;
        takenSkus.add(sku.toLowerCase());
        const variantId = randomUUID();
        variantRows.push({
          id: variantId,
          productId: id,
          sku,
          title: variant.title,
          options: variant.options,
          price: variant.price,
          compareAtPrice: variant.compareAtPrice,
          stock: variant.stock,
          weightGrams: variant.weightGrams,
          position,
          createdAt: product.createdAt,
          updatedAt: product.createdAt,
        });
        if (variant.stock > 0) {
          movementRows.push({
            variantId,
            delta: variant.stock,
            reason: 'RESTOCK',
            note: 'initial stock',
            createdAt: product.createdAt,
          });
          result.stockUnits += variant.stock;
        }
      });
    }

    // Images first (CPU work outside the transaction); removed again if the batch fails.
    const imageRows: (typeof productImages.$inferInsert)[] = [];
    if (options.images && options.mediaDir) {
      const mediaDir = options.mediaDir;
      const rendered = await mapLimit(planned, 4, async ({ id, product }) => {
        const imageId = randomUUID();
        const renditions = await writePlaceholderImage(mediaDir, id, imageId, product);
        return {
          id: imageId,
          productId: id,
          position: 0,
          alt: product.title,
          width: 1200,
          height: 1200,
          renditions,
          createdAt: product.createdAt,
        };
      });
      imageRows.push(...rendered);
    }

    try {
      await db.transaction(async (tx) => {
        await insertChunked(productRows, rowsPerStatement, (chunk) => tx.insert(products).values(chunk));
        await insertChunked(linkRows, rowsPerStatement, (chunk) =>
          tx.insert(productCategories).values(chunk),
        );
        await insertChunked(variantRows, rowsPerStatement, (chunk) => tx.insert(variants).values(chunk));
        await insertChunked(movementRows, rowsPerStatement, (chunk) =>
          tx.insert(stockMovements).values(chunk),
        );
        await insertChunked(imageRows, rowsPerStatement, (chunk) => tx.insert(productImages).values(chunk));
      });
    } catch (err) {
      if (options.mediaDir && imageRows.length > 0) {
        const mediaDir = options.mediaDir;
        await Promise.all(
          planned.map(({ id }) => rm(join(mediaDir, 'products', id), { recursive: true, force: true })),
        );
      }
      throw err;
    }
    result.products += productRows.length;
    result.variants += variantRows.length;
    result.images += imageRows.length;
    options.onProgress?.(result.products, total);
  }
  // Fresh statistics, so the planner sees the bulk-loaded tables as they are (autovacuum would
  // get there later; PGlite has none).
  if (result.products > 0) {
    await db.execute(
      sql`ANALYZE ${products}, ${variants}, ${productCategories}, ${categories}, ${stockMovements}, ${productImages}`,
    );
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}
