import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { mapConnection, PageArgsType } from '../../graphql/pagination.js';
import {
  CategoryCreateInput,
  CategoryDeleteInput,
  CategoryMoveInput,
  CategoryUpdateInput,
  DeleteInput,
  InventoryAdjustInput,
  ProductCreateInput,
  ProductImagesReorderInput,
  ProductImageUploadInput,
  ProductUpdateInput,
  VariantCreateInput,
  VariantUpdateInput,
} from './catalog-inputs.types.js';
import {
  CategoryPayload,
  DeletePayload,
  InventoryAdjustPayload,
  ProductDeletePayload,
  ProductImagePayload,
  ProductImagesPayload,
  ProductPayload,
  VariantPayload,
} from './catalog-payloads.types.js';
import * as categoriesService from './category.service.js';
import { toCategory } from './category.types.js';
import * as inventory from './inventory.service.js';
import { StockMovementConnection, toStockMovement } from './inventory.types.js';
import * as productsService from './product.service.js';
import { toProduct } from './product.types.js';
import * as images from './product-image.service.js';
import { toImage } from './product-image.types.js';
import * as variantsService from './variant.service.js';
import { ProductVariantConnection, toVariant } from './variant.types.js';

@InputType({ description: "Which stock movements to list: one variant's ledger." })
class StockMovementFilterInput {
  @Field(() => ID, { description: 'The variant whose ledger to list.' })
  variantId!: string;
}

@ArgsType()
class StockMovementsArgs extends PageArgsType {
  @Field(() => StockMovementFilterInput, { description: 'Which ledger to list.' })
  filter!: StockMovementFilterInput;
}

/** Stock at or below which a variant is low when the filter names no threshold. */
const DEFAULT_LOW_STOCK_THRESHOLD = 5;

@InputType({ description: 'Which variants count as low on stock.' })
class LowStockVariantFilterInput {
  @Field(() => Int, {
    defaultValue: DEFAULT_LOW_STOCK_THRESHOLD,
    description: 'Variants with at most this many units.',
  })
  threshold!: number;
}

@ArgsType()
class LowStockArgs extends PageArgsType {
  @Field(() => LowStockVariantFilterInput, {
    nullable: true,
    description: `Narrows the list; omitted: variants with at most ${DEFAULT_LOW_STOCK_THRESHOLD} units.`,
  })
  filter?: LowStockVariantFilterInput | null;
}

/** Catalog administration: products, variants, categories and stock. Admin only. */
@Resolver()
export class CatalogAdminResolver {
  @Auth('ADMIN')
  @Mutation(() => ProductPayload, {
    description: 'Creates a product with its variants (DRAFT unless a status is given).',
  })
  async productCreate(
    @Arg('input', () => ProductCreateInput, { description: 'The product and its variants.' })
    input: ProductCreateInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await productsService.createProduct(ctx, input);
    return Object.assign(new ProductPayload(), {
      errors: result.errors,
      product: result.product && toProduct(result.product),
    });
  }

  @Auth('ADMIN')
  @Mutation(() => ProductPayload, { description: 'Changes a product; omitted fields stay as they are.' })
  async productUpdate(
    @Arg('input', () => ProductUpdateInput, { description: 'The product and its changes.' })
    input: ProductUpdateInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await productsService.updateProduct(ctx, input);
    return Object.assign(new ProductPayload(), {
      errors: result.errors,
      product: result.product && toProduct(result.product),
    });
  }

  @Auth('ADMIN')
  @Mutation(() => ProductDeletePayload, {
    description:
      'Deletes a product with its variants and images; a product referenced by orders is archived instead.',
  })
  async productDelete(
    @Arg('input', () => DeleteInput, { description: 'The product to delete.' }) input: DeleteInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await productsService.deleteProduct(ctx, input.id);
    return Object.assign(new ProductDeletePayload(), {
      errors: result.errors,
      deletedId: result.deletedId,
      archivedProduct: result.archived && toProduct(result.archived),
    });
  }

  @Auth('ADMIN')
  @Mutation(() => VariantPayload, { description: 'Adds a variant to a product.' })
  async variantCreate(
    @Arg('input', () => VariantCreateInput, { description: 'The product and the new variant.' })
    input: VariantCreateInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await variantsService.createVariant(ctx, input);
    return this.variantPayload(ctx, result);
  }

  @Auth('ADMIN')
  @Mutation(() => VariantPayload, { description: 'Changes a variant (not its stock: use inventoryAdjust).' })
  async variantUpdate(
    @Arg('input', () => VariantUpdateInput, { description: 'The variant and its changes.' })
    input: VariantUpdateInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await variantsService.updateVariant(ctx, input);
    return this.variantPayload(ctx, result);
  }

  @Auth('ADMIN')
  @Mutation(() => DeletePayload, {
    description: 'Deletes a variant; the last variant of a product cannot be deleted.',
  })
  async variantDelete(
    @Arg('input', () => DeleteInput, { description: 'The variant to delete.' }) input: DeleteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return Object.assign(new DeletePayload(), await variantsService.deleteVariant(ctx, input.id));
  }

  @Auth('ADMIN')
  @Mutation(() => CategoryPayload, { description: 'Creates a category, at the root or below a parent.' })
  async categoryCreate(
    @Arg('input', () => CategoryCreateInput, { description: 'The new category.' }) input: CategoryCreateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.categoryPayload(await categoriesService.createCategory(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => CategoryPayload, {
    description: "Changes a category's name, slug, description or position.",
  })
  async categoryUpdate(
    @Arg('input', () => CategoryUpdateInput, { description: 'The category and its changes.' })
    input: CategoryUpdateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.categoryPayload(await categoriesService.updateCategory(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => CategoryPayload, {
    description:
      'Moves a category and its subtree under another parent (or to the root); cycles are refused.',
  })
  async categoryMove(
    @Arg('input', () => CategoryMoveInput, { description: 'The category and where it goes.' })
    input: CategoryMoveInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.categoryPayload(await categoriesService.moveCategory(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => DeletePayload, {
    description:
      'Deletes a category. One with subcategories or products answers CATEGORY_NOT_EMPTY unless `reassignTo` ' +
      'names where they go.',
  })
  async categoryDelete(
    @Arg('input', () => CategoryDeleteInput, { description: 'The category and where its contents go.' })
    input: CategoryDeleteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return Object.assign(new DeletePayload(), await categoriesService.deleteCategory(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => InventoryAdjustPayload, {
    description: "Changes a variant's stock by a delta and records it in the ledger; never below zero.",
  })
  async inventoryAdjust(
    @Arg('input', () => InventoryAdjustInput, { description: 'The variant and the stock change.' })
    input: InventoryAdjustInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await inventory.adjustInventory(ctx, input);
    return Object.assign(new InventoryAdjustPayload(), {
      errors: result.errors,
      variant: result.variant && toVariant(result.variant, ctx.app.config.storeCurrency),
      movement: result.movement && toStockMovement(result.movement),
    });
  }

  @Auth('ADMIN')
  @Query(() => StockMovementConnection, {
    description: 'The stock ledger of a variant, newest first. Admin only.',
  })
  async stockMovements(@Args(() => StockMovementsArgs) args: StockMovementsArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(
      await inventory.listStockMovements(ctx, args.filter.variantId, args),
      toStockMovement,
    );
  }

  @Auth('ADMIN')
  @Query(() => ProductVariantConnection, {
    description: 'Variants at or below a stock threshold, emptiest first. Admin only.',
  })
  async lowStockVariants(@Args(() => LowStockArgs) args: LowStockArgs, @Ctx() ctx: RequestContext) {
    const currency = ctx.app.config.storeCurrency;
    const threshold = args.filter?.threshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
    return mapConnection(await inventory.listLowStockVariants(ctx, threshold, args), (row) =>
      toVariant(row, currency),
    );
  }

  @Auth('ADMIN')
  @Mutation(() => ProductImagePayload, {
    description:
      'Adds an image to a product (GraphQL multipart request; send `Apollo-Require-Preflight: true`). JPEG, PNG or ' +
      'WebP checked by content, up to UPLOAD_MAX_FILE_SIZE; re-encoded to WebP renditions (160, 480, 1200 px) ' +
      'without metadata. Errors: IMAGE_TOO_LARGE, UNSUPPORTED_IMAGE_TYPE, CORRUPT_IMAGE; nothing is kept on failure.',
  })
  async productImageUpload(
    @Arg('input', () => ProductImageUploadInput, { description: 'The product and the image file.' })
    input: ProductImageUploadInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await images.uploadProductImage(ctx, input);
    return Object.assign(new ProductImagePayload(), {
      errors: result.errors,
      image: result.image && toImage(result.image, ctx.app.config.publicUrl),
    });
  }

  @Auth('ADMIN')
  @Mutation(() => DeletePayload, { description: 'Deletes a product image and its files.' })
  async productImageDelete(
    @Arg('input', () => DeleteInput, { description: 'The image to delete.' }) input: DeleteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return Object.assign(new DeletePayload(), await images.deleteProductImage(ctx, input.id));
  }

  @Auth('ADMIN')
  @Mutation(() => ProductImagesPayload, { description: "Sets the display order of a product's images." })
  async productImagesReorder(
    @Arg('input', () => ProductImagesReorderInput, { description: 'The product and its image ids in order.' })
    input: ProductImagesReorderInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await images.reorderProductImages(ctx, input);
    return Object.assign(new ProductImagesPayload(), {
      errors: result.errors,
      images: result.images?.map((row) => toImage(row, ctx.app.config.publicUrl)) ?? null,
    });
  }

  private variantPayload(ctx: RequestContext, result: variantsService.VariantResult) {
    return Object.assign(new VariantPayload(), {
      errors: result.errors,
      variant: result.variant && toVariant(result.variant, ctx.app.config.storeCurrency),
    });
  }

  private categoryPayload(result: categoriesService.CategoryResult) {
    return Object.assign(new CategoryPayload(), {
      errors: result.errors,
      category: result.category && toCategory(result.category),
    });
  }
}
