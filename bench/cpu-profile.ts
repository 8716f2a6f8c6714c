import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * `BENCH_CPU_PROFILE=<dir>`: a V8 CPU profile of the server's process over each scenario's measured
 * seconds only, written to `<dir>/<scenario>.cpuprofile`. `node --cpu-prof` profiles the whole run
 * (seeding 10,000 products through Drizzle, cart set-ups, bcrypt), which buried the requests' own
 * costs; summarize with `npx tsx bench/profile-summary.ts <file>`.
 */
export async function startCpuProfile(name: string): Promise<() => Promise<void>> {
  const dir = process.env.BENCH_CPU_PROFILE;
  if (!dir) return async () => {};
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`), JSON.stringify(profile));
  };
}
