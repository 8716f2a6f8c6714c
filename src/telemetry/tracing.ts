import {
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import type { GraphQLSchema } from 'graphql';
import { traceSqlStatements } from '../db/sql-tracing.js';
import type { Tracing } from '../graphql/tracing-hooks.js';

/**
 * OpenTelemetry tracing, configured by the standard variables and loaded by main.ts only when
 * `tracingRequested` says so. The SDK reads the rest itself: OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT,
 * _HEADERS and _TIMEOUT (OTLP over HTTP with JSON), OTEL_TRACES_SAMPLER(_ARG), OTEL_BSP_* (batching),
 * OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES. Spans carry names, routes, operation names and SQL
 * text with placeholders: never variables, headers, bodies or statement values.
 */
export async function startTracing(env: Record<string, string | undefined> = process.env): Promise<Tracing> {
  const exporters = (env.OTEL_TRACES_EXPORTER ?? 'otlp')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '' && name !== 'none');
  const spanProcessors: SpanProcessor[] = exporters.map((name) => {
    if (name === 'otlp') return new BatchSpanProcessor(new OTLPTraceExporter());
    if (name === 'console') return new BatchSpanProcessor(new ConsoleSpanExporter());
    throw new Error(`OTEL_TRACES_EXPORTER: unsupported exporter "${name}" (otlp, console or none)`);
  });
  const detected = detectResources({ detectors: [envDetector] });
  const resource = resourceFromAttributes({ 'service.name': 'storefront-graphql' }).merge(detected);
  const provider = new NodeTracerProvider({ resource, spanProcessors });
  // The AsyncLocalStorage context manager and the W3C trace context propagator, process-wide.
  provider.register();
  const tracer = trace.getTracer('storefront-graphql');
  traceSqlStatements(tracer);
  return {
    httpMiddleware: (req, res, next) => {
      const parent = propagation.extract(ROOT_CONTEXT, req.headers);
      const span = tracer.startSpan(
        req.method,
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': req.method, 'url.path': req.path, 'url.scheme': req.protocol },
        },
        parent,
      );
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        const route =
          res.locals.metricsRoute ??
          (typeof req.route?.path === 'string' ? `${req.baseUrl}${req.route.path}` : undefined);
        if (route) {
          span.updateName(`${req.method} ${route}`);
          span.setAttribute('http.route', route);
        }
        span.setAttribute('http.response.status_code', res.statusCode);
        if (req.requestId) span.setAttribute('http.request.id', req.requestId);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
      res.once('finish', end);
      res.once('close', end);
      context.with(trace.setSpan(parent, span), next);
    },
    wrapGateway: (gateway) => ({
      onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
      stop: () => gateway.stop(),
      async load(options) {
        const loaded = await gateway.load(options);
        const executor = loaded.executor;
        if (!executor) return loaded;
        return {
          ...loaded,
          executor: (request) => {
            const type = request.operation.operation;
            const name = request.operationName ?? request.operation.name?.value;
            return tracer.startActiveSpan(
              `${type} ${name ?? 'anonymous'}`,
              { attributes: { 'graphql.operation.type': type, 'graphql.operation.name': name ?? '' } },
              async (span) => {
                try {
                  const result = await executor(request);
                  const code = result.errors?.[0]?.extensions?.code;
                  if (result.errors?.length) {
                    span.setStatus({
                      code: SpanStatusCode.ERROR,
                      message: typeof code === 'string' ? code : 'error',
                    });
                  }
                  return result;
                } catch (err) {
                  span.setStatus({ code: SpanStatusCode.ERROR });
                  throw err;
                } finally {
                  span.end();
                }
              },
            );
          },
        };
      },
    }),
    instrumentSchema: (schema) => traceRootFields(schema, tracer),
    shutdown: () => provider.shutdown(),
  };
}

/** The resolvers of interest: each query and mutation field, not every field of every object. */
function traceRootFields(schema: GraphQLSchema, tracer: Tracer): void {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const name = `${type?.name}.${field.name}`;
      field.resolve = (source, args, ctx, info) =>
        tracer.startActiveSpan(name, { attributes: { 'graphql.field.path': name } }, (span: Span) => {
          const finish = (failed: boolean) => {
            if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
          };
          try {
            const result = resolve(source, args, ctx, info);
            if (result instanceof Promise) {
              return result.then(
                (value) => {
                  finish(false);
                  return value;
                },
                (err: unknown) => {
                  finish(true);
                  throw err;
                },
              );
            }
            finish(false);
            return result;
          } catch (err) {
            finish(true);
            throw err;
          }
        });
    }
  }
}
