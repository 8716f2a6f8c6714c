import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cost } from '../../graphql/cost/cost-annotations.js';
import { dashboardSummary } from './dashboard-summary.service.js';
import { DashboardSummary } from './dashboard-summary.types.js';
import { DEFAULT_LOW_STOCK_THRESHOLD } from './inventory-scope.js';

/** Three small statements over 60 days of rollups and accounts: cheap enough to poll. */
export const DASHBOARD_COST = 10;

@Resolver()
export class DashboardSummaryResolver {
  @Auth('ADMIN')
  @Cost(DASHBOARD_COST)
  @Query(() => DashboardSummary, {
    description:
      "Today, the last 7 and the last 30 days in the store's time zone against the days just before them (net " +
      'sales, orders, average order value, new customers), and the low-stock count. Admin only.',
  })
  dashboardSummary(
    @Arg('lowStockThreshold', () => Int, {
      defaultValue: DEFAULT_LOW_STOCK_THRESHOLD,
      description: 'A variant with at most this many units is low on stock (0 to 1,000,000).',
    })
    lowStockThreshold: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DashboardSummary> {
    return dashboardSummary(ctx, lowStockThreshold);
  }
}
