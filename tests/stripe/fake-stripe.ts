import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SECRET_KEY = 'sk_test_storefront_fake';
export const WEBHOOK_SECRET = 'whsec_storefront_test_secret';

/** One request the fake received, as Stripe would see it. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The form body, decoded (`metadata[order_number]` stays a flat key). */
  form: Record<string, string>;
  idempotencyKey: string | null;
  authorization: string | null;
}

interface FakeIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: string;
  client_secret: string;
  metadata: Record<string, string>;
  latest_charge: null;
  last_payment_error: null;
}

/**
 * A tiny stand-in for api.stripe.com: records every request and answers PaymentIntent and Refund JSON.
 * Honours Idempotency-Key for POSTs like Stripe (same key -> the same answer, no second object).
 */
export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly intents = new Map<string, FakeIntent>();
  /** Answers to POSTs by idempotency key, with the request they answered. */
  private readonly replies = new Map<string, { request: string; status: number; body: unknown }>();
  /** Charges answered by GET /v1/charges/:id (any other id: 404). */
  readonly charges = new Map<string, Record<string, unknown>>();
  /** While true, reading a charge fails with a 500. */
  failCharges = false;
  /** While true, creating a PaymentIntent fails with a 500 (Stripe unavailable). */
  failPaymentIntents = false;
  /** While true, cancelling a PaymentIntent fails with a 500 (Stripe unavailable). */
  failCancels = false;
  /** The next refund is refused with this Stripe error (then cleared). */
  refuseNextRefund: { code: string; message: string } | null = null;
  private server: Server | undefined;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests to one path (e.g. '/v1/payment_intents'), in order. */
  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const path = (req.url ?? '').split('?')[0] ?? '';
    const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
    this.requests.push({
      method: req.method ?? '',
      path,
      form,
      idempotencyKey,
      authorization: (req.headers.authorization as string | undefined) ?? null,
    });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${hex()}` });
      res.end(JSON.stringify(body));
    };
    const request = JSON.stringify([path, form]);
    if (req.method === 'POST' && idempotencyKey) {
      const previous = this.replies.get(idempotencyKey);
      // Like Stripe: the same key with other parameters is refused, nothing is created.
      if (previous && previous.request !== request) {
        return send(400, {
          error: {
            type: 'idempotency_error',
            message:
              'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          },
        });
      }
      if (previous) return send(previous.status, previous.body);
    }
    const reply = this.answer(req.method ?? '', path, form);
    // Like Stripe, a server error is not saved: a retry with the same key runs again.
    if (req.method === 'POST' && idempotencyKey && reply.status < 500) {
      this.replies.set(idempotencyKey, { request, ...reply });
    }
    send(reply.status, reply.body);
  }

  private answer(
    method: string,
    path: string,
    form: Record<string, string>,
  ): { status: number; body: unknown } {
    if (method === 'POST' && path === '/v1/payment_intents') {
      if (this.failPaymentIntents) {
        return {
          status: 500,
          body: { error: { type: 'api_error', message: 'Something went wrong on our end.' } },
        };
      }
      const id = `pi_${hex()}`;
      const intent: FakeIntent = {
        id,
        object: 'payment_intent',
        amount: Number(form.amount),
        amount_received: 0,
        currency: form.currency ?? '',
        status: 'requires_payment_method',
        client_secret: `${id}_secret_${hex()}`,
        metadata: {
          ...(form['metadata[order_number]'] ? { order_number: form['metadata[order_number]'] } : {}),
          ...(form['metadata[order_id]'] ? { order_id: form['metadata[order_id]'] } : {}),
        },
        latest_charge: null,
        last_payment_error: null,
      };
      this.intents.set(id, intent);
      return { status: 200, body: intent };
    }
    const retrieve = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === 'GET' && retrieve) {
      const intent = this.intents.get(decodeURIComponent(retrieve[1] ?? ''));
      return intent
        ? { status: 200, body: intent }
        : {
            status: 404,
            body: {
              error: {
                type: 'invalid_request_error',
                code: 'resource_missing',
                message: 'No such payment_intent',
              },
            },
          };
    }
    const cancel = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path);
    if (method === 'POST' && cancel) {
      if (this.failCancels) {
        return {
          status: 500,
          body: { error: { type: 'api_error', message: 'Something went wrong on our end.' } },
        };
      }
      const intent = this.intents.get(decodeURIComponent(cancel[1] ?? ''));
      if (!intent) {
        return {
          status: 404,
          body: {
            error: {
              type: 'invalid_request_error',
              code: 'resource_missing',
              message: 'No such payment_intent',
            },
          },
        };
      }
      // Like Stripe: only an intent the browser could still confirm can be cancelled.
      if (intent.status === 'canceled' || intent.status === 'succeeded' || intent.status === 'processing') {
        return {
          status: 400,
          body: {
            error: {
              type: 'invalid_request_error',
              code: 'payment_intent_unexpected_state',
              message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
            },
          },
        };
      }
      intent.status = 'canceled';
      return { status: 200, body: { ...intent, cancellation_reason: form.cancellation_reason ?? null } };
    }
    const charge = /^\/v1\/charges\/([^/]+)$/.exec(path);
    if (method === 'GET' && charge) {
      if (this.failCharges) {
        return {
          status: 500,
          body: { error: { type: 'api_error', message: 'Something went wrong on our end.' } },
        };
      }
      const found = this.charges.get(decodeURIComponent(charge[1] ?? ''));
      return found
        ? { status: 200, body: found }
        : {
            status: 404,
            body: {
              error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such charge' },
            },
          };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      if (this.refuseNextRefund) {
        const { code, message } = this.refuseNextRefund;
        this.refuseNextRefund = null;
        return { status: 400, body: { error: { type: 'invalid_request_error', code, message } } };
      }
      return {
        status: 200,
        body: {
          id: `re_${hex()}`,
          object: 'refund',
          amount: Number(form.amount),
          payment_intent: form.payment_intent,
          status: 'succeeded',
        },
      };
    }
    return {
      status: 404,
      body: { error: { type: 'invalid_request_error', message: `No route ${method} ${path}` } },
    };
  }
}

/** A short random id part, as Stripe ids end with. */
export function hex(): string {
  return randomBytes(8).toString('hex');
}
