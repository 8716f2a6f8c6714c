import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { selectedFieldNames } from '../../graphql/lookahead.js';
import { money } from '../../graphql/money.js';
import { roleAtLeast } from '../../graphql/roles.js';
import {
  AdminProductsArgs,
  Category,
  MoneyRange,
  Product,
  ProductConnection,
  ProductFacets,
  ProductImage,
  ProductStatus,
  ProductsArgs,
  ProductVariant,
  toCategory,
  toImage,
  toProduct,
  toVariant,
} from './catalog.types.js';
import { findProduct } from './product.service.js';
import { type ProductListing, searchProducts } from './product-search.js';

/** Maps a listing to the GraphQL connection, keeping totalCount and facets lazy. */
export function toProductConnection(ctx: RequestContext, listing: ProductListing) {
  const nodes = listing.nodes.map(toProduct);
  const currency = ctx.app.config.storeCurrency;
  return {
    edges: listing.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] })),
    nodes,
    pageInfo: listing.pageInfo,
    get totalCount() {
      return listing.totalCount;
    },
    get facets(): Promise<ProductFacets> {
      return listing.facets.then((f) =>
        Object.assign(new ProductFacets(), {
          categories: f.categories.map((c) => ({ category: toCategory(c.category), count: c.count })),
          brands: f.brands,
          priceBuckets: f.priceBuckets.map((b) => ({
            min: money(b.min, currency),
            max: b.max === null ? null : money(b.max, currency),
            count: b.count,
          })),
          ratings: f.ratings,
          inStock: f.inStock,
        }),
      );
    },
  };
}

/** Product fields that read variants, images or categories (the product's "parts"). */
const PARTS_FIELDS = ['variants', 'images', 'categories', 'compareAtPriceRange', 'inStock'];

/** Whether a products connection's nodes select any parts, so the listing fetches them in its statement. */
export function selectsParts(info: GraphQLResolveInfo): boolean {
  const selected = selectedFieldNames(info, [['edges', 'node'], ['nodes']]);
  return PARTS_FIELDS.some((field) => selected.has(field));
}

async function viewerIsAdmin(ctx: RequestContext): Promise<boolean> {
  const viewer = await ctx.viewer();
  return viewer !== null && roleAtLeast(viewer.role, 'ADMIN');
}

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, {
    nullable: true,
    description: 'One product by id or slug. The public sees ACTIVE products only; admins see every status.',
  })
  async product(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Product | null> {
    const row = await findProduct(ctx, { id, slug }, await viewerIsAdmin(ctx));
    return row ? toProduct(row) : null;
  }

  @Query(() => ProductConnection, {
    description: 'The storefront catalog: ACTIVE products, filtered, sorted, keyset-paginated, with facets.',
  })
  async products(
    @Args(() => ProductsArgs) args: ProductsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const listing = await searchProducts(ctx, {
      filter: args.filter ?? {},
      sort: args.sort ?? null,
      page: args,
      statuses: ['ACTIVE'],
      withParts: selectsParts(info),
    });
    return toProductConnection(ctx, listing);
  }

  @Auth('ADMIN')
  @Query(() => ProductConnection, {
    description: 'Every product whatever its status, with a status filter. Admin only.',
  })
  async adminProducts(
    @Args(() => AdminProductsArgs) args: AdminProductsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { status, ...filter } = args.filter ?? {};
    const listing = await searchProducts(ctx, {
      filter,
      sort: args.sort ?? null,
      page: args,
      statuses: status?.length ? status : [ProductStatus.DRAFT, ProductStatus.ACTIVE, ProductStatus.ARCHIVED],
      withParts: selectsParts(info),
    });
    return toProductConnection(ctx, listing);
  }

  @FieldResolver(() => [Category], { description: 'Categories the product is directly in.' })
  async categories(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return (await ctx.loaders.catalog.categoriesByProduct.load(product.id)).map(toCategory);
  }

  @FieldResolver(() => [ProductVariant], { description: 'Variants in display order; at least one.' })
  async variants(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<ProductVariant[]> {
    const rows = await ctx.loaders.catalog.variantsByProduct.load(product.id);
    return rows.map((row) => toVariant(row, ctx.app.config.storeCurrency));
  }

  @FieldResolver(() => [ProductImage], { description: 'Images in display order.' })
  async images(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<ProductImage[]> {
    const rows = await ctx.loaders.catalog.imagesByProduct.load(product.id);
    return rows.map((row) => toImage(row, ctx.app.config.publicUrl));
  }

  @FieldResolver(() => MoneyRange, { description: 'Lowest and highest variant price.' })
  priceRange(@Root() product: Product, @Ctx() ctx: RequestContext): MoneyRange {
    const currency = ctx.app.config.storeCurrency;
    return Object.assign(new MoneyRange(), {
      min: money(product.minPrice, currency),
      max: money(product.maxPrice, currency),
    });
  }

  @FieldResolver(() => MoneyRange, {
    nullable: true,
    description: 'Lowest and highest compare-at price among variants that have one; null when none has.',
  })
  async compareAtPriceRange(
    @Root() product: Product,
    @Ctx() ctx: RequestContext,
  ): Promise<MoneyRange | null> {
    const prices = (await ctx.loaders.catalog.variantsByProduct.load(product.id))
      .map((v) => v.compareAtPrice)
      .filter((p): p is number => p !== null);
    if (prices.length === 0) return null;
    const currency = ctx.app.config.storeCurrency;
    return Object.assign(new MoneyRange(), {
      min: money(Math.min(...prices), currency),
      max: money(Math.max(...prices), currency),
    });
  }

  @FieldResolver(() => Boolean, { description: 'True when at least one variant is in stock.' })
  async inStock(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await ctx.loaders.catalog.variantsByProduct.load(product.id)).some((v) => v.stock > 0);
  }
}

@Resolver(() => ProductVariant)
export class ProductVariantResolver {
  @FieldResolver(() => Product, { description: 'The product this variant belongs to.' })
  async product(@Root() variant: ProductVariant, @Ctx() ctx: RequestContext): Promise<Product> {
    const row = await ctx.loaders.catalog.productById.load(variant.productId);
    if (!row) throw new Error(`variant ${variant.id} has no product`);
    return toProduct(row);
  }
}
