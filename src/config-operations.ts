import type { Reader } from './config-reader.js';

/** Settings of what operators see: Prometheus metrics and the access log (README "Operations"). */
export interface OperationsConfig {
  metrics: {
    /** Collect metrics and serve them; off in production unless METRICS_TOKEN or METRICS_PORT is set. */
    enabled: boolean;
    /** Bearer token `/metrics` requires on the API port (and on the metrics port when set). */
    token: string | undefined;
    /** A separate port serving only `/metrics` (on `host`); the API port then answers 404 there. */
    port: number | undefined;
    host: string;
    /** Distinct operation names kept as label values (besides the persisted operations'); the rest count as `other`. */
    maxOperationNames: number;
  };
  /** One JSON line per HTTP request (pino-http), at info level. */
  accessLog: boolean;
  /**
   * Seconds without API requests after which the server collects its garbage and gives its young
   * generation back (src/http/idle-memory-trim.ts); 0 never does.
   */
  idleTrimSeconds: number;
}

export function readOperationsConfig(r: Reader, production: boolean): OperationsConfig {
  const token = r.raw('METRICS_TOKEN');
  if (token !== undefined && token.length < 16) {
    r.problems.push('METRICS_TOKEN must be at least 16 characters long (e.g. `openssl rand -hex 24`)');
  }
  const portSetting = r.raw('METRICS_PORT');
  const port = portSetting === undefined ? undefined : r.int('METRICS_PORT', 0, 0, 65535);
  const enabled = r.bool('METRICS_ENABLED', !production || token !== undefined || port !== undefined);
  if (enabled && production && token === undefined && port === undefined) {
    // Unprotected metrics on the public port would tell anyone the operation names and traffic.
    r.problems.push('METRICS_ENABLED=true in production needs METRICS_TOKEN or METRICS_PORT');
  }
  return {
    metrics: {
      enabled,
      token,
      port,
      host: r.string('METRICS_HOST', '127.0.0.1'),
      maxOperationNames: r.int('METRICS_OPERATION_NAMES', 100, 0, 10_000),
    },
    accessLog: r.bool('ACCESS_LOG', true),
    idleTrimSeconds: r.int('IDLE_TRIM_SECONDS', 10, 0, 3600),
  };
}
