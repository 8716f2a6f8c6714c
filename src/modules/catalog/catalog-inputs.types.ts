import { GraphQLUpload } from 'graphql-upload-minimal';
import { Field, ID, InputType, Int } from 'type-graphql';
import { StockMovementReason } from './inventory.types.js';
import { ProductStatus, TaxClass } from './product.types.js';

/** Inputs of the catalog's admin mutations. */

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
