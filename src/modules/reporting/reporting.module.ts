import type { DomainModule } from '../../graphql/domain-module.js';

/**
 * What the reporting domain contributes to the server (collected by src/modules/index.ts): sales,
 * inventory and customer reports bucketed in a time zone (report-buckets.ts).
 */
export const reportingModule: DomainModule = {
  name: 'reporting',
  resolvers: [],
};
