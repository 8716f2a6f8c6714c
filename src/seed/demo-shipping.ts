import type { Executor } from '../db/client.js';
import type { TaxClass } from '../modules/pricing/pricing.types.js';
import { shippingMethods, taxRates } from '../modules/shipping/shipping.tables.js';

/**
 * Demo shipping methods and tax rates, seeded with the demo catalog (the embedded database's first
 * start and `npm run seed`). Amounts are minor units of a two-decimal currency, like the demo
 * catalog's prices. No GraphQL imports.
 */

export const DEMO_SHIPPING_METHODS: readonly (typeof shippingMethods.$inferInsert)[] = [
  {
    code: 'STANDARD',
    name: 'Standard shipping',
    description: 'Tracked parcel, 3 to 5 business days. Free on orders of 50.00 or more.',
    price: 499,
    freeAbove: 5000,
    minDeliveryDays: 3,
    maxDeliveryDays: 5,
    countries: [],
    position: 0,
  },
  {
    code: 'EXPRESS',
    name: 'Express shipping',
    description: 'Priority courier, 1 to 2 business days.',
    price: 1499,
    freeAbove: null,
    minDeliveryDays: 1,
    maxDeliveryDays: 2,
    countries: [],
    position: 1,
  },
  {
    code: 'NEXT_DAY',
    name: 'Next-day delivery',
    description: 'Order before 2 pm for delivery the next business day (US, UK and Germany only).',
    price: 2499,
    freeAbove: null,
    minDeliveryDays: 1,
    maxDeliveryDays: 1,
    countries: ['DE', 'GB', 'US'],
    position: 2,
  },
];

const rate = (
  country: string,
  region: string | null,
  taxClass: TaxClass,
  rateBasisPoints: number,
  name: string,
): typeof taxRates.$inferInsert => ({ country, region, taxClass, rateBasisPoints, name });

/**
 * US sales tax is set by the states: no country-wide rate, three state rates (the state share
 * only). The European rates are country-wide VAT: standard, reduced and zero.
 */
export const DEMO_TAX_RATES: readonly (typeof taxRates.$inferInsert)[] = [
  rate('US', null, 'STANDARD', 0, 'No sales tax'),
  rate('US', null, 'REDUCED', 0, 'No sales tax'),
  rate('US', null, 'ZERO', 0, 'No sales tax'),
  rate('US', 'CA', 'STANDARD', 725, 'California sales tax'),
  rate('US', 'NY', 'STANDARD', 400, 'New York sales tax'),
  rate('US', 'TX', 'STANDARD', 625, 'Texas sales tax'),
  rate('DE', null, 'STANDARD', 1900, 'MwSt. 19 %'),
  rate('DE', null, 'REDUCED', 700, 'MwSt. 7 %'),
  rate('DE', null, 'ZERO', 0, 'MwSt. 0 %'),
  rate('GB', null, 'STANDARD', 2000, 'VAT 20 %'),
  rate('GB', null, 'REDUCED', 500, 'VAT 5 %'),
  rate('GB', null, 'ZERO', 0, 'VAT 0 %'),
  rate('FR', null, 'STANDARD', 2000, 'TVA 20 %'),
  rate('FR', null, 'REDUCED', 550, 'TVA 5,5 %'),
  rate('FR', null, 'ZERO', 0, 'TVA 0 %'),
];

export interface SeedDemoShippingResult {
  /** Methods inserted now (those whose code already existed are left alone). */
  shippingMethods: number;
  /** Rates inserted now (existing destination/class pairs are left alone). */
  taxRates: number;
}

/** Inserts the demo methods and rates that are missing; running it again changes nothing. */
export async function seedDemoShippingAndTax(db: Executor): Promise<SeedDemoShippingResult> {
  const methods = await db
    .insert(shippingMethods)
    .values([...DEMO_SHIPPING_METHODS])
    .onConflictDoNothing()
    .returning({ id: shippingMethods.id });
  const rates = await db
    .insert(taxRates)
    .values([...DEMO_TAX_RATES])
    .onConflictDoNothing()
    .returning({ id: taxRates.id });
  return { shippingMethods: methods.length, taxRates: rates.length };
}
