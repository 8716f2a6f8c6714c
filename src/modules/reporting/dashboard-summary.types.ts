import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money.js';

/** The dashboard's GraphQL types. */

@ObjectType({
  description:
    'Store figures of a run of whole local days. A sale is an order that reached CONFIRMED, counted at its ' +
    'creation time; refunds count at their own time (see SalesFigures).',
})
export class DashboardFigures {
  @Field(() => String, { description: 'First local date (YYYY-MM-DD) of the days, included.' })
  from!: string;

  @Field(() => String, { description: 'Last local date of the days, included.' })
  to!: string;

  @Field(() => Money, {
    description: 'Net sales: gross − discounts + shipping + tax − refunds in these days (SalesFigures.net).',
  })
  sales!: Money;

  @Field(() => Int, { description: 'Sales (orders that reached CONFIRMED) created in these days.' })
  orders!: number;

  @Field(() => Money, {
    description:
      '(gross − discounts + shipping + tax) / orders, rounded half up to the minor unit; zero without orders ' +
      '(SalesFigures.averageOrderValue).',
  })
  averageOrderValue!: Money;

  @Field(() => Int, { description: 'Accounts with the CUSTOMER role created in these days.' })
  newCustomers!: number;
}

@ObjectType({ description: 'A dashboard period and the period of the same length just before it.' })
export class DashboardComparison {
  @Field(() => DashboardFigures, {
    description: 'The period ending today (today included, so far: it is still running).',
  })
  current!: DashboardFigures;

  @Field(() => DashboardFigures, {
    description: 'The same number of whole days just before `current`.',
  })
  previous!: DashboardFigures;
}

@ObjectType({
  description:
    "The store at a glance, in the store's time zone (STORE_TIME_ZONE): today, the last 7 and the last 30 days " +
    'against the days just before them, and the low-stock count. Built for polling: three statements.',
})
export class DashboardSummary {
  @Field(() => String, { description: 'The IANA time zone the days are in (STORE_TIME_ZONE).' })
  timeZone!: string;

  @Field(() => Date, { description: 'When the figures were read.' })
  generatedAt!: Date;

  @Field(() => DashboardComparison, { description: 'Today against yesterday.' })
  today!: DashboardComparison;

  @Field(() => DashboardComparison, {
    description: 'The last 7 days (today and the 6 before) against the 7 days before them.',
  })
  last7Days!: DashboardComparison;

  @Field(() => DashboardComparison, {
    description: 'The last 30 days (today and the 29 before) against the 30 days before them.',
  })
  last30Days!: DashboardComparison;

  @Field(() => Int, { description: 'The low-stock threshold used (the argument, default 5).' })
  lowStockThreshold!: number;

  @Field(() => Int, { description: 'Variants with at most `lowStockThreshold` units in stock now.' })
  lowStockCount!: number;
}
