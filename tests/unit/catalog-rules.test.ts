import { describe, expect, it } from 'vitest';
import { parseDecimalAmount } from '../../src/graphql/money.js';
import {
  SLUG_MAX_LENGTH,
  slugify,
  uniqueSlug,
  validateSlug,
} from '../../src/modules/catalog/catalog.rules.js';
import type { CategoryRow } from '../../src/modules/catalog/catalog.tables.js';
import { CategoryTree } from '../../src/modules/catalog/category-tree.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    ['Crème Brûlée', 'creme-brulee'],
    ['Größe', 'grosse'],
    ['GRÖSSE XL', 'grosse-xl'],
    ['Ærø', 'aero'],
    ['Œuvre Straße', 'oeuvre-strasse'],
    ['Łódź', 'lodz'],
    ['Smørrebrød', 'smorrebrod'],
    ['Þingvellir', 'thingvellir'],
    ['Привет мир', 'privet-mir'],
    ['Щука и ёж', 'shchuka-i-ezh'],
    ['Йогурт', 'yogurt'],
    ['Київ', 'kiyiv'],
    ['Αθήνα', 'athina'],
    ['Ελλάδα', 'ellada'],
    ['ﬁne', 'fine'],
    ['Apple iPhone 15 Pro', 'apple-iphone-15-pro'],
    ['Salt & Pepper', 'salt-and-pepper'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['a_b.c/d', 'a-b-c-d'],
    ['Crème Brûlée – Größe XL!', 'creme-brulee-grosse-xl'],
  ])('%j -> %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(validateSlug(slug, ['slug'])).toEqual([]);
  });

  it.each(['', '   ', '!!!', '*** ??? ###', '—–…', '😀🎉', '中文'])(
    'gives an empty slug for %j (nothing usable)',
    (text) => {
      expect(slugify(text)).toBe('');
    },
  );

  it(`cuts at ${SLUG_MAX_LENGTH} characters without a trailing hyphen`, () => {
    const long = slugify('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).toMatch(SLUG);
    expect(long.startsWith('word-word-')).toBe(true);

    expect(slugify('a'.repeat(150))).toBe('a'.repeat(SLUG_MAX_LENGTH));
    // The cut falls right after a hyphen: it is dropped.
    expect(slugify(`${'a'.repeat(SLUG_MAX_LENGTH - 1)} bbb`)).toBe('a'.repeat(SLUG_MAX_LENGTH - 1));
    // Transliteration that lengthens the text still respects the limit.
    expect(slugify('щ'.repeat(40)).length).toBe(SLUG_MAX_LENGTH);
  });

  it('always produces a valid slug or nothing', () => {
    for (const text of ['x', 'X-Y', '--a--b--', 'ÀÉÎÕÜ ÿ', 'Ωμέγα', '1 2 3', 'a'.repeat(101)]) {
      const slug = slugify(text);
      expect(slug === '' || validateSlug(slug, ['s']).length === 0, `${text} -> ${slug}`).toBe(true);
    }
  });
});

describe('validateSlug', () => {
  it.each(['a', '0', 'blue-shirt', 'abc-123-x9', 'a'.repeat(SLUG_MAX_LENGTH)])('accepts %j', (slug) => {
    expect(validateSlug(slug, ['input', 'slug'])).toEqual([]);
  });

  it.each([
    '',
    ' ',
    'Blue-shirt',
    'blue shirt',
    'blue--shirt',
    '-blue',
    'blue-',
    'blue_shirt',
    'blue.shirt',
    'crème',
    ' blue',
    'blue\n',
    'a'.repeat(SLUG_MAX_LENGTH + 1),
  ])('rejects %j with INVALID_SLUG on the given field', (slug) => {
    const errors = validateSlug(slug, ['input', 'slug']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: ['input', 'slug'], code: 'INVALID_SLUG' });
    expect(errors[0]?.message).toContain(String(SLUG_MAX_LENGTH));
  });
});

describe('uniqueSlug', () => {
  it('keeps a free base', () => {
    expect(uniqueSlug('shirt', new Set())).toBe('shirt');
    expect(uniqueSlug('shirt', new Set(['shirt-2', 'shirts']))).toBe('shirt');
  });

  it('appends -2, -3... to a taken base, filling the first gap', () => {
    expect(uniqueSlug('shirt', new Set(['shirt']))).toBe('shirt-2');
    expect(uniqueSlug('shirt', new Set(['shirt', 'shirt-2']))).toBe('shirt-3');
    expect(uniqueSlug('shirt', new Set(['shirt', 'shirt-3']))).toBe('shirt-2');
    const many = new Set(['shirt', ...Array.from({ length: 10 }, (_, i) => `shirt-${i + 2}`)]);
    expect(uniqueSlug('shirt', many)).toBe('shirt-12');
  });

  it(`shortens a long base so the result stays within ${SLUG_MAX_LENGTH} characters and valid`, () => {
    const base = 'a'.repeat(SLUG_MAX_LENGTH);
    const second = uniqueSlug(base, new Set([base]));
    expect(second).toBe(`${'a'.repeat(SLUG_MAX_LENGTH - 2)}-2`);

    const shortened = 'a'.repeat(SLUG_MAX_LENGTH - 2);
    const taken = new Set([base, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${shortened}-${n}`)]);
    const tenth = uniqueSlug(base, taken);
    expect(tenth).toBe(`${'a'.repeat(SLUG_MAX_LENGTH - 3)}-10`);

    // The cut would end on a hyphen: no double hyphen in the result.
    const hyphenated = `${'a'.repeat(SLUG_MAX_LENGTH - 3)}-bb`;
    const next = uniqueSlug(hyphenated, new Set([hyphenated]));
    expect(next).toBe(`${'a'.repeat(SLUG_MAX_LENGTH - 3)}-2`);
    for (const slug of [second, tenth, next]) {
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      expect(validateSlug(slug, ['s'])).toEqual([]);
    }
  });
});

describe('parseDecimalAmount', () => {
  it.each([
    ['0', 2, 0],
    ['12', 2, 1200],
    ['12.5', 2, 1250],
    ['12.50', 2, 1250],
    ['0.01', 2, 1],
    ['0.10', 2, 10],
    ['007.5', 2, 750],
    [' 3.10 ', 2, 310],
    ['19.99', 2, 1999],
    ['21474836.47', 2, 2_147_483_647],
    ['12', 0, 12],
    ['1.5', 3, 1500],
    ['1.234', 3, 1234],
  ])('parses %j with %d digits as %d minor units', (amount, digits, minor) => {
    expect(parseDecimalAmount(amount, digits)).toBe(minor);
  });

  it('never goes through floating point', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseDecimalAmount('0.29', 2)).toBe(29);
    expect(parseDecimalAmount('1.13', 2)).toBe(113);
    expect(parseDecimalAmount('4.35', 2)).toBe(435);
  });

  it.each([
    ['-1', 2],
    ['-0.01', 2],
    ['+1', 2],
    ['', 2],
    [' ', 2],
    ['.', 2],
    ['1.', 2],
    ['.5', 2],
    ['1.999', 2],
    ['12.0', 0],
    ['1.2345', 3],
    ['1e3', 2],
    ['1,50', 2],
    ['1 000', 2],
    ['0x10', 2],
    ['abc', 2],
    ['NaN', 2],
    ['Infinity', 2],
    ['١٢', 2],
    ['１２', 2],
    ['21474836.48', 2],
    ['99999999999999', 2],
    ['9999999999999', 2],
  ])('rejects %j with %d digits', (amount, digits) => {
    expect(parseDecimalAmount(amount, digits)).toBeNull();
  });
});

describe('CategoryTree', () => {
  let sequence = 0;
  function row(id: string, parentId: string | null, position = 0, name = id): CategoryRow {
    sequence += 1;
    const at = new Date(Date.UTC(2024, 0, 1, 0, 0, sequence));
    return {
      id,
      parentId,
      slug: `slug-${id}`,
      name,
      description: '',
      position,
      createdAt: at,
      updatedAt: at,
    };
  }

  // clothing (1) > [shirts (0) > [formal, casual], trousers (1)]; shoes (0); accessories (1, name sorts first)
  const rows = [
    row('trousers', 'clothing', 1),
    row('casual', 'shirts', 1),
    row('clothing', null, 1, 'Clothing'),
    row('formal', 'shirts', 0),
    row('shirts', 'clothing', 0),
    row('shoes', null, 0, 'Shoes'),
    row('accessories', null, 1, 'Accessories'),
  ];
  const tree = new CategoryTree(rows);
  const ids = (list: CategoryRow[]) => list.map((r) => r.id);

  it('finds categories by id and by slug', () => {
    expect(tree.get('shirts')?.parentId).toBe('clothing');
    expect(tree.getBySlug('slug-formal')?.id).toBe('formal');
    expect(tree.get('missing')).toBeUndefined();
    expect(tree.getBySlug('missing')).toBeUndefined();
  });

  it('orders roots and children by position, then name', () => {
    expect(ids(tree.roots())).toEqual(['shoes', 'accessories', 'clothing']);
    expect(ids(tree.children('clothing'))).toEqual(['shirts', 'trousers']);
    expect(ids(tree.children('shirts'))).toEqual(['formal', 'casual']);
    expect(tree.children('formal')).toEqual([]);
    expect(tree.children('missing')).toEqual([]);
  });

  it('lists ancestors from the root down, without the category itself', () => {
    expect(ids(tree.ancestors('casual'))).toEqual(['clothing', 'shirts']);
    expect(ids(tree.ancestors('shirts'))).toEqual(['clothing']);
    expect(tree.ancestors('clothing')).toEqual([]);
    expect(tree.ancestors('missing')).toEqual([]);
  });

  it('lists a category with all its descendants', () => {
    expect(tree.withDescendants('clothing').sort()).toEqual(
      ['casual', 'clothing', 'formal', 'shirts', 'trousers'].sort(),
    );
    expect(tree.withDescendants('clothing')[0]).toBe('clothing');
    expect(tree.withDescendants('shirts').sort()).toEqual(['casual', 'formal', 'shirts']);
    expect(tree.withDescendants('formal')).toEqual(['formal']);
  });

  it('flattens depth-first, each level in order', () => {
    expect(ids(tree.flatten())).toEqual([
      'shoes',
      'accessories',
      'clothing',
      'shirts',
      'formal',
      'casual',
      'trousers',
    ]);
    expect(new CategoryTree([]).flatten()).toEqual([]);
  });

  it('does not loop forever on (corrupt) cyclic data', () => {
    const cyclic = new CategoryTree([row('a', 'b'), row('b', 'a')]);
    expect(cyclic.withDescendants('a').sort()).toEqual(['a', 'b']);
    expect(cyclic.ancestors('a').length).toBeLessThanOrEqual(2);
    expect(cyclic.roots()).toEqual([]);
  });
});
