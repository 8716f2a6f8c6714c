import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/graphql/pagination.js';

const ID = '0b7c1c3e-54a1-4f57-9d34-5c1f0e8f2a10';

function expectBadCursor(cursor: string): void {
  let thrown: unknown;
  try {
    decodeCursor(cursor);
  } catch (err) {
    thrown = err;
  }
  expect(thrown, `cursor ${JSON.stringify(cursor)} was accepted`).toBeInstanceOf(GraphQLError);
  expect((thrown as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
}

describe('cursors', () => {
  it('round-trips dates as ISO strings, strings and numbers', () => {
    const when = new Date('2024-05-06T07:08:09.123Z');
    expect(decodeCursor(encodeCursor(when, ID))).toEqual(['2024-05-06T07:08:09.123Z', ID]);
    expect(decodeCursor(encodeCursor('some text, with "quotes"', ID))).toEqual([
      'some text, with "quotes"',
      ID,
    ]);
    expect(decodeCursor(encodeCursor(42, ID))).toEqual([42, ID]);
    expect(decodeCursor(encodeCursor(0, ID))).toEqual([0, ID]);
  });

  it('is URL-safe and opaque', () => {
    const cursor = encodeCursor('a/b+c?d=e', ID);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(ID);
  });

  it('gives different cursors to different keys', () => {
    expect(encodeCursor(1, ID)).not.toBe(encodeCursor(2, ID));
    expect(encodeCursor(1, ID)).not.toBe(encodeCursor(1, ID.replace('0b7c', '1b7c')));
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['empty', ''],
    ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
    ['a one-element array', Buffer.from('["x"]').toString('base64url')],
    ['a three-element array', Buffer.from(`["x","${ID}",1]`).toString('base64url')],
    ['a numeric id', Buffer.from('["x",1]').toString('base64url')],
    ['a null value', Buffer.from(`[null,"${ID}"]`).toString('base64url')],
    ['a nested value', Buffer.from(`[["x"],"${ID}"]`).toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['an id that is not a uuid', encodeCursor('2024-01-01T00:00:00.000Z', 'not-a-uuid')],
    ['an id with SQL in it', encodeCursor(1, `${ID}' or '1'='1`)],
  ])('rejects %s with BAD_USER_INPUT', (_name, cursor) => {
    expectBadCursor(cursor);
  });

  it('names the argument the cursor came from', () => {
    for (const field of ['after', 'before'] as const) {
      try {
        decodeCursor('garbage', field);
        expect.unreachable();
      } catch (err) {
        expect((err as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    }
  });
});
