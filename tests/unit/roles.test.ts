import { describe, expect, it } from 'vitest';
import { roleAtLeast } from '../../src/graphql/roles.js';

describe('roleAtLeast', () => {
  it.each([
    ['CUSTOMER', 'CUSTOMER', true],
    ['CUSTOMER', 'VENDOR', false],
    ['CUSTOMER', 'ADMIN', false],
    ['VENDOR', 'CUSTOMER', true],
    ['VENDOR', 'VENDOR', true],
    ['VENDOR', 'ADMIN', false],
    ['ADMIN', 'CUSTOMER', true],
    ['ADMIN', 'VENDOR', true],
    ['ADMIN', 'ADMIN', true],
  ] as const)('%s meets %s: %s', (actual, required, expected) => {
    expect(roleAtLeast(actual, required)).toBe(expected);
  });
});
