import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CacheControl } from '../../graphql/cache-control.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { CATALOG_MAX_AGE, SALES_MAX_AGE } from './catalog.cache.js';
import type { VariantPart } from './product-rows.js';

/** The product variant object of the catalog's GraphQL API. */

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'A name/value choice such as Size: M or Colour: Blue.' })
export class VariantOption {
  @Field(() => String, {
    description: 'The option, e.g. "Size"; distinct within a variant, at most 50 characters.',
  })
  name!: string;

  @Field(() => String, { description: 'The choice, e.g. "M", at most 100 characters.' })
  value!: string;
}

@CacheControl({ maxAge: CATALOG_MAX_AGE })
@ObjectType({
  implements: Node,
  description: 'A sellable version of a product (a size, a colour), with its own SKU, price and stock.',
})
export class ProductVariant {
  @Field(() => ID, {
    description: 'Unique id of the variant (what cartAddItem takes); `node(id)` also finds it.',
  })
  id!: string;

  @Field(() => String, { description: 'Stock keeping unit, unique across the store (case-insensitive).' })
  sku!: string;

  @Field(() => String, {
    description:
      'Display name within the product, e.g. "M / Blue" (its option values), or "Default"; at most 200 characters.',
  })
  title!: string;

  @ListSize(3)
  @Field(() => [VariantOption], {
    description:
      'The choices that tell it from its siblings, in the order given; empty for a product without options.',
  })
  options!: VariantOption[];

  @Field(() => Money, { description: 'Price before tax.' })
  price!: Money;

  @Field(() => Money, { nullable: true, description: 'The former or list price, shown struck through.' })
  compareAtPrice!: Money | null;

  @Field(() => Boolean, { description: 'True when at least one unit is in stock.' })
  inStock!: boolean;

  @CacheControl({ maxAge: SALES_MAX_AGE })
  @Field(() => Int, { description: 'Units in stock now.' })
  quantityAvailable!: number;

  @Field(() => Int, { nullable: true, description: 'Shipping weight in grams.' })
  weightGrams!: number | null;

  @Field(() => Int, {
    description:
      "Display order among the product's variants (ascending); `Product.variants` is sorted by it.",
  })
  position!: number;

  productId!: string;

  /** The price in minor units (what `price` formats), for fields that compute with it. */
  priceMinor!: number;
}

export function toVariant(row: VariantPart, currency: string): ProductVariant {
  return Object.assign(new ProductVariant(), {
    id: row.id,
    sku: row.sku,
    title: row.title,
    // Plain {name, value} objects as stored: VariantOption has no field resolvers to need instances.
    options: row.options,
    price: money(row.price, currency),
    compareAtPrice: row.compareAtPrice === null ? null : money(row.compareAtPrice, currency),
    inStock: row.stock > 0,
    quantityAvailable: row.stock,
    weightGrams: row.weightGrams,
    position: row.position,
    productId: row.productId,
    priceMinor: row.price,
  });
}

export const ProductVariantConnection = ConnectionType(ProductVariant, 'ProductVariant');
