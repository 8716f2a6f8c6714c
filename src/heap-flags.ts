import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings the server sets for itself at the start of its process (main.ts), whatever command
 * started it (`npm start`, `node dist/main.js`, a platform's own).
 *
 * `--no-allocation-site-pretenuring`: V8 allocates objects in the old generation straight away from
 * any allocation site whose objects mostly survived their first young collections. A burst of slow
 * requests (sign-ups, carts written in bulk) made sites of per-request objects look long-lived; from
 * then on each request's objects were born old, and what they pointed to (the rows, the response)
 * survived every young collection until the next full one: 5-6 MB promoted per scavenge, pauses of
 * 17-19 ms against 3, for the rest of the process's life (bench/README.md, "Pretenured request
 * objects"). Without pretenuring, objects that do live long are promoted after surviving two young
 * collections instead, which costs nothing measurable here.
 */
export const HEAP_FLAGS = ['--no-allocation-site-pretenuring'] as const;

/** Applies HEAP_FLAGS; call before the app's modules are loaded and any request is served. */
export function applyHeapFlags(): void {
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
}
