import { parseArgs } from 'node:util';
import { rssMiB, type ServerProcess, startServerProcess } from './server-process.js';

/**
 * `npx tsx bench/distinct-queries.ts [--count 5000] [--concurrency 8] [--database-url URL] [--url URL --pid PID]`
 *
 * Memory under a stream of distinct query texts (issue 12): every text differs by an inline literal,
 * as a naive client or an attacker would send them. Starts the server in a child process (production
 * settings, in-memory PGlite unless --database-url) so its resident memory is the server's alone, warms
 * it with one text repeated `--count` times, then streams `--count` distinct texts and prints the
 * server's RSS before, along the way, after, and after a short idle. `--url` and `--pid` measure a server that is already running instead.
 * Linux only (RSS is read from /proc).
 */
const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '8' },
    'database-url': { type: 'string', default: 'memory://' },
    url: { type: 'string' },
    pid: { type: 'string' },
  },
});
const COUNT = Number(args.count);
const CONCURRENCY = Number(args.concurrency);

/** The shape of the bench's "product by slug" scenario, with the slug inline instead of a variable. */
const productBySlug = (slug: string): string => `{
  product(slug: "${slug}") {
    id slug title description brand tags status createdAt unitsSold inStock
    priceRange { min { amount currencyCode } max { amount currencyCode } }
    rating { average count }
    categories { id name slug ancestors { id name slug } }
    images { id url alt width height renditions { width height url } }
    variants { id sku title inStock options { name value } price { amount currencyCode } compareAtPrice { amount } }
  }
}`;

async function startServer(): Promise<ServerProcess> {
  return startServerProcess(args['database-url'] as string);
}

async function post(url: string, query: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]?.message}`);
}

async function stream(
  url: string,
  texts: (i: number) => string,
  count: number,
  onProgress: (done: number) => void = () => {},
): Promise<void> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await post(url, texts(i));
        done += 1;
        onProgress(done);
      }
    }),
  );
}

async function main(): Promise<void> {
  const server = args.url && args.pid ? { url: args.url, pid: Number(args.pid) } : await startServer();
  try {
    // Warm-up: one text, repeated as often as the distinct ones will be sent, so what grows with
    // the number of requests alone (V8 sizing its heap) shows here, before the first reading.
    await stream(server.url, () => productBySlug('warm-up'), COUNT);
    const before = rssMiB(server.pid);
    const started = performance.now();
    const curve: string[] = [];
    await stream(
      server.url,
      (i) => productBySlug(`distinct-${i}`),
      COUNT,
      (done) => {
        if (done % Math.ceil(COUNT / 5) === 0) curve.push(`${done}: ${rssMiB(server.pid)}`);
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const after = rssMiB(server.pid);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idle = rssMiB(server.pid);
    console.log(
      `${COUNT} distinct query texts in ${seconds.toFixed(1)} s (${Math.round(COUNT / seconds)}/s): ` +
        `server RSS ${before} MiB before, ${after} MiB after (${after - before >= 0 ? '+' : ''}${Math.round((after - before) * 10) / 10} MiB), ${idle} MiB 3 s later`,
    );
    console.log(`RSS (MiB) after n distinct texts: ${curve.join(', ')}`);
  } finally {
    if ('stop' in server) await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
