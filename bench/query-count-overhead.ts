/**
 * Micro-benchmark: what counting SQL statements per request costs, the old way (AsyncLocalStorage
 * around the request, the shared Drizzle logger reading the store) against the new one (a logger of
 * the request's own database handle: a field increment). A "request" awaits PROMISES promises (a
 * GraphQL request on the products page runs a few hundred) and logs STATEMENTS statements.
 * `npx tsx bench/query-count-overhead.ts`
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const PROMISES = 400;
const STATEMENTS = 6;
const REQUESTS = 20_000;
const ROUNDS = 5;

interface Count {
  count: number;
}

async function request(log: () => void): Promise<void> {
  for (let i = 0; i < PROMISES; i++) {
    await Promise.resolve(i);
    if (i % (PROMISES / STATEMENTS) === 0) log();
  }
}

async function plain(): Promise<void> {
  for (let r = 0; r < REQUESTS; r++) await request(() => {});
}

async function perHandle(): Promise<void> {
  for (let r = 0; r < REQUESTS; r++) {
    const count: Count = { count: 0 };
    const logger = {
      logQuery() {
        count.count += 1;
      },
    };
    await request(() => logger.logQuery());
  }
}

const storage = new AsyncLocalStorage<Count>();
async function asyncContext(): Promise<void> {
  for (let r = 0; r < REQUESTS; r++) {
    await storage.run({ count: 0 }, () =>
      request(() => {
        const store = storage.getStore();
        if (store) store.count += 1;
      }),
    );
  }
}

async function time(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / REQUESTS;
}

// Async context tracking, once used, stays on for the process: measure it last.
const results: Record<string, number[]> = { none: [], 'per-handle logger': [], AsyncLocalStorage: [] };
for (let round = 0; round < ROUNDS; round++) {
  results.none?.push(await time(plain));
  results['per-handle logger']?.push(await time(perHandle));
}
for (let round = 0; round < ROUNDS; round++) results.AsyncLocalStorage?.push(await time(asyncContext));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const base = median(results.none ?? []);
for (const [name, values] of Object.entries(results)) {
  const us = median(values) * 1000;
  console.log(
    `${name.padEnd(20)} ${us.toFixed(1)} µs per request (${(((median(values) - base) / base) * 100).toFixed(1)} % over none)`,
  );
}
