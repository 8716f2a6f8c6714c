import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CacheControl } from '../../graphql/cache-control.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { Money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { CATALOG_MAX_AGE, SALES_MAX_AGE } from './catalog.cache.js';
import type { ProductRow } from './catalog.tables.js';
import type { ProductParts } from './product-rows.js';

/** The product object of the catalog's GraphQL API, and its enums. */

export enum ProductStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ProductStatus, {
  name: 'ProductStatus',
  description: 'Lifecycle of a product. Only ACTIVE products are visible to the public.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; hidden from the storefront.' },
    ACTIVE: { description: 'For sale and visible.' },
    ARCHIVED: { description: 'No longer sold; kept for order history; hidden from the storefront.' },
  },
});

export enum TaxClass {
  STANDARD = 'STANDARD',
  REDUCED = 'REDUCED',
  ZERO = 'ZERO',
}
registerEnumType(TaxClass, {
  name: 'TaxClass',
  description: 'Which tax rate applies to a product.',
  valuesConfig: {
    STANDARD: {
      description: 'The general rate of the destination (e.g. full VAT); the default for new products.',
    },
    REDUCED: {
      description: 'The lower rate some goods get (e.g. food, books), as the REDUCED tax rates set it.',
    },
    ZERO: {
      description:
        "Zero-rated goods (e.g. children's clothing in the UK): the ZERO tax rates apply, normally 0 %.",
    },
  },
});

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'A lowest and a highest amount.' })
export class MoneyRange {
  @Field(() => Money, { description: 'The lowest amount (equal to `max` when all are the same).' })
  min!: Money;

  @Field(() => Money, { description: 'The highest amount (equal to `min` when all are the same).' })
  max!: Money;
}

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'How many published reviews gave a product this many stars.' })
export class RatingHistogramBucket {
  @Field(() => Int, { description: 'Stars, 1 to 5.' })
  stars!: number;

  @Field(() => Int, { description: 'Published reviews with this many stars.' })
  count!: number;
}

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: "A product's customer rating, from its published reviews." })
export class ProductRating {
  @Field(() => Float, {
    description:
      'Average of the published ratings, 1 to 5 rounded to one decimal (0 without reviews); `minRating`, ' +
      'the RATING sort and the rating facet read this same value.',
  })
  average!: number;

  @Field(() => Int, { description: 'How many published ratings the average is made of.' })
  count!: number;

  @ListSize(5)
  @Field(() => [RatingHistogramBucket], {
    description: 'Published reviews per number of stars: always five buckets, 5 stars first.',
  })
  histogram!: RatingHistogramBucket[];
}

@CacheControl({ maxAge: CATALOG_MAX_AGE })
@ObjectType({
  implements: Node,
  description: 'Something for sale, with its variants, images and categories.',
})
export class Product {
  @Field(() => ID, { description: 'Unique id of the product; `node(id)` also finds it.' })
  id!: string;

  @Field(() => String, { description: 'Unique URL key, e.g. "classic-white-shirt".' })
  slug!: string;

  @Field(() => String, { description: 'Display name, 1 to 200 characters.' })
  title!: string;

  @Field(() => String, {
    description:
      'Long description as staff entered it (plain text, searched by `products(filter: {query})`), at most ' +
      '20000 characters; empty when none.',
  })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Brand or maker, at most 100 characters (a facet and a filter); null when not set.',
  })
  brand!: string | null;

  @Field(() => [String], { description: 'Lower-case tags.' })
  tags!: string[];

  @Field(() => ProductStatus, {
    description: 'Lifecycle state; the public only ever sees ACTIVE products, so only admins see the others.',
  })
  status!: ProductStatus;

  @Field(() => TaxClass, { description: 'Which tax rates apply to its variants at checkout.' })
  taxClass!: TaxClass;

  @Field(() => ProductRating, {
    description:
      'Customer rating from published reviews: average (one decimal), count and per-star histogram (average 0 without reviews).',
  })
  rating!: ProductRating;

  @CacheControl({ maxAge: SALES_MAX_AGE })
  @Field(() => Int, {
    description:
      'Units sold over all time (confirmed orders, less those cancelled or refunded), counted about a second after the sale.',
  })
  unitsSold!: number;

  @Field(() => Date, { description: 'When the product was created (NEWEST sorts by it).' })
  createdAt!: Date;

  @Field(() => Date, {
    description:
      "When the product's own fields last changed (productUpdate, archiving); variant, stock and image changes leave it.",
  })
  updatedAt!: Date;

  minPrice!: number;
  maxPrice!: number;
  /** Variants, images and categories when they were read with the product (a listing): its fields then need no loader. */
  parts!: ProductParts | null;
}

export function toProduct(row: ProductRow, parts: ProductParts | null = null): Product {
  return Object.assign(new Product(), {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    brand: row.brand,
    tags: row.tags,
    status: row.status as ProductStatus,
    taxClass: row.taxClass as TaxClass,
    rating: Object.assign(new ProductRating(), {
      average: Number(row.ratingAverage),
      count: row.ratingCount,
      histogram: [5, 4, 3, 2, 1].map((stars) =>
        Object.assign(new RatingHistogramBucket(), { stars, count: row.ratingHistogram?.[stars - 1] ?? 0 }),
      ),
    }),
    unitsSold: row.unitsSold,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    minPrice: row.minPrice,
    maxPrice: row.maxPrice,
    parts,
  });
}
