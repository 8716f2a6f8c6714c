import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { redactError } from '../logger.js';
import { createAdmin } from '../modules/account/users.service.js';

/**
 * `npm run admin:create -- --email E --password P [--name N]` creates an administrator in the
 * configured database. With the embedded database, stop the server first (PGlite allows one process).
 */
const USAGE =
  'usage: npm run admin:create -- --email admin@example.com --password <password> [--name "Jo Admin"]\n';

try {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.email || !values.password) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const outcome = await createAdmin(database.db, config.bcryptCost, {
      email: values.email,
      password: values.password,
      ...(values.name ? { name: values.name } : {}),
    });
    if (!outcome.created) {
      process.stderr.write(`not created: ${outcome.reason}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`created administrator ${outcome.user.email} (${outcome.user.id})\n`);
    }
  } finally {
    await database.close();
  }
} catch (err) {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : err instanceof Error ? redactError(err).message : String(err)}\n`,
  );
  process.exit(1);
}
