import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import { CacheControl } from '../../graphql/cache-control.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cost, ListSize } from '../../graphql/cost/cost-annotations.js';
import { selectedFieldNames } from '../../graphql/lookahead.js';
import { money } from '../../graphql/money.js';
import { viewerIsAdmin } from '../../graphql/node.js';
import type { PageInfo } from '../../graphql/pagination.js';
import { CATALOG_MAX_AGE } from './catalog.cache.js';
import { productListingCost } from './catalog.costs.js';
import { Category, toCategory } from './category.types.js';
import { findProduct } from './product.service.js';
import { MoneyRange, Product, ProductStatus, toProduct } from './product.types.js';
import { ProductConnection, ProductFacets } from './product-facets.types.js';
import { AdminProductsArgs, ProductsArgs } from './product-filter.types.js';
import { ProductImage, toImage } from './product-image.types.js';
import type { ProductParts } from './product-rows.js';
import { type ProductListing, searchProducts } from './product-search.js';
import { ProductVariant, toVariant } from './variant.types.js';

/** Maps a listing to the GraphQL connection, keeping totalCount and facets lazy. */
export function toProductConnection(ctx: RequestContext, listing: ProductListing): ListingConnection {
  return new ListingConnection(listing, ctx.app.config.storeCurrency);
}

/** A products connection over a listing (a class, not a literal with getters: see LazyConnection). */
class ListingConnection {
  readonly edges: { cursor: string; node: Product }[];
  readonly nodes: Product[];
  readonly pageInfo: PageInfo;
  readonly #listing: ProductListing;
  readonly #currency: string;

  constructor(listing: ProductListing, currency: string) {
    this.nodes = listing.nodes.map((row, i) => toProduct(row, listing.parts[i] ?? null));
    this.edges = listing.edges.map((edge, i) => ({ cursor: edge.cursor, node: this.nodes[i] as Product }));
    this.pageInfo = listing.pageInfo;
    this.#listing = listing;
    this.#currency = currency;
  }

  get totalCount(): Promise<number> {
    return this.#listing.totalCount;
  }

  get totalCountIsExact(): Promise<boolean> {
    return this.#listing.totalCountIsExact;
  }

  get facets(): Promise<ProductFacets> {
    const currency = this.#currency;
    return this.#listing.facets.then((f) =>
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
  }
}

/** Whether a products connection selects its count, so a search counts in its page's statement. */
export function selectsCount(info: GraphQLResolveInfo): boolean {
  const selected = selectedFieldNames(info, [[]]);
  return selected.has('totalCount') || selected.has('totalCountIsExact');
}

/** Product fields that read variants, images or categories (the product's "parts"). */
const PARTS_FIELDS = ['variants', 'images', 'categories', 'compareAtPriceRange', 'inStock'];

/** Whether a products connection's nodes select any parts, so the listing fetches them in its statement. */
export function selectsParts(info: GraphQLResolveInfo): boolean {
  const selected = selectedFieldNames(info, [['edges', 'node'], ['nodes']]);
  return PARTS_FIELDS.some((field) => selected.has(field));
}

@Resolver(() => Product)
export class ProductResolver {
  @CacheControl({ maxAge: CATALOG_MAX_AGE })
  @Query(() => Product, {
    nullable: true,
    description: 'One product by id or slug. The public sees ACTIVE products only; admins see every status.',
  })
  async product(
    @Arg('id', () => ID, { nullable: true, description: 'The product id; give this or `slug`.' }) id:
      | string
      | null,
    @Arg('slug', () => String, {
      nullable: true,
      description: 'The URL key, e.g. "classic-white-shirt"; used when `id` is not given.',
    })
    slug: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Product | null> {
    const withAncestors = selectedFieldNames(info, [['categories']]).has('ancestors');
    const row = await findProduct(ctx, { id, slug }, await viewerIsAdmin(ctx), withAncestors);
    return row ? toProduct(row) : null;
  }

  @CacheControl({ maxAge: CATALOG_MAX_AGE })
  @Cost(productListingCost)
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
      countCap: ctx.app.config.productCountCap,
      withCount: selectsCount(info),
    });
    return toProductConnection(ctx, listing);
  }

  @Auth('ADMIN')
  @Cost(productListingCost)
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
      withCount: selectsCount(info),
    });
    return toProductConnection(ctx, listing);
  }

  // The parts' fields answer synchronously when the listing read the parts with the product:
  // no loader round, no promise per field of every card.
  @CacheControl({ inheritMaxAge: true })
  @ListSize(5)
  @FieldResolver(() => [Category], { description: 'Categories the product is directly in.' })
  categories(@Root() product: Product, @Ctx() ctx: RequestContext): Maybe<Category[]> {
    return withParts(product, ctx, (parts) => parts.categories.map(toCategory));
  }

  @CacheControl({ inheritMaxAge: true })
  @ListSize(10)
  @FieldResolver(() => [ProductVariant], { description: 'Variants in display order; at least one.' })
  variants(@Root() product: Product, @Ctx() ctx: RequestContext): Maybe<ProductVariant[]> {
    const currency = ctx.app.config.storeCurrency;
    return withParts(product, ctx, (parts) => parts.variants.map((row) => toVariant(row, currency)));
  }

  @CacheControl({ inheritMaxAge: true })
  @ListSize(10)
  @FieldResolver(() => [ProductImage], { description: 'Images in display order.' })
  images(@Root() product: Product, @Ctx() ctx: RequestContext): Maybe<ProductImage[]> {
    const { publicUrl } = ctx.app.config;
    return withParts(product, ctx, (parts) => parts.images.map((row) => toImage(row, publicUrl)));
  }

  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => MoneyRange, { description: 'Lowest and highest variant price.' })
  priceRange(@Root() product: Product, @Ctx() ctx: RequestContext): MoneyRange {
    const currency = ctx.app.config.storeCurrency;
    return Object.assign(new MoneyRange(), {
      min: money(product.minPrice, currency),
      max: money(product.maxPrice, currency),
    });
  }

  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => MoneyRange, {
    nullable: true,
    description: 'Lowest and highest compare-at price among variants that have one; null when none has.',
  })
  compareAtPriceRange(@Root() product: Product, @Ctx() ctx: RequestContext): Maybe<MoneyRange | null> {
    return withParts(product, ctx, (parts) => {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (const { compareAtPrice } of parts.variants) {
        if (compareAtPrice === null) continue;
        if (compareAtPrice < min) min = compareAtPrice;
        if (compareAtPrice > max) max = compareAtPrice;
      }
      if (min > max) return null;
      const currency = ctx.app.config.storeCurrency;
      return Object.assign(new MoneyRange(), { min: money(min, currency), max: money(max, currency) });
    });
  }

  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => Boolean, { description: 'True when at least one variant is in stock.' })
  inStock(@Root() product: Product, @Ctx() ctx: RequestContext): Maybe<boolean> {
    return withParts(product, ctx, (parts) => parts.variants.some((v) => v.stock > 0));
  }
}

type Maybe<T> = T | Promise<T>;

/** `read` of the product's parts: at once when they came with the product, else once the loader has batched them. */
function withParts<T>(product: Product, ctx: RequestContext, read: (parts: ProductParts) => T): Maybe<T> {
  if (product.parts) return read(product.parts);
  return ctx.loaders.catalog.productParts.load(product.id).then(read);
}

@Resolver(() => ProductVariant)
export class ProductVariantResolver {
  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => Product, { description: 'The product this variant belongs to.' })
  async product(@Root() variant: ProductVariant, @Ctx() ctx: RequestContext): Promise<Product> {
    const row = await ctx.loaders.catalog.productById.load(variant.productId);
    if (!row) throw new Error(`variant ${variant.id} has no product`);
    return toProduct(row);
  }
}
