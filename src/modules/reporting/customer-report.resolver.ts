import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cost } from '../../graphql/cost/cost-annotations.js';
import { customerReport } from './customer-report.service.js';
import { CustomerReport, CustomerReportInput } from './customer-report.types.js';

/** Three aggregate statements over index ranges, one range per bucket. */
export const CUSTOMER_REPORT_COST = 100;

@Resolver()
export class CustomerReportResolver {
  @Auth('ADMIN')
  @Cost(CUSTOMER_REPORT_COST)
  @Query(() => CustomerReport, {
    description:
      "New customers, buyers, first-time and returning buyers per bucket of a period, and the period's repeat " +
      'purchase rate and average orders per customer. A bad time zone or date, a reversed period or more than ' +
      '1,500 buckets is a BAD_USER_INPUT naming the input field. Admin only.',
  })
  customerReport(
    @Arg('input', () => CustomerReportInput, { description: 'The period, its buckets and time zone.' })
    input: CustomerReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerReport> {
    return customerReport(ctx, input);
  }
}
