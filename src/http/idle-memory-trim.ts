import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives an idle server's young generation back to the system. V8 grows its young generation
 * (`--max-semi-space-size`, 64 MiB per semi-space as `npm start` runs the server) under load and keeps
 * it committed afterwards. A full collection shrinks it again, but only when V8 finds that little was
 * allocated over its last 5 s of collections ("low allocation throughput"). So once no API request has
 * run for a whole interval (none started, none in flight), this collects, and collects again when 6 s
 * of idleness lie behind that first collection: the second one shrinks (bench/README.md, "A larger
 * young generation, given back when idle"). Two collections per idle period, none while requests keep
 * coming. Health probes and metric scrapes are not requests here, or a scraper every 15 s would keep
 * the memory committed for good.
 */

/** Requests that are not traffic: probes and scrapes (the metrics port's server is not watched at all). */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/** From the first collection of an idle period to the second: longer than V8's 5 s throughput window. */
const SHRINK_AFTER_MS = 6000;

export interface IdleMemoryTrim {
  /** Full collections run so far (tests read it). */
  collections(): number;
  stop(): void;
}

export function trimMemoryWhenIdle(server: Server, intervalMs: number): IdleMemoryTrim {
  const collect = fullCollection();
  // The start allocated like a busy period: the first trim comes after the first idle interval.
  let busy = true;
  let inFlight = 0;
  /** When this idle period's first collection ran; null before it. */
  let firstCollection: number | null = null;
  let done = false;
  let collections = 0;
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (PROBES.has(pathOf(req.url))) return;
    busy = true;
    firstCollection = null;
    done = false;
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
    });
  };
  server.on('request', onRequest);
  const timer = setInterval(() => {
    if (busy || inFlight > 0) {
      busy = false;
      return;
    }
    if (done) return;
    const now = Date.now();
    if (firstCollection === null) firstCollection = now;
    else if (now - firstCollection >= SHRINK_AFTER_MS) done = true;
    else return;
    collections += 1;
    collect();
  }, intervalMs);
  timer.unref();
  return {
    collections: () => collections,
    stop() {
      clearInterval(timer);
      server.off('request', onRequest);
    },
  };
}

function pathOf(url = ''): string {
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

/**
 * V8's `gc()`, synchronous and full. Without `node --expose-gc` it is exposed for a moment to fetch it
 * (as Jest's leak detector does): the flag is read when a context is created, so only the function
 * fetched here has it, and `gc` stays out of the server's global scope.
 */
function fullCollection(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
