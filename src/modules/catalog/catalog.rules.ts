import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';

/** Pure rules of the catalog; unit-tested without a database. */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

// Letters that Unicode decomposition does not reduce to ASCII.
const TRANSLITERATION: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** "Crème Brûlée – Größe XL!" -> "creme-brulee-grosse-xl"; empty when nothing usable remains. */
export function slugify(text: string): string {
  const lowered = text.toLowerCase();
  let ascii = '';
  // Accented letters outside Latin (Greek "ή", "ά") transliterate through their base letter.
  for (const char of lowered) {
    ascii += TRANSLITERATION[char] ?? TRANSLITERATION[char.normalize('NFD').charAt(0)] ?? char;
  }
  return ascii
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
}

export function validateSlug(slug: string, field: string[]): UserError[] {
  if (slug.length > SLUG_MAX_LENGTH || !SLUG_PATTERN.test(slug)) {
    return [
      userError(
        field,
        ErrorCode.INVALID_SLUG,
        `A slug uses lower-case letters, digits and single hyphens, at most ${SLUG_MAX_LENGTH} characters (e.g. "blue-shirt").`,
      ),
    ];
  }
  return [];
}

/** Picks `base`, or `base-2`, `base-3`... : the first not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function validateRequiredText(
  value: string,
  field: string[],
  label: string,
  max: number,
): UserError[] {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    return [userError(field, ErrorCode.INVALID_INPUT, `${label} must be 1 to ${max} characters long.`)];
  }
  return [];
}

/** Tags are trimmed, lower-cased, de-duplicated; each 1 to 50 characters. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

export function validateTags(tags: readonly string[], field: string[]): UserError[] {
  if (tags.length > 50 || tags.some((tag) => tag.length > 50)) {
    return [userError(field, ErrorCode.INVALID_INPUT, 'At most 50 tags of at most 50 characters each.')];
  }
  return [];
}

export function validateOptions(
  options: readonly { name: string; value: string }[],
  field: string[],
): UserError[] {
  const names = options.map((option) => option.name.trim().toLowerCase());
  if (
    options.some(
      (option) =>
        !option.name.trim() || !option.value.trim() || option.name.length > 50 || option.value.length > 100,
    )
  ) {
    return [
      userError(
        field,
        ErrorCode.INVALID_INPUT,
        'Each option needs a name (at most 50 characters) and a value (at most 100).',
      ),
    ];
  }
  if (new Set(names).size !== names.length) {
    return [userError(field, ErrorCode.INVALID_INPUT, 'Option names must be distinct within a variant.')];
  }
  return [];
}

export function validateSku(sku: string, field: string[]): UserError[] {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/.test(sku)) {
    return [
      userError(
        field,
        ErrorCode.INVALID_INPUT,
        'A SKU is 1 to 64 letters, digits, dots, dashes, underscores or slashes.',
      ),
    ];
  }
  return [];
}

/**
 * Upper bounds (exclusive, in minor units of a two-digit currency) of the price facet buckets:
 * under 25, 25-50, 50-100, 100-250, 250-500, 500 and more.
 */
export const PRICE_BUCKET_BOUNDS = [2500, 5000, 10000, 25000, 50000] as const;

/** Minimum-rating facet values: "4 stars & up" ... "1 star & up". */
export const RATING_FACET_VALUES = [4, 3, 2, 1] as const;
