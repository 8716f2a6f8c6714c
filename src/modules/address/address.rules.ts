import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { validatePhone } from '../account/account.rules.js';
import type { AddressSnapshot } from './address-snapshot.js';
import { normalizeCountryCode } from './countries.js';

/** Pure validation of postal addresses; unit-tested without a database. */

/** A postal address as a client sends it (GraphQL `AddressInput`); optional parts may be null or empty. */
export interface AddressFields {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
  phone?: string | null;
}

/** A partial change of an address: undefined or null keeps a part. */
export type AddressChanges = { [K in keyof AddressFields]?: AddressFields[K] | null };

/** Longest accepted value of each part, in characters (after trimming). */
export const ADDRESS_MAX_LENGTH = {
  name: 200,
  line1: 200,
  line2: 200,
  city: 200,
  region: 200,
  postalCode: 20,
  phone: 40,
} as const;

/**
 * Countries without a postal code system in general use: there the postal code may be left
 * empty (it is stored as ""). Everywhere else it is required.
 */
const COUNTRIES_WITHOUT_POSTAL_CODES: ReadonlySet<string> = new Set(
  `AE AG AO AW BF BI BJ BO BS BW BZ CD CF CG CI CK CM DJ DM ER FJ GA GD GH GM GQ GY HK KI KM KN KP
   ML MO MR MW NR NU QA RW SB SC SL SR SS ST SY TD TF TG TK TL TO TV UG VU YE ZW`
    .trim()
    .split(/\s+/),
);

export function postalCodeRequired(country: string): boolean {
  return !COUNTRIES_WITHOUT_POSTAL_CODES.has(country);
}

/** Letters and digits with single inner spaces or hyphens, e.g. "10115", "SW1A 1AA", "1234-567". */
const POSTAL_CODE_PATTERN = /^[A-Z0-9]+(?:[ -][A-Z0-9]+)*$/;

// Control characters other than whitespace (which is folded to single spaces) are never part of an address.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

type TextPart = Exclude<keyof AddressFields, 'country'>;

const LABELS: Record<TextPart, string> = {
  name: 'The name',
  line1: 'Address line 1',
  line2: 'Address line 2',
  city: 'The city',
  region: 'The region',
  postalCode: 'The postal code',
  phone: 'The phone number',
};

/** Trims and folds runs of whitespace (including line breaks and tabs) into one space. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function characters(value: string): number {
  return [...value].length;
}

/** Checks one free-text part: required or not, length and control characters. */
function checkText(
  part: TextPart,
  value: string,
  required: boolean,
  path: readonly string[],
): UserError | null {
  const field = [...path, part];
  const max = ADDRESS_MAX_LENGTH[part];
  if (value === '') {
    return required ? userError(field, ErrorCode.INVALID_INPUT, `${LABELS[part]} is required.`) : null;
  }
  if (characters(value) > max) {
    return userError(field, ErrorCode.INVALID_INPUT, `${LABELS[part]} is at most ${max} characters long.`);
  }
  if (CONTROL_CHARACTERS.test(value)) {
    return userError(field, ErrorCode.INVALID_INPUT, `${LABELS[part]} contains control characters.`);
  }
  return null;
}

/**
 * Validates and normalizes a whole address: every part trimmed with inner whitespace folded,
 * empty optional parts null, the country an upper-case ISO 3166-1 alpha-2 code, the postal code
 * upper-cased. Every failing part is reported, each with its path below `path` (e.g.
 * `['input', 'name']`).
 */
export function normalizeAddress(
  input: AddressFields,
  path: readonly string[] = ['input'],
): { address: AddressSnapshot } | { errors: UserError[] } {
  const errors: UserError[] = [];
  const check = (error: UserError | null) => {
    if (error) errors.push(error);
  };

  const name = cleanText(input.name);
  const line1 = cleanText(input.line1);
  const line2 = cleanText(input.line2);
  const city = cleanText(input.city);
  const region = cleanText(input.region);
  const postalCode = cleanText(input.postalCode).toUpperCase();
  const phone = cleanText(input.phone);

  check(checkText('name', name, true, path));
  check(checkText('line1', line1, true, path));
  check(checkText('line2', line2, false, path));
  check(checkText('city', city, true, path));
  check(checkText('region', region, false, path));

  const country = normalizeCountryCode(input.country ?? '');
  if (!country) {
    check(
      userError(
        [...path, 'country'],
        ErrorCode.INVALID_COUNTRY,
        'Enter the country as an ISO 3166-1 alpha-2 code, such as US, DE or GB.',
      ),
    );
  }

  const postalError = checkText('postalCode', postalCode, country ? postalCodeRequired(country) : true, path);
  if (postalError) check(postalError);
  else if (postalCode !== '' && !POSTAL_CODE_PATTERN.test(postalCode)) {
    check(
      userError(
        [...path, 'postalCode'],
        ErrorCode.INVALID_INPUT,
        'A postal code is letters and digits, optionally separated by single spaces or hyphens.',
      ),
    );
  }

  const phoneError = checkText('phone', phone, false, path);
  if (phoneError) check(phoneError);
  else if (phone !== '') errors.push(...validatePhone(phone, [...path, 'phone']));

  if (errors.length > 0 || !country) return { errors };
  return {
    address: {
      name,
      line1,
      line2: line2 || null,
      city,
      region: region || null,
      postalCode,
      country,
      phone: phone || null,
    },
  };
}

/**
 * Applies a partial change to a stored address: parts that are undefined or null keep their
 * value, an empty string clears an optional part (and is refused for a required one).
 */
export function mergeAddress(current: AddressSnapshot, changes: AddressChanges): AddressFields {
  const pick = <K extends keyof AddressFields>(key: K): AddressFields[K] | AddressSnapshot[K] =>
    changes[key] ?? current[key];
  return {
    name: pick('name') as string,
    line1: pick('line1') as string,
    line2: pick('line2'),
    city: pick('city') as string,
    region: pick('region'),
    postalCode: pick('postalCode') as string,
    country: pick('country') as string,
    phone: pick('phone'),
  };
}
