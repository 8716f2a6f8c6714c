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
