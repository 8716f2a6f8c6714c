import express, { type Request, type Response } from 'express';
import type { AppContext } from '../../graphql/app-context.js';
import { verifySignature } from '../../http/hmac-signature.js';
import { applyCarrierUpdate, type CarrierUpdate } from './carrier-updates.service.js';
import { MAX_NOTE, MAX_SHIPPING_TEXT } from './fulfillment.rules.js';
import { SHIPMENT_STATUSES, type ShipmentStatus } from './shipment-state.js';

/**
 * POST /webhooks/carrier: status updates from carriers, by tracking number (contract in README,
 * "Shipments and tracking"). The body is read raw: the signature covers its exact bytes, so this route is
 * mounted before any JSON parser. Off (404) without CARRIER_WEBHOOK_SECRET.
 *
 * Answers: 200 applied; 400 malformed body; 401 missing, wrong or stale signature; 404 unknown tracking
 * number (or endpoint off); 409 replayed event id; 422 a status move the shipment cannot make. Only a 200
 * changes anything.
 */

/** How far the signed timestamp may be from our clock, either way. */
export const CARRIER_SIGNATURE_TOLERANCE_SECONDS = 300;

const MAX_EVENT_ID = 200;

/** The body as sent, checked; or why it is malformed. */
export function parseCarrierUpdate(raw: string): CarrierUpdate | { error: string } {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { error: 'The body is not JSON.' };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { error: 'The body must be a JSON object.' };
  const b = body as Record<string, unknown>;
  const str = (v: unknown, max: number) =>
    typeof v === 'string' && v.trim().length > 0 && v.trim().length <= max ? v.trim() : null;
  const id = str(b.id, MAX_EVENT_ID);
  if (!id) return { error: `"id" must be a non-empty string of at most ${MAX_EVENT_ID} characters.` };
  const trackingNumber = str(b.trackingNumber, MAX_SHIPPING_TEXT);
  if (!trackingNumber) return { error: '"trackingNumber" must be a non-empty string.' };
  let carrier: string | null = null;
  if (b.carrier !== undefined && b.carrier !== null) {
    carrier = str(b.carrier, MAX_SHIPPING_TEXT);
    if (!carrier) return { error: '"carrier", when given, must be a non-empty string.' };
  }
  if (typeof b.status !== 'string' || !(SHIPMENT_STATUSES as readonly string[]).includes(b.status)) {
    return { error: `"status" must be one of ${SHIPMENT_STATUSES.join(', ')}.` };
  }
  const occurredAt = typeof b.occurredAt === 'string' ? new Date(b.occurredAt) : null;
  if (
    !occurredAt ||
    Number.isNaN(occurredAt.getTime()) ||
    !/^\d{4}-\d{2}-\d{2}T/.test(b.occurredAt as string)
  ) {
    return { error: '"occurredAt" must be an ISO 8601 date-time.' };
  }
  let note: string | null = null;
  if (b.note !== undefined && b.note !== null) {
    if (typeof b.note !== 'string' || b.note.length > MAX_NOTE) {
      return { error: `"note", when given, must be a string of at most ${MAX_NOTE} characters.` };
    }
    note = b.note.trim() || null;
  }
  return { eventId: id, trackingNumber, carrier, status: b.status as ShipmentStatus, occurredAt, note };
}

function answer(res: Response, status: number, body: Record<string, unknown>): void {
  res.status(status).json(body);
}

/** The route's middleware chain: raw body (any content type, 256 KB at most), then the handler. */
export function carrierWebhook(app: AppContext): express.RequestHandler[] {
  const handler = async (req: Request, res: Response) => {
    const secret = app.config.carrierWebhookSecret;
    if (!secret) return answer(res, 404, { error: 'not_found' });
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = verifySignature(
      req.get('x-carrier-signature'),
      secret,
      raw,
      Math.floor(Date.now() / 1000),
      CARRIER_SIGNATURE_TOLERANCE_SECONDS,
    );
    if (!check.ok) {
      app.logger.warn({ reason: check.reason }, 'carrier webhook refused: bad signature');
      return answer(res, 401, {
        error: 'invalid_signature',
        message:
          check.reason === 'STALE'
            ? 'The signature timestamp is more than 5 minutes away from the server time.'
            : 'The X-Carrier-Signature header is missing or does not match the body.',
      });
    }
    const update = parseCarrierUpdate(raw.toString('utf8'));
    if ('error' in update) return answer(res, 400, { error: 'malformed_body', message: update.error });
    const outcome = await applyCarrierUpdate({ app }, update);
    switch (outcome.kind) {
      case 'APPLIED':
        return answer(res, 200, {
          ok: true,
          shipmentId: outcome.shipmentId,
          status: outcome.status,
          orderStatus: outcome.orderStatus,
        });
      case 'REPLAYED':
        return answer(res, 409, { error: 'replayed', message: 'This event id was already processed.' });
      case 'UNKNOWN_TRACKING_NUMBER':
        return answer(res, 404, {
          error: 'unknown_tracking_number',
          message: 'No shipment has this tracking number.',
        });
      case 'AMBIGUOUS_TRACKING_NUMBER':
        return answer(res, 400, {
          error: 'ambiguous_tracking_number',
          message: 'Shipments of several carriers have this tracking number: send "carrier".',
        });
      case 'REFUSED':
        return answer(res, 422, { error: 'invalid_transition', message: outcome.message });
    }
  };
  return [
    express.raw({ type: () => true, limit: '256kb' }),
    (req, res, next) => {
      handler(req, res).catch(next);
    },
  ];
}
