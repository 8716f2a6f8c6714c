import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The server in a child process of its own (`node --import tsx src/main.ts`, production settings and flags), so
 * its resident memory and CPU are the server's alone, and its heap shares nothing with the bench's: for
 * `npm run bench` on PostgreSQL and the memory benches (distinct-queries.ts, soak.ts). Linux only (RSS
 * and CPU are read from /proc).
 */

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Node's flags for the server, as `npm start` and README's production command give them. */
export const SERVER_FLAGS = ['--max-semi-space-size=64'];

/**
 * SERVER_FLAGS, then those of `BENCH_SERVER_FLAGS` (space-separated) for a look inside the measured
 * server, e.g. `BENCH_SERVER_FLAGS=--trace-gc-nvp` (bench/README.md).
 */
export function serverFlags(): string[] {
  return [...SERVER_FLAGS, ...(process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean)];
}

/** Resident memory of a process, in MiB. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return Math.round((kib / 1024) * 10) / 10;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Starts the server on `databaseUrl` with extra settings; resolves once /healthz answers. `compiled`:
 * run dist/main.js (`npm run build` first), as production should, instead of the sources under tsx.
 */
export async function startServerProcess(
  databaseUrl: string,
  settings: Record<string, string> = {},
  compiled = false,
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-bench-server-'));
  const entry = compiled ? ['dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, [...serverFlags(), ...entry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-that-is-at-least-32-bytes-long',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ...settings,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Readiness: as long as the process lives and the start keeps going (migrations on a large
  // database take what they take), polled every 100 ms.
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with ${child.exitCode}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (child.pid === undefined) throw new Error('no pid');
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid, stop };
}
