import postgres from 'postgres';
import { describe, expect, it } from 'vitest';

/**
 * postgres.js gave every query an arrow of its own around its promise's resolve and reject
 * (`this.resolve = x => (this.active = false, resolve(x))`). Under V8 (Node 20) that made young
 * collections keep every query, its result and its rows until the next full collection, once the
 * server fell into that state (it came and went): about 60 % of all allocation surviving each
 * scavenge, 35-85 ms pauses in bench/gc-retention.mjs; in the server, the products page's p99 at
 * 21-23 ms against 14-18 out of that state (bench/README.md, "Query results outliving scavenges").
 * patches/postgres+*.patch makes them prototype methods calling the stored settling functions; this
 * fails if an install stops applying it.
 */
describe('postgres.js queries', () => {
  it('settle through prototype methods, not a closure made per query', async () => {
    // Never run: a query is sent only once awaited, and this pool never connects.
    const sql = postgres('postgres://nobody@127.0.0.1:9/none', { max: 1 });
    try {
      const query = sql.unsafe('SELECT 1') as unknown as Record<string, unknown>;
      expect(Object.hasOwn(query, 'resolve')).toBe(false);
      expect(Object.hasOwn(query, 'reject')).toBe(false);
      expect(typeof query.resolve).toBe('function');
      expect(typeof query.reject).toBe('function');
    } finally {
      await sql.end({ timeout: 0 });
    }
  });
});
