import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Cost, ListSize } from '../../graphql/cost/cost-annotations.js';
import { LazyField } from '../../graphql/lazy-field.js';
import { Money } from '../../graphql/money.js';
import { PageInfo, TOTAL_COUNT_COST } from '../../graphql/pagination.js';
import { Category } from '../catalog/category.types.js';
import { OrderLine, OrderStatus } from '../order/order.types.js';

export enum ReportBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

registerEnumType(ReportBucket, {
  name: 'ReportBucket',
  description: 'How a report divides its period, in the report time zone.',
  valuesConfig: {
    DAY: {
      description: 'Calendar days (a daylight-saving day is 23 or 25 hours long and still one bucket).',
    },
    WEEK: { description: 'ISO weeks, Monday to Sunday, labelled by ISO week-year (2026-W53).' },
    MONTH: { description: 'Calendar months.' },
    YEAR: { description: 'Calendar years.' },
  },
});

export enum TopRanking {
  NET = 'NET',
  UNITS = 'UNITS',
}

registerEnumType(TopRanking, {
  name: 'TopRanking',
  description: 'What a top list ranks by (highest first, ties by id).',
  valuesConfig: {
    NET: { description: 'Net sales in the period (see SalesFigures.net).' },
    UNITS: { description: 'Units sold in the period.' },
  },
});

const PERIOD = {
  from: 'First day of the period, a local calendar date (YYYY-MM-DD) in `timeZone`, included.',
  to: 'Last day of the period, a local calendar date (YYYY-MM-DD) in `timeZone`, included; not before `from`.',
  timeZone:
    'IANA time zone of the period and its buckets, e.g. "Europe/Berlin"; default the store\'s STORE_TIME_ZONE.',
};

@InputType({ description: 'A sales report: period, buckets, time zone and an optional product filter.' })
export class SalesReportInput {
  @Field(() => String, { description: PERIOD.from })
  from!: string;

  @Field(() => String, { description: PERIOD.to })
  to!: string;

  @Field(() => ReportBucket, {
    defaultValue: ReportBucket.DAY,
    description: 'Bucket size; at most 1,500 buckets per report (e.g. four years of days).',
  })
  bucket!: ReportBucket;

  @Field(() => String, { nullable: true, description: PERIOD.timeZone })
  timeZone?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only lines of these products count (at most 100 ids; an unknown id is an error). With `categoryIds` too, a line must match both.',
  })
  productIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only lines of products currently in these categories or their descendants count (at most 50 ids; an unknown id is an error).',
  })
  categoryIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Whether each bucket lists its sale lines (`items`); null items otherwise.',
  })
  includeItems!: boolean;
}

@ObjectType({
  description:
    'Sales figures of a bucket or a whole report. A sale is an order that reached CONFIRMED, counted at its ' +
    'creation time; refunds count at their own time. Amounts are exact in the store currency. With a product or ' +
    "category filter only the matching lines count, each with its share of the order's shipping and tax.",
})
export class SalesFigures {
  @Field(() => Int, {
    description:
      'Sales (orders) created in the bucket; with a filter, those with at least one matching line.',
  })
  orders!: number;

  @Field(() => Int, {
    description: 'Units sold in those orders (refunded, returned or written-off units stay counted as sold).',
  })
  units!: number;

  @Field(() => Money, { description: 'Line subtotals (unit price × quantity) before discounts.' })
  gross!: Money;

  @Field(() => Money, { description: 'Discounts taken off the lines (coupons).' })
  discounts!: Money;

  @Field(() => Money, {
    description:
      "Shipping charged; under a filter each line's share, apportioned proportionally to line totals (largest remainder).",
  })
  shipping!: Money;

  @Field(() => Money, {
    description: 'Tax charged, on goods and on shipping (shipping tax apportioned like shipping).',
  })
  tax!: Money;

  @Field(() => Money, {
    description:
      'Money given back in the bucket, on sales of any earlier time: refunds, plus what a confirmed order ' +
      'cancelled without being paid (cash on delivery never collected) did not bring in, at the cancellation ' +
      "time. Under a filter: a return's refund goes to the returned lines by their value, any other refund to " +
      'every line of the order by what it still had unrefunded (largest remainder).',
  })
  refunds!: Money;

  @Field(() => Money, { description: 'gross − discounts + shipping + tax − refunds: what the store keeps.' })
  net!: Money;

  @Field(() => Money, {
    description:
      '(gross − discounts + shipping + tax) / orders, rounded half up to the minor unit: the average sale at ' +
      'checkout (refunds are not subtracted: they belong to other buckets). Zero without orders.',
  })
  averageOrderValue!: Money;
}

@ObjectType({
  description:
    'A sale line of a bucket: the order line as sold (`node`) with what the report counts for it (its shares of ' +
    "the order's shipping and shipping tax) and its order.",
})
export class SaleItemEdge {
  @Field(() => String, { description: 'Opaque cursor of this item, for `after`.' })
  cursor!: string;

  @Field(() => OrderLine, { description: 'The order line as sold: product, variant, quantity, prices.' })
  node!: OrderLine;

  @Field(() => ID, { description: 'The order of the line.' })
  orderId!: string;

  @Field(() => String, { description: 'The order number, e.g. ORD-000123.' })
  orderNumber!: string;

  @Field(() => Date, { description: "When the order was created (the sale's time)." })
  createdAt!: Date;

  @Field(() => Money, { description: "The line's share of the order's shipping." })
  shipping!: Money;

  @Field(() => Money, { description: "The line's tax plus its share of the tax on shipping." })
  tax!: Money;

  @Field(() => Money, { description: 'subtotal − discount + shipping + tax of the line.' })
  total!: Money;

  @Field(() => Money, {
    description:
      "Refunded on this line so far, whenever it happened (buckets count it at the refund's time).",
  })
  refunded!: Money;
}

@ObjectType({ description: 'A page of the sale lines of a bucket (Relay cursor connection).' })
export class SaleItemConnection {
  @Cost(0)
  @Field(() => [SaleItemEdge], {
    description: 'The items of this page with their cursors and report amounts.',
  })
  edges!: SaleItemEdge[];

  @Field(() => [OrderLine], { description: 'The order lines of this page, without cursors.' })
  nodes!: OrderLine[];

  @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
  pageInfo!: PageInfo;

  @LazyField()
  @Cost(TOTAL_COUNT_COST)
  @Field(() => Int, { description: 'Number of sale lines in the bucket under the report filter.' })
  totalCount!: number;
}

@ObjectType({ description: 'One bucket of a sales report: its instants and figures.' })
export class SalesReportBucket extends SalesFigures {
  @Field(() => Date, { description: 'First instant of the bucket (clipped to the report period).' })
  start!: Date;

  @Field(() => Date, { description: 'First instant after the bucket (clipped to the report period).' })
  end!: Date;

  @Field(() => String, {
    description: 'The calendar period in the report time zone: 2026-03-29, 2026-W13, 2026-03 or 2026.',
  })
  label!: string;
}

@ObjectType({ description: 'Sales in a period, bucketed in a time zone.' })
export class SalesReport {
  @Field(() => String, { description: 'First day of the period (local date), included.' })
  from!: string;

  @Field(() => String, { description: 'Last day of the period (local date), included.' })
  to!: string;

  @Field(() => String, { description: 'IANA time zone of the period and buckets.' })
  timeZone!: string;

  @Field(() => ReportBucket, { description: 'Bucket size.' })
  bucket!: ReportBucket;

  @Field(() => SalesFigures, { description: 'The whole period (the sum of the buckets).' })
  totals!: SalesFigures;

  // Up to 1,500; priced as a typical report (a quarter of days, two years of weeks).
  @ListSize(100)
  @Field(() => [SalesReportBucket], {
    description: 'Every bucket of the period in order, empty ones as zeros.',
  })
  buckets!: SalesReportBucket[];
}

@InputType({ description: 'A ranking of products or categories over a period.' })
export class TopReportInput {
  @Field(() => String, { description: PERIOD.from })
  from!: string;

  @Field(() => String, { description: PERIOD.to })
  to!: string;

  @Field(() => String, { nullable: true, description: PERIOD.timeZone })
  timeZone?: string | null;

  @Field(() => TopRanking, { defaultValue: TopRanking.NET, description: 'What to rank by.' })
  by!: TopRanking;

  @Field(() => Int, { defaultValue: 10, description: 'How many to return, 1 to 100.' })
  first!: number;

  @Field(() => [ID], {
    nullable: true,
    description:
      'topProducts: only products currently in these categories or their descendants. topCategories: rank only ' +
      'these categories. At most 50 ids; an unknown id is an error.',
  })
  categoryIds?: string[] | null;
}

@ObjectType({ description: 'Sales figures of one product or category over a period (see SalesFigures).' })
export class RankedSales {
  @Field(() => Int, { description: 'Sales with at least one line of it.' })
  orders!: number;

  @Field(() => Int, { description: 'Units sold.' })
  units!: number;

  @Field(() => Money, { description: 'Gross sales (before discounts).' })
  gross!: Money;

  @Field(() => Money, { description: 'Refunds in the period on its lines.' })
  refunds!: Money;

  @Field(() => Money, { description: 'gross − discounts + shipping + tax − refunds of its lines.' })
  net!: Money;
}

@ObjectType({ description: 'A product in a top list.' })
export class TopProduct extends RankedSales {
  @Field(() => ID, { description: 'The product sold.' })
  productId!: string;
}

@ObjectType({
  description: 'A category in a top list: its products and those of its descendants (current membership).',
})
export class TopCategory extends RankedSales {
  @Field(() => Category, { description: 'The category.' })
  category!: Category;
}

@InputType({ description: 'A period in a time zone.' })
export class ReportPeriodInput {
  @Field(() => String, { description: PERIOD.from })
  from!: string;

  @Field(() => String, { description: PERIOD.to })
  to!: string;

  @Field(() => String, { nullable: true, description: PERIOD.timeZone })
  timeZone?: string | null;
}

@ObjectType({ description: 'How many orders created in a period are in a status now.' })
export class OrderStatusCount {
  @Field(() => OrderStatus, { description: 'The current status.' })
  status!: OrderStatus;

  @Field(() => Int, { description: 'Orders created in the period that are in this status now.' })
  count!: number;
}
