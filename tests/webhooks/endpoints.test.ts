import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookCreateInput } from '../generated/graphql.js';
import { adminClient, registerAndLogin, type SignedIn } from '../support/accounts.js';
import type { OperationText } from '../support/gql-client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { CREATE, DELETE, DELIVERIES, endpointRow, LIST, ROTATE, UPDATE } from './support.js';

// Private addresses are refused here (the default); public IP literals need no DNS in the sandbox.
let t: TestApp;
let admin: SignedIn;
const PUBLIC_URL = 'https://93.184.215.14/hooks';

beforeAll(async () => {
  t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' }, { idleWorkers: ['webhooks'] });
  admin = await adminClient(t);
});
afterAll(() => t?.close());

async function countEndpoints(): Promise<number> {
  return (await admin.client.ok(LIST, { first: 100 })).webhooks.totalCount;
}

/** Creates an endpoint that must be accepted; returns it and its secret. */
async function createOk(input: WebhookCreateInput) {
  const payload = (await admin.client.ok(CREATE, { input })).webhookCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return { webhook: payload.webhook!, secret: payload.secret! };
}

describe('webhook endpoints', () => {
  it('are created with a secret shown once and stored only encrypted', async () => {
    const payload = (
      await admin.client.ok(CREATE, {
        input: { url: PUBLIC_URL, events: ['SHIPPED', 'PLACED', 'SHIPPED'], description: ' ERP sync ' },
      })
    ).webhookCreate;
    expect(payload.errors).toEqual([]);
    expect(payload.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(payload.webhook).toMatchObject({
      url: PUBLIC_URL,
      events: ['PLACED', 'SHIPPED'],
      description: 'ERP sync',
      active: true,
    });

    const row = await endpointRow(t, payload.webhook!.id);
    expect(row?.secretCiphertext).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(payload.secret);
    expect(JSON.stringify(row)).not.toContain(payload.secret!.slice(6));

    // Never shown again: no field of the endpoint type carries it.
    const listed = (await admin.client.ok(LIST, { first: 100 })).webhooks.nodes;
    expect(listed.find((n) => n.id === payload.webhook!.id)).toEqual(payload.webhook);
    // Plain text on purpose: the field does not exist, which a typed document cannot ask for.
    const secretField = await admin.client.request(`query { webhooks { nodes { secret } } }`);
    expect(secretField.errors?.[0]?.message).toMatch(/Cannot query field "secret"/);
  });

  it('are listed newest first with cursors, updated, rotated and deleted', async () => {
    const a = await createOk({ url: `${PUBLIC_URL}/a`, events: ['PLACED'] });
    const b = await createOk({ url: `${PUBLIC_URL}/b`, events: ['PLACED'] });
    const page1 = (await admin.client.ok(LIST, { first: 1 })).webhooks;
    expect(page1.nodes.map((n) => n.id)).toEqual([b.webhook.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await admin.client.ok(LIST, { first: 1, after: page1.pageInfo.endCursor })).webhooks;
    expect(page2.nodes.map((n) => n.id)).toEqual([a.webhook.id]);

    const updated = (
      await admin.client.ok(UPDATE, {
        input: { id: a.webhook.id, events: ['CANCELLED', 'DELIVERED'], active: false, description: '' },
      })
    ).webhookUpdate;
    expect(updated.errors).toEqual([]);
    expect(updated.webhook).toMatchObject({
      url: `${PUBLIC_URL}/a`,
      events: ['CANCELLED', 'DELIVERED'],
      active: false,
      description: null,
    });

    const before = await endpointRow(t, a.webhook.id);
    const rotated = (await admin.client.ok(ROTATE, { input: { id: a.webhook.id } })).webhookRotateSecret;
    expect(rotated.errors).toEqual([]);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(a.secret);
    const after = await endpointRow(t, a.webhook.id);
    expect(after?.secretCiphertext).not.toBe(before?.secretCiphertext);
    expect(JSON.stringify(after)).not.toContain(rotated.secret!);

    const count = await countEndpoints();
    const deleted = (await admin.client.ok(DELETE, { input: { id: a.webhook.id } })).webhookDelete;
    expect(deleted).toEqual({ deletedId: a.webhook.id, errors: [] });
    expect(await endpointRow(t, a.webhook.id)).toBeUndefined();
    expect(await countEndpoints()).toBe(count - 1);

    const again = (await admin.client.ok(DELETE, { input: { id: a.webhook.id } })).webhookDelete;
    expect(again.deletedId).toBeNull();
    expect(again.errors[0]?.code).toBe('NOT_FOUND');
    const rotateGone = (await admin.client.ok(ROTATE, { input: { id: a.webhook.id } })).webhookRotateSecret;
    expect(rotateGone.errors[0]?.code).toBe('NOT_FOUND');
    const updateGone = (await admin.client.ok(UPDATE, { input: { id: a.webhook.id } })).webhookUpdate;
    expect(updateGone.errors[0]?.code).toBe('NOT_FOUND');
  });

  it('refuse invalid URLs and events with payload errors and change nothing', async () => {
    const count = await countEndpoints();
    const cases: [WebhookCreateInput, string, string][] = [
      [{ url: 'ftp://93.184.215.14/x', events: ['PLACED'] }, 'url', 'INVALID_INPUT'],
      [{ url: 'not a url', events: ['PLACED'] }, 'url', 'INVALID_INPUT'],
      [{ url: 'https://user:pw@93.184.215.14/x', events: ['PLACED'] }, 'url', 'INVALID_INPUT'],
      [{ url: PUBLIC_URL, events: [] }, 'events', 'INVALID_INPUT'],
      [{ url: PUBLIC_URL, events: ['PLACED'], description: 'x'.repeat(501) }, 'description', 'INVALID_INPUT'],
    ];
    for (const [input, field, code] of cases) {
      const payload = (await admin.client.ok(CREATE, { input })).webhookCreate;
      expect(payload.webhook, JSON.stringify(input)).toBeNull();
      expect(payload.secret).toBeNull();
      expect(payload.errors).toEqual([{ field: ['input', field], code, message: expect.any(String) }]);
    }
    // An unknown event type is refused by the schema (WebhookEventType enum) before the resolver: sent
    // as plain text, since the typed operation's variables cannot hold it.
    const unknown = await admin.client.request(CREATE.toString(), {
      input: { url: PUBLIC_URL, events: ['NOPE'] },
    });
    expect(unknown.errors?.length).toBeGreaterThan(0);
    expect(await countEndpoints()).toBe(count);

    const existing = (await createOk({ url: PUBLIC_URL, events: ['PLACED'] })).webhook;
    const bad = (
      await admin.client.ok(UPDATE, { input: { id: existing.id, url: 'http://127.0.0.1/x', events: [] } })
    ).webhookUpdate;
    expect(bad.webhook).toBeNull();
    expect(bad.errors.map((e) => e.field?.[1])).toEqual(['events']);
    expect(await endpointRow(t, existing.id)).toMatchObject({ url: PUBLIC_URL, events: ['PLACED'] });
  });

  it('refuse private, loopback and link-local hosts unless WEBHOOK_ALLOW_PRIVATE_URLS is set', async () => {
    const count = await countEndpoints();
    for (const url of [
      'http://127.0.0.1:8080/hooks',
      'http://localhost/hooks',
      'http://[::1]/hooks',
      'http://10.0.0.5/hooks',
      'http://192.168.1.1/hooks',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/hooks',
      'http://0.0.0.0/hooks',
      'http://[::ffff:127.0.0.1]/hooks',
      'http://[fd00::1]/hooks',
      'http://[fe80::1]/hooks',
      'http://no-such-host.invalid/hooks',
    ]) {
      const payload = (await admin.client.ok(CREATE, { input: { url, events: ['PLACED'] } })).webhookCreate;
      expect(payload.webhook, url).toBeNull();
      expect(payload.errors, url).toEqual([
        { field: ['input', 'url'], code: 'URL_NOT_ALLOWED', message: expect.any(String) },
      ]);
    }
    expect(await countEndpoints()).toBe(count);
  });
});

describe('webhook administration', () => {
  let customer: SignedIn;
  beforeAll(async () => {
    customer = await registerAndLogin(t);
  });

  it('is forbidden to customers and anonymous callers', async () => {
    const id = (await createOk({ url: PUBLIC_URL, events: ['PLACED'] })).webhook.id;
    const operations: [OperationText, Record<string, unknown>][] = [
      [CREATE, { input: { url: PUBLIC_URL, events: ['PLACED'] } }],
      [UPDATE, { input: { id, active: false } }],
      [ROTATE, { input: { id } }],
      [DELETE, { input: { id } }],
      [LIST, {}],
      [DELIVERIES, { filter: { endpointId: id } }],
    ];
    const count = await countEndpoints();
    for (const [query, variables] of operations) {
      const asCustomer = await customer.client.request(query.toString(), variables);
      expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.client().request(query.toString(), variables);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await countEndpoints()).toBe(count);
    expect(await endpointRow(t, id)).toMatchObject({ active: true });
  });

  it('answers NOT_FOUND for the deliveries of an unknown endpoint', async () => {
    for (const endpointId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const result = await admin.client.request(DELIVERIES, { filter: { endpointId } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
