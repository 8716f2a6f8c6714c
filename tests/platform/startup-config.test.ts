import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_TIMEOUT, runTsx } from './process-helpers.js';

const dataDir = mkdtempSync(join(tmpdir(), 'storefront-startup-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process refuses a bad configuration', () => {
  it('PORT=abc: exit 1, stderr names PORT, nothing written', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const result = await runTsx('src/main.ts', [], {
      NODE_ENV: 'development',
      PORT: 'abc',
      DATA_DIR: dataDir,
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('PORT must be an integer');
    expect(result.stderr).toContain('"abc"');
    expect(result.stderr).toContain('.env.example');
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('DATABASE_READ_URL on the embedded database: exit 1 naming it, nothing written', {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const result = await runTsx('src/main.ts', [], {
      NODE_ENV: 'development',
      PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_READ_URL: 'postgres://postgres@127.0.0.1:5432/replica',
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('DATABASE_READ_URL needs DATABASE_URL=postgres://');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('production without JWT_SECRET: exit 1 naming JWT_SECRET', {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const result = await runTsx('src/main.ts', [], {
      NODE_ENV: 'production',
      PORT: '0',
      DATA_DIR: dataDir,
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('JWT_SECRET is required in production');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('an unreadable PERSISTED_OPERATIONS_FILE: exit 1 naming it, nothing written', {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const manifest = join(dataDir, '..', `missing-manifest-${process.pid}.json`);
    const result = await runTsx('src/main.ts', [], {
      NODE_ENV: 'development',
      PORT: '0',
      DATA_DIR: dataDir,
      JWT_SECRET: 'x'.repeat(32),
      PERSISTED_OPERATIONS_FILE: manifest,
      PERSISTED_OPERATIONS_ONLY: 'true',
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      `PERSISTED_OPERATIONS_FILE (${manifest}): cannot be read as JSON: file not found`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('several problems are reported together', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const result = await runTsx('src/main.ts', [], {
      NODE_ENV: 'development',
      PORT: '99999',
      BCRYPT_COST: '2',
      DATABASE_URL: 'mysql://localhost/shop',
      DATA_DIR: dataDir,
    });
    expect(result.code).toBe(1);
    for (const name of ['PORT', 'BCRYPT_COST', 'DATABASE_URL']) expect(result.stderr).toContain(name);
  });
});
