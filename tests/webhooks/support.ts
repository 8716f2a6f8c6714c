import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { webhookDeliveries, webhookEndpoints } from '../../src/modules/webhook/webhook.tables.js';
import { graphql } from '../generated/gql.js';
import type { WebhookEventType } from '../generated/graphql.js';
import type { GqlClient } from '../support/gql-client.js';
import type { TestApp } from '../support/harness.js';
import { waitFor } from '../support/wait-for.js';

/** Operations and helpers shared by tests/webhooks/*.test.ts. */

export const WEBHOOK_ENDPOINT_FIELDS_FRAGMENT = graphql(`fragment WebhookEndpointFields on WebhookEndpoint {
  id url events description active createdAt updatedAt }`);

export const CREATE = graphql(`mutation WebhookTestCreate($input: WebhookCreateInput!) {
  webhookCreate(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }`);
export const UPDATE = graphql(`mutation WebhookTestUpdate($input: WebhookUpdateInput!) {
  webhookUpdate(input: $input) { webhook { ...WebhookEndpointFields } errors { field code message } } }`);
export const ROTATE = graphql(`mutation WebhookTestRotateSecret($input: WebhookIdInput!) {
  webhookRotateSecret(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }`);
export const DELETE = graphql(`mutation WebhookTestDelete($input: WebhookIdInput!) {
  webhookDelete(input: $input) { deletedId errors { field code message } } }`);
export const LIST = graphql(`query WebhookTestList($first: Int, $after: String) {
  webhooks(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ...WebhookEndpointFields } } }`);
export const DELIVERIES =
  graphql(`query WebhookTestDeliveries($filter: WebhookDeliveryFilterInput!, $first: Int, $after: String) {
  webhookDeliveries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      id eventId eventType status attemptCount nextAttemptAt lastError body createdAt deliveredAt
      attempts { attempt responseStatus error durationMs createdAt }
    }
  } }`);

/** Settings of the test apps that deliver webhooks: fast polling and retries, a local receiver allowed. */
export const FAST_WEBHOOKS = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '50',
  WEBHOOK_RETRY_BASE_MS: '50',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_TIMEOUT_MS: '5000',
};

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP receiver on 127.0.0.1 (port 0) that records every request and answers with the status
 * `respond` returns for the n-th request (0-based).
 */
export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  private server: Server | undefined;
  url = '';

  constructor(
    private readonly respond: (index: number, request: ReceivedRequest) => number = () => 200,
    /** Milliseconds before each answer. */
    private readonly delayMs = 0,
  ) {}

  async start(path = '/hooks'): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const request = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        const index = this.requests.length;
        this.requests.push(request);
        const status = this.respond(index, request);
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'text/plain' });
          res.end(status >= 300 ? `failure number ${index + 1}` : 'ok');
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}${path}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export async function createEndpoint(
  admin: GqlClient,
  url: string,
  events: WebhookEventType[],
): Promise<{ id: string; secret: string }> {
  const payload = (await admin.ok(CREATE, { input: { url, events } })).webhookCreate;
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
  return { id: payload.webhook!.id, secret: payload.secret! };
}

/** Switches an endpoint off so later tests' events are not queued for it. */
export async function deactivate(admin: GqlClient, id: string): Promise<void> {
  const payload = (await admin.ok(UPDATE, { input: { id, active: false } })).webhookUpdate;
  expect(payload.errors).toEqual([]);
}

export async function deliveryRows(t: TestApp, endpointId: string) {
  return t.database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
}

export async function endpointRow(t: TestApp, id: string) {
  const [row] = await t.database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

/** Waits until every delivery of the endpoint is settled (none PENDING) and at least `count` exist. */
export async function waitForSettled(t: TestApp, endpointId: string, count: number) {
  return waitFor(`${count} settled deliveries`, async () => {
    const rows = await deliveryRows(t, endpointId);
    return rows.length >= count && rows.every((r) => r.status !== 'PENDING') ? rows : undefined;
  });
}
