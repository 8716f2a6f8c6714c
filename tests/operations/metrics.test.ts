import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { graphql } from '../generated/gql.js';
import { collect, wsClient } from '../subscriptions/support.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/** GET /metrics over real HTTP: protection, and what the metric families report. */
const TOKEN = 'metrics-token-for-tests-0123456789';

const METRICS_PROBE = graphql(`query MetricsProbe { products(first: 2) { nodes { id title } } }`);
const METRICS_BAD_LOGIN = graphql(`mutation MetricsBadLogin($input: AccountLoginInput!) {
  accountLogin(input: $input) { errors { code } } }`);
const METRICS_ANONYMOUS_ADMIN = graphql(
  `query MetricsAnonymousAdmin { adminProducts(first: 1) { nodes { id } } }`,
);
const METRICS_ORDER_EVENTS = graphql(`subscription MetricsOrderEvents { orderEvents { event { id } } }`);
let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  // Workers idle: what the test queues stays queued, and the backlog gauges must show it.
  t = await startTestApp({ METRICS_TOKEN: TOKEN }, { idleWorkers: ['outbox', 'webhooks'] });
  admin = await adminClient(t);
});

afterAll(() => t?.close());

async function scrape(url = `${t.url}/metrics`, token: string | undefined = TOKEN): Promise<string> {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample, e.g. `graphql_operations_total{operation="X",type="query",outcome="ok"}`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const open = line.indexOf('{');
    const close = line.lastIndexOf('}');
    const inside = open === -1 || open > name.length ? '' : line.slice(open + 1, close);
    const found = Object.fromEntries([...inside.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('GET /metrics', () => {
  it('is refused without the token or with another one', async () => {
    const none = await fetch(`${t.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).toBe('');
    const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const basic = await fetch(`${t.url}/metrics`, { headers: { authorization: TOKEN } });
    expect(basic.status).toBe(401);
  });

  it('answers the metric families with the token', async () => {
    const text = await scrape();
    for (const family of [
      'http_requests_total',
      'http_request_duration_seconds',
      'graphql_operations_total',
      'graphql_operation_duration_seconds',
      'graphql_query_cost',
      'graphql_request_sql_statements',
      'db_pool_max_connections',
      'db_pool_connections',
      'outbox_pending_messages',
      'outbox_oldest_pending_age_seconds',
      'webhook_pending_deliveries',
      'webhook_oldest_pending_age_seconds',
      'order_event_subscriptions',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(text, family).toContain(`# TYPE ${family} `);
    }
    const kind = t.database.kind;
    expect(sample(text, 'db_pool_max_connections', { database: kind })).toBe(kind === 'postgres' ? 10 : 1);
    // PostgreSQL counts the scrape's own statement as an active connection of the pool.
    if (kind === 'postgres')
      expect(sample(text, 'db_pool_connections', { state: 'active' })).toBeGreaterThanOrEqual(1);
  });

  it('counts a named query by name and outcome, observes its cost and SQL statements', async () => {
    const before = await scrape();
    const ok = (labels: Record<string, string>) => sample(before, 'graphql_operations_total', labels) ?? 0;
    const was = ok({ operation: 'MetricsProbe', type: 'query', outcome: 'ok' });
    const costs = sample(before, 'graphql_query_cost_count', { type: 'query' }) ?? 0;
    const statements = sample(before, 'graphql_request_sql_statements_sum', { type: 'query' }) ?? 0;

    const client = t.client();
    const answer = await client.request(METRICS_PROBE);
    expect(answer.errors).toBeUndefined();
    await client.request(METRICS_PROBE);

    const after = await scrape();
    expect(
      sample(after, 'graphql_operations_total', { operation: 'MetricsProbe', type: 'query', outcome: 'ok' }),
    ).toBe(was + 2);
    expect(
      sample(after, 'graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', outcome: 'ok' }),
    ).toBe(was + 2);
    expect(sample(after, 'graphql_query_cost_count', { type: 'query' })).toBeGreaterThanOrEqual(costs + 2);
    expect(sample(after, 'graphql_query_cost_sum', { type: 'query' })).toBeGreaterThan(0);
    // Each products page runs at least one statement.
    expect(sample(after, 'graphql_request_sql_statements_sum', { type: 'query' })).toBeGreaterThanOrEqual(
      statements + 2,
    );
    expect(
      sample(after, 'http_requests_total', { method: 'POST', route: '/graphql', status_class: '2xx' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(after, 'http_requests_total', { method: 'GET', route: '/metrics', status_class: '4xx' }),
    ).toBe(3);
  });

  it('tells user errors and error codes apart', async () => {
    const client = t.client();
    const login = await client.request(METRICS_BAD_LOGIN, {
      input: { email: 'nobody@example.com', password: 'wrong password 1' },
    });
    expect(login.data?.accountLogin.errors.length).toBeGreaterThan(0);
    const me = await client.request(METRICS_ANONYMOUS_ADMIN);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Plain text on purpose: a document that does not validate, which a typed one cannot be.
    await client.request('query MetricsBroken { nope }');

    const text = await scrape();
    expect(
      sample(text, 'graphql_operations_total', {
        operation: 'MetricsBadLogin',
        type: 'mutation',
        outcome: 'user_error',
      }),
    ).toBe(1);
    expect(
      sample(text, 'graphql_operations_total', {
        operation: 'MetricsAnonymousAdmin',
        outcome: 'UNAUTHENTICATED',
      }),
    ).toBe(1);
    // A document that does not validate has no operation to name.
    expect(
      sample(text, 'graphql_operations_total', {
        operation: 'invalid',
        outcome: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('MetricsBroken');
  });

  it('reports the outbox and webhook backlogs from the queued rows', async () => {
    const before = await scrape();
    const outbox = sample(before, 'outbox_pending_messages') ?? 0;
    // Registration queues a verification email; the outbox worker is idle.
    await registerAndLogin(t);
    const [endpoint] = await queryRows<{ id: string }>(
      t.database.db,
      sql`INSERT INTO webhook_endpoints (url, events, secret_ciphertext)
          VALUES ('https://hooks.example.com/in', ARRAY['ORDER_PLACED'], 'x') RETURNING id`,
    );
    for (let i = 0; i < 3; i++) {
      await t.database.db.execute(sql`INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload, created_at)
        VALUES (${endpoint?.id}, ${randomUUID()}, 'ORDER_PLACED', '{}'::jsonb, now() - make_interval(secs => ${60 * (i + 1)}))`);
    }

    const after = await scrape();
    expect(sample(after, 'outbox_pending_messages')).toBeGreaterThanOrEqual(outbox + 1);
    expect(sample(after, 'outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(after, 'webhook_pending_deliveries')).toBe(3);
    const age = sample(after, 'webhook_oldest_pending_age_seconds') ?? 0;
    expect(age).toBeGreaterThanOrEqual(180);
    expect(age).toBeLessThan(3600);
  });

  it('counts the open order event subscriptions', async () => {
    const ws = wsClient(t.url, { authorization: `Bearer ${admin.accessToken}` });
    try {
      const subscription = collect(ws, METRICS_ORDER_EVENTS);
      await waitFor('the subscription is registered', () => t.app.context.orderEvents.subscriberCount === 1);
      expect(sample(await scrape(), 'order_event_subscriptions')).toBe(1);
      subscription.unsubscribe();
      await waitFor('the subscription is gone', () => t.app.context.orderEvents.subscriberCount === 0);
      expect(sample(await scrape(), 'order_event_subscriptions')).toBe(0);
    } finally {
      await ws.dispose();
    }
  });
});

describe('metrics settings', () => {
  it('METRICS_PORT serves /metrics on a port of its own; the API port answers 404', async () => {
    const other = await startTestApp({ METRICS_PORT: '0' });
    try {
      expect(other.app.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${other.url}/metrics`)).status).toBe(404);
      const text = await scrape(`${other.app.metricsUrl}/metrics`, undefined);
      expect(text).toContain('# TYPE http_requests_total counter');
      expect((await fetch(`${other.app.metricsUrl}/graphql`)).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('without a token or a port (development), only local clients are answered', async () => {
    const other = await startTestApp();
    try {
      // The test talks to 127.0.0.1: a local client.
      expect(await scrape(`${other.url}/metrics`, undefined)).toContain(
        '# TYPE graphql_operations_total counter',
      );
    } finally {
      await other.close();
    }
  });

  it('METRICS_ENABLED=false serves nothing', async () => {
    const other = await startTestApp({ METRICS_ENABLED: 'false' });
    try {
      expect((await fetch(`${other.url}/metrics`)).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});
