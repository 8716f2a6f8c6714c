import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * The load generator, run by bench/run.ts in a child process so its CPU is not counted as the
 * server's and it does not share the server's event loop. Reads a JSON spec (argv[2]): POSTs the
 * given requests round-robin (one request: the same every time; several: e.g. different carts
 * and variants) and prints autocannon's result as JSON on stdout, with the exact 95th percentile of
 * the response times (`p95`, ms) that autocannon's histogram summary leaves out, and the time from
 * the first request to the last response (`seconds`: autocannon's `duration` ends at its next
 * whole-second sampling tick, which quantized the req/s of a fixed amount of requests).
 */
export interface LoadSpec {
  url: string;
  connections: number;
  duration: number;
  /** Send exactly this many requests instead of running for `duration` (each request used once). */
  amount?: number;
  requests: { body: string; headers?: Record<string, string> }[];
}

const spec = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as LoadSpec;
let next = 0;
const times: number[] = [];
const instance = autocannon({
  url: spec.url,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  connections: spec.connections,
  ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
  requests: [
    {
      setupRequest(request) {
        const chosen = spec.requests[next++ % spec.requests.length];
        if (!chosen) return request;
        return { ...request, body: chosen.body, headers: { ...request.headers, ...chosen.headers } };
      },
    },
  ],
});
const started = performance.now();
let lastResponse = started;
instance.on('response', (_client, _status, _bytes, ms) => {
  times.push(ms);
  lastResponse = performance.now();
});
const result = await instance;
times.sort((a, b) => a - b);
const p95 = times.length === 0 ? 0 : (times[Math.ceil(times.length * 0.95) - 1] as number);
process.stdout.write(
  JSON.stringify({ ...result, p95: Math.round(p95 * 10) / 10, seconds: (lastResponse - started) / 1000 }),
);
