import { type Query, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { compileOnce, runCompiled } from '../../db/query-memo.js';
import { inTransaction } from '../../db/transact.js';
import { signatureHeader } from '../../http/hmac-signature.js';
import type { Logger } from '../../logger.js';
import { exponentialDelayMs, PollingWorker } from '../notification/polling-worker.js';
import { decryptWebhookSecret } from './webhook-secret.js';
import { postWebhook, type WebhookPost, type WebhookPostOutcome } from './webhook-sender.js';

export interface WebhookWorkerOptions {
  db: Database;
  logger: Logger;
  /** Key material of the stored endpoint secrets (JWT_SECRET). */
  serverSecret: string;
  pollIntervalMs: number;
  maxAttempts: number;
  timeoutMs: number;
  retryBaseMs: number;
  allowPrivateUrls: boolean;
  batchSize?: number;
  /** Sends one request; tests may replace it. */
  post?: (post: WebhookPost) => Promise<WebhookPostOutcome>;
}

/** The longest wait between two attempts. */
const MAX_RETRY_DELAY_MS = 3_600_000;

/** Delay after failed attempt number `attempt` (1-based): base, 2 × base, 4 × base ... at most an hour. */
export function webhookRetryDelayMs(attempt: number, baseMs: number): number {
  return exponentialDelayMs(attempt, baseMs, MAX_RETRY_DELAY_MS);
}

interface ClaimedDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret_ciphertext: string;
}

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /** Delivers outgoing webhooks (the `webhooks` task: StartOptions.idleWorkers may leave it stopped). */
    webhookWorker: WebhookWorker;
  }
}

/**
 * Delivers queued webhook deliveries (queued by queue-deliveries.ts in the transaction of their event);
 * one per server instance, modelled on the outbox worker:
 * - a claim statement takes due PENDING deliveries of active endpoints with FOR UPDATE SKIP LOCKED,
 *   counts the attempt and pushes `next_attempt_at` past a lease, so instances take disjoint rows and
 *   no event is sent by two of them at once;
 * - the POST happens outside any transaction; a worker that dies mid-send leaves the delivery to be
 *   retried after the lease (at-least-once; receivers deduplicate by X-Webhook-Id);
 * - every attempt is logged; the delivery's outcome is recorded only by the holder of the attempt.
 */
export class WebhookWorker extends PollingWorker {
  /** A claimed delivery is retried by any worker if not settled within this time. */
  private readonly leaseSeconds: number;
  /** Claims due deliveries (see the class comment). */
  private readonly claimQuery: Query;

  constructor(private readonly options: WebhookWorkerOptions) {
    super({
      logger: options.logger,
      pollIntervalMs: options.pollIntervalMs,
      batchSize: options.batchSize,
      name: 'webhook worker',
    });
    // Longer than any attempt can take, so the holder always records its own outcome.
    this.leaseSeconds = Math.ceil(options.timeoutMs / 1000) + 60;
    // Its constants are written into the text: a statement without parameters is prepared and
    // planned once per connection (src/db/client.ts, prepareWithoutParameters). It runs after every
    // burst of order events; parsed and planned each time, it cost PostgreSQL about 0.4 ms a claim.
    this.claimQuery = compileOnce(
      () =>
        sql`UPDATE webhook_deliveries d
              SET attempts = d.attempts + 1,
                  next_attempt_at = now() + make_interval(secs => ${sql.raw(String(this.leaseSeconds))})
              FROM webhook_endpoints e
              WHERE e.id = d.endpoint_id
                AND d.id IN (
                  SELECT c.id FROM webhook_deliveries c
                  JOIN webhook_endpoints ce ON ce.id = c.endpoint_id AND ce.active
                  WHERE c.status = 'PENDING' AND c.next_attempt_at <= now()
                  ORDER BY c.next_attempt_at, c.id
                  LIMIT ${sql.raw(String(this.batchSize))}
                  FOR UPDATE OF c SKIP LOCKED
                )
              RETURNING d.id, d.endpoint_id, d.event_id, d.event_type, d.payload, d.attempts,
                        e.url, e.secret_ciphertext`,
      0,
    )();
  }

  protected async deliverBatch(): Promise<number> {
    const { db } = this.options;
    const claimed = await runCompiled<ClaimedDelivery>(db, 'webhook-claim', this.claimQuery);
    // Sent in parallel: one slow receiver does not hold up the others' deliveries.
    await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    return claimed.length;
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const { logger, maxAttempts } = this.options;
    const attempt = Number(delivery.attempts);
    const outcome = await this.attempt(delivery);
    try {
      await inTransaction(this.options.db, async (tx) => {
        // Logged even if another worker took over after the lease: it did happen. Skipped when the
        // endpoint (and with it the delivery) was deleted meanwhile.
        await tx.execute(sql`INSERT INTO webhook_delivery_attempts
            (delivery_id, attempt, response_status, error, duration_ms)
          SELECT id, ${attempt}::int, ${outcome.status}::int, ${outcome.error}::text, ${outcome.durationMs}::int
          FROM webhook_deliveries WHERE id = ${delivery.id}`);
        const succeeded = outcome.error === null;
        const status = succeeded ? 'SUCCEEDED' : attempt >= maxAttempts ? 'FAILED' : 'PENDING';
        const retryMs = webhookRetryDelayMs(attempt, this.options.retryBaseMs);
        // Only the holder of this attempt (attempts unchanged since the claim) settles the delivery.
        await tx.execute(sql`UPDATE webhook_deliveries
          SET status = ${status}::webhook_delivery_status,
              last_error = ${outcome.error},
              delivered_at = ${succeeded ? sql`now()` : sql`NULL`},
              next_attempt_at = ${succeeded ? sql`next_attempt_at` : sql`now() + make_interval(secs => ${retryMs / 1000})`}
          WHERE id = ${delivery.id} AND attempts = ${attempt}`);
      });
    } catch (err) {
      logger.error({ err, deliveryId: delivery.id }, 'could not record a webhook delivery attempt');
    }
    if (outcome.error !== null) {
      logger.warn(
        {
          deliveryId: delivery.id,
          eventId: delivery.event_id,
          attempt,
          status: outcome.status,
          error: outcome.error,
        },
        'webhook delivery attempt failed',
      );
    }
  }

  /** Signs the exact bytes it sends with the endpoint's current secret, then POSTs them. */
  private async attempt(delivery: ClaimedDelivery): Promise<WebhookPostOutcome> {
    let secret: string;
    try {
      secret = decryptWebhookSecret(
        this.options.serverSecret,
        delivery.secret_ciphertext,
        delivery.endpoint_id,
      );
    } catch (err) {
      return { status: null, error: err instanceof Error ? err.message : String(err), durationMs: 0 };
    }
    const payload = typeof delivery.payload === 'string' ? JSON.parse(delivery.payload) : delivery.payload;
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const post = this.options.post ?? postWebhook;
    try {
      return await post({
        url: delivery.url,
        body,
        timeoutMs: this.options.timeoutMs,
        allowPrivateUrls: this.options.allowPrivateUrls,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'storefront-webhooks/1',
          'x-webhook-id': delivery.event_id,
          'x-webhook-event': delivery.event_type,
          'x-webhook-timestamp': String(timestamp),
          'x-webhook-signature': signatureHeader(secret, timestamp, body),
        },
      });
    } catch (err) {
      return { status: null, error: err instanceof Error ? err.message : String(err), durationMs: 0 };
    }
  }
}
