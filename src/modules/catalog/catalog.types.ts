import { GraphQLUpload } from 'graphql-upload-minimal';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Cost, ListSize } from '../../graphql/cost/cost-annotations.js';
import { MutationPayload } from '../../graphql/errors.js';
import { LazyField } from '../../graphql/lazy-field.js';
import { Money, money } from '../../graphql/money.js';
import { ConnectionType, PageArgsType } from '../../graphql/pagination.js';
import { FACETS_COST } from './catalog.costs.js';
import type { ImageRendition as ImageRenditionRow, ProductRow, StockMovementRow } from './catalog.tables.js';
import type { CategoryPart, ImagePart, ProductParts, VariantPart } from './product-rows.js';

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
registerEnumType(TaxClass, { name: 'TaxClass', description: 'Which tax rate applies to a product.' });

export enum StockMovementReason {
  RESTOCK = 'RESTOCK',
  ADJUSTMENT = 'ADJUSTMENT',
  ORDER = 'ORDER',
  CANCEL = 'CANCEL',
  RETURN = 'RETURN',
}
registerEnumType(StockMovementReason, {
  name: 'StockMovementReason',
  description: 'Why stock changed.',
  valuesConfig: {
    RESTOCK: { description: 'Goods received (also the initial stock of a new variant).' },
    ADJUSTMENT: { description: 'A correction after a count, damage or loss.' },
    ORDER: { description: 'Sold in an order.' },
    CANCEL: { description: 'Returned to stock by a cancelled order.' },
    RETURN: { description: 'Returned by a customer.' },
  },
});

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
    RELEVANCE: { description: 'Best text match first (default with a `query`; NEWEST without one).' },
    NEWEST: { description: 'Most recently created first (default without a `query`).' },
    PRICE_ASC: { description: 'Lowest variant price, cheapest first.' },
    PRICE_DESC: { description: 'Lowest variant price, most expensive first.' },
    POPULARITY: { description: 'Most units sold first.' },
    RATING: { description: 'Highest average rating first.' },
    TITLE: { description: 'Title, A to Z (case-insensitive).' },
  },
});

// ---- objects ----

@ObjectType({ description: 'A node of the category tree.' })
export class Category {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique URL key, e.g. "mens-shoes".' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Int, { description: 'Order among its siblings (ascending).' })
  position!: number;

  parentId!: string | null;
}

export function toCategory(row: CategoryPart): Category {
  return Object.assign(new Category(), {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    parentId: row.parentId,
  });
}

@ObjectType({ description: 'A lowest and a highest amount.' })
export class MoneyRange {
  @Field(() => Money)
  min!: Money;

  @Field(() => Money)
  max!: Money;
}

@ObjectType({ description: "A product's customer rating." })
export class ProductRating {
  @Field(() => Float, { description: 'Average of the ratings, 0 to 5 (0 without reviews).' })
  average!: number;

  @Field(() => Int, { description: 'How many ratings the average is made of.' })
  count!: number;
}

@ObjectType({ description: 'A name/value choice such as Size: M or Colour: Blue.' })
export class VariantOption {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({
  description: 'A sellable version of a product (a size, a colour), with its own SKU, price and stock.',
})
export class ProductVariant {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stock keeping unit, unique across the store (case-insensitive).' })
  sku!: string;

  @Field(() => String)
  title!: string;

  @ListSize(3)
  @Field(() => [VariantOption])
  options!: VariantOption[];

  @Field(() => Money, { description: 'Price before tax.' })
  price!: Money;

  @Field(() => Money, { nullable: true, description: 'The former or list price, shown struck through.' })
  compareAtPrice!: Money | null;

  @Field(() => Boolean, { description: 'True when at least one unit is in stock.' })
  inStock!: boolean;

  @Field(() => Int, { description: 'Units in stock now.' })
  quantityAvailable!: number;

  @Field(() => Int, { nullable: true, description: 'Shipping weight in grams.' })
  weightGrams!: number | null;

  @Field(() => Int)
  position!: number;

  productId!: string;
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
  });
}

@ObjectType({ description: 'One resized WebP copy of an image.' })
export class ImageRendition {
  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => String, { description: 'Absolute URL, cacheable for a year.' })
  url!: string;
}

@ObjectType({ description: 'A product photo, re-encoded without metadata, in several widths.' })
export class ProductImage {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Alternative text for screen readers.' })
  alt!: string;

  @Field(() => Int, { description: 'Width of the largest rendition.' })
  width!: number;

  @Field(() => Int, { description: 'Height of the largest rendition.' })
  height!: number;

  @Field(() => Int)
  position!: number;

  @Field(() => String, { description: 'URL of the largest rendition.' })
  url!: string;

  @ListSize(3)
  @Field(() => [ImageRendition], { description: 'Every width, smallest first, for `srcset`.' })
  renditions!: ImageRendition[];
}

export function toImage(row: ImagePart, publicUrl: string): ProductImage {
  const url = (r: ImageRenditionRow) => `${publicUrl}/media/${r.path}`;
  const renditions = [...row.renditions].sort((a, b) => a.width - b.width);
  const largest = renditions[renditions.length - 1];
  return Object.assign(new ProductImage(), {
    id: row.id,
    alt: row.alt,
    width: row.width,
    height: row.height,
    position: row.position,
    url: largest ? url(largest) : '',
    renditions: renditions.map((r) =>
      Object.assign(new ImageRendition(), { width: r.width, height: r.height, url: url(r) }),
    ),
  });
}

@ObjectType({ description: 'Something for sale, with its variants, images and categories.' })
export class Product {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique URL key, e.g. "classic-white-shirt".' })
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  brand!: string | null;

  @Field(() => [String], { description: 'Lower-case tags.' })
  tags!: string[];

  @Field(() => ProductStatus)
  status!: ProductStatus;

  @Field(() => TaxClass)
  taxClass!: TaxClass;

  @Field(() => ProductRating)
  rating!: ProductRating;

  @Field(() => Int, { description: 'Units sold over all time.' })
  unitsSold!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
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
    }),
    unitsSold: row.unitsSold,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    minPrice: row.minPrice,
    maxPrice: row.maxPrice,
    parts,
  });
}

@ObjectType({ description: 'Products in one category, counted under the other filters.' })
export class CategoryFacetValue {
  @Field(() => Category)
  category!: Category;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Products with one value (a brand), counted under the other filters.' })
export class StringFacetValue {
  @Field(() => String)
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Products with a variant priced in [min, max), counted under the other filters.' })
export class PriceBucket {
  @Field(() => Money)
  min!: Money;

  @Field(() => Money, {
    nullable: true,
    description: 'Exclusive upper bound; null for the last, open bucket.',
  })
  max!: Money | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: 'Products rated at least `minRating` on average, counted under the other filters.',
})
export class RatingFacetValue {
  @Field(() => Int)
  minRating!: number;

  @Field(() => Int)
  count!: number;
}

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

@ObjectType('ProductConnection', { description: 'A page of products, with facets for the same filter.' })
export class ProductConnection extends ProductConnectionBase {
  @Cost(FACETS_COST)
  @LazyField()
  @Field(() => ProductFacets, {
    description: 'Filter counts for the whole list (computed only when selected).',
  })
  facets!: ProductFacets;
}

@ObjectType({ description: 'One entry of the stock ledger of a variant.' })
export class StockMovement {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Change in units: positive in, negative out.' })
  delta!: number;

  @Field(() => StockMovementReason)
  reason!: StockMovementReason;

  @Field(() => String, { nullable: true, description: 'What caused it, e.g. an order number.' })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'The user who made the change, if a person did.' })
  actorId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

export function toStockMovement(row: StockMovementRow): StockMovement {
  return Object.assign(new StockMovement(), { ...row, reason: row.reason as StockMovementReason });
}

export const StockMovementConnection = ConnectionType(StockMovement, 'StockMovement');
export const ProductVariantConnection = ConnectionType(ProductVariant, 'ProductVariant');

// ---- arguments and inputs ----

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
  @Field(() => ProductFilterInput, { nullable: true })
  filter?: ProductFilterInput | null;

  @Field(() => ProductSort, {
    nullable: true,
    description: 'Default: RELEVANCE with a query, NEWEST without.',
  })
  sort?: ProductSort | null;
}

@ArgsType()
export class AdminProductsArgs extends PageArgsType {
  @Field(() => AdminProductFilterInput, { nullable: true })
  filter?: AdminProductFilterInput | null;

  @Field(() => ProductSort, { nullable: true })
  sort?: ProductSort | null;
}

@InputType({ description: 'A variant option.' })
export class VariantOptionInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@InputType({ description: 'A new variant.' })
export class VariantInput {
  @Field(() => String)
  sku!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Default: option values joined by " / ", or "Default".',
  })
  title?: string | null;

  @Field(() => [VariantOptionInput], { nullable: true })
  options?: VariantOptionInput[] | null;

  @Field(() => String, { description: 'Decimal amount before tax, e.g. "19.99".' })
  price!: string;

  @Field(() => String, { nullable: true })
  compareAtPrice?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Initial stock (recorded as a RESTOCK movement). Default 0.',
  })
  stock?: number | null;

  @Field(() => Int, { nullable: true })
  weightGrams?: number | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType({ description: 'A new product with at least one variant.' })
export class ProductCreateInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Default: generated from the title, made unique.' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  brand?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ProductStatus, { nullable: true, description: 'Default DRAFT.' })
  status?: ProductStatus | null;

  @Field(() => TaxClass, { nullable: true, description: 'Default STANDARD.' })
  taxClass?: TaxClass | null;

  @Field(() => [ID], { nullable: true })
  categoryIds?: string[] | null;

  @Field(() => [VariantInput])
  variants!: VariantInput[];
}

@InputType({ description: 'Product changes; omitted fields stay as they are.' })
export class ProductUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears the brand.' })
  brand?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ProductStatus, { nullable: true })
  status?: ProductStatus | null;

  @Field(() => TaxClass, { nullable: true })
  taxClass?: TaxClass | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the product's categories." })
  categoryIds?: string[] | null;
}

@InputType({ description: 'A new variant of an existing product.' })
export class VariantCreateInput extends VariantInput {
  @Field(() => ID)
  productId!: string;
}

@InputType({ description: 'Variant changes; stock changes go through inventoryAdjust.' })
export class VariantUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  sku?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [VariantOptionInput], { nullable: true })
  options?: VariantOptionInput[] | null;

  @Field(() => String, { nullable: true })
  price?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  compareAtPrice?: string | null;

  @Field(() => Int, { nullable: true })
  weightGrams?: number | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType({ description: 'The object to delete.' })
export class DeleteInput {
  @Field(() => ID)
  id!: string;
}

@InputType({ description: 'A new category.' })
export class CategoryCreateInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Default: generated from the name, made unique.' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent category; omit for a root.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: after its siblings.' })
  position?: number | null;
}

@InputType({ description: 'Category changes; omitted fields stay as they are.' })
export class CategoryUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType({ description: 'Moves a category and its subtree.' })
export class CategoryMoveInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The new parent; null makes it a root; omitted keeps the parent (reorder among siblings).',
  })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: after its new siblings.' })
  position?: number | null;
}

@InputType({ description: 'A category to delete.' })
export class CategoryDeleteInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required when the category has subcategories or products: they move to this category.',
  })
  reassignTo?: string | null;
}

@InputType({ description: 'A stock change recorded in the ledger.' })
export class InventoryAdjustInput {
  @Field(() => ID)
  variantId!: string;

  @Field(() => Int, { description: 'Units in (positive) or out (negative); stock never goes below zero.' })
  delta!: number;

  @Field(() => StockMovementReason)
  reason!: StockMovementReason;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. a delivery note or order number.' })
  reference?: string | null;
}

@InputType({ description: 'An image file for a product (GraphQL multipart request).' })
export class ProductImageUploadInput {
  @Field(() => ID)
  productId!: string;

  @Field(() => GraphQLUpload, {
    description: 'JPEG, PNG or WebP, up to UPLOAD_MAX_FILE_SIZE (5 MB by default).',
  })
  file!: Promise<import('graphql-upload-minimal').FileUpload>;

  @Field(() => String, { nullable: true })
  alt?: string | null;
}

@InputType({ description: "The new order of a product's images." })
export class ProductImagesReorderInput {
  @Field(() => ID)
  productId!: string;

  @Field(() => [ID], { description: 'Every image id of the product, in the wanted order.' })
  imageIds!: string[];
}

// ---- payloads ----

@ObjectType({ description: 'Result of productCreate / productUpdate.' })
export class ProductPayload extends MutationPayload {
  @Field(() => Product, { nullable: true })
  product!: Product | null;
}

@ObjectType({ description: 'Result of productDelete.' })
export class ProductDeletePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted product.' })
  deletedId!: string | null;

  @Field(() => Product, {
    nullable: true,
    description: 'Set instead of deletedId when the product is referenced by orders: it was archived.',
  })
  archivedProduct!: Product | null;
}

@ObjectType({ description: 'Result of variantCreate / variantUpdate.' })
export class VariantPayload extends MutationPayload {
  @Field(() => ProductVariant, { nullable: true })
  variant!: ProductVariant | null;
}

@ObjectType({ description: 'Result of a delete.' })
export class DeletePayload extends MutationPayload {
  @Field(() => ID, { nullable: true })
  deletedId!: string | null;
}

@ObjectType({ description: 'Result of categoryCreate / categoryUpdate / categoryMove.' })
export class CategoryPayload extends MutationPayload {
  @Field(() => Category, { nullable: true })
  category!: Category | null;
}

@ObjectType({ description: 'Result of inventoryAdjust.' })
export class InventoryAdjustPayload extends MutationPayload {
  @Field(() => ProductVariant, { nullable: true })
  variant!: ProductVariant | null;

  @Field(() => StockMovement, { nullable: true })
  movement!: StockMovement | null;
}

@ObjectType({ description: 'Result of productImageUpload.' })
export class ProductImagePayload extends MutationPayload {
  @Field(() => ProductImage, { nullable: true })
  image!: ProductImage | null;
}

@ObjectType({ description: 'Result of productImagesReorder.' })
export class ProductImagesPayload extends MutationPayload {
  @Field(() => [ProductImage], { nullable: true })
  images!: ProductImage[] | null;
}
