import { describe, expect, it } from 'vitest';
import {
  normalizeEmail,
  PASSWORD_MAX_BYTES,
  validateEmail,
  validateName,
  validatePassword,
  validatePhone,
} from '../../src/modules/account/account.rules.js';

const FIELD = ['input', 'password'];
const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ann.Lee@Example.COM \n')).toBe('ann.lee@example.com');
    expect(normalizeEmail('bob@example.com')).toBe('bob@example.com');
  });
});

describe('validateEmail', () => {
  it.each(['a@b.co', 'ann.lee+shop@mail.example.com', 'x_y-z@sub.domain.example'])('accepts %s', (email) => {
    expect(validateEmail(email, ['input', 'email'])).toEqual([]);
  });

  it.each([
    ['no domain dot', 'a@b'],
    ['no local part', '@example.com'],
    ['no at sign', 'ann.example.com'],
    ['two at signs', 'a@b@example.com'],
    ['a space', 'a b@example.com'],
    ['an empty label', 'a@b..com'],
    ['a leading dot in the domain', 'a@.example.com'],
    ['a trailing dot', 'a@example.com.'],
    ['nothing', ''],
  ])('rejects %s', (_name, email) => {
    const errors = validateEmail(email, ['input', 'email']);
    expect(codes(errors)).toEqual(['INVALID_EMAIL']);
    expect(errors[0]?.field).toEqual(['input', 'email']);
  });

  it('accepts 254 characters and rejects 255', () => {
    const domain = '@example.com';
    const ok = `${'a'.repeat(254 - domain.length)}${domain}`;
    expect(ok).toHaveLength(254);
    expect(validateEmail(ok, ['email'])).toEqual([]);
    expect(codes(validateEmail(`a${ok}`, ['email']))).toEqual(['INVALID_EMAIL']);
  });
});

describe('validatePassword', () => {
  it('accepts 8 to 72 bytes with a letter and a digit', () => {
    expect(validatePassword('secret12', null, FIELD)).toEqual([]);
    expect(validatePassword('Secret123', 'ann@example.com', FIELD)).toEqual([]);
    const max = `a1${'x'.repeat(PASSWORD_MAX_BYTES - 2)}`;
    expect(Buffer.byteLength(max)).toBe(72);
    expect(validatePassword(max, null, FIELD)).toEqual([]);
  });

  it('rejects fewer than 8 bytes as WEAK_PASSWORD with the field', () => {
    const errors = validatePassword('abc1234', null, FIELD);
    expect(codes(errors)).toEqual(['WEAK_PASSWORD']);
    expect(errors[0]?.field).toEqual(FIELD);
    expect(codes(validatePassword('', null, FIELD))).toEqual(['WEAK_PASSWORD']);
  });

  it('rejects more than 72 bytes instead of truncating', () => {
    const tooLong = `a1${'x'.repeat(PASSWORD_MAX_BYTES - 1)}`;
    expect(Buffer.byteLength(tooLong)).toBe(73);
    expect(codes(validatePassword(tooLong, null, FIELD))).toEqual(['PASSWORD_TOO_LONG']);
  });

  it('counts bytes, not characters', () => {
    // 'é' is 2 bytes: 3 × 2 + 2 = 8 bytes in 5 characters.
    expect(validatePassword('ééé1a', null, FIELD)).toEqual([]);
    // 'ü' × 36 = 72 bytes plus a digit: 73 bytes in 37 characters.
    expect(codes(validatePassword(`${'ü'.repeat(36)}1`, null, FIELD))).toEqual(['PASSWORD_TOO_LONG']);
    // 6 bytes in 4 characters.
    expect(codes(validatePassword('éé1a', null, FIELD))).toEqual(['WEAK_PASSWORD']);
  });

  it('needs a letter and a digit (any script)', () => {
    expect(codes(validatePassword('abcdefghij', null, FIELD))).toEqual(['WEAK_PASSWORD']);
    expect(codes(validatePassword('1234567890', null, FIELD))).toEqual(['WEAK_PASSWORD']);
    expect(codes(validatePassword('!!!!!!!!1', null, FIELD))).toEqual(['WEAK_PASSWORD']);
    expect(validatePassword('пароль12', null, FIELD)).toEqual([]);
  });

  it('rejects the email address as password, whatever its case', () => {
    expect(codes(validatePassword('ann1@example.com', 'ann1@example.com', FIELD))).toEqual(['WEAK_PASSWORD']);
    expect(codes(validatePassword(' Ann1@Example.com ', 'ANN1@example.com', FIELD))).toEqual([
      'WEAK_PASSWORD',
    ]);
    expect(validatePassword('ann1@example.com', 'bob1@example.com', FIELD)).toEqual([]);
  });
});

describe('validatePhone', () => {
  it.each(['+1 555 123 4567', '(030) 123-4567', '+49.30.1234567', '123456', '123456789012345'])(
    'accepts %s',
    (phone) => {
      expect(validatePhone(phone, ['input', 'phone'])).toEqual([]);
    },
  );

  it.each([
    ['5 digits', '12345'],
    ['16 digits', '1234567890123456'],
    ['letters', 'call 1234567'],
    ['a plus in the middle', '123+4567890'],
    ['nothing', ''],
  ])('rejects %s', (_name, phone) => {
    const errors = validatePhone(phone, ['input', 'phone']);
    expect(codes(errors)).toEqual(['INVALID_INPUT']);
    expect(errors[0]?.field).toEqual(['input', 'phone']);
  });
});

describe('validateName', () => {
  it('accepts 1 to 100 characters after trimming', () => {
    expect(validateName('A', ['name'])).toEqual([]);
    expect(validateName('x'.repeat(100), ['name'])).toEqual([]);
    expect(codes(validateName('x'.repeat(101), ['name']))).toEqual(['INVALID_INPUT']);
    expect(codes(validateName('   ', ['name']))).toEqual(['INVALID_INPUT']);
  });
});
