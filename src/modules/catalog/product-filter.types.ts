import { ArgsType, Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { PageArgsType } from '../../graphql/pagination.js';
import { ProductStatus } from './product.types.js';

/** How product listings are filtered and sorted (storefront and admin). */

export enum ProductSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  POPULARITY = 'POPULARITY',
  RATING = 'RATING',
  TITLE = 'TITLE',
}
registerEnumType(ProductSort, {
  name: 'ProductSort',
  description: 'Order of a product list. Every order pages by keyset cursor and is stable under ties.',
  valuesConfig: {
    RELEVANCE: {
      description:
        'Best text match first (default with a `query`; NEWEST without one): products whose title holds the whole query, the shortest title first, then the rest by full-text rank (matches in the title weigh most, then brand and tags, then the description).',
    },
    NEWEST: { description: 'Most recently created first (default without a `query`).' },
    PRICE_ASC: { description: 'Lowest variant price, cheapest first.' },
    PRICE_DESC: { description: 'Lowest variant price, most expensive first.' },
    POPULARITY: {
      description: 'Most units sold first (Product.unitsSold: a sale counts about a second after it).',
    },
    RATING: { description: 'Highest average rating first.' },
    TITLE: { description: 'Title, A to Z (case-insensitive).' },
  },
});

@InputType({ description: 'Conditions a product must all meet (values within one list are alternatives).' })
export class ProductFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over title, brand, tags and description, tolerant of typos in the title.',
  })
  query?: string | null;

  @Field(() => [ID], { nullable: true, description: 'In any of these categories or their descendants.' })
  categoryIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these brands (case-insensitive).' })
  brands?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these tags.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A variant costs at least this much, e.g. "10.00".' })
  priceMin?: string | null;

  @Field(() => String, { nullable: true, description: 'A variant costs at most this much, e.g. "49.99".' })
  priceMax?: string | null;

  @Field(() => Float, { nullable: true, description: 'Average rating at least this (0 to 5).' })
  minRating?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: some variant in stock; false: none.' })
  inStock?: boolean | null;
}

@InputType({ description: 'Admin product filter: every storefront condition plus status.' })
export class AdminProductFilterInput extends ProductFilterInput {
  @Field(() => [ProductStatus], { nullable: true, description: 'Any of these statuses (default: all).' })
  status?: ProductStatus[] | null;
}

@ArgsType()
export class ProductsArgs extends PageArgsType {
  @Field(() => ProductFilterInput, {
    nullable: true,
    description:
      'Conditions every product listed meets; default: none. Under `Category.products` its `categoryIds` is ' +
      'replaced by that category.',
  })
  filter?: ProductFilterInput | null;

  @Field(() => ProductSort, {
    nullable: true,
    description: 'Default: RELEVANCE with a query, NEWEST without.',
  })
  sort?: ProductSort | null;
}

@ArgsType()
export class AdminProductsArgs extends PageArgsType {
  @Field(() => AdminProductFilterInput, {
    nullable: true,
    description: 'Conditions every product listed meets, status included; default: none (every product).',
  })
  filter?: AdminProductFilterInput | null;

  @Field(() => ProductSort, {
    nullable: true,
    description: 'Default: RELEVANCE with a query, NEWEST without.',
  })
  sort?: ProductSort | null;
}
