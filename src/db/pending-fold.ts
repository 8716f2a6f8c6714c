import { type SQL, sql } from 'drizzle-orm';
import type { Logger } from '../logger.js';
import { PeriodicTask } from '../periodic-task.js';
import { type Database, type Executor, queryRows } from './client.js';
import { inTransaction } from './transact.js';

/**
 * Work queued as rows of a table (written cheaply by hot transactions) and folded into its destination
 * later, a batch per transaction, one folder at a time across every instance (a transaction-level
 * advisory lock), e.g. sales rollups or sales counters that a checkout would otherwise update while it
 * holds a hot row.
 */
export interface PendingFold {
  /** What it folds, for the log. */
  name: string;
  /** Whether anything is queued: one statement, the usual answer being no. */
  pending: SQL;
  /** The advisory lock key that serializes folds. */
  lockKey: number;
  /** Rows per batch: `foldBatch` folding fewer means the queue is empty. */
  batchSize: number;
  /** Inside a transaction that holds the lock: folds up to `batchSize` rows; answers how many. */
  foldBatch(tx: Executor): Promise<number>;
}

/** Takes the fold's lock for the transaction: waits for it, or (`wait: false`) says whether it was free. */
async function takeFoldLock(tx: Executor, lockKey: number, wait: boolean): Promise<boolean> {
  if (wait) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${lockKey})`);
    return true;
  }
  const [row] = await queryRows<{ free: boolean }>(
    tx,
    sql`SELECT pg_try_advisory_xact_lock(${lockKey}) AS free`,
  );
  return Boolean(row?.free);
}

/**
 * Folds every queued row, a batch per transaction. Waits for a fold in progress elsewhere, or (`wait:
 * false`, a background folder) gives up at once when another holds the lock. Answers how many rows it
 * folded.
 */
export async function foldPending(db: Database, fold: PendingFold, { wait = true } = {}): Promise<number> {
  const [row] = await queryRows<{ pending: boolean }>(db, sql`SELECT EXISTS (${fold.pending}) AS pending`);
  if (!row?.pending) return 0;
  let folded = 0;
  for (;;) {
    const batch = await inTransaction(db, async (tx) =>
      (await takeFoldLock(tx, fold.lockKey, wait)) ? fold.foldBatch(tx) : 0,
    );
    folded += batch;
    if (batch < fold.batchSize) return folded;
  }
}

/**
 * The background folder: folds every `intervalMs`, skipping a round while another instance folds. Any
 * number of instances may run it.
 */
export function pendingFolder(
  db: Database,
  fold: PendingFold,
  intervalMs: number,
  logger: Logger,
): PeriodicTask {
  return new PeriodicTask(
    () => foldPending(db, fold, { wait: false }),
    intervalMs,
    (err) => logger.error({ err }, `${fold.name} fold failed`),
  );
}
