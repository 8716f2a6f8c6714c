import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items.js';
import { Money } from '../../graphql/money.js';
import { StockMovementReason } from '../catalog/inventory.types.js';
import { DEFAULT_LOW_STOCK_THRESHOLD, type InventoryScope, MAX_FILTER_IDS } from './inventory-scope.js';
import { ReportBucket } from './reporting.types.js';

/** The inventory report's GraphQL types. */

@InputType({ description: 'Which variants an inventory report covers; every condition given must hold.' })
export class InventoryReportFilterInput {
  @MaxItems(MAX_FILTER_IDS)
  @Field(() => [ID], {
    nullable: true,
    description: 'Only variants of these products; unknown ids match nothing.',
  })
  productIds?: string[] | null;

  @MaxItems(MAX_FILTER_IDS)
  @Field(() => [ID], {
    nullable: true,
    description:
      'Only variants of products in these categories or any category below them; unknown ids match nothing.',
  })
  categoryIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only variants whose SKU or product title contains this text, in any letter case (1 to 100 characters).',
  })
  search?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only variants at or below `lowStockThreshold` units.',
  })
  lowStockOnly!: boolean;

  @Field(() => Int, {
    defaultValue: DEFAULT_LOW_STOCK_THRESHOLD,
    description:
      'A variant with at most this many units is low on stock (0 to 1,000,000): what `lowStockOnly` and ' +
      '`InventoryTotals.lowStockCount` use.',
  })
  lowStockThreshold!: number;
}

@InputType({ description: 'The period over which stock movements are summed.' })
export class StockMovementPeriodInput {
  @Field(() => String, { description: 'First local date of the period (YYYY-MM-DD), included.' })
  from!: string;

  @Field(() => String, {
    description: 'Last local date of the period (YYYY-MM-DD), included; not before `from`.',
  })
  to!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone of the dates and buckets, e.g. Europe/Berlin; default the store's STORE_TIME_ZONE.",
  })
  timeZone?: string | null;

  @Field(() => ReportBucket, {
    nullable: true,
    description: 'Also divide the period into these buckets (at most 1,500); null: period totals only.',
  })
  bucket?: ReportBucket | null;
}

@ObjectType({ description: 'Sums over every variant the report covers (not just one page).' })
export class InventoryTotals {
  @Field(() => Int, { description: 'Number of variants covered.' })
  variants!: number;

  @Field(() => Int, { description: 'Units in stock, summed.' })
  units!: number;

  @Field(() => Money, { description: 'Stock value, summed: Σ units × current price, exact.' })
  value!: Money;

  @Field(() => Int, {
    description: 'Variants at or below `lowStockThreshold` units (all of them when `lowStockOnly` is set).',
  })
  lowStockCount!: number;
}

@ObjectType({ description: 'Stock movements of one reason, summed.' })
export class StockMovementReasonTotal {
  @Field(() => StockMovementReason, { description: 'Why the stock changed.' })
  reason!: StockMovementReason;

  @Field(() => Int, {
    description: "Net change in units: Σ of the movements' deltas (negative when stock left, e.g. ORDER).",
  })
  units!: number;

  @Field(() => Int, { description: 'Number of ledger entries.' })
  movements!: number;
}

@ObjectType({ description: 'Stock movements of one bucket, by reason.' })
export class StockMovementBucket {
  @Field(() => Date, { description: 'First instant of the bucket (clipped to the period).' })
  start!: Date;

  @Field(() => Date, { description: 'First instant after the bucket (clipped to the period).' })
  end!: Date;

  @Field(() => String, {
    description: 'The local calendar period: 2026-03-29 (day), 2026-W13 (ISO week), 2026-03 (month), 2026.',
  })
  label!: string;

  @Field(() => Int, { description: 'Net change in units over every reason.' })
  netUnits!: number;

  @Field(() => [StockMovementReasonTotal], {
    description: 'One entry per reason, in the order of the StockMovementReason enum, zeros included.',
  })
  reasons!: StockMovementReasonTotal[];
}

@ObjectType({
  description:
    'The stock ledger of the covered variants summed by reason over a period: each movement counts at its ' +
    '`createdAt`, in the period when that instant lies between the start of `from` and the end of `to` (local time).',
})
export class StockMovementSummary {
  @Field(() => String, { description: 'First local date of the period, as asked.' })
  from!: string;

  @Field(() => String, { description: 'Last local date of the period, as asked.' })
  to!: string;

  @Field(() => String, { description: 'The IANA time zone of the period.' })
  timeZone!: string;

  @Field(() => Int, { description: 'Net change in units over the period and every reason.' })
  netUnits!: number;

  @Field(() => [StockMovementReasonTotal], {
    description: 'The whole period: one entry per reason, in enum order, zeros included.',
  })
  reasons!: StockMovementReasonTotal[];

  @Field(() => [StockMovementBucket], {
    description: 'Every bucket of the period in order when a `bucket` was asked for; else empty.',
  })
  buckets!: StockMovementBucket[];
}

@ObjectType({
  description:
    'Stock on hand per variant (units and value at the current price), its totals, and stock movements by reason ' +
    'over a period, for the variants the filter covers.',
})
export class InventoryReport {
  @Field(() => Int, { description: "The low-stock threshold in force (the filter's, default 5)." })
  lowStockThreshold!: number;

  /** The resolved filter the field resolvers read. */
  scope!: InventoryScope;
}
