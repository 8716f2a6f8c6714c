import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { LOGIN, REGISTER } from '../support/accounts.js';
import { GqlClient } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import {
  freePort,
  killIfRunning,
  PROCESS_TEST_TIMEOUT,
  type Spawned,
  spawnTsx,
  waitForHttp,
} from './process-helpers.js';

const ME = graphql(`query ShutdownMe { me { email name role } }`);
const ADMINS = graphql(
  `query ShutdownAdmins { users(filter: { role: ADMIN }) { totalCount nodes { email } } }`,
);
const EVERYONE = graphql(`query ShutdownEveryone { users { totalCount } }`);

describe('graceful stop in-process', () => {
  let t: TestApp | undefined;
  afterAll(async () => {
    await t?.close();
  });

  it('finishes an in-flight request, then refuses new connections', async () => {
    // Cost 12 makes the password hash slow enough for the request to be in flight during stop().
    t = await startTestApp({ BCRYPT_COST: '12' });
    const app = t;
    const arrived = new Promise<void>((resolve) => app.app.server.once('request', () => resolve()));
    const inFlight = app.client().request(REGISTER, {
      input: { email: 'slow-hash@example.com', name: 'Slow Hash', password: 'Secret123' },
    });
    await arrived;
    const stopped = app.app.stop();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.accountRegister.errors).toEqual([]);
    expect(response.data?.accountRegister.user?.email).toBe('slow-hash@example.com');
    await expect(stopped).resolves.toBeUndefined();

    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    // stop() is idempotent.
    await expect(app.app.stop()).resolves.toBeUndefined();
  });
});

describe('graceful stop of the real process (SIGTERM) and restart on the same data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-process-'));
  let server: Spawned | undefined;

  afterAll(async () => {
    await killIfRunning(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ADMIN_EMAIL = 'owner@example.com';
  const ADMIN_PASSWORD = 'Owner12345';

  async function start(port: number): Promise<{ url: string; spawned: Spawned }> {
    const spawned = spawnTsx('src/main.ts', [], {
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      BCRYPT_COST: '4',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
      // The demo catalog (its own test) would only slow the start down: this test is about restarts.
      SEED_DEMO: 'false',
    });
    server = spawned;
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/healthz`, spawned);
    return { url, spawned };
  }

  async function stop(spawned: Spawned): Promise<void> {
    spawned.child.kill('SIGTERM');
    const code = await spawned.exited;
    expect(code, `${spawned.stdout()}\n${spawned.stderr()}`).toBe(0);
    expect(spawned.stdout()).toContain('stopped cleanly');
  }

  it('keeps users, logins and the admin across a restart', { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const first = await start(await freePort());
    const ready = await fetch(`${first.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'pglite' });

    const client = new GqlClient(`${first.url}/graphql`);
    const reg = await client.ok(REGISTER, {
      input: { email: 'survivor@example.com', name: 'Survivor', password: 'Secret123' },
    });
    expect(reg.accountRegister.errors).toEqual([]);
    const login = await client.ok(LOGIN, { input: { email: 'survivor@example.com', password: 'Secret123' } });
    expect(login.accountLogin.errors).toEqual([]);
    const tokenBeforeRestart: string = login.accountLogin.accessToken!;
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);

    await stop(first.spawned);
    await expect(fetch(`${first.url}/healthz`)).rejects.toThrow();

    const second = await start(await freePort());
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(secret);

    // A token issued before the restart still works.
    const old = new GqlClient(`${second.url}/graphql`);
    old.token = tokenBeforeRestart;
    const me = await old.ok(ME);
    expect(me.me).toEqual({ email: 'survivor@example.com', name: 'Survivor', role: 'CUSTOMER' });

    // The user can sign in again with the same password.
    const relogin = await new GqlClient(`${second.url}/graphql`).ok(LOGIN, {
      input: { email: 'survivor@example.com', password: 'Secret123' },
    });
    expect(relogin.accountLogin.errors).toEqual([]);

    // The configured admin exists exactly once.
    const admin = new GqlClient(`${second.url}/graphql`);
    const adminLogin = await admin.ok(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(adminLogin.accountLogin.errors).toEqual([]);
    expect(adminLogin.accountLogin.user!.role).toBe('ADMIN');
    admin.token = adminLogin.accountLogin.accessToken;
    const admins = await admin.ok(ADMINS);
    expect(admins.users).toEqual({ totalCount: 1, nodes: [{ email: ADMIN_EMAIL }] });
    const everyone = await admin.ok(EVERYONE);
    expect(everyone.users.totalCount).toBe(2);

    await stop(second.spawned);
  });
});
