import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sleep } from '../support/wait-for.js';

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
 * Runs a TypeScript entry point in the project root, in its own process group, as `npm start` does:
 * `node --import tsx`, so signals reach the server's own process. (The tsx command relays a signal
 * only if its child answers within 30 ms, and otherwise kills it: on a busy machine a SIGTERM then
 * ended the server without its graceful stop.)
 */
export function spawnTsx(script: string, args: string[], env: Record<string, string>): Spawned {
  const [command, commandArgs] = [process.execPath, ['--import', 'tsx', script, ...args]];
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

/**
 * The limit of every test that starts a real process. Only an outer bound: what ends a wait that
 * goes wrong is `watchBudget` below, which does not depend on the machine's speed.
 */
export const PROCESS_TEST_TIMEOUT = 600_000;

/**
 * CPU time (ms) used so far by the processes of the process group `pgid` (Linux /proc), or
 * undefined where /proc cannot be read. USER_HZ is 100 on every Linux that Node runs on.
 */
function groupCpuMs(pgid: number): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // After the command name in parentheses: state ppid pgrp … utime (14th field) stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

/** What a starting or running process may spend before a test gives up on it. */
export interface ProcessBudget {
  /** CPU its process group may use (default 60 s: a cold start uses 2 to 4 s). */
  cpuMs?: number;
  /** Wall time without any CPU progress after which it counts as hung (default 60 s). */
  stalledMs?: number;
}

/**
 * Rejects when the process group of `spawned` spends more than `cpuMs` of CPU (a start that spins)
 * or uses no CPU at all for `stalledMs` (a start that hangs); never for being slow on a busy machine,
 * which stretches wall time, not CPU time. Without /proc: `cpuMs + stalledMs` of wall time. Call
 * `stop()` once the awaited thing happened.
 */
export function watchBudget(
  spawned: Spawned,
  what: string,
  { cpuMs = 60_000, stalledMs = 60_000 }: ProcessBudget = {},
): { exceeded: Promise<never>; stop(): void } {
  const pgid = spawned.child.pid as number;
  let timer: NodeJS.Timeout | undefined;
  const exceeded = new Promise<never>((_, reject) => {
    const started = Date.now();
    let lastCpu = -1;
    let lastProgress = started;
    const fail = (why: string) =>
      reject(new Error(`${what} ${why}:\n${spawned.stdout()}\n${spawned.stderr()}`));
    timer = setInterval(() => {
      const cpu = groupCpuMs(pgid);
      const now = Date.now();
      if (cpu === undefined) {
        if (now - started > cpuMs + stalledMs) fail(`took over ${cpuMs + stalledMs} ms`);
      } else if (cpu > cpuMs) {
        fail(`used ${cpu} ms of CPU`);
      } else if (cpu > lastCpu) {
        lastCpu = cpu;
        lastProgress = now;
      } else if (now - lastProgress > stalledMs) {
        fail(`used no CPU for ${stalledMs} ms`);
      }
    }, 250);
  });
  exceeded.catch(() => {}); // observed by the caller's race; never an unhandled rejection
  return { exceeded, stop: () => clearInterval(timer) };
}

/** Runs a script to completion, within `budget` (see watchBudget). */
export async function runTsx(
  script: string,
  args: string[],
  env: Record<string, string>,
  budget?: ProcessBudget,
): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const spawned = spawnTsx(script, args, env);
  const watch = watchBudget(spawned, `${script} ${args.join(' ')}`, budget);
  try {
    const code = await Promise.race([spawned.exited, watch.exceeded]);
    return { code, stdout: spawned.stdout(), stderr: spawned.stderr() };
  } catch (err) {
    await killIfRunning(spawned);
    throw err;
  } finally {
    watch.stop();
  }
}

/** Polls GET url until it answers 200, within `budget` (see watchBudget); fails early when the process exits. */
export async function waitForHttp(url: string, spawned: Spawned, budget?: ProcessBudget): Promise<void> {
  let exitedWith: number | string | undefined;
  void spawned.exited.then((code) => {
    exitedWith = code;
  });
  const watch = watchBudget(spawned, `the process behind ${url}`, budget);
  let given = false;
  const answered = (async () => {
    while (!given) {
      if (exitedWith !== undefined) {
        throw new Error(`process exited with ${exitedWith} before ${url} answered:\n${spawned.stderr()}`);
      }
      try {
        if ((await fetch(url)).status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
  })();
  try {
    await Promise.race([answered, watch.exceeded]);
  } finally {
    given = true;
    watch.stop();
  }
}

/** Kills a process that is still running (cleanup after a failed test). */
export async function killIfRunning(spawned: Spawned | undefined): Promise<void> {
  if (!spawned || spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
  const pid = spawned.child.pid;
  // The whole group: the tsx command's node child too.
  if (pid !== undefined) process.kill(-pid, 'SIGKILL');
  await spawned.exited;
}
