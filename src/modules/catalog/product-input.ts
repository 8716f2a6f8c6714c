import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { parseDecimalAmount } from '../../graphql/money.js';
import {
  normalizeTags,
  validateOptions,
  validateRequiredText,
  validateSku,
  validateSlug,
  validateTags,
} from './catalog.rules.js';
import type { ProductStatus, TaxClass, VariantOption } from './catalog.tables.js';

/** Product and variant inputs as the admin mutations give them, and their validation (no database). */

export interface VariantInput {
  sku: string;
  title?: string | null;
  options?: VariantOption[] | null;
  price: string;
  compareAtPrice?: string | null;
  stock?: number | null;
  weightGrams?: number | null;
  position?: number | null;
}

/** Variant fields as updates give them: any may be omitted or null. */
export type VariantChanges = { [K in keyof Omit<VariantInput, 'stock'>]?: VariantInput[K] | null };

export interface ProductFields {
  title?: string | null;
  slug?: string | null;
  description?: string | null;
  brand?: string | null;
  tags?: string[] | null;
  status?: ProductStatus | null;
  taxClass?: TaxClass | null;
  categoryIds?: string[] | null;
}

export function validateProductFields(input: ProductFields, creating: boolean): UserError[] {
  const errors: UserError[] = [];
  if (creating || input.title != null) {
    errors.push(...validateRequiredText(input.title ?? '', ['input', 'title'], 'The title', 200));
  }
  if (input.slug != null) errors.push(...validateSlug(input.slug, ['input', 'slug']));
  if (input.description != null && input.description.length > 20_000) {
    errors.push(
      userError(
        ['input', 'description'],
        ErrorCode.INVALID_INPUT,
        'The description is at most 20000 characters.',
      ),
    );
  }
  if (input.brand != null && input.brand.trim().length > 100) {
    errors.push(
      userError(['input', 'brand'], ErrorCode.INVALID_INPUT, 'The brand is at most 100 characters.'),
    );
  }
  if (input.tags != null) errors.push(...validateTags(normalizeTags(input.tags), ['input', 'tags']));
  return errors;
}

/** A validated variant, its prices in minor units. */
export interface ParsedVariant {
  sku: string;
  title: string;
  options: VariantOption[];
  price: number;
  compareAtPrice: number | null;
  stock: number;
  weightGrams: number | null;
  position: number | null;
}

/**
 * Validates a variant input and converts its decimal prices to minor units of a currency with
 * `digits` decimals. Creating fills the defaults; an update gives only the fields it changes.
 */
export function parseVariant(
  input: VariantChanges & { stock?: number | null },
  digits: number,
  field: string[],
  creating: boolean,
): { errors: UserError[]; value: Partial<ParsedVariant> } {
  const errors: UserError[] = [];
  const value: Partial<ParsedVariant> = {};
  if (creating || input.sku != null) {
    const sku = (input.sku ?? '').trim();
    errors.push(...validateSku(sku, [...field, 'sku']));
    value.sku = sku;
  }
  if (input.options != null) {
    errors.push(...validateOptions(input.options, [...field, 'options']));
    value.options = input.options.map((o) => ({ name: o.name.trim(), value: o.value.trim() }));
  } else if (creating) value.options = [];
  if (input.title != null) {
    errors.push(...validateRequiredText(input.title, [...field, 'title'], 'The variant title', 200));
    value.title = input.title.trim();
  } else if (creating) {
    value.title = value.options?.length ? value.options.map((o) => o.value).join(' / ') : 'Default';
  }
  const money = (amount: string, name: 'price' | 'compareAtPrice') => {
    const minor = parseDecimalAmount(amount, digits);
    if (minor === null) {
      errors.push(
        userError(
          [...field, name],
          ErrorCode.INVALID_PRICE,
          `Enter a non-negative amount with at most ${digits} decimals, e.g. "19.99".`,
        ),
      );
    }
    return minor ?? 0;
  };
  if (creating || input.price != null) value.price = money(input.price ?? '', 'price');
  if (input.compareAtPrice !== undefined) {
    value.compareAtPrice =
      input.compareAtPrice === null || input.compareAtPrice === ''
        ? null
        : money(input.compareAtPrice, 'compareAtPrice');
  }
  if (input.stock != null) {
    if (!Number.isInteger(input.stock) || input.stock < 0) {
      errors.push(
        userError([...field, 'stock'], ErrorCode.INVALID_INPUT, 'Initial stock must be zero or more.'),
      );
    }
    value.stock = input.stock;
  } else if (creating) value.stock = 0;
  if (input.weightGrams !== undefined) {
    if (input.weightGrams !== null && (!Number.isInteger(input.weightGrams) || input.weightGrams < 0)) {
      errors.push(
        userError([...field, 'weightGrams'], ErrorCode.INVALID_INPUT, 'The weight is zero or more grams.'),
      );
    }
    value.weightGrams = input.weightGrams;
  }
  if (input.position != null) value.position = input.position;
  return { errors, value };
}
