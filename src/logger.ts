import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs on stdout (or `destination`). Secrets are redacted by path in case a caller logs a
 * whole object; statement values are never written (see withoutStatementValues).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: {
      paths: [
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
        '*.refreshToken',
        '*.authorization',
      ],
      censor: '[redacted]',
    },
    formatters: { log: withoutStatementValues },
    hooks: {
      // An error logged alone (`logger.error(err)`) also becomes the line's message.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error) return method.apply(this, [redactError(first), ...rest] as never);
        return method.apply(this, args);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The same logger, never writing the values of SQL statements. Applied by the composition root to
 * whatever logger it is given (tests pass their own), so every line of the app goes through it.
 */
export function withoutStatementValuesLogger(logger: Logger): Logger {
  return logger.child({}, { formatters: { log: withoutStatementValues } });
}

/**
 * Error properties that hold values of SQL statements or rows: Drizzle's `params`, postgres.js's
 * `parameters` and `args`, PGlite's `params` and `queryOptions` (which may carry a COPY blob), and
 * PostgreSQL's `detail` ("Key (email)=(ann@…) already exists", "Failing row contains (…)", which
 * can hold a password hash).
 */
const VALUE_KEYS = new Set(['params', 'parameters', 'args', 'queryOptions', 'detail']);

/**
 * pino's log formatter: every error in a log line (under any key, with its causes) is replaced by a
 * copy without statement values. Drizzle also writes them into its message ("Failed query: <sql>
 * \nparams: <values>") and so into the stack: that part is cut. The SQL text is kept (it holds
 * placeholders, not values), as are PostgreSQL's code, constraint, table and column names.
 */
export function withoutStatementValues<Line extends object>(line: Line): Line {
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(line)) {
    if (!isErrorLike(value)) continue;
    copy ??= { ...line } as Record<string, unknown>;
    copy[key] = redactError(value);
  }
  return (copy as Line | undefined) ?? line;
}

/** A copy of an error (same prototype, so loggers still name its type) without statement values. */
export function redactError(err: Error, depth = 0): Error {
  const copy = Object.create(Object.getPrototypeOf(err)) as Error;
  const params = (err as { params?: unknown }).params;
  // Drizzle's message is exactly `Failed query: ${query}\nparams: ${params}`: cut that suffix.
  let suffix: string | undefined;
  try {
    suffix = params === undefined ? undefined : `\nparams: ${String(params)}`;
  } catch {
    suffix = undefined; // a value without a string form: Drizzle could not have written it either
  }
  const cut = (text: string) => (suffix && text.includes(suffix) ? text.replace(suffix, '') : text);
  for (const key of Reflect.ownKeys(err)) {
    if (typeof key === 'string' && VALUE_KEYS.has(key)) continue;
    let value: unknown;
    try {
      value = Reflect.get(err, key); // `stack` may be an accessor
    } catch {
      continue;
    }
    if (key === 'message' || key === 'stack') value = typeof value === 'string' ? cut(value) : value;
    else if (depth < 8 && isErrorLike(value)) value = redactError(value, depth + 1);
    else if (depth < 8 && Array.isArray(value) && value.some(isErrorLike)) {
      value = value.map((item) => (isErrorLike(item) ? redactError(item, depth + 1) : item));
    }
    const enumerable = Object.getOwnPropertyDescriptor(err, key)?.enumerable ?? false;
    Object.defineProperty(copy, key, { value, enumerable, writable: true, configurable: true });
  }
  return copy;
}

function isErrorLike(value: unknown): value is Error {
  return value instanceof Error;
}
