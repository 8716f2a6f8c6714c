import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { graphql } from '../generated/gql.js';
import { LOGIN } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { PROCESS_TEST_TIMEOUT, runTsx } from './process-helpers.js';

const SCRIPT = 'src/scripts/admin-create.ts';
const ME = graphql(`query AdminCliMe { me { name emailVerified role disabled } }`);
const USERS = graphql(`query AdminCliUsers { users(first: 10) { totalCount nodes { email role } } }`);
const dataDir = mkdtempSync(join(tmpdir(), 'storefront-admin-cli-'));
/** Embedded database in dataDir; DATABASE_URL is not passed to the child. */
const env = { NODE_ENV: 'development', DATA_DIR: dataDir, BCRYPT_COST: '4' };
let app: RunningApp | undefined;

afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run admin:create', () => {
  it('creates an administrator: exit 0', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const result = await runTsx(
      SCRIPT,
      ['--email', 'X@Example.com', '--password', 'Secret123', '--name', 'Xena Admin'],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^created administrator x@example\.com \([0-9a-f-]{36}\)\n$/);
  });

  it('refuses a second one with the same email (any case): exit 1, already exists', {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const result = await runTsx(SCRIPT, ['--email', 'x@EXAMPLE.com', '--password', 'Other1234'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already exists');
    expect(result.stdout).toBe('');
  });

  it.each([
    ['no arguments', []],
    ['no password', ['--email', 'y@example.com']],
    ['no email', ['--password', 'Secret123']],
  ])('prints the usage for %s: exit 2', { timeout: PROCESS_TEST_TIMEOUT }, async (_name, args) => {
    const result = await runTsx(SCRIPT, args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run admin:create');
  });

  it('refuses a weak password: exit 1, nothing created', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const result = await runTsx(SCRIPT, ['--email', 'weak@example.com', '--password', 'short'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not created: .*password/i);
  });

  it('refuses an invalid email: exit 1', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const result = await runTsx(SCRIPT, ['--email', 'not-an-email', '--password', 'Secret123'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not created: .*email/i);
  });

  it('the administrator signs in to the app started on that data directory', {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    app = await startApp(
      loadConfig({ ...env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
      { idleWorkers: ['outbox'] },
    );
    expect(app.context.database.kind).toBe('pglite');
    const client = new GqlClient(`${app.url}/graphql`);
    const login = await client.ok(LOGIN, { input: { email: 'x@example.com', password: 'Secret123' } });
    expect(login.accountLogin.errors).toEqual([]);
    expect(login.accountLogin.user).toMatchObject({ email: 'x@example.com', role: 'ADMIN' });
    client.token = login.accountLogin.accessToken;

    const me = await client.ok(ME);
    expect(me.me).toEqual({ name: 'Xena Admin', emailVerified: true, role: 'ADMIN', disabled: false });
    // Exactly the one administrator; the refused runs created nobody.
    const users = await client.ok(USERS);
    expect(users.users).toEqual({ totalCount: 1, nodes: [{ email: 'x@example.com', role: 'ADMIN' }] });
  });
});
