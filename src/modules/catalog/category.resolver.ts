import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { CacheControl } from '../../graphql/cache-control.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cost, ListSize } from '../../graphql/cost/cost-annotations.js';
import { CATALOG_MAX_AGE } from './catalog.cache.js';
import { productListingCost } from './catalog.costs.js';
import { findCategory } from './category.service.js';
import { Category, toCategory } from './category.types.js';
import { selectsCount, selectsParts, toProductConnection } from './product.resolver.js';
import { ProductConnection } from './product-facets.types.js';
import { ProductsArgs } from './product-filter.types.js';
import { searchProducts } from './product-search.js';

@Resolver(() => Category)
export class CategoryResolver {
  @CacheControl({ maxAge: CATALOG_MAX_AGE })
  @Query(() => Category, { nullable: true, description: 'One category by id or slug.' })
  async category(
    @Arg('id', () => ID, { nullable: true, description: 'The category id; give this or `slug`.' }) id:
      | string
      | null,
    @Arg('slug', () => String, {
      nullable: true,
      description: 'The URL key, e.g. "mens-shoes"; used when `id` is not given.',
    })
    slug: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Category | null> {
    const row = await findCategory(ctx, { id, slug });
    return row ? toCategory(row) : null;
  }

  @CacheControl({ maxAge: CATALOG_MAX_AGE })
  @ListSize((args) => (args.flat ? 100 : 10))
  @Query(() => [Category], {
    description:
      'Categories: the roots (each with `children`), or with `flat: true` every category depth-first.',
  })
  async categories(
    @Arg('flat', () => Boolean, {
      defaultValue: false,
      description: 'true: every category in one list, depth-first; false: the roots only.',
    })
    flat: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Category[]> {
    const tree = await ctx.loaders.catalog.categoryTree();
    return (flat ? tree.flatten() : tree.roots()).map(toCategory);
  }

  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => Category, { nullable: true, description: 'The parent; null for a root.' })
  async parent(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category | null> {
    if (!category.parentId) return null;
    const row = (await ctx.loaders.catalog.categoryTree()).get(category.parentId);
    return row ? toCategory(row) : null;
  }

  @ListSize(5)
  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => [Category], { description: 'Direct subcategories in order.' })
  async children(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return (await ctx.loaders.catalog.categoryTree()).children(category.id).map(toCategory);
  }

  @ListSize(5)
  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => [Category], { description: 'Path from the root down to the parent (breadcrumbs).' })
  async ancestors(@Root() category: Category, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return (await ctx.loaders.catalog.ancestorsOf(category.id)).map(toCategory);
  }

  @Cost(productListingCost)
  @CacheControl({ inheritMaxAge: true })
  @FieldResolver(() => ProductConnection, {
    description:
      'ACTIVE products in this category or any category below it, with the same filters as `products`.',
  })
  async products(
    @Root() category: Category,
    @Args(() => ProductsArgs) args: ProductsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = { ...(args.filter ?? {}), categoryIds: [category.id] };
    const listing = await searchProducts(ctx, {
      filter,
      sort: args.sort ?? null,
      page: args,
      statuses: ['ACTIVE'],
      withParts: selectsParts(info),
      countCap: ctx.app.config.productCountCap,
      withCount: selectsCount(info),
    });
    return toProductConnection(ctx, listing);
  }
}
