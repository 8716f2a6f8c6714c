import { describe, expect, it } from 'vitest';
import {
  mergeAddress,
  normalizeAddress,
  postalCodeRequired,
} from '../../src/modules/address/address.rules.js';
import { validateAddressInput } from '../../src/modules/address/address.service.js';

const valid = {
  name: 'Grace Hopper',
  line1: '1 Navy Way',
  city: 'Arlington',
  region: 'VA',
  postalCode: '22202',
  country: 'US',
};

describe('validateAddressInput', () => {
  it('returns the normalized address to store', () => {
    expect(
      validateAddressInput({
        name: ' Grace \n Hopper ',
        line1: '1  Navy Way',
        line2: ' ',
        city: 'Arlington',
        region: null,
        postalCode: ' sw1a  1aa',
        country: ' gb ',
        phone: ' +44 (20) 7946-0000 ',
      }),
    ).toEqual({
      address: {
        name: 'Grace Hopper',
        line1: '1 Navy Way',
        line2: null,
        city: 'Arlington',
        region: null,
        postalCode: 'SW1A 1AA',
        country: 'GB',
        phone: '+44 (20) 7946-0000',
      },
    });
  });

  it('fills omitted optional parts with null', () => {
    expect(validateAddressInput(valid)).toEqual({ address: { ...valid, line2: null, phone: null } });
  });

  it('reports errors with paths below the given prefix', () => {
    const result = validateAddressInput({ ...valid, country: 'XX', name: '' }, ['input', 'address']);
    expect(result).toEqual({
      errors: [
        expect.objectContaining({ field: ['input', 'address', 'name'], code: 'INVALID_INPUT' }),
        expect.objectContaining({ field: ['input', 'address', 'country'], code: 'INVALID_COUNTRY' }),
      ],
    });
  });

  it.each(['12345', '12345-6789', 'K1A 0B1', '1234 AB', 'SE1 9GF'])(
    'accepts postal code %s',
    (postalCode) => {
      expect(validateAddressInput({ ...valid, postalCode })).toHaveProperty('address');
    },
  );

  it.each(['-12345', '123--45', '€123', '1_2', '12.345'])('refuses postal code %j', (postalCode) => {
    expect(validateAddressInput({ ...valid, postalCode })).toEqual({
      errors: [expect.objectContaining({ field: ['input', 'postalCode'], code: 'INVALID_INPUT' })],
    });
  });
});

describe('postalCodeRequired', () => {
  it('is false only for countries without postal codes', () => {
    expect(postalCodeRequired('US')).toBe(true);
    expect(postalCodeRequired('DE')).toBe(true);
    expect(postalCodeRequired('HK')).toBe(false);
    expect(postalCodeRequired('AE')).toBe(false);
  });
});

describe('mergeAddress', () => {
  const stored = { ...valid, line2: 'Suite 5', phone: '+1 555 123 4567' };

  it('keeps undefined and null parts, takes the rest; "" clears optional parts after normalizing', () => {
    const merged = mergeAddress(stored, { city: 'Boston', line2: '', phone: null, name: undefined });
    expect(merged).toEqual({ ...stored, city: 'Boston', line2: '' });
    expect(normalizeAddress(merged)).toEqual({ address: { ...stored, city: 'Boston', line2: null } });
  });
});
