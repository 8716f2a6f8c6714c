import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ReportBucket } from './reporting.types.js';

/** The customer report's GraphQL types; the definitions below are the report's contract. */

const SALE =
  'A sale is an order that reached CONFIRMED (paid, or cash on delivery accepted), counted at its `createdAt`; ' +
  'orders cancelled before confirmation and expired unpaid orders never count.';

@InputType({ description: 'The period and buckets of a customer report.' })
export class CustomerReportInput {
  @Field(() => String, {
    description: 'First local date of the period (YYYY-MM-DD), included, in `timeZone`.',
  })
  from!: string;

  @Field(() => String, {
    description: 'Last local date of the period (YYYY-MM-DD), included; not before `from`.',
  })
  to!: string;

  @Field(() => ReportBucket, {
    defaultValue: ReportBucket.DAY,
    description: 'How the period is divided (at most 1,500 buckets).',
  })
  bucket!: ReportBucket;

  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone of the dates and buckets, e.g. Europe/Berlin; default the store's STORE_TIME_ZONE.",
  })
  timeZone?: string | null;
}

@ObjectType({ description: `Customer figures of one bucket. ${SALE}` })
export class CustomerReportBucket {
  @Field(() => Date, { description: 'First instant of the bucket (clipped to the period).' })
  start!: Date;

  @Field(() => Date, { description: 'First instant after the bucket (clipped to the period).' })
  end!: Date;

  @Field(() => String, {
    description: 'The local calendar period: 2026-03-29 (day), 2026-W13 (ISO week), 2026-03 (month), 2026.',
  })
  label!: string;

  @Field(() => Int, {
    description: 'Accounts with the CUSTOMER role created in the bucket (staff and vendors are not counted).',
  })
  newCustomers!: number;

  @Field(() => Int, { description: 'Sales (orders) created in the bucket.' })
  orders!: number;

  @Field(() => Int, { description: 'Distinct users with at least one sale in the bucket.' })
  buyers!: number;

  @Field(() => Int, {
    description:
      "Buyers of the bucket whose first sale ever (in the store's whole history) is in this bucket.",
  })
  firstTimeBuyers!: number;

  @Field(() => Int, {
    description: 'Buyers of the bucket who had a sale before the bucket began: `buyers - firstTimeBuyers`.',
  })
  returningBuyers!: number;
}

@ObjectType({ description: `Customer figures of the whole period. ${SALE}` })
export class CustomerReportTotals {
  @Field(() => Int, { description: 'Accounts with the CUSTOMER role created in the period.' })
  newCustomers!: number;

  @Field(() => Int, { description: 'Sales (orders) created in the period.' })
  orders!: number;

  @Field(() => Int, {
    description: 'Distinct users with at least one sale in the period (not the sum of the buckets).',
  })
  buyers!: number;

  @Field(() => Int, { description: 'Buyers of the period whose first sale ever is in the period.' })
  firstTimeBuyers!: number;

  @Field(() => Int, {
    description: 'Buyers of the period who had a sale before it began: `buyers - firstTimeBuyers`.',
  })
  returningBuyers!: number;

  @Field(() => Int, { description: 'Buyers with two or more sales in the period.' })
  repeatBuyers!: number;

  @Field(() => Float, {
    description:
      'Repeat purchase rate: `repeatBuyers / buyers`, from 0 to 1, rounded to 4 decimals; 0 without buyers.',
  })
  repeatPurchaseRate!: number;

  @Field(() => Float, {
    description:
      'Average orders per customer: `orders / buyers` (sales per buying user in the period), rounded to 4 ' +
      'decimals; 0 without buyers.',
  })
  averageOrdersPerCustomer!: number;
}

@ObjectType({
  description: `New customers and buyers per bucket of a period, with the period's repeat-purchase figures. ${SALE}`,
})
export class CustomerReport {
  @Field(() => String, { description: 'First local date of the period, as asked.' })
  from!: string;

  @Field(() => String, { description: 'Last local date of the period, as asked.' })
  to!: string;

  @Field(() => String, { description: 'The IANA time zone the dates and buckets are in.' })
  timeZone!: string;

  @Field(() => ReportBucket, { description: 'How the period is divided.' })
  bucket!: ReportBucket;

  @Field(() => CustomerReportTotals, { description: 'Figures of the whole period.' })
  totals!: CustomerReportTotals;

  @Field(() => [CustomerReportBucket], {
    description: 'Every bucket of the period in order, empty ones as zeros.',
  })
  buckets!: CustomerReportBucket[];
}
