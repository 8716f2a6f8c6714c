import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * `npm start` and `npm run bench` run the sources through tsx, whose esbuild transform had `keepNames`
 * on: every function made at run time went through a `__name(fn, "…")` helper, which redefines the
 * function's `name` and turns it into a dictionary-mode object. Made per request (the statement
 * guard's overrides, resolvers' closures), they made the server likelier to stay in a state where each
 * request's young objects outlive scavenges: 6-9 MB promoted per scavenge, 12-17 ms pauses, up to a
 * third fewer products pages per second than the compiled server (bench/README.md, "tsx's keepNames").
 * patches/tsx+*.patch turns it off, as `tsc` output never had it; this fails if an install stops
 * applying the patch.
 */
describe('the TypeScript loader of npm start', () => {
  it('adds no __name helper to functions made at run time', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        "const m = await import('./src/db/statement-guard.ts'); process.stdout.write(String(m.guardDatabase));",
      ],
      { cwd: process.cwd() },
    );
    // The function itself, as loaded (whitespace minified): its per-request overrides are function expressions.
    expect(stdout).toMatch(/prepareQuery\s*=/);
    expect(stdout).not.toContain('__name(');
  });
});
