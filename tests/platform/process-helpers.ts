import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from '../support/wait-for.js';

/** Root of the project: the working directory of every spawned process. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A minimal environment for child processes: nothing from the test run leaks in
 * (no DATABASE_URL, JWT_SECRET, NODE_ENV=test ...), only what the test passes.
 */
export function childEnv(env: Record<string, string>): Record<string, string> {
  const base: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[name];
    if (value !== undefined) base[name] = value;
  }
  return { ...base, ...env };
}

/** A port that was free a moment ago (listen on 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * Runs a TypeScript entry point in the project root, in its own process group.
 * `cli` goes through the tsx command as `npm start` does (tsx relays signals to its node child);
 * `import` runs `node --import tsx` directly.
 */
export function spawnTsx(
  script: string,
  args: string[],
  env: Record<string, string>,
  via: 'cli' | 'import' = 'import',
): Spawned {
  const [command, commandArgs] =
    via === 'cli'
      ? [join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args]]
      : [process.execPath, ['--import', 'tsx', script, ...args]];
  const child = spawn(command, commandArgs, {
    cwd: PROJECT_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Runs a script to completion. */
export async function runTsx(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const spawned = spawnTsx(script, args, env);
  const code = await spawned.exited;
  return { code, stdout: spawned.stdout(), stderr: spawned.stderr() };
}

/** Polls GET url until it answers 200; fails early when the process exits first. */
export async function waitForHttp(url: string, spawned: Spawned, timeoutMs = 45_000): Promise<void> {
  let exitedWith: number | string | undefined;
  void spawned.exited.then((code) => {
    exitedWith = code;
  });
  await waitFor(
    () => `${url} to answer:\n${spawned.stdout()}\n${spawned.stderr()}`,
    async () => {
      if (exitedWith !== undefined) {
        throw new Error(`process exited with ${exitedWith} before ${url} answered:\n${spawned.stderr()}`);
      }
      try {
        return (await fetch(url)).status === 200;
      } catch {
        return false; // not listening yet
      }
    },
    { timeoutMs, intervalMs: 200 },
  );
}

/** Kills a process that is still running (cleanup after a failed test). */
export async function killIfRunning(spawned: Spawned | undefined): Promise<void> {
  if (!spawned || spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
  const pid = spawned.child.pid;
  // The whole group: the tsx command's node child too.
  if (pid !== undefined) process.kill(-pid, 'SIGKILL');
  await spawned.exited;
}
