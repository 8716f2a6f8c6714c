/**
 * The one way a test waits for something that happens in the background (a worker, a timer, another
 * instance): poll a check until it answers, or fail with what was awaited.
 *
 * No wait assumes a machine's speed: every timeout is multiplied by TEST_TIMEOUT_SCALE (default 1),
 * the same factor vitest.config.ts applies to the test and hook timeouts, so a slow or busy machine
 * raises one number instead of each test its own.
 */
export const TIMEOUT_SCALE = Number(process.env.TEST_TIMEOUT_SCALE) || 1;

/** `ms` on this machine: a timeout multiplied by TEST_TIMEOUT_SCALE. */
export function scaled(ms: number): number {
  return Math.round(ms * TIMEOUT_SCALE);
}

export interface WaitOptions {
  /** How long to keep polling before failing, before scaling (default 15 s). */
  timeoutMs?: number;
  /** Pause between two checks (default 20 ms); not scaled. */
  intervalMs?: number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it returns a value other than `undefined`, `null` or `false`, and returns that
 * value. A check that throws ends the wait with its error. `what` names what is awaited in the
 * timeout error; as a function it is read at the timeout (to report the last state seen).
 */
export async function waitFor<T>(
  what: string | (() => string),
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 15_000, intervalMs = 20 }: WaitOptions = {},
): Promise<T> {
  const limit = scaled(timeoutMs);
  const deadline = Date.now() + limit;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${limit} ms waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await sleep(intervalMs);
  }
}
