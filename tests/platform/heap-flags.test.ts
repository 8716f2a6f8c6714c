import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HEAP_FLAGS } from '../../src/heap-flags.js';

const run = promisify(execFile);

/**
 * main.ts turns allocation-site pretenuring off for the server's process (src/heap-flags.ts; without
 * it, a burst of slow requests could leave the server promoting 5-6 MB of request data per young
 * collection for the rest of its life). V8 takes a flag it does not know without failing: it prints
 * "unrecognized flag" and goes on. This fails if the Node.js in use no longer has the flag, so an
 * upgrade cannot silently bring the state back.
 */
describe('the V8 flags the server sets for itself', () => {
  it('are flags of this Node.js, applied without complaint', async () => {
    const { stdout: options } = await run(process.execPath, ['--v8-options'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    for (const flag of HEAP_FLAGS) {
      expect(options).toContain(`--${flag.replace(/^--(no-)?/, '')} `);
    }
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        "const m = await import('./src/heap-flags.ts'); m.applyHeapFlags(); process.stdout.write('applied');",
      ],
      { cwd: process.cwd() },
    );
    expect(stdout).toBe('applied');
    expect(stderr).toBe('');
  });
});
