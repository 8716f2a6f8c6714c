import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { envelopeOnly, openEmail } from './email-sealing.js';
import type { MailTransport } from './mail-transport.js';
import { type OutboxMessageRow, outboxMessages } from './notification.tables.js';
import { exponentialDelayMs, PollingWorker } from './polling-worker.js';

export interface OutboxWorkerOptions {
  db: Database;
  transport: MailTransport;
  logger: Logger;
  /** JWT_SECRET, which the email bodies are sealed with. */
  serverSecret: string;
  pollIntervalMs: number;
  maxAttempts: number;
  batchSize?: number;
}

/** Delay before retry number `attempt` (1-based): 5 s, 10 s, 20 s ... capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return exponentialDelayMs(attempt, 5000, 3_600_000);
}

/** A claimed message is retried by any worker if not settled within this time. */
const LEASE_SECONDS = 120;

declare module '../../graphql/app-context.js' {
  interface AppContext {
    /** The transactional email outbox and its worker. */
    outbox: OutboxWorker;
  }
}

/** The claim of deliverBatch: due messages, their attempt counted and leased (prepared once per worker). */
function claimStatement(db: Database, batchSize: number) {
  const claimable = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.status, 'PENDING'), lte(outboxMessages.nextAttemptAt, sql`now()`)))
    .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.id))
    .limit(batchSize)
    .for('update', { skipLocked: true });
  return db
    .update(outboxMessages)
    .set({
      attempts: sql`${outboxMessages.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
    })
    .where(inArray(outboxMessages.id, claimable))
    .returning()
    .prepare('outbox-claim');
}

/**
 * Delivers outbox messages; one per server instance. Instances never claim the same message,
 * and a message whose sender crashed is retried after its lease.
 */
export class OutboxWorker extends PollingWorker {
  /** Built once and prepared: it runs after every commit that queues mail. */
  private readonly claimStatement: ReturnType<typeof claimStatement>;

  constructor(private readonly options: OutboxWorkerOptions) {
    super({
      logger: options.logger,
      pollIntervalMs: options.pollIntervalMs,
      batchSize: options.batchSize,
      name: 'outbox worker',
    });
    this.claimStatement = claimStatement(options.db, this.batchSize);
  }

  /**
   * Claims due messages in one statement (SKIP LOCKED, so concurrent workers take disjoint
   * rows) by counting the attempt and pushing `next_attempt_at` past a lease, then sends them
   * outside any transaction: a slow mail server never holds locks or blocks the embedded
   * database. If this process dies mid-send, the lease expires and another worker retries.
   */
  protected async deliverBatch(): Promise<number> {
    const { db, transport, logger, maxAttempts, serverSecret } = this.options;
    const claimed: OutboxMessageRow[] = await this.claimStatement.execute();
    claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));

    for (const message of claimed) {
      // Only the holder of this attempt may record its outcome.
      const ours = and(eq(outboxMessages.id, message.id), eq(outboxMessages.attempts, message.attempts));
      try {
        await transport.send(openEmail(serverSecret, message.payload));
        await db
          .update(outboxMessages)
          .set({
            status: 'SENT',
            sentAt: new Date(),
            lastError: null,
            // Bodies carry one-time links: once really sent, keep only the envelope (the development
            // mailbox keeps them sealed, to be read through devMailbox).
            ...(transport.kind === 'smtp' ? { payload: envelopeOnly(message.payload) } : {}),
          })
          .where(ours);
      } catch (err) {
        logger.warn({ err, messageId: message.id, attempts: message.attempts }, 'email delivery failed');
        await db
          .update(outboxMessages)
          .set({
            status: message.attempts >= maxAttempts ? 'FAILED' : 'PENDING',
            lastError: err instanceof Error ? err.message.slice(0, 500) : String(err),
            nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts)),
          })
          .where(ours);
      }
    }
    return claimed.length;
  }
}
