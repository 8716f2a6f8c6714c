import { sql } from 'drizzle-orm';
import type { Logger } from '../logger.js';
import { type Database, type DatabaseHandle, openDatabase, queryRows } from './client.js';

/**
 * A PostgreSQL streaming replica of the primary (DATABASE_READ_URL), and how far it has replayed
 * the primary's write-ahead log.
 *
 * Read-your-writes is decided by log position, not by a time window: after a request that wrote,
 * the client is handed the primary's WAL insert position (`pg_current_wal_insert_lsn()`, at or past
 * the end of every commit record of that request), and its later reads go to the replica only once
 * the replica has replayed that far (`pg_last_wal_replay_lsn()`); until then to the primary. That is
 * exact under any lag (a window guesses at the lag, and is wrong exactly when the replica falls
 * behind), and costs nothing to clients that did not write. GitLab's database load balancer
 * ("sticking") and Rails' activerecord-wait_for_lsn resolver compare the same two positions; GitLab
 * keeps the position in Redis per user, here it travels with the client (a cookie, or a header for
 * clients without cookies), so instances share no state and anonymous guests are covered too.
 *
 * The replayed position only grows, so the highest one seen is kept: a client whose position it
 * covers is answered without asking the replica. Only a client whose position lies ahead of it
 * (it wrote a moment ago) makes this instance ask again, one question shared by concurrent requests.
 */
export class ReadReplica {
  private replayed = 0n;
  private asking: Promise<bigint> | undefined;
  private warnedNotStandby = false;
  private down = false;
  private lastProbe = 0;
  private probing: Promise<void> | undefined;

  constructor(
    readonly handle: DatabaseHandle,
    private readonly logger: Logger,
  ) {}

  get db(): Database {
    return this.handle.db;
  }

  /** Whether the replica has replayed the primary's log up to `position` (an LSN, see `parseLsn`). */
  async hasReplayed(position: bigint): Promise<boolean> {
    if (position <= this.replayed) return true;
    this.asking ??= this.askReplayed().finally(() => {
      this.asking = undefined;
    });
    return position <= (await this.asking);
  }

  private async askReplayed(): Promise<bigint> {
    const [row] = await queryRows<{ lsn: string | null }>(
      this.handle.db,
      sql`SELECT pg_last_wal_replay_lsn()::text AS lsn`,
    );
    const lsn = row?.lsn ? parseLsn(row.lsn) : undefined;
    if (lsn === undefined) {
      // Not a standby (a promoted replica, or a copy): positions cannot be compared, so a client
      // that wrote keeps reading from the primary until its position expires.
      if (!this.warnedNotStandby) {
        this.warnedNotStandby = true;
        this.logger.warn(
          'DATABASE_READ_URL is not a streaming replica (pg_last_wal_replay_lsn() is null): clients that just wrote read from the primary',
        );
      }
      return this.replayed;
    }
    if (lsn > this.replayed) this.replayed = lsn;
    return this.replayed;
  }

  /**
   * Whether reads may go to the replica: not after it failed to answer (`failed`), until a ping
   * answers again. The requests meanwhile read from the primary; at most one ping a second, in the
   * background, looks whether it is back.
   */
  available(): boolean {
    if (!this.down) return true;
    if (!this.probing && Date.now() - this.lastProbe >= PROBE_INTERVAL_MS) {
      this.lastProbe = Date.now();
      this.probing = this.handle
        .ping()
        .then(
          () => {
            this.down = false;
            this.logger.info('the read replica answers again: storefront reads go to it');
          },
          () => {},
        )
        .finally(() => {
          this.probing = undefined;
        });
    }
    return false;
  }

  /** Takes the replica out of use after `err`, when it says the replica cannot answer; else false. */
  failed(err: unknown): boolean {
    if (!replicaUnavailable(err)) return false;
    if (!this.down) {
      this.down = true;
      this.lastProbe = Date.now();
      this.logger.warn({ err }, 'the read replica does not answer: reads go to the primary until it does');
    }
    return true;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

const PROBE_INTERVAL_MS = 1000;

/**
 * Errors that say the replica cannot serve (rather than that a statement is wrong): the driver's
 * and the network's own codes (no SQLSTATE), connection exceptions (class 08), a server shutting down
 * or starting up (57P01-57P03), too many connections or no resources (class 53), a refused login
 * (class 28) or a database that is gone (3D000).
 */
export function replicaUnavailable(err: unknown): boolean {
  const code = errorCode(err);
  if (typeof code !== 'string') return false;
  if (!/^[0-9A-Z]{5}$/.test(code) || code.startsWith('E')) return true;
  return /^(08|53|28)/.test(code) || /^57P0[123]$/.test(code) || code === '3D000';
}

/**
 * A hot standby cancels a query that conflicts with the replay of the primary's changes (SQLSTATE
 * 40001, "canceling statement due to conflict with recovery"): run on the primary, it succeeds.
 */
export function replicaConflict(err: unknown): boolean {
  return errorCode(err) === '40001';
}

/** The driver's code of an error, through Drizzle's wrapping (its `cause`). */
function errorCode(err: unknown): unknown {
  let current = err;
  for (let depth = 0; depth < 3 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (code !== undefined) return code;
    current = current.cause;
  }
  return undefined;
}

/** Opens the replica's pool (no migrations: the replica replays the primary's). */
export async function openReadReplica(
  url: string,
  options: { poolSize?: number; statementTimeoutMs?: number },
  logger: Logger,
): Promise<ReadReplica> {
  return new ReadReplica(
    await openDatabase({ url, dataDir: '', ...options, idleInTransactionTimeoutMs: 0 }),
    logger,
  );
}

/** The primary's WAL insert position now, as text (`16/B374D848`): at or past every commit so far. */
export async function primaryWritePosition(primary: Database): Promise<string> {
  const [row] = await queryRows<{ lsn: string }>(
    primary,
    sql`SELECT pg_current_wal_insert_lsn()::text AS lsn`,
  );
  if (!row) throw new Error('pg_current_wal_insert_lsn() answered no row');
  return row.lsn;
}

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/** A PostgreSQL LSN (`16/B374D848`: high and low 32 bits in hex) as a number; undefined when malformed. */
export function parseLsn(text: string): bigint | undefined {
  const match = LSN.exec(text);
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}
