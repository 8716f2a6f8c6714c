import type { Executor } from '../../db/client.js';
import type { DomainModule } from '../../graphql/domain-module.js';
import { orderEventRecorded, type RecordedOrderEvent } from '../order/order-events.js';
import { CustomerReportResolver } from './customer-report.resolver.js';
import { DashboardSummaryResolver } from './dashboard-summary.resolver.js';
import { InventoryReportResolver, VariantStockValueResolver } from './inventory-report.resolver.js';
import { rebuildSalesReports, salesFactsBehind } from './rebuild.js';
import { ReportingResolver, SalesReportBucketResolver, TopProductResolver } from './reporting.resolver.js';
import { RollupCompactor } from './rollup-compaction.js';
import { mountSalesCsv } from './sales-csv.js';
import { refreshSalesFacts } from './sales-facts.service.js';

/**
 * Order events after which an order's sales facts may differ: it was confirmed, cancelled or
 * refunded (every refunds row is written by an action that records one of these). Placing, paying
 * failures, shipping and return requests change nothing reports count.
 */
const FACT_EVENTS = new Set<string>([
  'PAYMENT_SUCCEEDED',
  'CASH_ON_DELIVERY_CONFIRMED',
  'CANCELLED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
  'LATE_PAYMENT_REFUNDED',
]);

async function refreshOnOrderEvent(tx: Executor, event: RecordedOrderEvent): Promise<void> {
  if (FACT_EVENTS.has(event.type)) await refreshSalesFacts(tx, [event.orderId]);
}

/**
 * What the reporting domain contributes to the server (collected by src/modules/index.ts): sales,
 * inventory and customer reports bucketed in a time zone (report-buckets.ts), read from facts and
 * rollups kept exact in every order transaction (sales-facts.service.ts).
 */
export const reportingModule: DomainModule = {
  name: 'reporting',
  resolvers: [
    ReportingResolver,
    SalesReportBucketResolver,
    TopProductResolver,
    InventoryReportResolver,
    VariantStockValueResolver,
    CustomerReportResolver,
    DashboardSummaryResolver,
  ],
  wire: () => orderEventRecorded.register(refreshOnOrderEvent),
  routes: (router, app) => mountSalesCsv(router, app),
  tasks: ({ db, logger }) => {
    const compactor = new RollupCompactor(db, logger);
    return [{ name: 'report-compaction', start: () => compactor.start(), stop: () => compactor.stop() }];
  },
  onStart: async (app) => {
    if (!(await salesFactsBehind(app.db))) return;
    const result = await rebuildSalesReports(app.db);
    app.logger.info(result, 'sales report facts rebuilt');
  },
};
