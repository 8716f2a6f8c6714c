import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { redactError } from '../logger.js';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database, then exits. */
try {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    process.stdout.write(`migrations applied (${database.kind})\n`);
  } finally {
    await database.close();
  }
} catch (err) {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : err instanceof Error ? redactError(err).stack : String(err)}\n`,
  );
  process.exit(1);
}
