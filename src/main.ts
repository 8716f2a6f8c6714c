import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { applyHeapFlags } from './heap-flags.js';
import { trimMemoryWhenIdle } from './http/idle-memory-trim.js';
import { createLogger, redactError } from './logger.js';
import { tracingRequested } from './telemetry/tracing-switch.js';

/** Process entry: configuration, database, server, and a graceful stop on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  // Before the app's modules load (app.js is imported below) and before any request.
  applyHeapFlags();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example and the README's configuration table.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  // The OpenTelemetry SDK is loaded only when the OTEL_* variables ask for traces, before the app.
  const tracing = tracingRequested(process.env)
    ? await (await import('./telemetry/tracing.js')).startTracing()
    : undefined;
  if (tracing) logger.info('OpenTelemetry tracing on');
  const { startApp } = await import('./app.js');
  const app = await startApp(config, { logger, ...(tracing ? { tracing } : {}) });
  const where = config.databaseUrl?.startsWith('postgres')
    ? 'PostgreSQL'
    : `embedded PGlite (${config.databaseUrl ?? `${config.dataDir}/db`})`;
  logger.info(
    { url: `${app.url}/graphql`, database: where, startupMs: Date.now() - started },
    'storefront API ready',
  );
  const idleTrim =
    config.operations.idleTrimSeconds > 0
      ? trimMemoryWhenIdle(app.server, config.operations.idleTrimSeconds * 1000)
      : undefined;

  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) {
      logger.warn({ signal }, 'second stop signal: exiting immediately');
      process.exit(1);
    }
    logger.info({ signal }, 'stopping: finishing in-flight requests, then closing the database');
    idleTrim?.stop();
    app
      .stop()
      .then(() => tracing?.shutdown())
      .then(
        () => {
          logger.info('stopped cleanly');
          process.exit(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'error while stopping');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  // A setting found bad only at start (e.g. an unreadable PERSISTED_OPERATIONS_FILE): a message, no stack.
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\nSee .env.example and the README's configuration table.\n`);
    process.exit(1);
  }
  // A failed migration's error holds its statement's values: cut them, as the logger does.
  const shown = err instanceof Error ? redactError(err) : err;
  process.stderr.write(
    `Failed to start: ${shown instanceof Error ? (shown.stack ?? shown.message) : String(shown)}\n`,
  );
  process.exit(1);
});
