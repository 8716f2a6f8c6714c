import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Category } from './category.types.js';
import { StockMovement } from './inventory.types.js';
import { Product } from './product.types.js';
import { ProductImage } from './product-image.types.js';
import { ProductVariant } from './variant.types.js';

/** Results of the catalog's admin mutations. */

@ObjectType({ description: 'Result of productCreate / productUpdate.' })
export class ProductPayload extends MutationPayload {
  @Field(() => Product, { nullable: true, description: 'The product as saved; null when it failed.' })
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
  @Field(() => ProductVariant, { nullable: true, description: 'The variant as saved; null when it failed.' })
  variant!: ProductVariant | null;
}

@ObjectType({ description: 'Result of a delete.' })
export class DeletePayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the deleted object; null when nothing was deleted.',
  })
  deletedId!: string | null;
}

@ObjectType({ description: 'Result of categoryCreate / categoryUpdate / categoryMove.' })
export class CategoryPayload extends MutationPayload {
  @Field(() => Category, { nullable: true, description: 'The category as saved; null when it failed.' })
  category!: Category | null;
}

@ObjectType({ description: 'Result of inventoryAdjust.' })
export class InventoryAdjustPayload extends MutationPayload {
  @Field(() => ProductVariant, {
    nullable: true,
    description: 'The variant with its new `quantityAvailable`; null when it failed.',
  })
  variant!: ProductVariant | null;

  @Field(() => StockMovement, {
    nullable: true,
    description: 'The ledger entry recorded; null when it failed.',
  })
  movement!: StockMovement | null;
}

@ObjectType({ description: 'Result of productImageUpload.' })
export class ProductImagePayload extends MutationPayload {
  @Field(() => ProductImage, {
    nullable: true,
    description: 'The new image, last in display order; null when it failed.',
  })
  image!: ProductImage | null;
}

@ObjectType({ description: 'Result of productImagesReorder.' })
export class ProductImagesPayload extends MutationPayload {
  @Field(() => [ProductImage], {
    nullable: true,
    description: 'Every image of the product in its new order; null when it failed.',
  })
  images!: ProductImage[] | null;
}
