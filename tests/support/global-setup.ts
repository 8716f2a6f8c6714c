import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase } from '../../src/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated data directory dump every test file starts from. */
    pgliteSnapshot: string;
    /** PostgreSQL: name of a migrated template database every test file copies. */
    pgTemplate: string;
  }
}

/**
 * Migrates once for the whole run: a PGlite snapshot (embedded mode) or a PostgreSQL template
 * database (DATABASE_URL set), so each test file starts from a fresh, migrated database fast.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url?.startsWith('postgres')) {
    const template = `storefront_tpl_${randomBytes(6).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${template}`);
    const database = await openDatabase({ url: withDatabase(url, template), dataDir: '' });
    await database.migrate();
    await database.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteSnapshot', '');
    return async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    };
  }

  const dir = mkdtempSync(join(tmpdir(), 'storefront-snapshot-'));
  const database = await openDatabase({ url: 'memory://', dataDir: dir });
  await database.migrate();
  const dump = await dumpPglite(database);
  await database.close();
  const file = join(dir, 'snapshot.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  project.provide('pgTemplate', '');
  return async () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
