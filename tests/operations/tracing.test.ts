import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tracing } from '../../src/graphql/tracing-hooks.js';
import { tracingRequested } from '../../src/telemetry/tracing-switch.js';
import { graphql } from '../generated/gql.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/**
 * OpenTelemetry for real: the SDK set up from the standard variables, exporting OTLP/HTTP (JSON) to a
 * receiver started here, as it would to a collector.
 */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

const TRACED_PRODUCTS = graphql(`query TracedProducts($q: String) {
  products(first: 2, filter: { query: $q }) { nodes { id } } }`);

const bodies: string[] = [];
const spans: OtlpSpan[] = [];
let receiver: Server;
let tracing: Tracing;
let t: TestApp;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      if (req.url === '/v1/traces') {
        const text = body.toString('utf8');
        bodies.push(text);
        for (const resourceSpans of JSON.parse(text).resourceSpans ?? []) {
          for (const scopeSpans of resourceSpans.scopeSpans ?? []) spans.push(...(scopeSpans.spans ?? []));
        }
      }
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const env = {
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
    OTEL_SERVICE_NAME: 'storefront-test',
    OTEL_BSP_SCHEDULE_DELAY: '50',
  };
  Object.assign(process.env, env);
  expect(tracingRequested(process.env)).toBe(true);
  // As main.ts does: the SDK is loaded only now.
  tracing = await (await import('../../src/telemetry/tracing.js')).startTracing();
  t = await startTestApp({}, { tracing });
});

afterAll(async () => {
  await t?.close();
  await tracing?.shutdown();
  await new Promise((resolve) => receiver?.close(resolve));
});

const attribute = (span: OtlpSpan | undefined, key: string) => {
  const value = span?.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

describe('OpenTelemetry tracing', () => {
  it('is off unless the standard variables ask for it', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(
      true,
    );
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });

  it('a GraphQL request gives HTTP, operation, root field and SQL spans in one trace, without variable values', async () => {
    const secret = 'traced-variable-value-0042';
    const traceId = 'abcdef0123456789abcdef0123456789';
    const response = await fetch(t.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // The caller's trace continues here.
        traceparent: `00-${traceId}-0123456789abcdef-01`,
        authorization: 'Bearer not-a-real-token-but-secret',
      },
      body: JSON.stringify({
        query: TRACED_PRODUCTS.toString(),
        variables: { q: secret },
      }),
    });
    expect(response.status).toBe(200);

    const http = await waitFor('the HTTP span', () => spans.find((s) => s.name === 'POST /graphql'));
    const operation = await waitFor('the operation span', () =>
      spans.find((s) => s.name === 'query TracedProducts'),
    );
    const field = await waitFor('the root field span', () => spans.find((s) => s.name === 'Query.products'));
    const sqlSpans = await waitFor('SQL spans in the trace', () => {
      const found = spans.filter((s) => s.kind === 3 && s.traceId === traceId);
      return found.length > 0 ? found : undefined;
    });

    expect(http.kind).toBe(2); // SERVER
    expect(http.traceId).toBe(traceId);
    expect(http.parentSpanId).toBe('0123456789abcdef');
    expect(attribute(http, 'http.route')).toBe('/graphql');
    expect(attribute(http, 'http.response.status_code')).toBe(200);
    expect(operation.traceId).toBe(traceId);
    expect(operation.parentSpanId).toBe(http.spanId);
    expect(attribute(operation, 'graphql.operation.name')).toBe('TracedProducts');
    expect(field.traceId).toBe(traceId);
    expect(field.parentSpanId).toBe(operation.spanId);
    // The search runs inside the resolver: its statements are children of the field's span.
    expect(sqlSpans.some((s) => s.parentSpanId === field.spanId)).toBe(true);
    for (const sql of sqlSpans) {
      expect(attribute(sql, 'db.system.name')).toBe('postgresql');
      expect(String(attribute(sql, 'db.query.text'))).toMatch(/^\s*(select|with|insert|update|delete)/i);
    }

    const exported = bodies.join('\n');
    expect(exported).toContain('storefront-test');
    expect(exported).not.toContain(secret);
    expect(exported).not.toContain('not-a-real-token-but-secret');
  });
});
