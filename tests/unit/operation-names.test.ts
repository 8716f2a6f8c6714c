import { describe, expect, it } from 'vitest';
import { OperationNames, outcomeOf } from '../../src/graphql/operation-facts.js';

describe('OperationNames (metric label values)', () => {
  it('keeps the first N distinct names, then counts new ones as other', () => {
    const names = new OperationNames(2);
    expect(names.label('A')).toBe('A');
    expect(names.label('B')).toBe('B');
    expect(names.label('C')).toBe('other');
    expect(names.label('A')).toBe('A');
    expect(names.label('x'.repeat(101))).toBe('other');
  });

  it('always keeps the names of persisted operations, without using up the cap', () => {
    const names = new OperationNames(0, ['ProductPage']);
    expect(names.label('ProductPage')).toBe('ProductPage');
    expect(names.label('Anything')).toBe('other');
  });
});

describe('outcomeOf', () => {
  const single = (result: object) => ({ kind: 'single', singleResult: result }) as never;
  it('ok, user_error for a payload with errors, or the first error code', () => {
    expect(outcomeOf(single({ data: { products: { nodes: [] } } }))).toBe('ok');
    expect(outcomeOf(single({ data: { accountLogin: { errors: [] } } }))).toBe('ok');
    expect(outcomeOf(single({ data: { accountLogin: { errors: [{ code: 'X' }] } } }))).toBe('user_error');
    expect(outcomeOf(single({ errors: [{ message: 'm', extensions: { code: 'FORBIDDEN' } }] }))).toBe(
      'FORBIDDEN',
    );
    expect(outcomeOf(single({ errors: [{ message: 'm', extensions: { code: 'not a code!' } }] }))).toBe(
      'ERROR',
    );
  });
});
