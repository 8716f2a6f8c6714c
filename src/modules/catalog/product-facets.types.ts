import { Field, Int, ObjectType } from 'type-graphql';
import { CacheControl } from '../../graphql/cache-control.js';
import { Cost, ListSize } from '../../graphql/cost/cost-annotations.js';
import { LazyField } from '../../graphql/lazy-field.js';
import { Money } from '../../graphql/money.js';
import { ConnectionType, TOTAL_COUNT_COST } from '../../graphql/pagination.js';
import { FACETS_COST } from './catalog.costs.js';
import { Category } from './category.types.js';
import { Product } from './product.types.js';

/** Facet counts of a product listing, and the listing's connection that carries them. */

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'Products in one category, counted under the other filters.' })
export class CategoryFacetValue {
  @Field(() => Category, {
    description: 'The category (pass its id in `filter.categoryIds` to narrow to it).',
  })
  category!: Category;

  @Field(() => Int, { description: 'Matching products directly in this category.' })
  count!: number;
}

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'Products with one value (a brand), counted under the other filters.' })
export class StringFacetValue {
  @Field(() => String, {
    description: 'The value as products spell it, e.g. the brand "Acme" (for `filter.brands`).',
  })
  value!: string;

  @Field(() => Int, { description: 'Matching products with this value.' })
  count!: number;
}

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'Products with a variant priced in [min, max), counted under the other filters.' })
export class PriceBucket {
  @Field(() => Money, { description: 'Inclusive lower bound (for `filter.priceMin`).' })
  min!: Money;

  @Field(() => Money, {
    nullable: true,
    description: 'Exclusive upper bound; null for the last, open bucket.',
  })
  max!: Money | null;

  @Field(() => Int, { description: 'Matching products with a variant priced in this range.' })
  count!: number;
}

@CacheControl({ inheritMaxAge: true })
@ObjectType({
  description: 'Products rated at least `minRating` on average, counted under the other filters.',
})
export class RatingFacetValue {
  @Field(() => Int, { description: 'Stars, 1 to 4 (for `filter.minRating`).' })
  minRating!: number;

  @Field(() => Int, { description: 'Matching products with an average rating of at least `minRating`.' })
  count!: number;
}

@CacheControl({ inheritMaxAge: true })
@ObjectType({
  description:
    'Counts for a storefront filter panel. Each facet is counted with every other filter applied but not its own ' +
    '(disjunctive faceting), so a shopper sees what each choice would give.',
})
export class ProductFacets {
  @ListSize(20)
  @Field(() => [CategoryFacetValue], { description: 'Per category a product is directly in; largest first.' })
  categories!: CategoryFacetValue[];

  @ListSize(20)
  @Field(() => [StringFacetValue], { description: 'Per brand; largest first.' })
  brands!: StringFacetValue[];

  @ListSize(6)
  @Field(() => [PriceBucket], { description: 'Fixed price ranges, cheapest first.' })
  priceBuckets!: PriceBucket[];

  @ListSize(4)
  @Field(() => [RatingFacetValue], { description: '4 stars & up, 3 & up, 2 & up, 1 & up.' })
  ratings!: RatingFacetValue[];

  @Field(() => Int, { description: 'Products with at least one variant in stock.' })
  inStock!: number;
}

const ProductConnectionBase = ConnectionType(Product, 'Product');

@CacheControl({ inheritMaxAge: true })
@ObjectType('ProductConnection', { description: 'A page of products, with facets for the same filter.' })
export class ProductConnection extends ProductConnectionBase {
  @LazyField()
  @Cost(TOTAL_COUNT_COST)
  @Field(() => Int, {
    description:
      'Number of products in the whole list under the current filter, counted up to a cap on the storefront ' +
      'lists: see `totalCountIsExact`.',
  })
  declare totalCount: number;

  // The same statement as totalCount: selected together they run one count.
  @Cost(TOTAL_COUNT_COST)
  @LazyField()
  @Field(() => Boolean, {
    description:
      'True when `totalCount` is the exact number of matching products. The storefront lists (`products`, ' +
      '`Category.products`) count at most 1,000 matches (the server setting PRODUCT_COUNT_CAP): beyond that, ' +
      '`totalCount` is the cap and this is false, meaning "more than `totalCount`". Always true for `adminProducts`.',
  })
  totalCountIsExact!: boolean;

  @Cost(FACETS_COST)
  @LazyField()
  @Field(() => ProductFacets, {
    description: 'Filter counts for the whole list (computed only when selected).',
  })
  facets!: ProductFacets;
}
