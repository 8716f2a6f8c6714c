import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { RequestContext } from '../../graphql/context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { formatMoney } from '../../graphql/money.js';
import { users } from '../account/account.tables.js';
import { enforceRateLimit } from '../account/auth.service.js';
import { enqueueEmail } from '../notification/outbox.js';
import { orderEmails } from '../notification/templates.js';
import { type OrderLineRow, type OrderRow, orderLines, orders } from '../order/order.tables.js';
import { recordOrderEvent } from '../order/order-events.js';
import { orderLineSelectionErrors } from '../order/order-line-selection.js';
import type { Actor } from '../order/order-state.js';
import { applyOrderAction, type HasApp } from '../order/order-transitions.service.js';
import {
  type ShipmentEventRow,
  type ShipmentLineRow,
  type ShipmentRow,
  shipmentEvents,
  shipmentLines,
  shipments,
} from './fulfillment.tables.js';
import {
  fulfillmentProgress,
  hasLeft,
  orderActionsFor,
  type ShipmentStatus,
  shipmentMove,
  unallocatedUnits,
} from './shipment-state.js';

/**
 * Shipments of orders: creating parcels, moving their status (admins and the carrier webhook), and the
 * one place that derives the order's SHIPPED / DELIVERED status from them through the order state machine.
 * Every write locks the order row first, then its shipments: one order's parcels change one at a time.
 */

export const MAX_SHIPPING_TEXT = 100;
export const MAX_NOTE = 500;
const MAX_URL = 2000;

/** Who moves a shipment: an admin (mutations) or the carrier (webhook, acting as SYSTEM on the order). */
export type ShipmentActor = { kind: 'ADMIN'; userId: string } | { kind: 'SYSTEM' };

export interface ShipmentCreateInput {
  orderId: string;
  lines?: { orderLineId: string; quantity: number }[] | null;
  carrier: string;
  trackingNumber: string;
  trackingUrl?: string | null;
  status?: ShipmentStatus | null;
}

export interface ShipmentStatusInput {
  shipmentId: string;
  status: ShipmentStatus;
  note?: string | null;
  occurredAt?: Date | null;
}

export interface ShipmentResult {
  shipment: ShipmentRow | null;
  order: OrderRow | null;
  errors: UserError[];
}

/** A refusal inside a transaction: rolls everything back and becomes the payload's errors. */
class Refusal extends Error {
  constructor(
    readonly errors: UserError[],
    readonly order: OrderRow | null = null,
  ) {
    super(errors.map((e) => e.message).join(' '));
  }
}

async function inTransaction(
  ctx: HasApp,
  work: (tx: Executor) => Promise<{ shipment: ShipmentRow; order: OrderRow }>,
): Promise<ShipmentResult> {
  try {
    const done = await ctx.app.db.transaction(work);
    ctx.app.outbox.wake();
    return { ...done, errors: [] };
  } catch (err) {
    if (err instanceof Refusal) return { shipment: null, order: err.order, errors: err.errors };
    throw err;
  }
}

// ---- validation ----

function text(value: string, field: string, label: string, errors: UserError[]): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SHIPPING_TEXT) {
    errors.push(
      userError(
        ['input', field],
        ErrorCode.INVALID_INPUT,
        `${label} must be 1 to ${MAX_SHIPPING_TEXT} characters.`,
      ),
    );
  }
  return trimmed;
}

/** An absolute http(s) URL, or the error. */
export function validTrackingUrl(value: string): boolean {
  if (value.length > MAX_URL) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

function note(value: string | null | undefined, errors: UserError[]): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > MAX_NOTE) {
    errors.push(
      userError(['input', 'note'], ErrorCode.INVALID_INPUT, `The note is at most ${MAX_NOTE} characters.`),
    );
  }
  return trimmed;
}

// ---- reading ----

async function lockOrder(tx: Executor, orderId: string): Promise<OrderRow | null> {
  if (!isUuid(orderId)) return null;
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  return order ?? null;
}

async function linesOf(tx: Executor, orderId: string): Promise<OrderLineRow[]> {
  return tx
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.position));
}

/** The order's shipments with their lines (the order row must be locked). */
async function shipmentsOf(
  tx: Executor,
  orderId: string,
): Promise<{ shipment: ShipmentRow; lines: ShipmentLineRow[] }[]> {
  const rows = await tx
    .select()
    .from(shipments)
    .where(eq(shipments.orderId, orderId))
    .orderBy(asc(shipments.createdAt), asc(shipments.id));
  if (rows.length === 0) return [];
  const lines = await tx
    .select()
    .from(shipmentLines)
    .where(
      inArray(
        shipmentLines.shipmentId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((shipment) => ({ shipment, lines: lines.filter((l) => l.shipmentId === shipment.id) }));
}

// ---- shipmentCreate ----

/** Creates a parcel of some (or all remaining) units of an order; see the module comment. */
export async function createShipment(
  ctx: HasApp,
  input: ShipmentCreateInput,
  admin: { userId: string },
): Promise<ShipmentResult> {
  const errors: UserError[] = [];
  const carrier = text(input.carrier, 'carrier', 'The carrier', errors);
  const trackingNumber = text(input.trackingNumber, 'trackingNumber', 'The tracking number', errors);
  const trackingUrl = input.trackingUrl?.trim() || null;
  if (trackingUrl && !validTrackingUrl(trackingUrl)) {
    errors.push(
      userError(
        ['input', 'trackingUrl'],
        ErrorCode.INVALID_INPUT,
        'The tracking URL must be an absolute http or https URL.',
      ),
    );
  }
  const status = input.status ?? 'PENDING';
  if (status === 'RETURNED') {
    errors.push(
      userError(['input', 'status'], ErrorCode.INVALID_INPUT, 'A new shipment cannot start RETURNED.'),
    );
  }
  const requested = input.lines ?? null;
  if (requested) {
    if (requested.length === 0) {
      errors.push(
        userError(
          ['input', 'lines'],
          ErrorCode.INVALID_INPUT,
          'List at least one line, or omit lines to ship every unit not shipped yet.',
        ),
      );
    }
    errors.push(...orderLineSelectionErrors(requested, 'The quantity must be a positive whole number.'));
  }
  if (errors.length > 0) return { shipment: null, order: null, errors };

  const actor: ShipmentActor = { kind: 'ADMIN', userId: admin.userId };
  return inTransaction(ctx, async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (!order) {
      throw new Refusal([userError(['input', 'orderId'], ErrorCode.NOT_FOUND, 'No order with this id.')]);
    }
    if (order.status !== 'CONFIRMED' && order.status !== 'SHIPPED') {
      throw new Refusal(
        [
          userError(
            ['input', 'orderId'],
            ErrorCode.INVALID_TRANSITION,
            `Only a confirmed order can be shipped; this one is ${order.status.toLowerCase().replaceAll('_', ' ')}.`,
          ),
        ],
        order,
      );
    }
    const lines = await linesOf(tx, order.id);
    const existing = await shipmentsOf(tx, order.id);
    const left = unallocatedUnits(
      lines,
      existing.map((e) => ({ status: e.shipment.status, lines: e.lines })),
    );

    let parcel: { orderLineId: string; quantity: number }[];
    if (requested) {
      const problems: UserError[] = [];
      requested.forEach((line, i) => {
        const available = left.get(line.orderLineId);
        if (available === undefined) {
          problems.push(
            userError(
              ['input', 'lines', String(i), 'orderLineId'],
              ErrorCode.NOT_FOUND,
              'This order has no such line.',
            ),
          );
        } else if (line.quantity > available) {
          problems.push(
            userError(
              ['input', 'lines', String(i), 'quantity'],
              ErrorCode.SHIPMENT_QUANTITY_EXCEEDED,
              available === 0
                ? 'Every unit of this line is already in a shipment.'
                : `Only ${available} unit(s) of this line are not in a shipment yet.`,
            ),
          );
        }
      });
      if (problems.length > 0) throw new Refusal(problems, order);
      parcel = requested;
    } else {
      parcel = lines.flatMap((l) => {
        const quantity = left.get(l.id) ?? 0;
        return quantity > 0 ? [{ orderLineId: l.id, quantity }] : [];
      });
      if (parcel.length === 0) {
        throw new Refusal(
          [
            userError(
              ['input', 'lines'],
              ErrorCode.SHIPMENT_QUANTITY_EXCEEDED,
              'Every unit of this order is already in a shipment.',
            ),
          ],
          order,
        );
      }
    }

    const taken = await tx
      .select({ id: shipments.id })
      .from(shipments)
      .where(
        and(
          sql`lower(${shipments.carrier}) = lower(${carrier})`,
          eq(shipments.trackingNumber, trackingNumber),
        ),
      );
    if (taken.length > 0) throw new Refusal([trackingTaken()], order);

    const now = new Date();
    let shipment: ShipmentRow | undefined;
    try {
      // A savepoint, so a concurrent duplicate's unique violation can be reported instead of aborting.
      [shipment] = await tx.transaction(async (sp) =>
        sp
          .insert(shipments)
          .values({
            orderId: order.id,
            carrier,
            trackingNumber,
            trackingUrl,
            status,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
    } catch (err) {
      if (isUniqueViolation(err, 'shipments_carrier_tracking_key'))
        throw new Refusal([trackingTaken()], order);
      throw err;
    }
    if (!shipment) throw new Error('shipment insert returned nothing');
    await tx.insert(shipmentLines).values(parcel.map((p) => ({ shipmentId: shipment.id, ...p })));
    await tx.insert(shipmentEvents).values({
      shipmentId: shipment.id,
      status,
      note: null,
      source: 'ADMIN',
      actorId: admin.userId,
      occurredAt: now,
      createdAt: now,
    });
    await recordOrderEvent(tx, {
      orderId: order.id,
      type: 'SHIPMENT_CREATED',
      actorKind: 'ADMIN',
      actorId: admin.userId,
      data: {
        shipmentId: shipment.id,
        carrier,
        trackingNumber,
        status,
        lines: parcel,
      },
      createdAt: now,
    });
    const all = [...existing, { shipment, lines: parcel }];
    const updated = await afterShipmentChange(ctx, tx, order, lines, all, shipment, 'PENDING', actor);
    return { shipment, order: updated };
  });
}

function trackingTaken(): UserError {
  return userError(
    ['input', 'trackingNumber'],
    ErrorCode.TRACKING_NUMBER_TAKEN,
    'Another shipment already has this carrier and tracking number.',
  );
}

// ---- shipmentUpdateStatus (admins and the carrier webhook) ----

export type StatusUpdateOutcome =
  | { kind: 'UPDATED'; shipment: ShipmentRow; order: OrderRow }
  | { kind: 'REFUSED'; shipment: ShipmentRow | null; order: OrderRow | null; errors: UserError[] };

/**
 * Moves a shipment to `status` (or records a further scan of the same status) inside `tx`: locks the
 * order then the shipment, checks the move, writes the history row and, for a real change, the
 * SHIPMENT_STATUS_CHANGED order event, the "shipped" email when the parcel leaves, and the order's own
 * status (shipped / delivered) through the state machine.
 */
export async function moveShipment(
  ctx: HasApp,
  tx: Executor,
  shipmentId: string,
  input: { status: ShipmentStatus; note: string | null; occurredAt: Date },
  actor: ShipmentActor,
): Promise<{ shipment: ShipmentRow; order: OrderRow }> {
  const notFound = () =>
    new Refusal([userError(['input', 'shipmentId'], ErrorCode.NOT_FOUND, 'No shipment with this id.')]);
  if (!isUuid(shipmentId)) throw notFound();
  const [found] = await tx
    .select({ orderId: shipments.orderId })
    .from(shipments)
    .where(eq(shipments.id, shipmentId));
  if (!found) throw notFound();
  const order = await lockOrder(tx, found.orderId);
  const [shipment] = await tx.select().from(shipments).where(eq(shipments.id, shipmentId)).for('update');
  if (!order || !shipment) throw notFound();
  if (order.status === 'CANCELLED' || order.status === 'PENDING_PAYMENT') {
    throw new Refusal(
      [
        userError(
          null,
          ErrorCode.INVALID_TRANSITION,
          `The order is ${order.status.toLowerCase().replaceAll('_', ' ')}: its shipments do not move.`,
        ),
      ],
      order,
    );
  }
  const move = shipmentMove(shipment.status, input.status);
  if (!move.ok) {
    throw new Refusal([userError(['input', 'status'], ErrorCode.INVALID_TRANSITION, move.message)], order);
  }

  const now = new Date();
  const actorId = actor.kind === 'ADMIN' ? actor.userId : null;
  await tx.insert(shipmentEvents).values({
    shipmentId: shipment.id,
    status: input.status,
    note: input.note,
    source: actor.kind === 'ADMIN' ? 'ADMIN' : 'CARRIER',
    actorId,
    occurredAt: input.occurredAt,
    createdAt: now,
  });
  if (!move.changed) {
    const [touched] = await tx
      .update(shipments)
      .set({ updatedAt: now })
      .where(eq(shipments.id, shipment.id))
      .returning();
    return { shipment: touched ?? shipment, order };
  }
  const [updated] = await tx
    .update(shipments)
    .set({ status: input.status, updatedAt: now })
    .where(eq(shipments.id, shipment.id))
    .returning();
  if (!updated) throw new Error(`shipment ${shipment.id} vanished while locked`);
  await recordOrderEvent(tx, {
    orderId: order.id,
    type: 'SHIPMENT_STATUS_CHANGED',
    actorKind: actor.kind,
    actorId,
    data: {
      shipmentId: shipment.id,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      fromShipmentStatus: shipment.status,
      toShipmentStatus: input.status,
      ...(input.note ? { note: input.note } : {}),
    },
    createdAt: now,
  });
  const lines = await linesOf(tx, order.id);
  const all = await shipmentsOf(tx, order.id);
  const after = await afterShipmentChange(ctx, tx, order, lines, all, updated, shipment.status, actor);
  return { shipment: updated, order: after };
}

/** shipmentUpdateStatus: validates, then `moveShipment` in its own transaction. */
export async function updateShipmentStatus(
  ctx: HasApp,
  input: ShipmentStatusInput,
  admin: { userId: string },
): Promise<ShipmentResult> {
  const errors: UserError[] = [];
  const cleanNote = note(input.note, errors);
  if (errors.length > 0) return { shipment: null, order: null, errors };
  return inTransaction(ctx, (tx) =>
    moveShipment(
      ctx,
      tx,
      input.shipmentId,
      { status: input.status, note: cleanNote, occurredAt: input.occurredAt ?? new Date() },
      { kind: 'ADMIN', userId: admin.userId },
    ),
  );
}

/**
 * After a shipment was created or moved (order locked): the "shipped" email when this parcel has just
 * left, then the order's status derived from every shipment (`orderActionsFor`), applied through the
 * state machine (which records the SHIPPED / DELIVERED events and sends the "delivered" email).
 */
async function afterShipmentChange(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  lines: OrderLineRow[],
  all: { shipment: ShipmentRow; lines: Pick<ShipmentLineRow, 'orderLineId' | 'quantity'>[] }[],
  shipment: ShipmentRow,
  previous: ShipmentStatus,
  actor: ShipmentActor,
): Promise<OrderRow> {
  const progress = fulfillmentProgress(
    lines,
    all.map((s) => ({
      status: s.shipment.id === shipment.id ? shipment.status : s.shipment.status,
      lines: s.lines,
    })),
  );
  if (!hasLeft(previous) && hasLeft(shipment.status)) {
    await sendShippedEmail(ctx, tx, order, shipment, progress.allShipped);
  }
  let current = order;
  const orderActor: Actor = actor;
  for (const type of orderActionsFor(order.status, progress)) {
    const action =
      type === 'MARK_SHIPPED'
        ? { type, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber }
        : { type };
    const result = await applyOrderAction(ctx, tx, order.id, action, orderActor);
    if (!result.ok) throw new Refusal([result.error], current);
    current = result.order;
  }
  return current;
}

async function sendShippedEmail(
  ctx: HasApp,
  tx: Executor,
  order: OrderRow,
  shipment: ShipmentRow,
  complete: boolean,
): Promise<void> {
  const [user] = await tx
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, order.userId));
  if (!user) return;
  await enqueueEmail(
    ctx,
    tx,
    'order.shipped',
    orderEmails.shipped(
      {
        to: user.email,
        name: user.name,
        orderNumber: order.number,
        total: formatMoney(order.total, order.currency),
        url: `${ctx.app.config.storefrontUrl}/account/orders/${order.number}`,
      },
      {
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        trackingUrl: shipment.trackingUrl,
        complete,
      },
    ),
  );
}

// ---- carrier webhook ----

export interface CarrierUpdate {
  eventId: string;
  trackingNumber: string;
  carrier: string | null;
  status: ShipmentStatus;
  occurredAt: Date;
  note: string | null;
}

export type CarrierOutcome =
  | { kind: 'APPLIED'; shipmentId: string; status: ShipmentStatus; orderStatus: string }
  | { kind: 'REPLAYED' }
  | { kind: 'UNKNOWN_TRACKING_NUMBER' }
  | { kind: 'AMBIGUOUS_TRACKING_NUMBER' }
  | { kind: 'REFUSED'; message: string };

/**
 * Applies one carrier status update, as SYSTEM: the event id is recorded in processed_webhook_events in
 * the same transaction as its effect, so a replay (same id) inserts nothing and changes nothing, and a
 * refused update records nothing (the carrier may resend it).
 */
export async function applyCarrierUpdate(ctx: HasApp, update: CarrierUpdate): Promise<CarrierOutcome> {
  const matches = await ctx.app.db
    .select({ id: shipments.id })
    .from(shipments)
    .where(
      and(
        eq(shipments.trackingNumber, update.trackingNumber),
        update.carrier ? sql`lower(${shipments.carrier}) = lower(${update.carrier})` : undefined,
      ),
    )
    .limit(2);
  if (matches.length === 0) return { kind: 'UNKNOWN_TRACKING_NUMBER' };
  if (matches.length > 1) return { kind: 'AMBIGUOUS_TRACKING_NUMBER' };
  const shipmentId = (matches[0] as { id: string }).id;
  const replay = Symbol('replay');
  try {
    const done = await ctx.app.db.transaction(async (tx) => {
      const inserted = await tx.execute(
        sql`INSERT INTO processed_webhook_events (source, event_id) VALUES ('carrier', ${update.eventId})
            ON CONFLICT DO NOTHING RETURNING event_id`,
      );
      if (rowCount(inserted) === 0) throw replay;
      return moveShipment(
        ctx,
        tx,
        shipmentId,
        { status: update.status, note: update.note, occurredAt: update.occurredAt },
        { kind: 'SYSTEM' },
      );
    });
    ctx.app.outbox.wake();
    return {
      kind: 'APPLIED',
      shipmentId: done.shipment.id,
      status: done.shipment.status,
      orderStatus: done.order.status,
    };
  } catch (err) {
    if (err === replay) return { kind: 'REPLAYED' };
    if (err instanceof Refusal) return { kind: 'REFUSED', message: err.message };
    throw err;
  }
}

/** Rows returned by `execute`: postgres.js gives an array, PGlite `{ rows }`. */
function rowCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const rows = (result as { rows?: unknown[] }).rows;
  return rows?.length ?? 0;
}

// ---- the customer-facing tracking view ----

export interface TrackingView {
  order: OrderRow;
  lines: OrderLineRow[];
  shipments: { shipment: ShipmentRow; lines: ShipmentLineRow[]; events: ShipmentEventRow[] }[];
}

/**
 * The order with this number whose buyer has this email (compared case-insensitively), with its
 * shipments; null when the pair does not match, whichever half is wrong. Lookups count against the
 * sign-in rate limits (per email and per client IP), so order numbers cannot be tried in bulk.
 */
export async function findTracking(
  ctx: RequestContext,
  number: string,
  email: string,
): Promise<TrackingView | null> {
  const cleanNumber = number.trim();
  const cleanEmail = email.trim();
  if (!cleanNumber || !cleanEmail || cleanNumber.length > 100 || cleanEmail.length > 320) return null;
  const { rateLimit } = ctx.app.config;
  await enforceRateLimit(
    ctx,
    'tracking',
    cleanEmail.toLowerCase(),
    rateLimit.loginPerEmail,
    rateLimit.loginPerIp,
  );
  const db = ctx.app.db;
  const [found] = await db
    .select({ order: orders })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(and(eq(orders.number, cleanNumber), sql`lower(${users.email}) = lower(${cleanEmail})`));
  if (!found) return null;
  const order = found.order;
  const lines = await linesOf(db, order.id);
  const parcels = await shipmentsOf(db, order.id);
  const events =
    parcels.length === 0
      ? []
      : await db
          .select()
          .from(shipmentEvents)
          .where(
            inArray(
              shipmentEvents.shipmentId,
              parcels.map((p) => p.shipment.id),
            ),
          )
          .orderBy(asc(shipmentEvents.occurredAt), asc(shipmentEvents.createdAt), asc(shipmentEvents.id));
  return {
    order,
    lines,
    shipments: parcels.map((p) => ({
      ...p,
      events: events.filter((e) => e.shipmentId === p.shipment.id),
    })),
  };
}
