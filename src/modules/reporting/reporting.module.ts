import type { DomainModule } from '../../graphql/domain-module.js';
import { CustomerReportResolver } from './customer-report.resolver.js';
import { InventoryReportResolver, VariantStockValueResolver } from './inventory-report.resolver.js';

/**
 * What the reporting domain contributes to the server (collected by src/modules/index.ts): sales,
 * inventory and customer reports bucketed in a time zone (report-buckets.ts).
 */
export const reportingModule: DomainModule = {
  name: 'reporting',
  resolvers: [InventoryReportResolver, VariantStockValueResolver, CustomerReportResolver],
};
