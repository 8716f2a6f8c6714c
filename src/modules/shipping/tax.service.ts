import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { selectOnce } from '../../db/query-memo.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { normalizeCountryCode } from '../address/countries.js';
import type { TaxClass, TaxRatesByClass } from '../pricing/pricing.types.js';
import { normalizeRegion, parsePercent, pickTaxRates } from './shipping.rules.js';
import type { DeleteResult } from './shipping.service.js';
import { type TaxRateRow, taxRates } from './shipping.tables.js';

export interface TaxRateResult {
  errors: UserError[];
  taxRate: TaxRateRow | null;
}

/** Tax rate fields as inputs give them; updates may omit any (region null: country-wide). */
export interface TaxRateFields {
  country?: string | null;
  region?: string | null;
  taxClass?: TaxClass | null;
  /** Percent as a decimal string, e.g. "19" or "7.5". */
  rate?: string | null;
  name?: string | null;
}

const DESTINATION_CONSTRAINT = 'tax_rates_destination_class_key';
const REGION_MAX = 100;
const NAME_MAX = 100;

const fail = (field: string[] | null, code: ErrorCode, message: string): TaxRateResult => ({
  errors: [userError(field, code, message)],
  taxRate: null,
});
const notFound = () => fail(['input', 'id'], ErrorCode.NOT_FOUND, 'No tax rate with this id.');
const rateExists = () =>
  fail(
    null,
    ErrorCode.TAX_RATE_EXISTS,
    'A tax rate for this country, region and tax class already exists; change that one instead.',
  );

function parseTaxRateFields(
  input: TaxRateFields,
  creating: boolean,
): { errors: UserError[]; values: Partial<typeof taxRates.$inferInsert> } {
  const errors: UserError[] = [];
  const values: Partial<typeof taxRates.$inferInsert> = {};
  if (creating || input.country != null) {
    const country = normalizeCountryCode(input.country ?? '');
    if (!country) {
      errors.push(
        userError(
          ['input', 'country'],
          ErrorCode.INVALID_COUNTRY,
          'Enter an ISO 3166-1 alpha-2 country code such as US or DE.',
        ),
      );
    } else values.country = country;
  }
  if (input.region !== undefined) {
    const region = normalizeRegion(input.region);
    if (region !== null && region.length > REGION_MAX) {
      errors.push(
        userError(
          ['input', 'region'],
          ErrorCode.INVALID_INPUT,
          `A region is at most ${REGION_MAX} characters.`,
        ),
      );
    }
    values.region = region;
  }
  if (creating || input.taxClass != null) values.taxClass = input.taxClass ?? 'STANDARD';
  if (creating || input.rate != null) {
    const basisPoints = parsePercent(input.rate ?? '');
    if (basisPoints === null) {
      errors.push(
        userError(
          ['input', 'rate'],
          ErrorCode.INVALID_INPUT,
          'Enter a percentage from 0 to 100 with at most 2 decimals, e.g. "19" or "7.5".',
        ),
      );
    } else values.rateBasisPoints = basisPoints;
  }
  if (input.name != null) {
    const name = input.name.trim();
    if (name.length > NAME_MAX) {
      errors.push(
        userError(['input', 'name'], ErrorCode.INVALID_INPUT, `The name is at most ${NAME_MAX} characters.`),
      );
    }
    values.name = name;
  }
  return { errors, values };
}

/** Every tax rate (or one country's), by country, then country-wide before regions, then tax class. */
export async function listTaxRates(ctx: RequestContext, country: string | null): Promise<TaxRateRow[]> {
  return await ctx.app.db
    .select()
    .from(taxRates)
    .where(country === null ? undefined : eq(taxRates.country, country))
    .orderBy(
      asc(taxRates.country),
      // Byte order (COLLATE "C") so both databases sort alike whatever their default collation.
      sql`upper(${taxRates.region}) COLLATE "C" ASC NULLS FIRST`,
      asc(taxRates.taxClass),
      sql`${taxRates.region} COLLATE "C"`,
      asc(taxRates.id),
    );
}

export async function createTaxRate(ctx: RequestContext, input: TaxRateFields): Promise<TaxRateResult> {
  const { errors, values } = parseTaxRateFields(input, true);
  if (errors.length > 0) return { errors, taxRate: null };
  try {
    const [created] = await ctx.app.db
      .insert(taxRates)
      .values(values as typeof taxRates.$inferInsert)
      .returning();
    return { errors: [], taxRate: created ?? null };
  } catch (err) {
    if (isUniqueViolation(err, DESTINATION_CONSTRAINT)) return rateExists();
    throw err;
  }
}

export async function updateTaxRate(
  ctx: RequestContext,
  input: TaxRateFields & { id: string },
): Promise<TaxRateResult> {
  const { errors, values } = parseTaxRateFields(input, false);
  if (errors.length > 0) return { errors, taxRate: null };
  if (!isUuid(input.id)) return notFound();
  try {
    const [updated] = await ctx.app.db
      .update(taxRates)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(taxRates.id, input.id))
      .returning();
    return updated ? { errors: [], taxRate: updated } : notFound();
  } catch (err) {
    if (isUniqueViolation(err, DESTINATION_CONSTRAINT)) return rateExists();
    throw err;
  }
}

export async function deleteTaxRate(ctx: RequestContext, id: string): Promise<DeleteResult> {
  const [deleted] = isUuid(id)
    ? await ctx.app.db.delete(taxRates).where(eq(taxRates.id, id)).returning({ id: taxRates.id })
    : [];
  if (!deleted) {
    return {
      errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No tax rate with this id.')],
      deletedId: null,
    };
  }
  return { errors: [], deletedId: deleted.id };
}

/**
 * The tax rate of each class for a destination, in basis points: the rate of its region
 * (compared case-insensitively) if there is one, else the country-wide rate, else 0. One query.
 */
export async function taxRatesFor(
  db: Executor,
  destination: { country: string; region: string | null },
): Promise<TaxRatesByClass> {
  const country = destination.country.trim().toUpperCase();
  const region = normalizeRegion(destination.region);
  const rows =
    region === null
      ? await countryRatesStatement(db, { country })
      : await regionRatesStatement(db, { country, region: region.toUpperCase() });
  return pickTaxRates(rows, region);
}

/** The rates of a destination, country-wide (and, in the second, of a region): built once each. */
const rateColumns = {
  taxClass: taxRates.taxClass,
  region: taxRates.region,
  rateBasisPoints: taxRates.rateBasisPoints,
};
const countryRatesStatement = selectOnce('tax-rates-country', (qb) =>
  qb
    .select(rateColumns)
    .from(taxRates)
    .where(and(eq(taxRates.country, sql.placeholder('country')), isNull(taxRates.region))),
);
const regionRatesStatement = selectOnce('tax-rates-region', (qb) =>
  qb
    .select(rateColumns)
    .from(taxRates)
    .where(
      and(
        eq(taxRates.country, sql.placeholder('country')),
        or(isNull(taxRates.region), sql`upper(${taxRates.region}) = ${sql.placeholder('region')}`),
      ),
    ),
);
