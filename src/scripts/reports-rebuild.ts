import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { redactError } from '../logger.js';
import { rebuildSalesReports } from '../modules/reporting/rebuild.js';

/**
 * `npm run reports:rebuild`: recomputes every order's sales facts and the report rollups from the
 * orders' rows (migrations first), then prints how many orders it had to change: 0 means the reports
 * were exact. Safe while servers run (see src/modules/reporting/rebuild.ts).
 */
try {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const started = performance.now();
    const result = await rebuildSalesReports(database.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `sales reports rebuilt: ${result.orders} orders read, ${result.changed} changed, in ${seconds} s (${database.kind})\n`,
    );
  } finally {
    await database.close();
  }
} catch (err) {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : err instanceof Error ? redactError(err).stack : String(err)}\n`,
  );
  process.exit(1);
}
