import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { Money, money } from '../../graphql/money.js';
import { Node } from '../../graphql/node.js';
import { TaxClass } from '../catalog/product.types.js';
import { formatPercent } from './shipping.rules.js';
import type { ShippingMethodRow, TaxRateRow } from './shipping.tables.js';

// ---- objects ----

@ObjectType({
  implements: Node,
  description:
    'A way to deliver an order, managed by administrators. A cart offers the active methods that serve its ' +
    'destination country. Prices are before tax; shipping is taxed at the STANDARD rate of the destination.',
})
export class ShippingMethod {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => String, {
    description:
      'Unique upper-case identifier carts refer to, e.g. "STANDARD" (letters, digits, underscores).',
  })
  code!: string;

  @Field(() => String, { description: 'Name shown to shoppers, e.g. "Standard shipping".' })
  name!: string;

  @Field(() => String, { description: 'Longer explanation shown to shoppers; may be empty.' })
  description!: string;

  @Field(() => Money, { description: 'Price of the shipment before tax.' })
  price!: Money;

  @Field(() => Money, {
    nullable: true,
    description:
      'Shipping is free when the discounted subtotal of the goods reaches this amount; null: never free.',
  })
  freeAbove!: Money | null;

  @Field(() => Int, { description: 'Fewest business days until delivery (0 = same day).' })
  minDeliveryDays!: number;

  @Field(() => Int, { description: 'Most business days until delivery; at least minDeliveryDays.' })
  maxDeliveryDays!: number;

  @Field(() => [String], {
    description: 'ISO 3166-1 alpha-2 codes of the countries served, sorted; empty: every country.',
  })
  countries!: string[];

  @Field(() => Boolean, { description: 'Only active methods are offered to shoppers.' })
  active!: boolean;

  @Field(() => Int, { description: 'Display order, ascending (ties: cheapest first, then by code).' })
  position!: number;

  @Field(() => Date, { description: 'When the method was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the method was last changed.' })
  updatedAt!: Date;
}

export function toShippingMethod(row: ShippingMethodRow, currency: string): ShippingMethod {
  return Object.assign(new ShippingMethod(), {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    price: money(row.price, currency),
    freeAbove: row.freeAbove === null ? null : money(row.freeAbove, currency),
    minDeliveryDays: row.minDeliveryDays,
    maxDeliveryDays: row.maxDeliveryDays,
    countries: row.countries,
    active: row.active,
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({
  implements: Node,
  description:
    'A tax rate for a destination and a product tax class. Prices in the store are before tax; tax is added ' +
    "on top at the rate of the shipping address: the rate of the address's region wins over the country-wide " +
    'rate (region null); without either the rate is 0 %.',
})
export class TaxRate {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. "DE".' })
  country!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Region (state, province) the rate is limited to, as addresses spell it, e.g. "CA"; compared ' +
      'case-insensitively. Null: the whole country.',
  })
  region!: string | null;

  @Field(() => TaxClass, { description: 'The product tax class the rate applies to.' })
  taxClass!: TaxClass;

  @Field(() => String, { description: 'The rate in percent with two decimals, e.g. "19.00" or "5.50".' })
  rate!: string;

  @Field(() => Int, { description: 'The rate in basis points (1900 = 19 %), 0 to 10000.' })
  rateBasisPoints!: number;

  @Field(() => String, { description: 'Label shown on receipts, e.g. "VAT"; may be empty.' })
  name!: string;

  @Field(() => Date, { description: 'When the rate was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the rate was last changed.' })
  updatedAt!: Date;
}

export function toTaxRate(row: TaxRateRow): TaxRate {
  return Object.assign(new TaxRate(), {
    id: row.id,
    country: row.country,
    region: row.region,
    taxClass: row.taxClass as TaxClass,
    rate: formatPercent(row.rateBasisPoints),
    rateBasisPoints: row.rateBasisPoints,
    name: row.name,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

// ---- inputs ----

@InputType({ description: 'Narrows the shipping method list; every given condition must hold.' })
export class ShippingMethodFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only methods offered to shoppers; false: only inactive ones; omitted: both (as CouponFilterInput.active).',
  })
  active?: boolean | null;
}

@InputType({ description: 'Narrows the tax rate list; every given condition must hold.' })
export class TaxRateFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Only this country (ISO 3166-1 alpha-2, any case). Default: every country.',
  })
  country?: string | null;
}

@InputType({ description: 'A new shipping method.' })
export class ShippingMethodCreateInput {
  @Field(() => String, {
    description:
      'Unique code, 2 to 40 letters, digits or underscores; upper-cased, e.g. "express" becomes "EXPRESS".',
  })
  code!: string;

  @Field(() => String, { description: 'Name shown to shoppers, 1 to 100 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters. Default: empty.' })
  description?: string | null;

  @Field(() => String, { description: 'Price before tax as a decimal amount, e.g. "4.99".' })
  price!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Free from this discounted subtotal on, e.g. "50.00". Default: never free.',
  })
  freeAbove?: string | null;

  @Field(() => Int, { description: 'Fewest business days until delivery, 0 to 365.' })
  minDeliveryDays!: number;

  @Field(() => Int, { description: 'Most business days until delivery, minDeliveryDays to 365.' })
  maxDeliveryDays!: number;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 codes served (any case; duplicates ignored). Default: every country.',
  })
  countries?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered to shoppers. Default true.' })
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Display order, ascending. Default 0.' })
  position?: number | null;
}

@InputType({ description: 'Shipping method changes; omitted fields stay as they are.' })
export class ShippingMethodUpdateInput {
  @Field(() => ID, { description: 'The method to change.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'New unique code (upper-cased). Carts that chose the old code lose their choice.',
  })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name, 1 to 100 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; an empty string clears it.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New price before tax, e.g. "5.99".' })
  price?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New free-shipping threshold, e.g. "75.00"; null or an empty string: never free.',
  })
  freeAbove?: string | null;

  @Field(() => Int, { nullable: true, description: 'New fewest business days, 0 to 365.' })
  minDeliveryDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New most business days, at least the minimum, up to 365.',
  })
  maxDeliveryDays?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the countries served; an empty list serves every country.',
  })
  countries?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false hides the method from shoppers.' })
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'New display order.' })
  position?: number | null;
}

@InputType({ description: 'A new tax rate.' })
export class TaxRateCreateInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code (any case), e.g. "DE".' })
  country!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Limits the rate to one region (state, province) as addresses spell it, e.g. "CA". Omitted, null or ' +
      'empty: the whole country.',
  })
  region?: string | null;

  @Field(() => TaxClass, { description: 'The product tax class the rate applies to.' })
  taxClass!: TaxClass;

  @Field(() => String, {
    description: 'The rate in percent, 0 to 100 with at most 2 decimals, e.g. "19" or "7.5".',
  })
  rate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Label shown on receipts, e.g. "VAT", at most 100 characters. Default: empty.',
  })
  name?: string | null;
}

@InputType({ description: 'Tax rate changes; omitted fields stay as they are.' })
export class TaxRateUpdateInput {
  @Field(() => ID, { description: 'The rate to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New ISO 3166-1 alpha-2 country code.' })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New region; null or an empty string makes the rate country-wide.',
  })
  region?: string | null;

  @Field(() => TaxClass, { nullable: true, description: 'New tax class.' })
  taxClass?: TaxClass | null;

  @Field(() => String, { nullable: true, description: 'New rate in percent, e.g. "20".' })
  rate?: string | null;

  @Field(() => String, { nullable: true, description: 'New label; an empty string clears it.' })
  name?: string | null;
}

// ---- payloads ----

@ObjectType({ description: 'Result of shippingMethodCreate / shippingMethodUpdate.' })
export class ShippingMethodPayload extends MutationPayload {
  @Field(() => ShippingMethod, { nullable: true, description: 'The method as saved; null on errors.' })
  shippingMethod!: ShippingMethod | null;
}

@ObjectType({ description: 'Result of taxRateCreate / taxRateUpdate.' })
export class TaxRatePayload extends MutationPayload {
  @Field(() => TaxRate, { nullable: true, description: 'The rate as saved; null on errors.' })
  taxRate!: TaxRate | null;
}
