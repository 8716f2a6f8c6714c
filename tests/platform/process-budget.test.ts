import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killIfRunning, PROCESS_TEST_TIMEOUT, spawnTsx, watchBudget } from './process-helpers.js';

// The budget that ends the real-process tests' waits: CPU spent and CPU progress, not wall time.
describe('waiting on a real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'process-budget-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function script(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  it('gives up on a process that spins past its CPU budget', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const spinning = spawnTsx(script('spin.mjs', 'for (;;) {}\n'), [], {});
    const watch = watchBudget(spinning, 'the spinning script', { cpuMs: 1_500, stalledMs: 600_000 });
    try {
      await expect(watch.exceeded).rejects.toThrow(/the spinning script used \d+ ms of CPU/);
    } finally {
      watch.stop();
      await killIfRunning(spinning);
    }
  });

  it('gives up on a process that uses no CPU at all', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const idle = spawnTsx(script('idle.mjs', 'setInterval(() => {}, 1 << 30);\n'), [], {});
    const watch = watchBudget(idle, 'the idle script', { cpuMs: 600_000, stalledMs: 2_000 });
    try {
      await expect(watch.exceeded).rejects.toThrow(/the idle script used no CPU for 2000 ms/);
    } finally {
      watch.stop();
      await killIfRunning(idle);
    }
  });
});
