import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { selectOnce } from '../../db/query-memo.js';
import { rollback, transact } from '../../db/transact.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { currencyDigits, parseDecimalAmount } from '../../graphql/money.js';
import { normalizeCountryCode } from '../address/countries.js';
import { validateRequiredText } from '../catalog/catalog.rules.js';
import {
  normalizeCountries,
  normalizeShippingCode,
  validateDeliveryDays,
  validateShippingCode,
} from './shipping.rules.js';
import { type ShippingMethodRow, shippingMethods } from './shipping.tables.js';

export interface ShippingMethodResult {
  errors: UserError[];
  shippingMethod: ShippingMethodRow | null;
}

export interface DeleteResult {
  errors: UserError[];
  deletedId: string | null;
}

/** Shipping method fields as inputs give them; updates may omit any (null: unchanged, except freeAbove). */
export interface ShippingMethodFields {
  code?: string | null;
  name?: string | null;
  description?: string | null;
  price?: string | null;
  /** null or "": never free (on update: clears the threshold); undefined: unchanged. */
  freeAbove?: string | null;
  minDeliveryDays?: number | null;
  maxDeliveryDays?: number | null;
  countries?: string[] | null;
  active?: boolean | null;
  position?: number | null;
}

const CODE_CONSTRAINT = 'shipping_methods_code_key';
const DESCRIPTION_MAX = 2000;

const fail = (field: string[] | null, code: ErrorCode, message: string): ShippingMethodResult => ({
  errors: [userError(field, code, message)],
  shippingMethod: null,
});
const notFound = () => fail(['input', 'id'], ErrorCode.NOT_FOUND, 'No shipping method with this id.');
const codeTaken = () =>
  fail(['input', 'code'], ErrorCode.CODE_TAKEN, 'Another shipping method already uses this code.');

/** Display order: position, then the cheapest, then by code (byte order, the same on every database). */
const displayOrder = [
  asc(shippingMethods.position),
  asc(shippingMethods.price),
  sql`${shippingMethods.code} COLLATE "C"`,
];

/**
 * Validates the given fields and converts them to column values. Delivery days are checked
 * together with `current` (the stored row on update), so min <= max holds after the change.
 */
function parseShippingFields(
  input: ShippingMethodFields,
  digits: number,
  current: ShippingMethodRow | null,
): { errors: UserError[]; values: Partial<typeof shippingMethods.$inferInsert> } {
  const creating = current === null;
  const errors: UserError[] = [];
  const values: Partial<typeof shippingMethods.$inferInsert> = {};
  if (creating || input.code != null) {
    values.code = normalizeShippingCode(input.code ?? '');
    errors.push(...validateShippingCode(values.code, ['input', 'code']));
  }
  if (creating || input.name != null) {
    errors.push(...validateRequiredText(input.name ?? '', ['input', 'name'], 'The name', 100));
    values.name = (input.name ?? '').trim();
  }
  if (input.description != null) {
    if (input.description.length > DESCRIPTION_MAX) {
      errors.push(
        userError(
          ['input', 'description'],
          ErrorCode.INVALID_INPUT,
          `The description is at most ${DESCRIPTION_MAX} characters.`,
        ),
      );
    }
    values.description = input.description.trim();
  }
  const amount = (text: string, name: 'price' | 'freeAbove'): number => {
    const minor = parseDecimalAmount(text, digits);
    if (minor === null) {
      errors.push(
        userError(
          ['input', name],
          ErrorCode.INVALID_PRICE,
          `Enter a non-negative amount with at most ${digits} decimals, e.g. "4.99".`,
        ),
      );
    }
    return minor ?? 0;
  };
  if (creating || input.price != null) values.price = amount(input.price ?? '', 'price');
  if (input.freeAbove !== undefined) {
    values.freeAbove =
      input.freeAbove === null || input.freeAbove.trim() === '' ? null : amount(input.freeAbove, 'freeAbove');
  }
  if (creating || input.minDeliveryDays != null || input.maxDeliveryDays != null) {
    const min = input.minDeliveryDays ?? current?.minDeliveryDays ?? -1;
    const max = input.maxDeliveryDays ?? current?.maxDeliveryDays ?? -1;
    const minField = ['input', 'minDeliveryDays'];
    const maxField = ['input', 'maxDeliveryDays'];
    errors.push(
      ...validateDeliveryDays(min, max, {
        min: minField,
        // When only the minimum changes, it is the one at fault for passing the stored maximum.
        max: creating || input.maxDeliveryDays != null ? maxField : minField,
      }),
    );
    values.minDeliveryDays = min;
    values.maxDeliveryDays = max;
  }
  if (input.countries != null) {
    const parsed = normalizeCountries(input.countries, ['input', 'countries']);
    errors.push(...parsed.errors);
    values.countries = parsed.countries;
  }
  if (input.active != null) values.active = input.active;
  if (input.position != null) values.position = input.position;
  return { errors, values };
}

/** Every shipping method (or only the active, or only the inactive ones), in display order. Admin listing. */
export async function listShippingMethods(
  ctx: RequestContext,
  active: boolean | null,
): Promise<ShippingMethodRow[]> {
  return await ctx.app.db
    .select()
    .from(shippingMethods)
    .where(active === null ? undefined : eq(shippingMethods.active, active))
    .orderBy(...displayOrder);
}

export async function createShippingMethod(
  ctx: RequestContext,
  input: ShippingMethodFields,
): Promise<ShippingMethodResult> {
  const { errors, values } = parseShippingFields(input, currencyDigits(ctx.app.config.storeCurrency), null);
  if (errors.length > 0) return { errors, shippingMethod: null };
  try {
    const [created] = await ctx.app.db
      .insert(shippingMethods)
      .values(values as typeof shippingMethods.$inferInsert)
      .returning();
    return { errors: [], shippingMethod: created ?? null };
  } catch (err) {
    if (isUniqueViolation(err, CODE_CONSTRAINT)) return codeTaken();
    throw err;
  }
}

export async function updateShippingMethod(
  ctx: RequestContext,
  input: ShippingMethodFields & { id: string },
): Promise<ShippingMethodResult> {
  if (!isUuid(input.id)) return notFound();
  const digits = currencyDigits(ctx.app.config.storeCurrency);
  try {
    // The row is locked while the delivery days are checked against its stored values.
    return await transact(ctx, async (tx) => {
      const [current] = await tx
        .select()
        .from(shippingMethods)
        .where(eq(shippingMethods.id, input.id))
        .for('update');
      if (!current) return rollback(notFound());
      const { errors, values } = parseShippingFields(input, digits, current);
      if (errors.length > 0) return rollback({ errors, shippingMethod: null });
      const [updated] = await tx
        .update(shippingMethods)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(shippingMethods.id, input.id))
        .returning();
      return { errors: [], shippingMethod: updated ?? null };
    });
  } catch (err) {
    if (isUniqueViolation(err, CODE_CONSTRAINT)) return codeTaken();
    throw err;
  }
}

/** Deletes a method. Carts that chose it keep its code and see it as unavailable. */
export async function deleteShippingMethod(ctx: RequestContext, id: string): Promise<DeleteResult> {
  const [deleted] = isUuid(id)
    ? await ctx.app.db
        .delete(shippingMethods)
        .where(eq(shippingMethods.id, id))
        .returning({ id: shippingMethods.id })
    : [];
  if (!deleted) {
    return {
      errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No shipping method with this id.')],
      deletedId: null,
    };
  }
  return { errors: [], deletedId: deleted.id };
}

/**
 * Active methods that serve `country` (their country list is empty or contains it), ordered by
 * position, price, code. An invalid country code is served by nothing.
 */
export async function shippingMethodsFor(db: Executor, country: string): Promise<ShippingMethodRow[]> {
  const code = normalizeCountryCode(country);
  if (!code) return [];
  return await methodsForStatement(db, { code });
}

/** Built once: every cart read and checkout runs it. */
const methodsForStatement = selectOnce('shipping-methods-for', (qb) =>
  qb
    .select()
    .from(shippingMethods)
    .where(
      and(
        eq(shippingMethods.active, true),
        sql`(cardinality(${shippingMethods.countries}) = 0 OR ${sql.placeholder('code')}::text = ANY(${shippingMethods.countries}))`,
      ),
    )
    .orderBy(...displayOrder),
);

/** The method with this code regardless of case, active or not (the caller checks), or null. */
export async function shippingMethodByCode(db: Executor, code: string): Promise<ShippingMethodRow | null> {
  const [row] = await db
    .select()
    .from(shippingMethods)
    // Codes are stored upper-cased; upper() also finds a row written another way (the table is small).
    .where(sql`upper(${shippingMethods.code}) = ${normalizeShippingCode(code)}`)
    .limit(1);
  return row ?? null;
}
