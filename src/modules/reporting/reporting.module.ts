import type { Executor } from '../../db/client.js';
import type { DomainModule } from '../../graphql/domain-module.js';
import { orderEventRecorded, orderEventStatement, type RecordedOrderEvent } from '../order/order-events.js';
import { CustomerReportResolver } from './customer-report.resolver.js';
import { DashboardSummaryResolver } from './dashboard-summary.resolver.js';
import { InventoryReportResolver, VariantStockValueResolver } from './inventory-report.resolver.js';
import { addPlacedOrderFacts, FACT_EVENTS, factsInEventStatement } from './placed-order-facts.js';
import { rebuildSalesReports, salesFactsBehind } from './rebuild.js';
import { ReportingResolver, SalesReportBucketResolver, TopProductResolver } from './reporting.resolver.js';
import { RollupCompactor } from './rollup-compaction.js';
import { pendingRollupFolder } from './rollup-pending.js';
import { mountSalesCsv } from './sales-csv.js';
import { refreshSalesFacts } from './sales-facts.service.js';

async function refreshOnOrderEvent(tx: Executor, event: RecordedOrderEvent): Promise<void> {
  if (FACT_EVENTS.has(event.type) && !factsInEventStatement(event))
    await refreshSalesFacts(tx, [event.orderId]);
}

/**
 * What the reporting domain contributes to the server (collected by src/modules/index.ts): sales,
 * inventory and customer reports bucketed in a time zone (report-buckets.ts), read from facts kept
 * exact in every order transaction (sales-facts.service.ts) and rollups that every read brings up to
 * date with them (a checkout leaves its order's rollups pending: rollup-pending.ts).
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
  wire: () => {
    // A checkout's confirmation writes its facts in its own statement; every other change refreshes.
    orderEventStatement.register(addPlacedOrderFacts);
    orderEventRecorded.register(refreshOnOrderEvent);
  },
  routes: (router, app) => mountSalesCsv(router, app),
  tasks: ({ db, logger }) => {
    const compactor = new RollupCompactor(db, logger);
    const folder = pendingRollupFolder(db, logger);
    return [
      { name: 'report-compaction', start: () => compactor.start(), stop: () => compactor.stop() },
      { name: 'report-pending-rollups', start: () => folder.start(), stop: () => folder.stop() },
    ];
  },
  onStart: async (app) => {
    if (!(await salesFactsBehind(app.db))) return;
    const result = await rebuildSalesReports(app.db);
    app.logger.info(result, 'sales report facts rebuilt');
  },
};
