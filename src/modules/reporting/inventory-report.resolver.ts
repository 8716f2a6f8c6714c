import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cost } from '../../graphql/cost/cost-annotations.js';
import { Money, money } from '../../graphql/money.js';
import { mapConnection, PageArgsType } from '../../graphql/pagination.js';
import { ProductVariant, ProductVariantConnection, toVariant } from '../catalog/variant.types.js';
import { inventoryItems, inventoryTotals, stockMovementSummary } from './inventory-report.service.js';
import {
  InventoryReport,
  InventoryReportFilterInput,
  InventoryTotals,
  StockMovementPeriodInput,
  StockMovementSummary,
} from './inventory-report.types.js';
import { resolveInventoryScope } from './inventory-scope.js';

/** An aggregate over every covered variant (their whole set, not a page). */
export const INVENTORY_TOTALS_COST = 50;
/** An aggregate over the ledger of a period: one index range per bucket. */
export const STOCK_MOVEMENTS_COST = 100;

@Resolver(() => InventoryReport)
export class InventoryReportResolver {
  @Auth('ADMIN')
  @Query(() => InventoryReport, {
    description:
      'Stock on hand per variant (units and value at the current price), totals and the low-stock count, and ' +
      'stock movements by reason over a period, for the variants the filter covers. Each part runs only when ' +
      'selected. Admin only.',
  })
  async inventoryReport(
    @Arg('filter', () => InventoryReportFilterInput, {
      nullable: true,
      description: 'Which variants the report covers; default: every variant.',
    })
    filter: InventoryReportFilterInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InventoryReport> {
    const scope = await resolveInventoryScope(ctx, filter ?? {});
    return Object.assign(new InventoryReport(), { lowStockThreshold: scope.threshold, scope });
  }

  @FieldResolver(() => ProductVariantConnection, {
    description:
      'The covered variants, emptiest first (then by id): `quantityAvailable` is the stock on hand, `stockValue` ' +
      'its value at the current price.',
  })
  async items(
    @Root() report: InventoryReport,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: RequestContext,
  ) {
    const currency = ctx.app.config.storeCurrency;
    return mapConnection(await inventoryItems(ctx, report.scope, page), (row) => toVariant(row, currency));
  }

  @Cost(INVENTORY_TOTALS_COST)
  @FieldResolver(() => InventoryTotals, {
    description: 'Units, value and low-stock count summed over every covered variant.',
  })
  totals(@Root() report: InventoryReport, @Ctx() ctx: RequestContext): Promise<InventoryTotals> {
    return inventoryTotals(ctx, report.scope);
  }

  @Cost(STOCK_MOVEMENTS_COST)
  @FieldResolver(() => StockMovementSummary, {
    description:
      'The stock ledger of the covered variants over a period, summed by reason (and by bucket when asked). ' +
      'A bad time zone or date, a reversed period or more than 1,500 buckets is a BAD_USER_INPUT.',
  })
  movements(
    @Root() report: InventoryReport,
    @Arg('input', () => StockMovementPeriodInput, { description: 'The period, its zone and buckets.' })
    input: StockMovementPeriodInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StockMovementSummary> {
    return stockMovementSummary(ctx, report.scope, input);
  }
}

/** The inventory value of a variant, beside its stock: what the inventory report lists. */
@Resolver(() => ProductVariant)
export class VariantStockValueResolver {
  @Auth('ADMIN')
  @FieldResolver(() => Money, {
    description:
      'Value of the stock on hand: `quantityAvailable` × current `price` (before tax), exact. Admin only.',
  })
  stockValue(@Root() variant: ProductVariant, @Ctx() ctx: RequestContext): Money {
    return money(
      BigInt(variant.quantityAvailable) * BigInt(variant.priceMinor),
      ctx.app.config.storeCurrency,
    );
  }
}
