import type { TaxClass } from '../modules/catalog/catalog.tables.js';

/**
 * The demo catalog's vocabulary: its category tree (roots, groups, leaves) with the brands,
 * nouns, price and weight ranges of each, and the words, colours and size scales products are
 * made of. Data only; demo-products.ts makes products of it.
 */

export type OptionKind = 'apparel' | 'kids' | 'shoe' | 'colour' | 'cm' | 'ml' | 'bedding' | 'kg';

export interface LeafSpec {
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

export interface GroupSpec {
  name: string;
  /** Words placed before the noun: materials or features ("Merino", "Wireless"). */
  features: readonly string[];
  leaves: readonly LeafSpec[];
}

export interface RootSpec {
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
export const CATALOG: readonly RootSpec[] = [
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
export const LINES = [
  'Aurora', 'Summit', 'Nimbus', 'Harbor', 'Vela', 'Ember', 'Drift', 'Alder', 'Cascade', 'Solstice',
  'Terra', 'Nova', 'Willow', 'Atlas', 'Breeze', 'Cobalt', 'Halcyon', 'Meridian', 'Orion', 'Sierra',
  'Juniper', 'Tundra', 'Fable', 'Lumen', 'Pioneer', 'Coastal', 'Heritage', 'Everyday', 'Voyager', 'Zenith',
  'Haven', 'Boreal', 'Cinder', 'Marlow', 'Ridge', 'Sable', 'Tempo', 'Arlo', 'Fjord', 'Kestrel',
] as const;

export const MODEL_SUFFIXES = ['2', 'Pro', 'Lite', 'Plus', 'II', 'Max', 'Mini', 'SE'] as const;

export const COLOURS = [
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
export const SIZE_SCALES: Record<OptionKind, { name: string; values: readonly string[]; priceStep: number }> = {
  apparel: { name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], priceStep: 0 },
  kids: { name: 'Size', values: ['2-3Y', '4-5Y', '6-7Y', '8-9Y', '10-11Y'], priceStep: 0 },
  shoe: { name: 'Size', values: ['EU 37', 'EU 38', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45', 'EU 46'], priceStep: 0 },
  colour: { name: 'Colour', values: [], priceStep: 0 },
  cm: { name: 'Size', values: ['20 cm', '24 cm', '28 cm', '32 cm'], priceStep: 0.18 },
  ml: { name: 'Size', values: ['30 ml', '50 ml', '100 ml', '200 ml'], priceStep: 0.45 },
  bedding: { name: 'Size', values: ['Single', 'Double', 'King', 'Super King'], priceStep: 0.2 },
  kg: { name: 'Weight', values: ['2 kg', '4 kg', '6 kg', '8 kg', '10 kg'], priceStep: 0.3 },
};
