import { readFileSync, writeFileSync } from 'node:fs';
import { printAppSchema } from '../graphql/schema.js';
import { buildStoreSchema } from '../modules/index.js';

/** `npm run schema:emit` writes schema.graphql; `npm run schema:check` fails when it is stale. */
const FILE = new URL('../../schema.graphql', import.meta.url);
const sdl = printAppSchema(await buildStoreSchema());

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== sdl) {
    process.stderr.write('schema.graphql is stale: run `npm run schema:emit` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is up to date.\n');
} else {
  writeFileSync(FILE, sdl);
  process.stdout.write('wrote schema.graphql\n');
}
