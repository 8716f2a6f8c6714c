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
  const heapDir = process.env.BENCH_HEAP_PROFILE;
  if (!dir && !heapDir) return async () => {};
  const session = new Session();
  session.connect();
  if (dir) {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  if (heapDir) {
    await session.post('HeapProfiler.enable');
    // Every allocation is sampled, garbage included: what the young generation's collections pay for.
    // With BENCH_HEAP_PROFILE_PROMOTED set, what young collections freed is left out: what remains is
    // what outlived them (promoted, or still live), by the code that allocated it.
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 16384,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: !process.env.BENCH_HEAP_PROFILE_PROMOTED,
    });
  }
  const file = (folder: string, ext: string) => {
    mkdirSync(folder, { recursive: true });
    return join(folder, `${name.replace(/[^a-z0-9]+/gi, '-')}.${ext}`);
  };
  return async () => {
    if (dir) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file(dir, 'cpuprofile'), JSON.stringify(profile));
    }
    if (heapDir) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      writeFileSync(file(heapDir, 'heapprofile'), JSON.stringify(profile));
    }
    session.disconnect();
  };
}
