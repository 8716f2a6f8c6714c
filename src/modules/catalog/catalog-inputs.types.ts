import { GraphQLUpload } from 'graphql-upload-minimal';
import { Field, ID, InputType, Int } from 'type-graphql';
import { StockMovementReason } from './inventory.types.js';
import { ProductStatus, TaxClass } from './product.types.js';

/** Inputs of the catalog's admin mutations. */

@InputType({ description: 'A variant option.' })
export class VariantOptionInput {
  @Field(() => String, {
    description: 'The option, e.g. "Size": 1 to 50 characters (trimmed), distinct within the variant.',
  })
  name!: string;

  @Field(() => String, { description: 'The choice, e.g. "M": 1 to 100 characters (trimmed).' })
  value!: string;
}

@InputType({ description: 'A new variant.' })
export class VariantInput {
  @Field(() => String, {
    description:
      'Stock keeping unit: 1 to 64 letters, digits, dots, dashes, underscores or slashes, starting with a letter ' +
      'or digit; unique across the store (case-insensitive).',
  })
  sku!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Default: option values joined by " / ", or "Default".',
  })
  title?: string | null;

  @Field(() => [VariantOptionInput], {
    nullable: true,
    description: 'What tells this variant from its siblings, e.g. Size: M. Default: none.',
  })
  options?: VariantOptionInput[] | null;

  @Field(() => String, { description: 'Decimal amount before tax, e.g. "19.99".' })
  price!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Former or list price shown struck through, a decimal amount like `price`, e.g. "24.99". Default: none.',
  })
  compareAtPrice?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Initial stock (recorded as a RESTOCK movement). Default 0.',
  })
  stock?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Shipping weight in whole grams, zero or more. Default: none (unknown).',
  })
  weightGrams?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Display order among the product's variants (ascending). Default: after the variants before it.",
  })
  position?: number | null;
}

@InputType({ description: 'A new product with at least one variant.' })
export class ProductCreateInput {
  @Field(() => String, { description: 'Display name, 1 to 200 characters (trimmed).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Default: generated from the title, made unique.' })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Long description, plain text, at most 20000 characters. Default: empty.',
  })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Brand or maker, at most 100 characters. Default: none.',
  })
  brand?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Tags, stored trimmed, lower-cased and without duplicates: at most 50, of at most 50 characters each.',
  })
  tags?: string[] | null;

  @Field(() => ProductStatus, { nullable: true, description: 'Default DRAFT.' })
  status?: ProductStatus | null;

  @Field(() => TaxClass, { nullable: true, description: 'Default STANDARD.' })
  taxClass?: TaxClass | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Categories the product is directly in (it also lists under their ancestors). Default: none.',
  })
  categoryIds?: string[] | null;

  @Field(() => [VariantInput], {
    description:
      'Its variants in display order: 1 to 100, each SKU unused. Stock given here is recorded as RESTOCK.',
  })
  variants!: VariantInput[];
}

@InputType({ description: 'Product changes; omitted fields stay as they are.' })
export class ProductUpdateInput {
  @Field(() => ID, { description: 'The product to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New display name, 1 to 200 characters (trimmed).' })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'New URL key: lower-case letters, digits and single hyphens, at most 100 characters, unique among products.',
  })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New long description, at most 20000 characters; an empty string clears it.',
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears the brand.' })
  brand?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the tags (same rules as at creation); an empty list removes them all.',
  })
  tags?: string[] | null;

  @Field(() => ProductStatus, {
    nullable: true,
    description:
      'New lifecycle state: ACTIVE publishes the product, DRAFT and ARCHIVED hide it from the storefront.',
  })
  status?: ProductStatus | null;

  @Field(() => TaxClass, {
    nullable: true,
    description:
      'New tax class, for carts priced from now on; placed orders keep the class they were taxed at.',
  })
  taxClass?: TaxClass | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the product's categories." })
  categoryIds?: string[] | null;
}

@InputType({ description: 'A new variant of an existing product.' })
export class VariantCreateInput extends VariantInput {
  @Field(() => ID, { description: 'The product to add the variant to.' })
  productId!: string;
}

@InputType({ description: 'Variant changes; stock changes go through inventoryAdjust.' })
export class VariantUpdateInput {
  @Field(() => ID, { description: 'The variant to change.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'New SKU (same rules as at creation), unused by any other variant.',
  })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'New display name, 1 to 200 characters (trimmed).' })
  title?: string | null;

  @Field(() => [VariantOptionInput], {
    nullable: true,
    description: 'Replaces the options (distinct names); an empty list removes them all.',
  })
  options?: VariantOptionInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'New price before tax, a decimal amount, e.g. "19.99".',
  })
  price?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  compareAtPrice?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New shipping weight in whole grams, zero or more; an explicit null clears it.',
  })
  weightGrams?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "New display order among the product's variants (ascending).",
  })
  position?: number | null;
}

@InputType({ description: 'The object to delete.' })
export class DeleteInput {
  @Field(() => ID, { description: 'Id of the object to delete.' })
  id!: string;
}

@InputType({ description: 'A new category.' })
export class CategoryCreateInput {
  @Field(() => String, { description: 'Display name, 1 to 100 characters (trimmed).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Default: generated from the name, made unique.' })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text for the category page, at most 5000 characters. Default: empty.',
  })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent category; omit for a root.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: after its siblings.' })
  position?: number | null;
}

@InputType({ description: 'Category changes; omitted fields stay as they are.' })
export class CategoryUpdateInput {
  @Field(() => ID, { description: 'The category to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New display name, 1 to 100 characters (trimmed).' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'New URL key: lower-case letters, digits and single hyphens, at most 100 characters, unique among categories.',
  })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New text for the category page, at most 5000 characters; an empty string clears it.',
  })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New order among its siblings (ascending); categoryMove changes the parent.',
  })
  position?: number | null;
}

@InputType({ description: 'Moves a category and its subtree.' })
export class CategoryMoveInput {
  @Field(() => ID, { description: 'The category to move, with everything below it.' })
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
  @Field(() => ID, { description: 'The category to delete.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required when the category has subcategories or products: they move to this category.',
  })
  reassignTo?: string | null;
}

@InputType({ description: 'A stock change recorded in the ledger.' })
export class InventoryAdjustInput {
  @Field(() => ID, { description: 'The variant whose stock changes.' })
  variantId!: string;

  @Field(() => Int, { description: 'Units in (positive) or out (negative); stock never goes below zero.' })
  delta!: number;

  @Field(() => StockMovementReason, {
    description:
      'Why, kept in the ledger: usually RESTOCK or ADJUSTMENT (orders record their own movements).',
  })
  reason!: StockMovementReason;

  @Field(() => String, {
    nullable: true,
    description: 'Free text kept in the ledger, at most 500 characters.',
  })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E.g. a delivery note or order number, at most 200 characters.',
  })
  reference?: string | null;
}

@InputType({ description: 'An image file for a product (GraphQL multipart request).' })
export class ProductImageUploadInput {
  @Field(() => ID, { description: 'The product the image is for.' })
  productId!: string;

  @Field(() => GraphQLUpload, {
    description: 'JPEG, PNG or WebP, up to UPLOAD_MAX_FILE_SIZE (5 MB by default).',
  })
  file!: Promise<import('graphql-upload-minimal').FileUpload>;

  @Field(() => String, {
    nullable: true,
    description: 'Alternative text for screen readers, at most 500 characters. Default: empty.',
  })
  alt?: string | null;
}

@InputType({ description: "The new order of a product's images." })
export class ProductImagesReorderInput {
  @Field(() => ID, { description: 'The product whose images to reorder.' })
  productId!: string;

  @Field(() => [ID], { description: 'Every image id of the product, in the wanted order.' })
  imageIds!: string[];
}
