import { type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { PglitePreparedQuery } from 'drizzle-orm/pglite';
import { PostgresJsPreparedQuery } from 'drizzle-orm/postgres-js';

interface PreparedQuery {
  queryString: string;
  execute(...args: unknown[]): Promise<unknown>;
  all(...args: unknown[]): Promise<unknown>;
}

let installed = false;

/**
 * A CLIENT span per SQL statement, child of whatever span is active (the GraphQL operation, a root
 * field, the HTTP request). postgres.js and PGlite have no OpenTelemetry instrumentation, and
 * Drizzle's logger hook only sees a statement start; so the one place every statement goes through,
 * Drizzle's prepared query (`execute`, `all`: query builders, `db.execute`, the memoized statements of
 * src/db/query-memo.ts, inside and outside transactions), is wrapped for both drivers. Attributes:
 * the SQL text (placeholders, never values) and its first keyword; a failure sets the status with
 * the SQLSTATE only (Drizzle's error message carries the parameters). BEGIN/COMMIT are the drivers'
 * own and have no span. Installed once per process, only when tracing is on.
 */
export function traceSqlStatements(tracer: Tracer): void {
  if (installed) return;
  installed = true;
  for (const prototype of [PostgresJsPreparedQuery.prototype, PglitePreparedQuery.prototype]) {
    const target = prototype as unknown as PreparedQuery;
    for (const method of ['execute', 'all'] as const) {
      const original = target[method];
      target[method] = function (this: PreparedQuery, ...args: unknown[]) {
        const text = this.queryString;
        const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
        return tracer.startActiveSpan(
          operation,
          {
            kind: SpanKind.CLIENT,
            attributes: {
              'db.system.name': 'postgresql',
              'db.operation.name': operation,
              'db.query.text': text.length > 2000 ? `${text.slice(0, 2000)}…` : text,
            },
          },
          (span: Span) =>
            original.apply(this, args).then(
              (result) => {
                span.end();
                return result;
              },
              (err: unknown) => {
                const code =
                  (err as { cause?: { code?: unknown }; code?: unknown }).cause?.code ??
                  (err as { code?: unknown }).code;
                span.setStatus({
                  code: SpanStatusCode.ERROR,
                  message: typeof code === 'string' ? `SQLSTATE ${code}` : 'failed',
                });
                if (typeof code === 'string') span.setAttribute('db.response.status_code', code);
                span.end();
                throw err;
              },
            ),
        );
      };
    }
  }
}
