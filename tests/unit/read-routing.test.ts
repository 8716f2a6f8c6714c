import { describe, expect, it } from 'vitest';
import { parseLsn, replicaConflict, replicaUnavailable } from '../../src/db/read-replica.js';
import { onlyReads } from '../../src/graphql/read-routing.js';

describe('parseLsn', () => {
  it('orders positions by their high, then low 32 bits', () => {
    const positions = ['0/0', '0/16B3748', '0/FFFFFFFF', '1/0', 'A/1', '16/B374D848'];
    const parsed = positions.map((p) => parseLsn(p));
    expect(parsed.every((p) => p !== undefined)).toBe(true);
    for (let i = 1; i < parsed.length; i += 1) {
      expect((parsed[i] as bigint) > (parsed[i - 1] as bigint), positions[i]).toBe(true);
    }
    expect(parseLsn('16/b374d848')).toBe(parseLsn('16/B374D848'));
    expect(parseLsn('1/0')).toBe(2n ** 32n);
  });

  it('refuses anything else', () => {
    for (const text of ['', '0', '0/', '/0', '0/0/0', '123456789/0', '0/G', ' 0/0', '-1/0', '0x1/0']) {
      expect(parseLsn(text), text).toBeUndefined();
    }
  });
});

describe('onlyReads', () => {
  it('accepts plain SELECTs and WITH queries that write nothing', () => {
    expect(onlyReads('select "id", "title" from "products" where "slug" = $1')).toBe(true);
    expect(onlyReads('  SELECT 1')).toBe(true);
    expect(
      onlyReads('with ranked as (select id from products) select * from ranked where updated_at > $1'),
    ).toBe(true);
  });

  it('sends writes, row locks, sequences and advisory locks to the primary', () => {
    for (const sql of [
      'insert into carts (id) values ($1)',
      'update carts set updated_at = now()',
      'delete from carts where id = $1',
      'with moved as (delete from carts returning id) select count(*) from moved',
      'with x as (select 1) insert into t select * from x',
      'select id from variants where id = $1 for update',
      'select id from carts where id = $1 FOR NO KEY UPDATE',
      'select id from orders for share skip locked',
      "select nextval('invoice_numbers')",
      'select pg_advisory_xact_lock(1)',
      'begin',
    ]) {
      expect(onlyReads(sql), sql).toBe(false);
    }
  });
});

describe('replica failures', () => {
  const wrapped = (code: string) =>
    new Error('Failed query: select 1', { cause: Object.assign(new Error(code), { code }) });

  it('takes the replica out for connection, shutdown, resource, login and missing-database errors, also through Drizzle', () => {
    for (const code of [
      'ECONNREFUSED',
      'CONNECTION_CLOSED',
      'CONNECT_TIMEOUT',
      'EPIPE',
      '08006',
      '57P01',
      '57P03',
      '53300',
      '28P01',
      '3D000',
    ]) {
      expect(replicaUnavailable(wrapped(code)), code).toBe(true);
      expect(replicaUnavailable(Object.assign(new Error(code), { code })), code).toBe(true);
    }
  });

  it('leaves it in use for errors of the statement itself', () => {
    for (const code of ['42P01', '22P02', '57014', '40001', '23505']) {
      expect(replicaUnavailable(wrapped(code)), code).toBe(false);
    }
    expect(replicaUnavailable(new Error('no code'))).toBe(false);
    expect(replicaUnavailable(undefined)).toBe(false);
  });

  it('retries a read the standby cancelled for a replay conflict', () => {
    expect(replicaConflict(wrapped('40001'))).toBe(true);
    expect(replicaConflict(wrapped('40P01'))).toBe(false);
  });
});
