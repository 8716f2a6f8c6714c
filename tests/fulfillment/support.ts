import { asc, eq, inArray, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { processedWebhookEvents } from '../../src/http/inbound-events.tables.js';
import {
  shipmentEvents,
  shipmentLines,
  shipments,
} from '../../src/modules/fulfillment/fulfillment.tables.js';
import { outboxMessages } from '../../src/modules/notification/notification.tables.js';
import { graphql } from '../generated/gql.js';
import type { ShipmentCreateInput, ShipmentUpdateStatusInput } from '../generated/graphql.js';
import {
  eventsOf,
  orderRow,
  SHIPMENT_CREATE,
  SHIPMENT_UPDATE_STATUS,
} from '../orders/transitions-support.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { type Store, withStore } from '../support/store.js';

/** Helpers shared by tests/fulfillment. */

export const LINES_OF = graphql(`query FulfillmentOrderLines($id: ID!) {
  order(id: $id) { id status lines { id quantity } } }`);

export const ORDER_SHIPMENTS = graphql(`query FulfillmentOrderShipments($id: ID!) {
  order(id: $id) { id status carrier trackingNumber shipments {
    id carrier trackingNumber trackingUrl status createdAt updatedAt
    lines { quantity orderLine { id sku } }
    events { status note source occurredAt } } } }`);

export const TRACKING = graphql(`query FulfillmentTracking($number: String!, $email: String!) {
  orderTracking(number: $number, email: $email) {
    number status placedAt items { productTitle variantTitle quantity }
    shipments { carrier trackingNumber trackingUrl status items { productTitle quantity } events { status note source occurredAt } } } }`);

/** The app of the fulfillment tests, with the store set up in it and no reservation sweeper. */
export function startFulfillmentApp(env: Record<string, string> = {}) {
  return withStore(startTestApp(env, { idleWorkers: ['reservation-sweeper'] }));
}

export async function createShipment(store: Store, input: ShipmentCreateInput) {
  return (await store.admin.client.ok(SHIPMENT_CREATE, { input })).shipmentCreate;
}

export async function updateStatus(store: Store, input: ShipmentUpdateStatusInput) {
  return (await store.admin.client.ok(SHIPMENT_UPDATE_STATUS, { input })).shipmentUpdateStatus;
}

/** The order's line ids, in position order, with their quantities. */
export async function linesOf(store: Store, orderId: string): Promise<{ id: string; quantity: number }[]> {
  return (await store.admin.client.ok(LINES_OF, { id: orderId })).order!.lines;
}

/** Everything shipments may touch, to prove a refused change changed nothing. */
export async function fulfillmentSnapshot(t: TestApp, orderId: string) {
  const db = t.database.db;
  const rows = await db
    .select()
    .from(shipments)
    .where(eq(shipments.orderId, orderId))
    .orderBy(asc(shipments.createdAt), asc(shipments.id));
  const ids = rows.map((r) => r.id);
  return {
    order: await orderRow(t, orderId),
    events: await eventsOf(t, orderId),
    shipments: rows,
    lines:
      ids.length === 0
        ? []
        : await db
            .select()
            .from(shipmentLines)
            .where(inArray(shipmentLines.shipmentId, ids))
            .orderBy(asc(shipmentLines.id)),
    history:
      ids.length === 0
        ? []
        : await db
            .select()
            .from(shipmentEvents)
            .where(inArray(shipmentEvents.shipmentId, ids))
            .orderBy(asc(shipmentEvents.id)),
    outbox: (await db.select({ n: sql<number>`count(*)::int` }).from(outboxMessages))[0]?.n,
    processed: (await db.select({ n: sql<number>`count(*)::int` }).from(processedWebhookEvents))[0]?.n,
  };
}

export function expectOneError(
  payload: { errors: { field?: string[] | null; code: string }[] },
  code: string,
  field?: string[],
): void {
  expect(payload.errors, JSON.stringify(payload)).toHaveLength(1);
  expect(payload.errors[0]!.code).toBe(code);
  if (field) expect(payload.errors[0]!.field).toEqual(field);
}
