import { readFileSync, writeFileSync } from 'node:fs';
import { printAppSchema, printPossibleTypes, printTypePolicies } from '../graphql/schema.js';
import { buildStoreSchema } from '../modules/index.js';

/**
 * `npm run schema:emit` writes schema.graphql, and possible-types.json and type-policies.json for
 * Apollo Client's InMemoryCache; `npm run schema:check` fails when any of them is stale.
 */
const schema = await buildStoreSchema();
const files = [
  {
    url: new URL('../../schema.graphql', import.meta.url),
    name: 'schema.graphql',
    text: printAppSchema(schema),
  },
  {
    url: new URL('../../possible-types.json', import.meta.url),
    name: 'possible-types.json',
    text: printPossibleTypes(schema),
  },
  {
    url: new URL('../../type-policies.json', import.meta.url),
    name: 'type-policies.json',
    text: printTypePolicies(schema),
  },
];

for (const file of files) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file.url, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== file.text) {
      process.stderr.write(`${file.name} is stale: run \`npm run schema:emit\` and commit the result.\n`);
      process.exit(1);
    }
    process.stdout.write(`${file.name} is up to date.\n`);
  } else {
    writeFileSync(file.url, file.text);
    process.stdout.write(`wrote ${file.name}\n`);
  }
}
