import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cost, ListSize } from '../../graphql/cost/cost-annotations.js';
import { badUserInput } from '../../graphql/errors.js';
import { money } from '../../graphql/money.js';
import { DEFAULT_PAGE_SIZE, LazyConnection, MAX_PAGE_SIZE } from '../../graphql/pagination.js';
import { toCategory } from '../catalog/category.types.js';
import { Product, toProduct } from '../catalog/product.types.js';
import { OrderStatus } from '../order/order.types.js';
import type { OrderStatus as OrderStatusValue } from '../order/order-state.types.js';
import { resolveCategories, resolvePeriod } from './report-input.js';
import {
  OrderStatusCount,
  ReportPeriodInput,
  SaleItemConnection,
  SalesReport,
  SalesReportBucket,
  SalesReportInput,
  TopCategory,
  TopProduct,
  TopReportInput,
} from './reporting.types.js';
import { itemsPageKey } from './sale-items.js';
import { buildSalesReport, type ReportView, toSaleItemEdge } from './sales-report.view.js';
import { ordersByStatus, topCategories, topProducts } from './top-reports.service.js';

const MAX_TOP = 100;

@ArgsType()
class SaleItemsArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to continue after.' })
  after?: string | null;
}

function topFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_TOP)
    throw badUserInput(`first must be between 1 and ${MAX_TOP}.`, 'input.first');
  return first;
}

const topListSize = (args: Readonly<Record<string, unknown>>) =>
  Math.min(MAX_TOP, Number((args.input as { first?: number } | undefined)?.first ?? 10) || 10);

/** Sales analytics for staff: the sales report, top lists and orders by status. */
@Resolver()
export class ReportingResolver {
  @Auth('ADMIN')
  @Cost(50)
  @Query(() => SalesReport, {
    description:
      'Sales of a period, bucketed by day, ISO week, month or year in a time zone, from rollups kept exact in ' +
      'every order transaction. A sale is an order that reached CONFIRMED, counted at its creation time; orders ' +
      'cancelled before confirmation or expired unpaid never count. Refunds count negatively at their own time ' +
      '(closed buckets change only through late refunds). Bad input (time zone, dates, reversed period, more than ' +
      '1,500 buckets, unknown ids) is a BAD_USER_INPUT error.',
  })
  async salesReport(
    @Arg('input', () => SalesReportInput, { description: 'Period, buckets, time zone and filters.' })
    input: SalesReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SalesReport> {
    return buildSalesReport(ctx, input);
  }

  @Auth('ADMIN')
  @Cost(30)
  @ListSize(topListSize)
  @Query(() => [TopProduct], {
    description:
      'Best-selling products of a period (sales counted as in salesReport), by net sales or units, highest first.',
  })
  async topProducts(
    @Arg('input', () => TopReportInput, { description: 'Period, ranking, size and optional categories.' })
    input: TopReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TopProduct[]> {
    const period = resolvePeriod(input, ctx.app.config.storeTimeZone);
    const first = topFirst(input.first);
    const categories = await resolveCategories(ctx, input.categoryIds);
    const rows = await topProducts(ctx.app.db, period, input.by, first, categories);
    const currency = ctx.app.config.storeCurrency;
    return rows.map((r) =>
      Object.assign(new TopProduct(), {
        productId: r.id,
        orders: r.orders,
        units: r.units,
        gross: money(r.gross, currency),
        refunds: money(r.refunds, currency),
        net: money(r.net, currency),
      }),
    );
  }

  @Auth('ADMIN')
  @Cost(50)
  @ListSize(topListSize)
  @Query(() => [TopCategory], {
    description:
      'Best-selling categories of a period: each with the sales of the products in it or in its descendants ' +
      '(current membership), by net sales or units, highest first.',
  })
  async topCategories(
    @Arg('input', () => TopReportInput, { description: 'Period, ranking, size and optional categories.' })
    input: TopReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TopCategory[]> {
    const period = resolvePeriod(input, ctx.app.config.storeTimeZone);
    const first = topFirst(input.first);
    // Validates the ids; the ranking itself expands each category to its descendants.
    await resolveCategories(ctx, input.categoryIds);
    const only = input.categoryIds?.length ? input.categoryIds.map((id) => id.toLowerCase()) : null;
    const rows = await topCategories(ctx.app.db, period, input.by, first, only);
    const tree = await ctx.loaders.catalog.categoryTree();
    const currency = ctx.app.config.storeCurrency;
    return rows.flatMap((r) => {
      const category = tree.get(r.id);
      if (!category) return [];
      return [
        Object.assign(new TopCategory(), {
          category: toCategory(category),
          orders: r.orders,
          units: r.units,
          gross: money(r.gross, currency),
          refunds: money(r.refunds, currency),
          net: money(r.net, currency),
        }),
      ];
    });
  }

  @Auth('ADMIN')
  @Cost(10)
  @ListSize(6)
  @Query(() => [OrderStatusCount], {
    description:
      'Orders created in a period (any outcome, sales or not) counted by their current status; every status listed.',
  })
  async ordersByStatus(
    @Arg('input', () => ReportPeriodInput, { description: 'The period.' }) input: ReportPeriodInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderStatusCount[]> {
    const period = resolvePeriod(input, ctx.app.config.storeTimeZone);
    const rows = await ordersByStatus(ctx.app.db, period);
    return rows.map((r) =>
      Object.assign(new OrderStatusCount(), {
        status: r.status as OrderStatusValue as OrderStatus,
        count: r.count,
      }),
    );
  }
}

/** A bucket's sale lines, batched across the report's buckets (sale-items.ts). */
@Resolver(() => SalesReportBucket)
export class SalesReportBucketResolver {
  @Cost(5)
  @FieldResolver(() => SaleItemConnection, {
    nullable: true,
    description:
      'The sale lines of the bucket (lines of sales created in it, under the report filter), oldest first, ' +
      'keyset-paginated; null unless the report was asked with includeItems.',
  })
  async items(
    @Root() bucket: SalesReportBucket & { view?: ReportView; index?: number },
    @Args(() => SaleItemsArgs) args: SaleItemsArgs,
  ) {
    const view = bucket.view;
    if (!view?.items || bucket.index === undefined) return null;
    const page = await view.items.page(itemsPageKey(bucket.index, args.first, args.after));
    const edges = page.edges.map((edge) => toSaleItemEdge(edge.node, edge.cursor, view.currency));
    // The bucket's count runs only when `totalCount` is selected.
    return new LazyConnection(
      edges,
      edges.map((edge) => edge.node),
      page.pageInfo,
      () => page.totalCount,
    );
  }
}

@Resolver(() => TopProduct)
export class TopProductResolver {
  @FieldResolver(() => Product, {
    nullable: true,
    description: 'The product today; null when it was deleted.',
  })
  async product(@Root() top: TopProduct, @Ctx() ctx: RequestContext): Promise<Product | null> {
    const row = await ctx.loaders.catalog.productById.load(top.productId);
    return row ? toProduct(row) : null;
  }
}
